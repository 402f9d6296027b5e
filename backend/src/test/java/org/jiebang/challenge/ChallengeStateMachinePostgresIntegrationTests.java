package org.jiebang.challenge;

import org.jiebang.support.OnPostgres;

@OnPostgres
class ChallengeStateMachinePostgresIntegrationTests extends ChallengeStateMachineScenarios {

}
