package org.jiebang.award;

class AwardAuthorizationMatrixH2IntegrationTests extends AwardAuthorizationMatrixScenarios {

}
