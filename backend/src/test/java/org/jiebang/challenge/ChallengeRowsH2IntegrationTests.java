package org.jiebang.challenge;

class ChallengeRowsH2IntegrationTests extends ChallengeRowsScenarios {

}
