package org.jiebang.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/** Reads every indexed term of every committed Lucene index under a folder (tests of what is indexed). */
final class IndexTerms {

	private IndexTerms() {
	}

	static List<String> all(Path root) throws IOException {
		List<String> terms = new ArrayList<>();
		List<Path> indexes;
		try (Stream<Path> paths = Files.walk(root)) {
			indexes = paths.filter(path -> path.getFileName().toString().startsWith("segments_"))
				.map(Path::getParent)
				.distinct()
				.toList();
		}
		for (Path index : indexes) {
			try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
				for (LeafReaderContext leaf : reader.leaves()) {
					for (FieldInfo field : leaf.reader().getFieldInfos()) {
						Terms fieldTerms = leaf.reader().terms(field.name);
						if (fieldTerms == null) {
							continue;
						}
						TermsEnum iterator = fieldTerms.iterator();
						for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
							terms.add(term.utf8ToString());
						}
					}
				}
			}
		}
		return terms;
	}

}
