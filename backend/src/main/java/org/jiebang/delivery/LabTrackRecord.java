package org.jiebang.delivery;

/**
 * A lab's delivery history on the platform (SPEC §5), counted from deliveries and their milestones.
 *
 * @param awarded challenges awarded to the lab (confirmed awards)
 * @param completed challenges it completed
 * @param terminatedWithoutDueDiligence challenges terminated without due diligence (failed); a termination
 * with due diligence (尽职免责) counts as neither failed nor completed
 * @param onTimeRatio of the milestones accepted or already due (outside due-diligence terminations), the
 * share accepted on a report made by the due date; {@code null} when there is none yet
 */
public record LabTrackRecord(int awarded, int completed, int terminatedWithoutDueDiligence, Double onTimeRatio) {

	private static final LabTrackRecord NONE = new LabTrackRecord(0, 0, 0, null);

	public static LabTrackRecord none() {
		return NONE;
	}

}
