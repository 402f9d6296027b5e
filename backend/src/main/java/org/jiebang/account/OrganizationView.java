package org.jiebang.account;

import java.time.Instant;
import java.util.UUID;

/**
 * An organization as the API shows it; the invitation code only to its members and administrators.
 *
 * @param id the organization
 * @param name registered name
 * @param type its kind
 * @param creditCode unified social credit code
 * @param province region code
 * @param city city
 * @param verified whether an administrator verified it
 * @param verifiedAt when
 * @param invitationCode the code to join it, or {@code null} when the viewer may not see it
 */
public record OrganizationView(UUID id, String name, OrganizationType type, String creditCode, String province,
		String city, boolean verified, Instant verifiedAt, String invitationCode) {

	static OrganizationView of(Organization org, boolean withInvitation) {
		return new OrganizationView(org.id(), org.name(), org.type(), org.creditCode(), org.province(), org.city(),
				org.verified(), org.verifiedAt(), withInvitation ? org.invitationCode() : null);
	}

}
