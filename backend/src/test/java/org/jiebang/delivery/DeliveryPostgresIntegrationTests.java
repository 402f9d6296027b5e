package org.jiebang.delivery;

import org.jiebang.support.OnPostgres;

@OnPostgres
class DeliveryPostgresIntegrationTests extends DeliveryScenarios {

}
