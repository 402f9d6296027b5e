package org.jiebang.search;

import org.jiebang.support.OnPostgres;

@OnPostgres
class SearchPostgresIntegrationTests extends SearchScenarios {

}
