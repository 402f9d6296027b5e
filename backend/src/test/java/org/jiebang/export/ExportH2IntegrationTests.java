package org.jiebang.export;

class ExportH2IntegrationTests extends ExportScenarios {

}
