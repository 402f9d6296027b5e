package org.jiebang.bid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * The SHA-256 commitment of a bid's canonical content (SPEC §3): recorded at submission as the lab's
 * receipt and recomputed after the close to prove the opened bid is the one submitted.
 *
 * <p>Canonical means: a fixed field order, amounts with exactly two decimals, lists in their order, file
 * digests sorted, UTF-8 JSON without insignificant whitespace.
 */
public final class BidCommitment {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private BidCommitment() {
	}

	/**
	 * The committed content of a bid.
	 *
	 * @param bidId the bid
	 * @param challengeId the challenge
	 * @param labId the bidding lab
	 * @param summary summary
	 * @param technicalApproach technical approach
	 * @param quotedAmount quoted amount
	 * @param deliveryMonths delivery months
	 * @param team team
	 * @param partners consortium partners
	 * @param milestonePlan milestone plan
	 * @param conflictDeclaration conflict declaration
	 * @param fileDigests SHA-256 of each attached file
	 */
	public record Content(UUID bidId, UUID challengeId, UUID labId, String summary, String technicalApproach,
			BigDecimal quotedAmount, Integer deliveryMonths, List<TeamMember> team, List<Partner> partners,
			List<PlannedMilestone> milestonePlan, String conflictDeclaration, List<String> fileDigests) {
	}

	public static String compute(Content content) {
		Map<String, Object> canonical = new LinkedHashMap<>();
		canonical.put("bidId", content.bidId().toString());
		canonical.put("challengeId", content.challengeId().toString());
		canonical.put("labId", content.labId().toString());
		canonical.put("summary", nullToEmpty(content.summary()));
		canonical.put("technicalApproach", nullToEmpty(content.technicalApproach()));
		canonical.put("quotedAmount", content.quotedAmount() == null ? ""
				: content.quotedAmount().setScale(2, RoundingMode.UNNECESSARY).toPlainString());
		canonical.put("deliveryMonths", content.deliveryMonths());
		canonical.put("team", content.team().stream().map(m -> List.of(m.name(), nullToEmpty(m.title()), m.role())).toList());
		canonical.put("partners",
				content.partners().stream().map(p -> List.of(p.name(), p.creditCode(), p.role())).toList());
		canonical.put("milestonePlan", content.milestonePlan()
			.stream()
			.map(m -> List.of(m.title(), m.deliverable(), m.dueMonth(), m.paymentPercent()))
			.toList());
		canonical.put("conflictDeclaration", nullToEmpty(content.conflictDeclaration()));
		List<String> digests = new ArrayList<>(content.fileDigests());
		digests.sort(null);
		canonical.put("files", digests);
		return sha256(JSON.writeValueAsString(canonical));
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
