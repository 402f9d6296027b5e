package org.jiebang.bid;

class SealingH2IntegrationTests extends SealingScenarios {

}
