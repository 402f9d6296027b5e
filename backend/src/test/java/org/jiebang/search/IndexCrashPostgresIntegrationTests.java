package org.jiebang.search;

import org.jiebang.support.OnPostgres;

@OnPostgres
class IndexCrashPostgresIntegrationTests extends IndexCrashScenarios {

}
