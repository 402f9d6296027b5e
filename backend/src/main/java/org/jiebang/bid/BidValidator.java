package org.jiebang.bid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jiebang.account.CreditCodes;
import org.jiebang.challenge.ChallengeFacts;
import org.jiebang.system.web.ProblemException.FieldProblem;
import org.jiebang.system.web.Problems;

import org.springframework.util.StringUtils;

/** The bid rules of SPEC §3 that annotations cannot express. */
final class BidValidator {

	private BidValidator() {
	}

	/**
	 * Rules every saved bid keeps, complete or not: the bounty, the challenge's delivery period, partners,
	 * and a milestone plan that can still add up to 100 %.
	 */
	static void checkDraft(BidRequest r, ChallengeFacts challenge, String firmCreditCode, String ownCreditCode) {
		List<FieldProblem> errors = new ArrayList<>();
		checkAmountAndMonths(r.quotedAmount(), r.deliveryMonths(), challenge, errors);
		checkPartners(r.partners(), firmCreditCode, ownCreditCode, errors);
		List<PlannedMilestone> plan = r.milestonePlan() == null ? List.of() : r.milestonePlan();
		int sum = checkPlanOrder(plan, r.deliveryMonths(), errors);
		if (sum > 100) {
			errors.add(new FieldProblem("milestonePlan", "PercentSum", "validation.percent-sum", sum));
		}
		if (!errors.isEmpty()) {
			throw Problems.invalid(errors);
		}
	}

	/** Completeness and the exact 100 % rule, checked when the lab submits. */
	static void checkSubmittable(Bid bid, ChallengeFacts challenge) {
		List<FieldProblem> errors = new ArrayList<>();
		if (!StringUtils.hasText(bid.summary())) {
			errors.add(new FieldProblem("summary", "NotBlank", "validation.required"));
		}
		if (!StringUtils.hasText(bid.technicalApproach())) {
			errors.add(new FieldProblem("technicalApproach", "NotBlank", "validation.required"));
		}
		if (bid.quotedAmount() == null) {
			errors.add(new FieldProblem("quotedAmount", "NotNull", "validation.required"));
		}
		if (bid.deliveryMonths() == null) {
			errors.add(new FieldProblem("deliveryMonths", "NotNull", "validation.required"));
		}
		checkAmountAndMonths(bid.quotedAmount(), bid.deliveryMonths(), challenge, errors);
		if (bid.team().values().isEmpty()) {
			errors.add(new FieldProblem("team", "Size", "validation.team-required"));
		}
		List<PlannedMilestone> plan = bid.milestonePlan().values();
		if (plan.isEmpty()) {
			errors.add(new FieldProblem("milestonePlan", "Size", "validation.plan-required"));
		}
		int sum = checkPlanOrder(plan, bid.deliveryMonths(), errors);
		if (!plan.isEmpty() && sum != 100) {
			errors.add(new FieldProblem("milestonePlan", "PercentSum", "validation.percent-sum", sum));
		}
		if (!StringUtils.hasText(bid.conflictDeclaration())) {
			errors.add(new FieldProblem("conflictDeclaration", "NotBlank", "validation.required"));
		}
		if (!bid.conflictAffirmed()) {
			errors.add(new FieldProblem("conflictAffirmed", "AssertTrue", "validation.conflict-affirmed"));
		}
		if (!errors.isEmpty()) {
			throw Problems.invalid(errors);
		}
	}

	private static void checkAmountAndMonths(BigDecimal quoted, Integer months, ChallengeFacts challenge,
			List<FieldProblem> errors) {
		if (quoted != null && challenge.bounty() != null && quoted.compareTo(challenge.bounty()) > 0) {
			errors.add(new FieldProblem("quotedAmount", "MaxBounty", "validation.quote-above-bounty",
					challenge.bounty().toPlainString()));
		}
		if (months != null && challenge.deliveryMonths() != null && months > challenge.deliveryMonths()) {
			errors.add(new FieldProblem("deliveryMonths", "MaxMonths", "validation.months-above-challenge",
					challenge.deliveryMonths()));
		}
	}

	/** Checks due months (strictly ascending, within the delivery period) and answers the percent sum. */
	private static int checkPlanOrder(List<PlannedMilestone> plan, Integer deliveryMonths, List<FieldProblem> errors) {
		int sum = 0;
		int previous = 0;
		for (int i = 0; i < plan.size(); i++) {
			PlannedMilestone milestone = plan.get(i);
			sum += milestone.paymentPercent();
			if (milestone.dueMonth() <= previous) {
				errors.add(new FieldProblem("milestonePlan[" + i + "].dueMonth", "Ascending", "validation.due-ascending"));
			}
			if (deliveryMonths != null && milestone.dueMonth() > deliveryMonths) {
				errors.add(new FieldProblem("milestonePlan[" + i + "].dueMonth", "WithinDelivery",
						"validation.due-within-delivery", deliveryMonths));
			}
			previous = milestone.dueMonth();
		}
		return sum;
	}

	private static void checkPartners(List<Partner> partners, String firmCreditCode, String ownCreditCode,
			List<FieldProblem> errors) {
		if (partners == null) {
			return;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < partners.size(); i++) {
			String code = CreditCodes.normalize(partners.get(i).creditCode());
			String field = "partners[" + i + "].creditCode";
			if (!seen.add(code)) {
				errors.add(new FieldProblem(field, "Duplicate", "validation.partner-duplicate"));
			}
			else if (code.equals(firmCreditCode)) {
				errors.add(new FieldProblem(field, "FirmOrganization", "validation.partner-is-firm"));
			}
			else if (code.equals(ownCreditCode)) {
				errors.add(new FieldProblem(field, "OwnOrganization", "validation.partner-is-self"));
			}
		}
	}

}
