package org.jiebang.bid;

import java.util.UUID;

import org.jiebang.system.web.ProblemException;
import org.jiebang.system.web.Problems;

import org.springframework.http.HttpStatus;

/** The problems of bidding, each with a stable type. */
final class BidProblems {

	private BidProblems() {
	}

	static ProblemException notFound(UUID id) {
		return Problems.notFound("bid", id);
	}

	static ProblemException windowClosed(UUID challengeId) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/bid-window-closed", "problem.bid-window-closed")
			.with("challengeId", challengeId.toString());
	}

	static ProblemException sealed(UUID challengeId) {
		return new ProblemException(HttpStatus.FORBIDDEN, "/problems/bids-sealed", "problem.bids-sealed")
			.with("challengeId", challengeId.toString());
	}

	static ProblemException notOpenedYet(UUID challengeId) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/bids-not-opened", "problem.bids-not-opened")
			.with("challengeId", challengeId.toString());
	}

	static ProblemException exists(UUID bidId) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/bid-exists", "problem.bid-exists")
			.with("bidId", bidId.toString());
	}

	static ProblemException ownChallenge() {
		return new ProblemException(HttpStatus.FORBIDDEN, "/problems/own-challenge", "problem.own-challenge");
	}

	static ProblemException notEligible(String reasonKey, Object... args) {
		return new ProblemException(HttpStatus.FORBIDDEN, "/problems/not-eligible", reasonKey, args);
	}

	static ProblemException organizationUnverified() {
		return new ProblemException(HttpStatus.FORBIDDEN, "/problems/organization-unverified",
				"problem.organization-unverified");
	}

	static ProblemException invalidState(UUID id, BidStatus status, String action) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/bid-state", "problem.bid-state", action, status)
			.with("bidId", id.toString())
			.with("status", status.name());
	}

}
