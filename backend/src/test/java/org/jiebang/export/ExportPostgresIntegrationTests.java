package org.jiebang.export;

import org.jiebang.support.OnPostgres;

@OnPostgres
class ExportPostgresIntegrationTests extends ExportScenarios {

}
