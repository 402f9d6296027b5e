package org.jiebang.award;

import org.jiebang.support.OnPostgres;

@OnPostgres
class AnnouncementPostgresIntegrationTests extends AnnouncementScenarios {

}
