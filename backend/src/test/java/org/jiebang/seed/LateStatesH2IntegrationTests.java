package org.jiebang.seed;

class LateStatesH2IntegrationTests extends LateStatesScenarios {

}
