package org.jiebang.system;

class WebBasicsH2IntegrationTests extends WebBasicsScenarios {

}
