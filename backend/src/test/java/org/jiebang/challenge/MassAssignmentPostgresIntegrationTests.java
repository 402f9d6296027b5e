package org.jiebang.challenge;

import org.jiebang.support.OnPostgres;

@OnPostgres
class MassAssignmentPostgresIntegrationTests extends MassAssignmentScenarios {

}
