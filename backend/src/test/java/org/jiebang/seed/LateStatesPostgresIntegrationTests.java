package org.jiebang.seed;

import org.jiebang.support.OnPostgres;

@OnPostgres
class LateStatesPostgresIntegrationTests extends LateStatesScenarios {

}
