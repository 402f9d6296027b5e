package org.jiebang.account;

class AuthenticationH2IntegrationTests extends AuthenticationScenarios {

}
