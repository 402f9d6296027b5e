package org.jiebang.award;

import java.math.BigDecimal;

import org.jiebang.challenge.Rubric;

/**
 * The rubric totals of a winning bid as announced: the mean total and the mean of each criterion.
 *
 * @param rubric the weights
 * @param reviewers how many reviewers' scores the means cover
 * @param total the mean total
 * @param technicalMerit mean technical merit
 * @param feasibility mean feasibility
 * @param teamCapability mean team capability
 * @param costReasonableness mean cost reasonableness
 * @param adoptedScore the score a non-consensus decision adopted, if there was one
 */
public record ScoreSummary(Rubric rubric, int reviewers, BigDecimal total, BigDecimal technicalMerit,
		BigDecimal feasibility, BigDecimal teamCapability, BigDecimal costReasonableness, BigDecimal adoptedScore) {
}
