package org.jiebang.challenge;

import org.jiebang.support.OnPostgres;

@OnPostgres
class ChallengeRowsPostgresIntegrationTests extends ChallengeRowsScenarios {

}
