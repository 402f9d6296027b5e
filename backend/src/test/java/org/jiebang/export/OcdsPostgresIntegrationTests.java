package org.jiebang.export;

import org.jiebang.support.OnPostgres;

@OnPostgres
class OcdsPostgresIntegrationTests extends OcdsScenarios {

}
