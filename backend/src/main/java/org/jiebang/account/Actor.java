package org.jiebang.account;

import java.util.UUID;

import org.jiebang.system.web.Problems;

/**
 * Who performs a request: the authenticated user with their role, organization and lab, or anonymous.
 *
 * @param userId the user, {@code null} when anonymous
 * @param username login name
 * @param displayName name shown to others
 * @param role the role, {@code null} when anonymous
 * @param organizationId the user's organization, if any
 * @param labId the user's lab (LAB role only)
 * @param sessionId the session the request authenticated with
 */
public record Actor(UUID userId, String username, String displayName, Role role, UUID organizationId, UUID labId,
		String sessionId) {

	private static final Actor ANONYMOUS = new Actor(null, "anonymous", "anonymous", null, null, null, null);

	public static Actor anonymous() {
		return ANONYMOUS;
	}

	/** The actor recorded for work the system does by itself (deadline closing, seeding). */
	public static Actor system() {
		return new Actor(null, "system", "system", Role.ADMIN, null, null, null);
	}

	public boolean isAuthenticated() {
		return this.userId != null;
	}

	public boolean is(Role candidate) {
		return this.role == candidate && isAuthenticated();
	}

	public boolean isAdmin() {
		return is(Role.ADMIN);
	}

	/** Fails with 401 when anonymous. */
	public Actor requireAuthenticated() {
		if (!isAuthenticated()) {
			throw Problems.unauthorized();
		}
		return this;
	}

	/** Fails with 401 when anonymous and 403 for any other role. */
	public Actor requireRole(Role required) {
		requireAuthenticated();
		if (this.role != required) {
			throw Problems.forbidden();
		}
		return this;
	}

	public Actor requireAdmin() {
		return requireRole(Role.ADMIN);
	}

	public boolean memberOf(UUID organization) {
		return isAuthenticated() && organization != null && organization.equals(this.organizationId);
	}

}
