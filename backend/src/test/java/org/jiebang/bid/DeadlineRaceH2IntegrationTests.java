package org.jiebang.bid;

class DeadlineRaceH2IntegrationTests extends DeadlineRaceScenarios {

}
