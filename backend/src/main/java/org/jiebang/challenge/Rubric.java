package org.jiebang.challenge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jiebang.system.persistence.JsonColumn;

/**
 * The evaluation weights of a challenge (SPEC §4), fixed before publication, summing to 100.
 *
 * @param technicalMerit weight of technical merit
 * @param feasibility weight of feasibility
 * @param teamCapability weight of the team's capability
 * @param costReasonableness weight of cost reasonableness
 */
public record Rubric(@Min(0) @Max(100) int technicalMerit, @Min(0) @Max(100) int feasibility,
		@Min(0) @Max(100) int teamCapability, @Min(0) @Max(100) int costReasonableness) implements JsonColumn {

	public static final Rubric DEFAULT = new Rubric(40, 25, 20, 15);

	public int total() {
		return this.technicalMerit + this.feasibility + this.teamCapability + this.costReasonableness;
	}

}
