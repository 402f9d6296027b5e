package org.jiebang.delivery;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A lab's milestone report: progress text and links to evidence (files are uploaded to the milestone's
 * attachments before reporting).
 *
 * @param text the report, up to 10,000 characters
 * @param evidenceLinks up to 20 http(s) links
 */
public record MilestoneReportRequest(@NotBlank @Size(max = 10_000) String text,
		@Size(max = 20) List<@NotBlank @Size(max = 500) @Pattern(regexp = "(?i)https?://\\S+") String> evidenceLinks) {

	public List<String> links() {
		return this.evidenceLinks == null ? List.of() : this.evidenceLinks.stream().map(String::strip).toList();
	}

}
