package org.jiebang.account;

import org.jiebang.support.OnPostgres;

@OnPostgres
class AuthenticationPostgresIntegrationTests extends AuthenticationScenarios {

}
