package org.jiebang.challenge;

class MassAssignmentH2IntegrationTests extends MassAssignmentScenarios {

}
