package org.jiebang.lab;

import java.util.List;

/**
 * A checked and normalized profile update, ready to apply.
 *
 * @param name the lab's name
 * @param leader the team leader
 * @param summary a short introduction
 * @param researchFields distinct technical-field codes
 * @param keywords normalized, distinct keywords
 * @param capabilities what the team can do
 * @param achievements papers, patents, past projects
 * @param facilities pilot lines, equipment, platforms
 * @param teamSize number of people
 * @param province region code
 * @param city city
 * @param version the version the client edited
 */
record LabProfileInput(String name, String leader, String summary, List<String> researchFields,
		List<String> keywords, String capabilities, String achievements, String facilities, int teamSize,
		String province, String city, long version) {
}
