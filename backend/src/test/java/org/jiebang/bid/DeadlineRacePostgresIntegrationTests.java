package org.jiebang.bid;

import org.jiebang.support.OnPostgres;

@OnPostgres
class DeadlineRacePostgresIntegrationTests extends DeadlineRaceScenarios {

}
