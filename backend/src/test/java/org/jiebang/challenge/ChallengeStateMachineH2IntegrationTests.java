package org.jiebang.challenge;

class ChallengeStateMachineH2IntegrationTests extends ChallengeStateMachineScenarios {

}
