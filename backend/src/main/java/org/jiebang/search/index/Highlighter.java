package org.jiebang.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.jiebang.search.analysis.FieldKind;

/**
 * Marks the query's words and concepts in stored text by re-analysing it with the indexing chains, and cuts
 * long text to a snippet around the first hit. Output is plain text segments, so the UI never renders HTML.
 */
final class Highlighter {

	private static final String PROBE = "h";

	/** Text longer than this is cut to a snippet. */
	private static final int SNIPPET = 160;

	/** Only this much of a long text is analysed for hits. */
	private static final int SCAN = 4000;

	private Highlighter() {
	}

	static List<Segment> highlight(Analyzer analyzer, String text, QueryText query) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		String scanned = text.length() > SCAN ? text.substring(0, SCAN) : text;
		boolean[] hit = new boolean[scanned.length()];
		if (!query.isEmpty()) {
			mark(analyzer, FieldKind.WORDS.field(PROBE), scanned, query.words(), hit);
			mark(analyzer, FieldKind.CONCEPTS.field(PROBE), scanned, query.concepts(), hit);
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

	private static void mark(Analyzer analyzer, String field, String text, Set<String> terms, boolean[] hit) {
		if (terms.isEmpty()) {
			return;
		}
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (terms.contains(term.toString())) {
					int start = Math.max(0, Math.min(offset.startOffset(), hit.length));
					int end = Math.max(start, Math.min(offset.endOffset(), hit.length));
					for (int i = start; i < end; i++) {
						hit[i] = true;
					}
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
