package org.jiebang.award;

import java.util.UUID;

/**
 * The winning lab of an award and its organization.
 *
 * @param labId the lab
 * @param labName its name
 * @param organizationId its organization
 * @param organizationName the organization's name
 */
public record WinnerView(UUID labId, String labName, UUID organizationId, String organizationName) {

	static WinnerView of(Award a) {
		return a.labId() == null ? null : new WinnerView(a.labId(), a.labName(), a.organizationId(), a.organizationName());
	}

}
