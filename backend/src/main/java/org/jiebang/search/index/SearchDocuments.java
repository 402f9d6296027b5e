package org.jiebang.search.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.jiebang.challenge.IndexableChallenge;
import org.jiebang.challenge.TechnicalIndicator;
import org.jiebang.lab.LabProfileView;
import org.jiebang.search.analysis.FieldKind;

/** Maps challenges and lab profiles to search documents: public fields only, never anything about bids. */
public final class SearchDocuments {

	private static final List<FieldKind> KINDS = List.of(FieldKind.WORDS, FieldKind.GRAMS, FieldKind.CONCEPTS);

	private SearchDocuments() {
	}

	/** The search document of a public challenge. */
	public static Document challenge(IndexableChallenge c, Labels labels) {
		Document doc = new Document();
		doc.add(new StringField(SearchFields.ID, c.id().toString(), Field.Store.YES));
		text(doc, SearchFields.TITLE, c.title(), true);
		text(doc, SearchFields.SUMMARY, c.summary(), true);
		text(doc, SearchFields.DESCRIPTION, c.description(), true);
		List<String> details = new ArrayList<>();
		for (TechnicalIndicator indicator : c.technicalIndicators()) {
			details.add(indicator.name() + " " + indicator.target() + (indicator.unit() == null ? "" : " " + indicator.unit()));
		}
		details.addAll(c.requiredCapabilities());
		if (c.industryChain() != null) {
			details.add(labels.text(c.industryChain()));
		}
		c.techFields().forEach(code -> details.add(labels.text(code)));
		unstored(doc, SearchFields.DETAILS, details);
		keyword(doc, SearchFields.CHAIN, c.industryChain());
		keyword(doc, SearchFields.TYPE, c.challengeType() == null ? null : c.challengeType().name());
		keyword(doc, SearchFields.REGION, c.province());
		keyword(doc, SearchFields.STATUS, c.status().name());
		if (c.bounty() != null) {
			long fen = fen(c.bounty());
			doc.add(new LongPoint(SearchFields.BOUNTY, fen));
			doc.add(new NumericDocValuesField(SearchFields.BOUNTY, fen));
		}
		if (c.bidDeadline() != null) {
			long millis = c.bidDeadline().toEpochMilli();
			doc.add(new LongPoint(SearchFields.DEADLINE, millis));
			doc.add(new NumericDocValuesField(SearchFields.DEADLINE, millis));
		}
		doc.add(new NumericDocValuesField(SearchFields.PUBLISHED, millis(c.publishedAt())));
		return doc;
	}

	/** The search document of a lab profile. */
	public static Document lab(LabProfileView lab, Labels labels) {
		Document doc = new Document();
		doc.add(new StringField(SearchFields.ID, lab.id().toString(), Field.Store.YES));
		String organization = lab.organization() == null ? "" : lab.organization().name();
		text(doc, SearchFields.NAME, join(" · ", lab.name(), organization), true);
		text(doc, SearchFields.SUMMARY, lab.summary(), true);
		text(doc, SearchFields.CAPABILITIES, lab.capabilities(), true);
		List<String> record = new ArrayList<>(lab.keywords());
		lab.researchFields().forEach(code -> record.add(labels.text(code)));
		record.add(nullToEmpty(lab.achievements()));
		record.add(nullToEmpty(lab.facilities()));
		unstored(doc, SearchFields.RECORD, record);
		for (String field : lab.researchFields()) {
			doc.add(new StringField(SearchFields.FIELD, field, Field.Store.NO));
			doc.add(new SortedSetDocValuesField(SearchFields.FIELD, new BytesRef(field)));
		}
		keyword(doc, SearchFields.REGION, lab.province());
		keyword(doc, SearchFields.ORG_TYPE,
				lab.organization() == null || lab.organization().type() == null ? null : lab.organization().type().name());
		doc.add(new SortedDocValuesField(SearchFields.SORT_NAME, new BytesRef(nullToEmpty(lab.name()))));
		doc.add(new NumericDocValuesField(SearchFields.UPDATED, millis(lab.updatedAt())));
		return doc;
	}

	/** A bounty in fen, the unit the index counts money in. */
	public static long fen(BigDecimal yuan) {
		return yuan.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	private static void text(Document doc, String field, String value, boolean store) {
		if (value == null || value.isBlank()) {
			return;
		}
		for (FieldKind kind : KINDS) {
			doc.add(new Field(kind.field(field), value, SearchFields.TEXT));
		}
		if (store) {
			doc.add(new StoredField(SearchFields.stored(field), value));
		}
	}

	/**
	 * A text property made of several values, indexed one value after the other (the same tokens as one joined
	 * text) and not stored. Values are kept apart because the matching
	 * document indexes the same keywords, labels and texts one by one: the analyzer then replays their tokens
	 * instead of segmenting them a second time.
	 */
	private static void unstored(Document doc, String field, List<String> values) {
		for (String value : values) {
			text(doc, field, value, false);
		}
	}

	private static void keyword(Document doc, String field, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		doc.add(new StringField(field, value, Field.Store.NO));
		doc.add(new SortedDocValuesField(field, new BytesRef(value)));
	}

	private static long millis(Instant instant) {
		return instant == null ? 0L : instant.toEpochMilli();
	}

	private static String join(String separator, String first, String second) {
		if (second == null || second.isBlank()) {
			return nullToEmpty(first);
		}
		return nullToEmpty(first) + separator + second;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
