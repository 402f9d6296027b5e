package org.jiebang.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search indexes' codec is found by name when a segment is opened, and keeps what is stored. */
class SearchCodecTests {

	@TempDir
	Path folder;

	@Test
	void luceneFindsTheCodecByItsName() {
		assertThat(Codec.forName(SearchCodec.NAME)).isInstanceOf(SearchCodec.class);
	}

	@Test
	void segmentsWrittenWithItReopenWithItAndReturnTheirStoredText() throws IOException {
		String description = "碳化硅功率模块的封装可靠性研究。".repeat(400);
		try (FSDirectory directory = FSDirectory.open(this.folder)) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setCodec(new SearchCodec()))) {
				for (int i = 0; i < 300; i++) {
					Document doc = new Document();
					doc.add(new StringField(SearchFields.ID, "c" + i, Field.Store.YES));
					doc.add(new StoredField(SearchFields.stored(SearchFields.DESCRIPTION), i + description));
					writer.addDocument(doc);
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				SegmentReader segment = (SegmentReader) reader.leaves().get(0).reader();
				assertThat(segment.getSegmentInfo().info.getCodec().getName()).isEqualTo(SearchCodec.NAME);
				for (int i = 0; i < 300; i += 37) {
					Document doc = reader.storedFields().document(i);
					assertThat(doc.get(SearchFields.ID)).isEqualTo("c" + i);
					assertThat(doc.get(SearchFields.stored(SearchFields.DESCRIPTION))).isEqualTo(i + description);
				}
			}
		}
	}

}
