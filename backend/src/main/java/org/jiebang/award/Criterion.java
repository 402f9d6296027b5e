package org.jiebang.award;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.jiebang.challenge.Rubric;

/** The four criteria of the rubric (SPEC §4), each with its weight on a challenge's rubric. */
enum Criterion {

	TECHNICAL_MERIT("technicalMerit", Rubric::technicalMerit, ScoreRequest::technicalMerit, Score::technicalMerit),

	FEASIBILITY("feasibility", Rubric::feasibility, ScoreRequest::feasibility, Score::feasibility),

	TEAM_CAPABILITY("teamCapability", Rubric::teamCapability, ScoreRequest::teamCapability, Score::teamCapability),

	COST_REASONABLENESS("costReasonableness", Rubric::costReasonableness, ScoreRequest::costReasonableness,
			Score::costReasonableness);

	private final String field;

	private final ToIntFunction<Rubric> weight;

	private final Function<ScoreRequest, CriterionScore> requested;

	private final Function<Score, CriterionScore> scored;

	Criterion(String field, ToIntFunction<Rubric> weight, Function<ScoreRequest, CriterionScore> requested,
			Function<Score, CriterionScore> scored) {
		this.field = field;
		this.weight = weight;
		this.requested = requested;
		this.scored = scored;
	}

	/** The JSON name of the criterion. */
	String field() {
		return this.field;
	}

	int weight(Rubric rubric) {
		return this.weight.applyAsInt(rubric);
	}

	CriterionScore of(ScoreRequest request) {
		return this.requested.apply(request);
	}

	BigDecimal of(Score score) {
		return this.scored.apply(score).score();
	}

}
