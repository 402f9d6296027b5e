package org.jiebang.lab;

/**
 * Filters of the public lab directory; every value is bound as a parameter, never concatenated.
 *
 * @param q text found in the name, summary, keywords or capabilities, ignoring case and width
 * @param field a technical-field code among the lab's research fields
 * @param province a region code
 * @param orgType the kind of organization the lab belongs to
 * @param sort {@code newest} (default) or {@code name}
 */
public record LabQuery(String q, String field, String province, String orgType, String sort) {

	public static LabQuery all() {
		return new LabQuery(null, null, null, null, null);
	}

}
