package org.jiebang.challenge;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Normalizes free-text capability tags: width-folded (NFKC), trimmed, inner spaces collapsed, case-folded. */
public final class CapabilityTags {

	private CapabilityTags() {
	}

	public static String normalize(String tag) {
		if (tag == null) {
			return "";
		}
		String folded = Normalizer.normalize(tag, Normalizer.Form.NFKC);
		return folded.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** Normalized, without blanks and duplicates, in first-seen order. */
	public static List<String> normalizeAll(List<String> tags) {
		if (tags == null) {
			return List.of();
		}
		Set<String> unique = new LinkedHashSet<>();
		for (String tag : tags) {
			String normalized = normalize(tag);
			if (!normalized.isEmpty()) {
				unique.add(normalized);
			}
		}
		return List.copyOf(unique);
	}

}
