package org.jiebang.challenge;

class BadInputH2IntegrationTests extends BadInputScenarios {

}
