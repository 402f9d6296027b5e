package org.jiebang.account;

import java.util.UUID;

/**
 * What other features need to know about a user.
 *
 * @param id the user
 * @param username login name
 * @param displayName name
 * @param role role
 * @param organizationId organization, if any
 * @param labId lab, if any
 * @param enabled whether the account is active
 */
public record UserFacts(UUID id, String username, String displayName, Role role, UUID organizationId, UUID labId,
		boolean enabled) {
}
