package org.jiebang.delivery;

class DeliveryAuthorizationMatrixH2IntegrationTests extends DeliveryAuthorizationMatrixScenarios {

}
