package org.jiebang.lab;

class LabProfileH2IntegrationTests extends LabProfileScenarios {

}
