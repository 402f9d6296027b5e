package org.jiebang.clarify;

class ClarificationH2IntegrationTests extends ClarificationScenarios {

}
