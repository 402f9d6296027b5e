package org.jiebang.delivery;

import org.jiebang.support.OnPostgres;

@OnPostgres
class DeliveryAuthorizationMatrixPostgresIntegrationTests extends DeliveryAuthorizationMatrixScenarios {

}
