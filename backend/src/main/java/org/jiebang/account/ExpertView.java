package org.jiebang.account;

import java.util.List;
import java.util.UUID;

/**
 * A member of the expert pool.
 *
 * @param id the user
 * @param username login name
 * @param displayName name
 * @param email contact address
 * @param organization the expert's organization, if any
 * @param expertise technology field codes
 * @param enabled whether the account is active
 */
public record ExpertView(UUID id, String username, String displayName, String email, OrganizationView organization,
		List<String> expertise, boolean enabled) {
}
