package org.jiebang.award;

import org.jiebang.support.OnPostgres;

@OnPostgres
class EvaluationPostgresIntegrationTests extends EvaluationScenarios {

}
