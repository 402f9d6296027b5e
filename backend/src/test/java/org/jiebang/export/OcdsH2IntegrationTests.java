package org.jiebang.export;

class OcdsH2IntegrationTests extends OcdsScenarios {

}
