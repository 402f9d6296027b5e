package org.jiebang.lab;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The profile of the signed-in member's own lab: the public fields plus the invitation code and the version
 * to send back with an update.
 *
 * @param id the lab
 * @param name its name
 * @param organization the organization it belongs to
 * @param leader the team leader
 * @param summary a short introduction
 * @param researchFields technical-field codes of the taxonomy
 * @param keywords normalized capability keywords
 * @param capabilities what the team can do
 * @param achievements papers, patents, past projects
 * @param facilities pilot lines, equipment, platforms
 * @param teamSize number of people
 * @param province region code
 * @param city city
 * @param trackRecord the lab's delivery history on the platform
 * @param updatedAt when the profile last changed
 * @param invitationCode the code with which colleagues join the lab
 * @param version the version an update must name
 */
public record MyLabView(UUID id, String name, LabProfileView.Organization organization, String leader,
		String summary, List<String> researchFields, List<String> keywords, String capabilities,
		String achievements, String facilities, int teamSize, String province, String city,
		LabProfileView.TrackRecord trackRecord, Instant updatedAt, String invitationCode, long version) {

	static MyLabView of(LabProfileView p, String invitationCode, long version) {
		return new MyLabView(p.id(), p.name(), p.organization(), p.leader(), p.summary(), p.researchFields(),
				p.keywords(), p.capabilities(), p.achievements(), p.facilities(), p.teamSize(), p.province(),
				p.city(), p.trackRecord(), p.updatedAt(), invitationCode, version);
	}

}
