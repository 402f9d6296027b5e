package org.jiebang.challenge;

import org.jiebang.support.OnPostgres;

@OnPostgres
class BadInputPostgresIntegrationTests extends BadInputScenarios {

}
