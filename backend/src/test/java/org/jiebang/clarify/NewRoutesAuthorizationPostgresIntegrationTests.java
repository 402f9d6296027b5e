package org.jiebang.clarify;

import org.jiebang.support.OnPostgres;

@OnPostgres
class NewRoutesAuthorizationPostgresIntegrationTests extends NewRoutesAuthorizationScenarios {

}
