package org.jiebang.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jiebang.search.analysis.FieldKind;

/**
 * A user's query text, analysed with the same chains as the indexed text: segmented words, synonym concepts
 * and, for Chinese words, their character bigrams. The query is built from these terms directly, so no user
 * syntax ever reaches a query parser and any string is safe. Long input is cut, and the number of terms is
 * bounded, so a 10,000-character query costs no more than a short one.
 */
public final class QueryText {

	/** Characters of the query that are analysed; the rest is ignored. */
	static final int MAX_CHARS = 500;

	static final int MAX_WORDS = 32;

	static final int MAX_CONCEPTS = 16;

	private static final String PROBE = "q";

	private final Set<String> words;

	private final Set<String> concepts;

	/** Per distinct query word: its bigrams (Chinese words) and the concepts whose text covers it. */
	private final List<WordGroup> groups;

	/** Concepts that cover no word (their words were stop words): they only add to the score. */
	private final Set<String> looseConcepts;

	private record WordGroup(String word, List<String> grams, Set<String> concepts) {
	}

	private record Token(String term, int start, int end) {
	}

	private QueryText(Set<String> words, Set<String> concepts, List<WordGroup> groups, Set<String> looseConcepts) {
		this.words = words;
		this.concepts = concepts;
		this.groups = groups;
		this.looseConcepts = looseConcepts;
	}

	/** Analyses the text; {@code null} or blank text gives an empty query. */
	public static QueryText analyze(Analyzer analyzer, String text) {
		if (text == null || text.isBlank()) {
			return new QueryText(Set.of(), Set.of(), List.of(), Set.of());
		}
		String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		List<Token> wordTokens = tokens(analyzer, FieldKind.WORDS.field(PROBE), cut);
		List<Token> conceptTokens = tokens(analyzer, FieldKind.CONCEPTS.field(PROBE), cut);
		Map<String, WordGroup> groups = new java.util.LinkedHashMap<>();
		Set<String> covered = new LinkedHashSet<>();
		for (Token word : wordTokens) {
			if (groups.size() >= MAX_WORDS && !groups.containsKey(word.term())) {
				continue;
			}
			WordGroup group = groups.computeIfAbsent(word.term(), term -> new WordGroup(term,
					hasHan(term) && term.codePointCount(0, term.length()) >= 2
							? List.copyOf(terms(analyzer, FieldKind.GRAMS.field(PROBE), term, MAX_WORDS)) : List.of(),
					new LinkedHashSet<>()));
			for (Token concept : conceptTokens) {
				if (concept.start() < word.end() && word.start() < concept.end()
						&& group.concepts().size() < MAX_CONCEPTS) {
					group.concepts().add(concept.term());
					covered.add(concept.term());
				}
			}
		}
		Set<String> concepts = new LinkedHashSet<>();
		Set<String> loose = new LinkedHashSet<>();
		for (Token concept : conceptTokens) {
			if (concepts.size() < MAX_CONCEPTS) {
				concepts.add(concept.term());
				if (!covered.contains(concept.term())) {
					loose.add(concept.term());
				}
			}
		}
		return new QueryText(new LinkedHashSet<>(groups.keySet()), concepts, List.copyOf(groups.values()), loose);
	}

	public boolean isEmpty() {
		return this.words.isEmpty() && this.concepts.isEmpty();
	}

	Set<String> words() {
		return this.words;
	}

	Set<String> concepts() {
		return this.concepts;
	}

	/**
	 * How many query words a document must match: all of one to three, then all but one in four.
	 * A word matches as itself, as its Chinese bigrams (the segmenter may have cut the document differently),
	 * or as a synonym concept that covers it (碳化硅 matches a document that only says SiC).
	 */
	static int required(int words) {
		return words - words / 4;
	}

	/**
	 * One way a document matches a query word (or, for a loose concept, adds to its score): every one of
	 * {@code terms} in one field, each scored with {@code boost}. A word or a concept is one term; a Chinese
	 * word's bigrams are a conjunction at half the property's boost.
	 */
	record Clause(List<Term> terms, float boost) {

		Query toQuery() {
			if (this.terms.size() == 1) {
				return boosted(new TermQuery(this.terms.get(0)), this.boost);
			}
			BooleanQuery.Builder all = new BooleanQuery.Builder();
			this.terms.forEach(term -> all.add(new TermQuery(term), BooleanClause.Occur.MUST));
			return boosted(all.build(), this.boost);
		}

	}

	/**
	 * Per distinct query word, in order, the clauses any of which matches it over the given properties and
	 * their boosts: per property the word, the concepts that cover it, and its bigrams.
	 */
	List<List<Clause>> wordClauses(Map<String, Float> boosts) {
		List<List<Clause>> words = new ArrayList<>(this.groups.size());
		for (WordGroup group : this.groups) {
			List<Clause> any = new ArrayList<>();
			boosts.forEach((base, boost) -> {
				any.add(new Clause(List.of(new Term(FieldKind.WORDS.field(base), group.word())), boost));
				for (String concept : group.concepts()) {
					any.add(new Clause(List.of(new Term(FieldKind.CONCEPTS.field(base), concept)), boost));
				}
				if (!group.grams().isEmpty()) {
					any.add(new Clause(group.grams().stream().map(gram -> new Term(FieldKind.GRAMS.field(base), gram))
						.toList(), boost * 0.5f));
				}
			});
			words.add(any);
		}
		return words;
	}

	/** The clauses of the concepts that cover no word: they only add to the score (or match alone, without words). */
	List<Clause> looseClauses(Map<String, Float> boosts) {
		List<Clause> loose = new ArrayList<>();
		boosts.forEach((base, boost) -> {
			for (String concept : this.looseConcepts) {
				loose.add(new Clause(List.of(new Term(FieldKind.CONCEPTS.field(base), concept)), boost));
			}
		});
		return loose;
	}

	/**
	 * The scoring query over the given properties and their boosts; documents matching more of the words,
	 * in more telling properties, rank first. {@code null} when the text has no terms. Searches score it term at
	 * a time ({@link TermAtATime}); this is the same query for Lucene's scorers.
	 */
	Query toQuery(Map<String, Float> boosts) {
		if (isEmpty()) {
			return null;
		}
		List<List<Clause>> wordClauses = wordClauses(boosts);
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		for (List<Clause> clauses : wordClauses) {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			clauses.forEach(clause -> any.add(clause.toQuery(), BooleanClause.Occur.SHOULD));
			words.add(any.build(), BooleanClause.Occur.SHOULD);
		}
		words.setMinimumNumberShouldMatch(required(wordClauses.size()));
		List<Clause> loose = looseClauses(boosts);
		if (loose.isEmpty()) {
			return wordClauses.isEmpty() ? null : words.build();
		}
		BooleanQuery.Builder withConcepts = new BooleanQuery.Builder();
		if (!wordClauses.isEmpty()) {
			withConcepts.add(words.build(), BooleanClause.Occur.MUST);
		}
		loose.forEach(clause -> withConcepts.add(clause.toQuery(), BooleanClause.Occur.SHOULD));
		return withConcepts.build();
	}

	private static Query boosted(Query query, float boost) {
		return boost == 1f ? query : new BoostQuery(query, boost);
	}

	private static List<Token> tokens(Analyzer analyzer, String field, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset = stream
				.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken() && tokens.size() < 4 * MAX_WORDS) {
				if (term.length() > 0) {
					tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private static Set<String> terms(Analyzer analyzer, String field, String text, int max) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken() && terms.size() < max) {
				if (term.length() > 0) {
					terms.add(term.toString());
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private static boolean hasHan(String word) {
		return word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
	}

}
