package org.jiebang.stats;

import org.jiebang.support.OnPostgres;

@OnPostgres
class DashboardPostgresIntegrationTests extends DashboardScenarios {

}
