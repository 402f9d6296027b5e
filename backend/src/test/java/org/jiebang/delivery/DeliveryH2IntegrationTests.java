package org.jiebang.delivery;

class DeliveryH2IntegrationTests extends DeliveryScenarios {

}
