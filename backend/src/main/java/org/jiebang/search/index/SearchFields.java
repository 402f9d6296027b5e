package org.jiebang.search.index;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * Field names and types of the two search indexes (challenges, labs). Each text property is indexed once
 * per {@link org.jiebang.search.analysis.FieldKind}: words ({@code title}), Chinese bigrams
 * ({@code title.gram}) and synonym concepts ({@code title.concept}); the original text is stored under
 * {@code stored.*} for highlighting.
 */
public final class SearchFields {

	/** Version of this layout; an index written with another version is rebuilt. 2: {@link SearchCodec}. */
	public static final int SCHEMA_VERSION = 2;

	public static final String ID = "id";

	public static final String STORED_PREFIX = "stored.";

	// Challenges.
	public static final String TITLE = "title";

	public static final String SUMMARY = "summary";

	public static final String DESCRIPTION = "description";

	/** Indicators, required capabilities, chain and field labels. */
	public static final String DETAILS = "details";

	public static final String CHAIN = "chain";

	public static final String TYPE = "type";

	public static final String REGION = "region";

	public static final String STATUS = "status";

	/** Bounty in fen (CNY cents), as a point and doc value. */
	public static final String BOUNTY = "bounty";

	/** Bid deadline in epoch milliseconds. */
	public static final String DEADLINE = "deadline";

	/** Publication in epoch milliseconds. */
	public static final String PUBLISHED = "published";

	// Labs.
	public static final String NAME = "name";

	public static final String CAPABILITIES = "capabilities";

	/** Keywords, research field labels, achievements and facilities. */
	public static final String RECORD = "record";

	/** Research field codes (multi-valued). */
	public static final String FIELD = "field";

	public static final String ORG_TYPE = "orgType";

	public static final String UPDATED = "updated";

	public static final String SORT_NAME = "sortName";

	/** Text without positions or norms beyond what BM25 needs; phrase queries are not offered. */
	static final FieldType TEXT;

	static {
		FieldType type = new FieldType();
		type.setTokenized(true);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		type.freeze();
		TEXT = type;
	}

	private SearchFields() {
	}

	static String stored(String field) {
		return STORED_PREFIX + field;
	}

}
