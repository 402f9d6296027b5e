package org.jiebang.seed;

class DemoDataH2IntegrationTests extends DemoDataScenarios {

}
