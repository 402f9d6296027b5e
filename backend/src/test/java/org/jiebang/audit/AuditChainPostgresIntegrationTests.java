package org.jiebang.audit;

import org.jiebang.support.OnPostgres;

@OnPostgres
class AuditChainPostgresIntegrationTests extends AuditChainScenarios {

}
