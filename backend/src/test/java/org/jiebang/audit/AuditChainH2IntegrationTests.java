package org.jiebang.audit;

class AuditChainH2IntegrationTests extends AuditChainScenarios {

}
