package org.jiebang.lab;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jiebang.account.OrganizationType;

/**
 * A lab's capability profile as anyone may see it (SPEC §6); never carries the invitation code.
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
 */
public record LabProfileView(UUID id, String name, Organization organization, String leader, String summary,
		List<String> researchFields, List<String> keywords, String capabilities, String achievements,
		String facilities, int teamSize, String province, String city, TrackRecord trackRecord, Instant updatedAt) {

	LabProfileView withTrackRecord(TrackRecord record) {
		return new LabProfileView(this.id, this.name, this.organization, this.leader, this.summary,
				this.researchFields, this.keywords, this.capabilities, this.achievements, this.facilities,
				this.teamSize, this.province, this.city, record == null ? TrackRecord.none() : record, this.updatedAt);
	}

	/**
	 * The public facts of the lab's organization.
	 *
	 * @param id the organization
	 * @param name its registered name
	 * @param type its kind
	 * @param verified whether an administrator verified it
	 */
	public record Organization(UUID id, String name, OrganizationType type, boolean verified) {
	}

	/**
	 * What the lab delivered on the platform; counted by the award and delivery features.
	 *
	 * @param awarded challenges awarded to the lab
	 * @param completed challenges it completed
	 * @param terminatedWithoutDueDiligence challenges terminated through the lab's fault
	 * @param onTimeRatio share of milestones met on time, {@code null} without any milestone yet
	 */
	public record TrackRecord(int awarded, int completed, int terminatedWithoutDueDiligence, Double onTimeRatio) {

		private static final TrackRecord NONE = new TrackRecord(0, 0, 0, null);

		public static TrackRecord none() {
			return NONE;
		}

	}

}
