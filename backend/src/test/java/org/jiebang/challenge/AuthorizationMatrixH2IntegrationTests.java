package org.jiebang.challenge;

class AuthorizationMatrixH2IntegrationTests extends AuthorizationMatrixScenarios {

}
