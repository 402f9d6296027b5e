package org.jiebang.search.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.Lucene90StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * The codec of the search indexes: Lucene's default, with stored fields compressed in blocks of 16 KB instead
 * of 80 KB. A search reads the stored text of its page (20 documents, for their highlights), and reading one
 * document decompresses its block up to that document: with Lucene's blocks that was a fifth of a search's time,
 * for an index a few percent smaller. Registered as a service ({@code META-INF/services}) so that Lucene finds it
 * by name when it opens a segment.
 */
public final class SearchCodec extends FilterCodec {

	public static final String NAME = "JiebangSearch912";

	private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
			"JiebangSearchStoredFields", Lucene90StoredFieldsFormat.BEST_SPEED_MODE, 16 * 1024, 128, 10);

	public SearchCodec() {
		super(NAME, new Lucene912Codec());
	}

	@Override
	public StoredFieldsFormat storedFieldsFormat() {
		return this.storedFields;
	}

}
