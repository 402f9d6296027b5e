package org.jiebang.system.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Factory of the problems every feature raises: not found, forbidden, conflict, invalid input. */
public final class Problems {

	private Problems() {
	}

	public static ProblemException notFound(String entity, Object id) {
		return new ProblemException(HttpStatus.NOT_FOUND, "/problems/not-found", "problem.not-found", entity)
			.with("entity", entity)
			.with("id", String.valueOf(id));
	}

	public static ProblemException forbidden() {
		return new ProblemException(HttpStatus.FORBIDDEN, "/problems/forbidden", "problem.forbidden");
	}

	public static ProblemException unauthorized() {
		return new ProblemException(HttpStatus.UNAUTHORIZED, "/problems/unauthorized", "problem.unauthorized");
	}

	public static ProblemException conflict(String type, String messageKey, Object... args) {
		return new ProblemException(HttpStatus.CONFLICT, type, messageKey, args);
	}

	public static ProblemException invalid(String field, String code, String messageKey, Object... args) {
		return invalid(List.of(new ProblemException.FieldProblem(field, code, messageKey, args)));
	}

	public static ProblemException invalid(List<ProblemException.FieldProblem> errors) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "/problems/validation", errors, "problem.validation");
	}

	public static ProblemException staleVersion(String entity, Object id) {
		return new ProblemException(HttpStatus.CONFLICT, "/problems/concurrent-modification",
				"problem.concurrent-modification", entity)
			.with("entity", entity)
			.with("id", String.valueOf(id));
	}

}
