package org.jiebang.notify;

class NotificationH2IntegrationTests extends NotificationScenarios {

}
