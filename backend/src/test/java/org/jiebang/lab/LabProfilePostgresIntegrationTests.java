package org.jiebang.lab;

import org.jiebang.support.OnPostgres;

@OnPostgres
class LabProfilePostgresIntegrationTests extends LabProfileScenarios {

}
