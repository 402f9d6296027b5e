package org.jiebang.award;

class AnnouncementH2IntegrationTests extends AnnouncementScenarios {

}
