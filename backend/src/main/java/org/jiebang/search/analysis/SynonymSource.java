package org.jiebang.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the Solr-format synonym list comes from: a file, a classpath resource or literal text. */
@FunctionalInterface
public interface SynonymSource {

    /** Opens a fresh reader over the rules; the caller closes it. */
    Reader open() throws IOException;

    /** Rules read from a UTF-8 file, such as {@code seeds/synonyms.txt}. */
    static SynonymSource file(Path path) {
        return () -> {
            if (!Files.isRegularFile(path)) {
                throw new NoSuchFileException(path.toAbsolutePath().toString(), null, "synonym list not found");
            }
            return Files.newBufferedReader(path, StandardCharsets.UTF_8);
        };
    }

    /** Rules read from a UTF-8 classpath resource (a path without a leading slash). */
    static SynonymSource classpath(String resource) {
        return () -> {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            InputStream in = (loader != null ? loader : SynonymSource.class.getClassLoader()).getResourceAsStream(resource);
            if (in == null) {
                throw new NoSuchFileException(resource, null, "synonym resource not on the classpath");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        };
    }

    /** Rules given as text, one rule per line; handy for tests. */
    static SynonymSource text(String rules) {
        return () -> new StringReader(rules);
    }

    /** No synonyms at all. */
    static SynonymSource none() {
        return text("");
    }
}
