package org.jiebang.attachment;

class AttachmentH2IntegrationTests extends AttachmentScenarios {

}
