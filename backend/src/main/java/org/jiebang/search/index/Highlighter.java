package org.jiebang.search.index;

import java.util.ArrayList;
import java.util.List;

import org.jiebang.search.analysis.JiebangAnalyzer;

/**
 * Marks the query's words and concepts in stored text and cuts long text to a snippet around the first
 * hit. Output is plain text segments, so the UI never renders HTML.
 */
final class Highlighter {

	/** Text longer than this is cut to a snippet. */
	private static final int SNIPPET = 160;

	/** Only this much of a long text is analysed for hits. */
	private static final int SCAN = 4000;

	private Highlighter() {
	}

	static List<Segment> highlight(String text, QueryText query) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		String scanned = text.length() > SCAN ? text.substring(0, SCAN) : text;
		boolean[] hit = new boolean[scanned.length()];
		if (!query.isEmpty()) {
			mark(scanned, query, hit);
		}
		int from = 0;
		int to = scanned.length();
		if (text.length() > SNIPPET) {
			int first = 0;
			while (first < hit.length && !hit[first]) {
				first++;
			}
			if (first == hit.length) {
				first = 0;
			}
			from = Math.max(0, first - SNIPPET / 4);
			to = Math.min(scanned.length(), from + SNIPPET);
		}
		List<Segment> segments = new ArrayList<>();
		if (from > 0 && Character.isLowSurrogate(scanned.charAt(from))) {
			from--;
		}
		if (to < scanned.length() && Character.isLowSurrogate(scanned.charAt(to))) {
			to++;
		}
		if (from > 0) {
			segments.add(new Segment("…", false));
		}
		int start = from;
		for (int i = from + 1; i <= to; i++) {
			if (i == to || hit[i] != hit[start]) {
				segments.add(new Segment(scanned.substring(start, i), hit[start]));
				start = i;
			}
		}
		if (to < text.length()) {
			segments.add(new Segment("…", false));
		}
		return segments;
	}

	/**
	 * Marks where the query's words occur, by plain comparison on a case- and width-folded copy of the text
	 * (the same length, so positions carry over): re-running the segmenter over every hit would cost more
	 * than the search itself. A concept is marked by its name; words shorter than two characters only
	 * inside Chinese text.
	 */
	private static void mark(String text, QueryText query, boolean[] hit) {
		String folded = fold(text);
		List<String> needles = new ArrayList<>(query.words());
		for (String concept : query.concepts()) {
			needles.add(fold(JiebangAnalyzer.label(concept)));
		}
		for (String needle : needles) {
			if (needle.isEmpty() || (needle.length() < 2 && !Character.isIdeographic(needle.codePointAt(0)))) {
				continue;
			}
			for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length())) {
				for (int i = at; i < at + needle.length() && i < hit.length; i++) {
					hit[i] = true;
				}
			}
		}
	}

	/** Lower case, full-width forms as ASCII; one char for one char. */
	private static String fold(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			else if (c == '\u3000') {
				c = ' ';
			}
			chars[i] = Character.toLowerCase(c);
		}
		return new String(chars);
	}

}
