package org.jiebang.bid;

import reactor.core.publisher.Mono;

import org.jiebang.challenge.ChallengeFacts;
import org.jiebang.lab.LabService;

import org.springframework.stereotype.Component;

/** Maps stored bids to views; the edit version only for the bid's own lab. */
@Component
class BidViews {

	private final LabService labs;

	BidViews(LabService labs) {
		this.labs = labs;
	}

	Mono<BidView> view(Bid bid, ChallengeFacts challenge, boolean ownLab) {
		return this.labs.findProfile(bid.labId())
			.map(lab -> new BidView.LabRef(lab.id(), lab.name(), lab.organization().id(), lab.organization().name()))
			.defaultIfEmpty(new BidView.LabRef(bid.labId(), null, bid.organizationId(), null))
			.map(lab -> view(bid, challenge, lab, ownLab));
	}

	static BidView view(Bid bid, ChallengeFacts challenge, BidView.LabRef lab, boolean ownLab) {
		boolean mustReconfirm = bid.status() == BidStatus.SUBMITTED && challenge.termsChangedAt() != null
				&& bid.submittedAt() != null && bid.submittedAt().isBefore(challenge.termsChangedAt());
		return new BidView(bid.id(),
				new BidView.ChallengeRef(challenge.id(), challenge.title(), challenge.status(), challenge.bounty(),
						challenge.bidDeadline(), challenge.closedAt()),
				lab, bid.status(), bid.summary(), bid.technicalApproach(), bid.quotedAmount(), bid.deliveryMonths(),
				bid.team().values(), bid.partners().values(), bid.milestonePlan().values(), bid.conflictDeclaration(),
				bid.conflictAffirmed(), bid.commitment(), bid.submittedAt(), bid.withdrawnAt(), mustReconfirm,
				bid.createdAt(), bid.updatedAt(), ownLab ? bid.version() : null);
	}

}
