package org.jiebang.award;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A reviewer's score of one bid: every criterion of the rubric with a comment.
 *
 * @param technicalMerit technical merit
 * @param feasibility feasibility
 * @param teamCapability team capability
 * @param costReasonableness cost reasonableness
 */
public record ScoreRequest(@NotNull @Valid CriterionScore technicalMerit, @NotNull @Valid CriterionScore feasibility,
		@NotNull @Valid CriterionScore teamCapability, @NotNull @Valid CriterionScore costReasonableness) {
}
