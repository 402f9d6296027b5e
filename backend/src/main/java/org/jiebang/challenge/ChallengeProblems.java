package org.jiebang.challenge;

import java.util.UUID;

import org.jiebang.system.web.ProblemException;
import org.jiebang.system.web.Problems;

import org.springframework.http.HttpStatus;

/** The problems of the challenge lifecycle, each with a stable type. */
final class ChallengeProblems {

	private ChallengeProblems() {
	}

	static ProblemException notFound(UUID id) {
		return Problems.notFound("challenge", id);
	}

	static ProblemException invalidState(UUID id, ChallengeStatus status, String action) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/challenge-state", "problem.challenge-state",
				action, status)
			.with("challengeId", id.toString())
			.with("status", status.name())
			.with("action", action);
	}

	static ProblemException organizationUnverified() {
		return new ProblemException(HttpStatus.FORBIDDEN, "/problems/organization-unverified",
				"problem.organization-unverified");
	}

}
