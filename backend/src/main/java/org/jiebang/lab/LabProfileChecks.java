package org.jiebang.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.jiebang.account.OrganizationType;
import org.jiebang.system.web.ProblemException.FieldProblem;
import org.jiebang.system.web.Problems;
import org.jiebang.taxonomy.TaxonomyService;

import org.springframework.stereotype.Component;

/**
 * Checks a profile update field by field and reports every invalid one at once, so that nothing is written
 * unless the whole request is valid. Limits stay within the column sizes of {@code labs}.
 */
@Component
class LabProfileChecks {

	static final int MAX_FIELDS = 10;

	static final int MAX_KEYWORDS = 30;

	static final int MAX_KEYWORD_LENGTH = 40;

	static final int MAX_TEAM_SIZE = 10_000;

	static final int MAX_QUERY_LENGTH = 100;

	static final String SORT_NEWEST = "newest";

	static final String SORT_NAME = "name";

	private static final int KEYWORDS_COLUMN = 2000;

	private final TaxonomyService taxonomy;

	private final JsonMapper json;

	LabProfileChecks(TaxonomyService taxonomy, JsonMapper json) {
		this.taxonomy = taxonomy;
		this.json = json;
	}

	/** The normalized update, or a 400 problem listing every invalid field. */
	LabProfileInput check(UpdateLabProfileRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		String name = line(errors, "name", request.name(), 120);
		if (name.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("name"))) {
			errors.add(new FieldProblem("name", "NotBlank", "lab.validation.required"));
		}
		String leader = line(errors, "leader", request.leader(), 60);
		String summary = text(errors, "summary", request.summary(), 1000);
		String capabilities = text(errors, "capabilities", request.capabilities(), 5000);
		String achievements = text(errors, "achievements", request.achievements(), 5000);
		String facilities = text(errors, "facilities", request.facilities(), 3000);
		String city = line(errors, "city", request.city(), 60);
		List<String> fields = researchFields(errors, request.researchFields());
		List<String> keywords = keywords(errors, request.keywords());
		String province = request.province() == null ? "" : request.province().strip();
		if (province.isEmpty()) {
			errors.add(new FieldProblem("province", "NotBlank", "lab.validation.required"));
		}
		else if (!this.taxonomy.isRegion(province)) {
			errors.add(new FieldProblem("province", "Region", "validation.region-unknown"));
		}
		if (request.teamSize() == null) {
			errors.add(new FieldProblem("teamSize", "NotNull", "lab.validation.required"));
		}
		else if (request.teamSize() < 1 || request.teamSize() > MAX_TEAM_SIZE) {
			errors.add(new FieldProblem("teamSize", "Range", "lab.validation.range", 1, MAX_TEAM_SIZE));
		}
		if (request.version() == null) {
			errors.add(new FieldProblem("version", "NotNull", "lab.validation.required"));
		}
		if (!errors.isEmpty()) {
			throw Problems.invalid(errors);
		}
		return new LabProfileInput(name, leader, summary, fields, keywords, capabilities, achievements, facilities,
				request.teamSize(), province, city, request.version());
	}

	/** The directory filters, normalized, or a 400 problem naming every invalid one. */
	LabQuery check(LabQuery query) {
		List<FieldProblem> errors = new ArrayList<>();
		String q = blankToNull(query.q() == null ? null : LabKeywords.normalize(query.q()));
		if (q != null && !allowed(q, false)) {
			errors.add(new FieldProblem("q", "Characters", "lab.validation.characters"));
		}
		else if (q != null && q.length() > MAX_QUERY_LENGTH) {
			errors.add(new FieldProblem("q", "Size", "lab.validation.too-long", MAX_QUERY_LENGTH));
		}
		String field = blankToNull(query.field());
		if (field != null && !this.taxonomy.isTechField(field)) {
			errors.add(new FieldProblem("field", "TechField", "lab.validation.tech-field-unknown"));
		}
		String province = blankToNull(query.province());
		if (province != null && !this.taxonomy.isRegion(province)) {
			errors.add(new FieldProblem("province", "Region", "validation.region-unknown"));
		}
		String orgType = blankToNull(query.orgType()) == null ? null : query.orgType().strip().toUpperCase(Locale.ROOT);
		if (orgType != null) {
			String upper = orgType;
			if (Arrays.stream(OrganizationType.values()).noneMatch(type -> type.name().equals(upper))) {
				errors.add(new FieldProblem("orgType", "OrganizationType", "lab.validation.org-type-unknown"));
			}
		}
		String sort = blankToNull(query.sort());
		sort = sort == null ? SORT_NEWEST : sort.toLowerCase(Locale.ROOT);
		if (!SORT_NEWEST.equals(sort) && !SORT_NAME.equals(sort)) {
			errors.add(new FieldProblem("sort", "Sort", "lab.validation.sort-unknown"));
		}
		if (!errors.isEmpty()) {
			throw Problems.invalid(errors);
		}
		return new LabQuery(q, field, province, orgType, sort);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private List<String> researchFields(List<FieldProblem> errors, List<String> codes) {
		if (codes == null) {
			return List.of();
		}
		Set<String> unique = new LinkedHashSet<>();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i) == null ? "" : codes.get(i).strip();
			if (!this.taxonomy.isTechField(code)) {
				errors.add(new FieldProblem("researchFields[" + i + "]", "TechField",
						"lab.validation.tech-field-unknown"));
				continue;
			}
			unique.add(code);
		}
		if (unique.size() > MAX_FIELDS) {
			errors.add(new FieldProblem("researchFields", "Size", "lab.validation.too-many", MAX_FIELDS));
		}
		return List.copyOf(unique);
	}

	private List<String> keywords(List<FieldProblem> errors, List<String> raw) {
		if (raw == null) {
			return List.of();
		}
		int before = errors.size();
		for (int i = 0; i < raw.size(); i++) {
			String keyword = LabKeywords.normalize(raw.get(i));
			if (!allowed(keyword, false)) {
				errors.add(new FieldProblem("keywords[" + i + "]", "Characters", "lab.validation.characters"));
			}
			else if (keyword.length() > MAX_KEYWORD_LENGTH) {
				errors.add(new FieldProblem("keywords[" + i + "]", "Size", "lab.validation.too-long",
						MAX_KEYWORD_LENGTH));
			}
		}
		List<String> keywords = LabKeywords.normalizeAll(raw);
		if (keywords.size() > MAX_KEYWORDS) {
			errors.add(new FieldProblem("keywords", "Size", "lab.validation.too-many", MAX_KEYWORDS));
		}
		else if (errors.size() == before && this.json.writeValueAsString(keywords).length() > KEYWORDS_COLUMN) {
			errors.add(new FieldProblem("keywords", "Size", "lab.validation.keywords-total"));
		}
		return keywords;
	}

	/** A single-line value: trimmed, no control characters. */
	private static String line(List<FieldProblem> errors, String field, String value, int max) {
		return checked(errors, field, value, max, false);
	}

	/** A multi-line text: trimmed, line breaks and tabs allowed. */
	private static String text(List<FieldProblem> errors, String field, String value, int max) {
		return checked(errors, field, value, max, true);
	}

	private static String checked(List<FieldProblem> errors, String field, String value, int max,
			boolean multiline) {
		String stripped = value == null ? "" : value.strip();
		if (!allowed(stripped, multiline)) {
			errors.add(new FieldProblem(field, "Characters", "lab.validation.characters"));
		}
		else if (stripped.length() > max) {
			errors.add(new FieldProblem(field, "Size", "lab.validation.too-long", max));
		}
		return stripped;
	}

	/** No control characters (databases reject NUL) and no unpaired surrogates. */
	static boolean allowed(String value, boolean multiline) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

}
