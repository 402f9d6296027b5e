package org.jiebang.account;

import java.util.List;
import java.util.UUID;

/**
 * The signed-in user with role, organization and lab.
 *
 * @param id the user
 * @param username login name
 * @param displayName shown name
 * @param email contact address
 * @param role the role
 * @param organization the user's organization, if any
 * @param lab the user's lab (LAB role)
 * @param expertise fields of expertise (EXPERT role)
 */
public record MeView(UUID id, String username, String displayName, String email, Role role,
		OrganizationView organization, LabRef lab, List<String> expertise) {

	/**
	 * The lab a LAB user belongs to.
	 *
	 * @param id the lab
	 * @param name its name
	 * @param invitationCode the code with which colleagues join it
	 */
	public record LabRef(UUID id, String name, String invitationCode) {
	}

}
