package org.jiebang.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a profile update changed, summarized for the audit log: short values as they are, long texts and
 * keyword lists only by their size, so that entries stay small and never copy a whole text.
 *
 * @param fields names of the changed fields, in form order
 * @param before summary of the old values of the changed fields
 * @param after summary of the new values of the changed fields
 */
record LabChanges(List<String> fields, Map<String, Object> before, Map<String, Object> after) {

	private record Field(String name, Function<Lab, Object> value, Function<Object, Object> summary) {
	}

	private static final Function<Object, Object> AS_IS = Function.identity();

	private static final Function<Object, Object> LENGTH = text -> ((String) text).length() + " chars";

	private static final Function<Object, Object> COUNT = tags -> ((List<?>) tags).size() + " keywords";

	private static final List<Field> FIELDS = List.of(new Field("name", Lab::name, AS_IS),
			new Field("leader", Lab::leader, AS_IS), new Field("summary", Lab::summary, LENGTH),
			new Field("researchFields", lab -> lab.researchFields().values(), AS_IS),
			new Field("keywords", lab -> lab.keywords().values(), COUNT),
			new Field("capabilities", Lab::capabilities, LENGTH),
			new Field("achievements", Lab::achievements, LENGTH), new Field("facilities", Lab::facilities, LENGTH),
			new Field("teamSize", Lab::teamSize, AS_IS), new Field("province", Lab::province, AS_IS),
			new Field("city", Lab::city, AS_IS));

	static LabChanges between(Lab old, Lab updated) {
		List<String> fields = new ArrayList<>();
		Map<String, Object> before = new LinkedHashMap<>();
		Map<String, Object> after = new LinkedHashMap<>();
		for (Field field : FIELDS) {
			Object was = field.value().apply(old);
			Object is = field.value().apply(updated);
			if (!Objects.equals(was, is)) {
				fields.add(field.name());
				before.put(field.name(), field.summary().apply(was));
				after.put(field.name(), field.summary().apply(is));
			}
		}
		return new LabChanges(List.copyOf(fields), before, after);
	}

	boolean isEmpty() {
		return this.fields.isEmpty();
	}

}
