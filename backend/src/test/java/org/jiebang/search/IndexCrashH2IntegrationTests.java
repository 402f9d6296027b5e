package org.jiebang.search;

class IndexCrashH2IntegrationTests extends IndexCrashScenarios {

}
