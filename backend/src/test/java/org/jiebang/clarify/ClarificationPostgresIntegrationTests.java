package org.jiebang.clarify;

import org.jiebang.support.OnPostgres;

@OnPostgres
class ClarificationPostgresIntegrationTests extends ClarificationScenarios {

}
