package org.jiebang.lab;

import java.util.UUID;

/**
 * The identity of a lab as other features need it.
 *
 * @param id the lab
 * @param organizationId the organization it belongs to
 * @param name its name
 * @param invitationCode the code with which new members join it
 */
public record LabSummary(UUID id, UUID organizationId, String name, String invitationCode) {

	static LabSummary of(Lab lab) {
		return new LabSummary(lab.id(), lab.organizationId(), lab.name(), lab.invitationCode());
	}

}
