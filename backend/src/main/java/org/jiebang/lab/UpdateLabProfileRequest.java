package org.jiebang.lab;

import java.util.List;

/**
 * A new version of the caller's lab profile; replaces every editable field. Anything else in the body (id,
 * organization, invitation code) is ignored.
 *
 * @param name the lab's name (required, at most 120 characters)
 * @param leader the team leader
 * @param summary a short introduction
 * @param researchFields up to 10 technical-field codes
 * @param keywords up to 30 capability keywords, normalized on save
 * @param capabilities what the team can do
 * @param achievements papers, patents, past projects
 * @param facilities pilot lines, equipment, platforms
 * @param teamSize 1 to 10000 people
 * @param province region code
 * @param city city
 * @param version the version the client edited; a stale one is refused
 */
public record UpdateLabProfileRequest(String name, String leader, String summary, List<String> researchFields,
		List<String> keywords, String capabilities, String achievements, String facilities, Integer teamSize,
		String province, String city, Long version) {
}
