package org.jiebang.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostgreSQL suites when a server is configured or Docker is available; with {@code CI=true} they
 * always run, so that a missing server fails the build instead of skipping silently.
 */
public class PostgresAvailable implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (PostgresTestDatabase.required() || PostgresTestDatabase.configured()) {
			return ConditionEvaluationResult.enabled("PostgreSQL configured or required");
		}
		return ConditionEvaluationResult.disabled("No PGHOST and no Docker engine; set PGHOST to run PostgreSQL suites");
	}

}
