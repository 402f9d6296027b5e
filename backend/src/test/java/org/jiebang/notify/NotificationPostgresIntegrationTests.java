package org.jiebang.notify;

import org.jiebang.support.OnPostgres;

@OnPostgres
class NotificationPostgresIntegrationTests extends NotificationScenarios {

}
