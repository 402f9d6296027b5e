package org.jiebang.attachment;

import org.jiebang.support.OnPostgres;

@OnPostgres
class AttachmentPostgresIntegrationTests extends AttachmentScenarios {

}
