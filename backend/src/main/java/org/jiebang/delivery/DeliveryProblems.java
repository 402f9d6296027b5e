package org.jiebang.delivery;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.system.web.ProblemException;
import org.jiebang.system.web.Problems;

import org.springframework.http.HttpStatus;

/** The problems of delivery, each with a stable type. */
final class DeliveryProblems {

	private DeliveryProblems() {
	}

	static ProblemException milestoneNotFound(UUID id) {
		return Problems.notFound("milestone", id);
	}

	static ProblemException deliveryNotFound(UUID challengeId) {
		return Problems.notFound("delivery", challengeId);
	}

	static ProblemException milestoneState(UUID id, MilestoneStatus status, String action) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/milestone-state", "problem.milestone-state", status,
				action)
			.with("milestoneId", id.toString())
			.with("status", status.name())
			.with("action", action);
	}

	static ProblemException deliveryState(UUID challengeId, ChallengeStatus status, String action) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/delivery-state", "problem.delivery-state", status,
				action)
			.with("challengeId", challengeId.toString())
			.with("status", status.name())
			.with("action", action);
	}

	static ProblemException paymentExceedsRemaining(UUID id, BigDecimal remaining) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/payment-exceeds-remaining",
				List.of(new ProblemException.FieldProblem("amount", "Remaining", "delivery.validation.amount-remaining",
						remaining.toPlainString())),
				"problem.payment-exceeds-remaining", remaining.toPlainString())
			.with("milestoneId", id.toString())
			.with("remaining", remaining.toPlainString());
	}

	static ProblemException resultsNotOpen(UUID challengeId, ChallengeStatus status) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/results-not-open", "problem.results-not-open",
				status)
			.with("challengeId", challengeId.toString())
			.with("status", status.name());
	}

}
