package org.jiebang.clarify;

class NewRoutesAuthorizationH2IntegrationTests extends NewRoutesAuthorizationScenarios {

}
