package org.jiebang.lab;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalizes capability keywords so that the same word is stored once however it was typed: width-folded
 * (NFKC, so {@code ＳｉＣ} is {@code sic}), trimmed, inner whitespace collapsed, case-folded.
 */
final class LabKeywords {

	private LabKeywords() {
	}

	static String normalize(String keyword) {
		if (keyword == null) {
			return "";
		}
		String folded = Normalizer.normalize(keyword, Normalizer.Form.NFKC);
		return folded.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** Normalized keywords without blanks and duplicates, in first-seen order. */
	static List<String> normalizeAll(List<String> keywords) {
		if (keywords == null) {
			return List.of();
		}
		Set<String> unique = new LinkedHashSet<>();
		for (String keyword : keywords) {
			String normalized = normalize(keyword);
			if (!normalized.isEmpty()) {
				unique.add(normalized);
			}
		}
		return List.copyOf(unique);
	}

}
