package org.jiebang.bid;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A bid as stored. Its content is sealed until the challenge closes (SPEC §3). */
@Table("bids")
record Bid(@Id UUID id, UUID challengeId, UUID labId, UUID organizationId, UUID createdBy, BidStatus status,
		String summary, String technicalApproach, BigDecimal quotedAmount, Integer deliveryMonths,
		BidLists.Team team, BidLists.Partners partners, BidLists.Plan milestonePlan, String conflictDeclaration,
		boolean conflictAffirmed, String commitment, Instant submittedAt, Instant withdrawnAt, Instant createdAt,
		Instant updatedAt, @Version Long version) {

	Bid withContent(BidRequest r, BidStatus newStatus, Instant now) {
		return new Bid(this.id, this.challengeId, this.labId, this.organizationId, this.createdBy, newStatus,
				strip(r.summary()), r.technicalApproach(), money(r.quotedAmount()), r.deliveryMonths(),
				BidLists.Team.of(r.team()), BidLists.Partners.of(r.partners()), BidLists.Plan.of(r.milestonePlan()),
				strip(r.conflictDeclaration()), Boolean.TRUE.equals(r.conflictAffirmed()), this.commitment,
				this.submittedAt, this.withdrawnAt, this.createdAt, now, this.version);
	}

	BidCommitment.Content committed(java.util.List<String> fileDigests) {
		return new BidCommitment.Content(this.id, this.challengeId, this.labId, this.summary, this.technicalApproach,
				this.quotedAmount, this.deliveryMonths, this.team.values(), this.partners.values(),
				this.milestonePlan.values(), this.conflictDeclaration, fileDigests);
	}

	static String strip(String text) {
		return text == null ? null : text.strip();
	}

	static BigDecimal money(BigDecimal value) {
		return value == null ? null : value.setScale(2, java.math.RoundingMode.UNNECESSARY);
	}

}
