package org.jiebang.system;

import org.jiebang.support.OnPostgres;

@OnPostgres
class WebBasicsPostgresIntegrationTests extends WebBasicsScenarios {

}
