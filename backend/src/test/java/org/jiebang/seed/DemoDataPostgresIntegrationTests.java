package org.jiebang.seed;

import org.jiebang.support.OnPostgres;

@OnPostgres
class DemoDataPostgresIntegrationTests extends DemoDataScenarios {

}
