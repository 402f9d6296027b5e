package org.jiebang.stats;

class DashboardH2IntegrationTests extends DashboardScenarios {

}
