package org.jiebang.clarify;

import java.util.UUID;

import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.system.web.ProblemException;
import org.jiebang.system.web.Problems;

import org.springframework.http.HttpStatus;

/** The problems of clarifications, follows and invitations, each with a stable type. */
final class ClarifyProblems {

	private ClarifyProblems() {
	}

	static ProblemException clarificationNotFound(UUID id) {
		return Problems.notFound("clarification", id);
	}

	static ProblemException questionsClosed(UUID challengeId) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/clarification-window-closed",
				"clarify.window-closed")
			.with("challengeId", challengeId.toString());
	}

	static ProblemException ownChallenge() {
		return new ProblemException(HttpStatus.FORBIDDEN, "/problems/own-challenge", "clarify.own-challenge");
	}

	static ProblemException alreadyAnswered(UUID id) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/clarification-answered", "clarify.answered")
			.with("clarificationId", id.toString());
	}

	static ProblemException termsChangeByAdminOnly() {
		return new ProblemException(HttpStatus.FORBIDDEN, "/problems/terms-change-admin-only",
				"clarify.terms-change-admin-only");
	}

	static ProblemException biddingClosed(UUID challengeId) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/bid-window-closed", "problem.bid-window-closed")
			.with("challengeId", challengeId.toString());
	}

	static ProblemException notPublished(UUID challengeId, ChallengeStatus status, String action) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/challenge-state", "problem.challenge-state",
				action, status)
			.with("challengeId", challengeId.toString())
			.with("status", status.name())
			.with("action", action);
	}

}
