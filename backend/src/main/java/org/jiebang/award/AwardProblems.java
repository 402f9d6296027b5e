package org.jiebang.award;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.system.web.ProblemException;
import org.jiebang.system.web.Problems;

import org.springframework.http.HttpStatus;

/** The problems of evaluation, award and objections, each with a stable type. */
final class AwardProblems {

	private AwardProblems() {
	}

	static ProblemException challengeState(UUID challengeId, ChallengeStatus status, String action) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/challenge-state", "problem.challenge-state", action,
				status)
			.with("challengeId", challengeId.toString())
			.with("status", status.name())
			.with("action", action);
	}

	static ProblemException reviewNotFound(UUID challengeId) {
		return Problems.notFound("review", challengeId);
	}

	static ProblemException recused(UUID challengeId) {
		return new ProblemException(HttpStatus.FORBIDDEN, "/problems/reviewer-recused", "problem.reviewer-recused")
			.with("challengeId", challengeId.toString());
	}

	static ProblemException declarationRequired(UUID challengeId) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/conflict-declaration-required",
				"problem.conflict-declaration-required")
			.with("challengeId", challengeId.toString());
	}

	static ProblemException alreadyDeclared(UUID challengeId) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/conflict-declared", "problem.conflict-declared")
			.with("challengeId", challengeId.toString());
	}

	static ProblemException notFlagged(UUID bidId) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/not-flagged", "problem.not-flagged")
			.with("bidId", bidId.toString());
	}

	static ProblemException evaluationIncomplete(UUID challengeId, List<String> blockers) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/evaluation-incomplete",
				"problem.evaluation-incomplete", String.join(", ", blockers))
			.with("challengeId", challengeId.toString())
			.with("blockers", blockers);
	}

	static ProblemException notShortlisted(UUID bidId) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/bid-not-shortlisted", "problem.bid-not-shortlisted")
			.with("bidId", bidId.toString());
	}

	static ProblemException publicityRunning(UUID awardId, Instant endsAt) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/publicity-period-running",
				"problem.publicity-period-running", endsAt.toString())
			.with("awardId", awardId.toString())
			.with("publicityEndsAt", endsAt.toString());
	}

	static ProblemException objectionsPending(UUID awardId, int pending) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/objections-pending", "problem.objections-pending",
				pending)
			.with("awardId", awardId.toString())
			.with("pendingObjections", pending);
	}

	static ProblemException noProposedAward(UUID challengeId) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/award-state", "problem.award-state")
			.with("challengeId", challengeId.toString());
	}

	static ProblemException objectionWindowClosed(UUID awardId) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/objection-window-closed",
				"problem.objection-window-closed")
			.with("awardId", awardId.toString());
	}

	static ProblemException objectionAnswered(UUID objectionId) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/objection-answered", "problem.objection-answered")
			.with("objectionId", objectionId.toString());
	}

	static ProblemException evaluationNotPublished(UUID bidId) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/evaluation-not-published",
				"problem.evaluation-not-published")
			.with("bidId", bidId.toString());
	}

}
