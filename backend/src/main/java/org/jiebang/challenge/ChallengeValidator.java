package org.jiebang.challenge;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jiebang.account.OrganizationType;
import org.jiebang.system.config.JiebangProperties;
import org.jiebang.system.persistence.Tags;
import org.jiebang.system.web.ProblemException.FieldProblem;
import org.jiebang.system.web.Problems;
import org.jiebang.taxonomy.TaxonomyService;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The content rules of SPEC §2 that annotations cannot express: taxonomy codes, deadlines, the rubric, and
 * at submission the completeness of every required field.
 */
@Component
class ChallengeValidator {

	private final TaxonomyService taxonomy;

	private final Duration minBiddingPeriod;

	ChallengeValidator(TaxonomyService taxonomy, JiebangProperties properties) {
		this.taxonomy = taxonomy;
		this.minBiddingPeriod = properties.challenge().minBiddingPeriod();
	}

	/** Turns a request into content, failing with every invalid field at once. */
	ChallengeContent content(ChallengeRequest request, Instant now) {
		List<FieldProblem> errors = new ArrayList<>();
		if (request.industryChain() != null && !this.taxonomy.isIndustryChain(request.industryChain())) {
			errors.add(new FieldProblem("industryChain", "Code", "validation.unknown-code"));
		}
		List<String> fields = request.techFields() == null ? List.of() : request.techFields();
		for (int i = 0; i < fields.size(); i++) {
			if (!this.taxonomy.isTechField(fields.get(i))) {
				errors.add(new FieldProblem("techFields[" + i + "]", "Code", "validation.unknown-code"));
			}
		}
		if (request.province() != null && !request.province().isEmpty() && !this.taxonomy.isRegion(request.province())) {
			errors.add(new FieldProblem("province", "Code", "validation.unknown-code"));
		}
		if (request.bidDeadline() != null && !request.bidDeadline().isAfter(now)) {
			errors.add(new FieldProblem("bidDeadline", "Future", "validation.deadline-past"));
		}
		if (request.rubric() != null && request.rubric().total() != 100) {
			errors.add(new FieldProblem("rubric", "Sum", "validation.rubric-sum"));
		}
		ChallengeRequest.Eligibility eligibility = request.eligibility();
		List<String> orgTypes = new ArrayList<>();
		List<String> regions = new ArrayList<>();
		if (eligibility != null) {
			checkEligibility(eligibility, orgTypes, regions, errors);
		}
		if (!errors.isEmpty()) {
			throw Problems.invalid(errors);
		}
		return new ChallengeContent(request.title().strip(), trim(request.summary()), request.description(),
				Indicators.of(request.technicalIndicators()),
				new Tags(CapabilityTags.normalizeAll(request.requiredCapabilities())), request.industryChain(),
				new Tags(fields.stream().distinct().toList()), request.challengeType(), Challenge.money(request.bounty()),
				request.bidDeadline(), request.deliveryMonths(), eligibility == null ? null : trim(eligibility.text()),
				new Tags(orgTypes), new Tags(regions), request.ipTerms(), emptyToNull(request.province()),
				trim(request.city()), trim(request.contactName()), trim(request.contactPhone()),
				trim(request.contactEmail()));
	}

	private void checkEligibility(ChallengeRequest.Eligibility eligibility, List<String> orgTypes,
			List<String> regions, List<FieldProblem> errors) {
		if (eligibility.organizationTypes() != null) {
			for (OrganizationType type : eligibility.organizationTypes()) {
				if (type == OrganizationType.GOVERNMENT) {
					errors.add(new FieldProblem("eligibility.organizationTypes", "LabType",
							"validation.eligible-org-type"));
				}
				else if (!orgTypes.contains(type.name())) {
					orgTypes.add(type.name());
				}
			}
		}
		if (eligibility.regions() != null) {
			for (int i = 0; i < eligibility.regions().size(); i++) {
				String region = eligibility.regions().get(i);
				if (!this.taxonomy.isRegion(region)) {
					errors.add(new FieldProblem("eligibility.regions[" + i + "]", "Code", "validation.unknown-code"));
				}
				else if (!regions.contains(region)) {
					regions.add(region);
				}
			}
		}
	}

	/** Completeness and the minimum bidding period, checked when the firm submits for review. */
	void checkSubmittable(ChallengeContent content, Instant now) {
		List<FieldProblem> errors = new ArrayList<>();
		required(errors, "summary", content.summary());
		required(errors, "description", content.description());
		if (content.technicalIndicators().values().isEmpty()) {
			errors.add(new FieldProblem("technicalIndicators", "Size", "validation.indicators-required"));
		}
		if (content.requiredCapabilities().values().isEmpty()) {
			errors.add(new FieldProblem("requiredCapabilities", "Size", "validation.capabilities-required"));
		}
		required(errors, "industryChain", content.industryChain());
		required(errors, "challengeType", content.challengeType());
		required(errors, "bounty", content.bounty());
		required(errors, "deliveryMonths", content.deliveryMonths());
		required(errors, "ipTerms", content.ipTerms());
		required(errors, "province", content.province());
		required(errors, "city", content.city());
		required(errors, "contactName", content.contactName());
		if (!StringUtils.hasText(content.contactPhone()) && !StringUtils.hasText(content.contactEmail())) {
			errors.add(new FieldProblem("contactPhone", "Required", "validation.contact-required"));
		}
		if (content.bidDeadline() == null) {
			errors.add(new FieldProblem("bidDeadline", "NotNull", "validation.required"));
		}
		else if (content.bidDeadline().isBefore(now.plus(this.minBiddingPeriod))) {
			errors.add(new FieldProblem("bidDeadline", "MinBiddingPeriod", "validation.deadline-too-soon",
					this.minBiddingPeriod.toString()));
		}
		if (!errors.isEmpty()) {
			throw Problems.invalid(errors);
		}
	}

	private static void required(List<FieldProblem> errors, String field, Object value) {
		if (value == null || value instanceof String text && !StringUtils.hasText(text)) {
			errors.add(new FieldProblem(field, "NotNull", "validation.required"));
		}
	}

	private static String trim(String text) {
		return text == null ? null : text.strip();
	}

	private static String emptyToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
