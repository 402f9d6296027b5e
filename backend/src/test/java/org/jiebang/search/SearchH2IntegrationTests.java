package org.jiebang.search;

class SearchH2IntegrationTests extends SearchScenarios {

}
