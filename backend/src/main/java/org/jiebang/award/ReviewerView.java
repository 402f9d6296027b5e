package org.jiebang.award;

import java.time.Instant;
import java.util.UUID;

import org.jiebang.account.Role;

/**
 * An assigned reviewer as administrators see them: recusal, declaration and progress.
 *
 * @param reviewerId the reviewer
 * @param username login name
 * @param displayName name
 * @param role EXPERT or ADMIN
 * @param organization the reviewer's organization, if any
 * @param assignedAt when assigned
 * @param recused whether recused
 * @param recusalReason why
 * @param recusalDetail which organization the recusal is about
 * @param declaredAt when conflicts were declared, {@code null} before
 * @param hasConflict what was declared
 * @param conflictStatement the statement
 * @param scoredBids how many opened bids the reviewer has scored
 * @param totalBids how many opened bids there are
 */
public record ReviewerView(UUID reviewerId, String username, String displayName, Role role,
		OrganizationRef organization, Instant assignedAt, boolean recused, RecusalReason recusalReason,
		String recusalDetail, Instant declaredAt, Boolean hasConflict, String conflictStatement, int scoredBids,
		int totalBids) {

	/**
	 * An organization by name.
	 *
	 * @param id organization
	 * @param name name
	 */
	public record OrganizationRef(UUID id, String name) {
	}

}
