package org.jiebang.award;

class EvaluationH2IntegrationTests extends EvaluationScenarios {

}
