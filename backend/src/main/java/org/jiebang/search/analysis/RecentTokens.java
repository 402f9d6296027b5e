package org.jiebang.search.analysis;

import java.io.Closeable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CloseableThreadLocal;

/**
 * The tokens of the texts a thread analysed last, per {@link FieldKind}: a small least-recently-used memory
 * that lets one document's fields share one analysis of each text (see {@link ReplayTokenizer}).
 *
 * <p>Per thread, so no locking; bounded by entries and by characters, so a thread keeps at most a few
 * megabytes. Texts longer than {@link #LONGEST} are analysed every time rather than remembered.
 */
final class RecentTokens implements Closeable {

    /** Enough for every text of a challenge or lab in both of its documents, in every chain. */
    static final int ENTRIES = 128;

    /** Characters of remembered texts per thread, counted once for the text and once for its terms. */
    static final int CHARACTERS = 1 << 19;

    static final int LONGEST = 1 << 15;

    private record Key(FieldKind kind, String text) {
    }

    private static final class Memory extends LinkedHashMap<Key, Recorded> {

        private long characters;

        Memory() {
            super(ENTRIES * 2, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Recorded> eldest) {
            if (size() > ENTRIES || this.characters > CHARACTERS) {
                this.characters -= weight(eldest.getKey(), eldest.getValue());
                return true;
            }
            return false;
        }
    }

    private final CloseableThreadLocal<Memory> memory = new CloseableThreadLocal<>() {
        @Override
        protected Memory initialValue() {
            return new Memory();
        }
    };

    Recorded get(FieldKind kind, String text) {
        return text.length() > LONGEST ? null : this.memory.get().get(new Key(kind, text));
    }

    void put(FieldKind kind, String text, Recorded tokens) {
        if (text.length() > LONGEST) {
            return;
        }
        Memory recent = this.memory.get();
        Key key = new Key(kind, text);
        recent.characters += weight(key, tokens);
        Recorded previous = recent.put(key, tokens);
        if (previous != null) {
            recent.characters -= weight(key, previous);
        }
    }

    @Override
    public void close() {
        this.memory.close();
    }

    private static long weight(Key key, Recorded tokens) {
        return key.text().length() + tokens.characters();
    }

    /** The tokens of one text through one chain, in flat arrays; immutable once built. */
    static final class Recorded {

        private final char[] terms;
        private final int[] termEnds;
        private final int[] starts;
        private final int[] ends;
        private final int[] increments;
        private final int[] lengths;
        private final String[] types;
        private final int size;
        private final int finalOffset;
        private final int finalIncrement;

        private Recorded(Recorder r, int finalOffset, int finalIncrement) {
            this.size = r.size;
            this.terms = Arrays.copyOf(r.terms, r.termLength);
            this.termEnds = Arrays.copyOf(r.termEnds, r.size);
            this.starts = Arrays.copyOf(r.starts, r.size);
            this.ends = Arrays.copyOf(r.ends, r.size);
            this.increments = Arrays.copyOf(r.increments, r.size);
            this.lengths = Arrays.copyOf(r.lengths, r.size);
            this.types = Arrays.copyOf(r.types, r.size);
            this.finalOffset = finalOffset;
            this.finalIncrement = finalIncrement;
        }

        int size() {
            return this.size;
        }

        int characters() {
            return this.terms.length;
        }

        void copyTerm(int i, CharTermAttribute into) {
            int from = i == 0 ? 0 : this.termEnds[i - 1];
            into.copyBuffer(this.terms, from, this.termEnds[i] - from);
        }

        int start(int i) {
            return this.starts[i];
        }

        int end(int i) {
            return this.ends[i];
        }

        int increment(int i) {
            return this.increments[i];
        }

        int length(int i) {
            return this.lengths[i];
        }

        String type(int i) {
            return this.types[i];
        }

        int finalOffset() {
            return this.finalOffset;
        }

        int finalIncrement() {
            return this.finalIncrement;
        }
    }

    /** Collects tokens while a chain runs. */
    static final class Recorder {

        private char[] terms = new char[256];
        private int termLength;
        private int[] termEnds = new int[32];
        private int[] starts = new int[32];
        private int[] ends = new int[32];
        private int[] increments = new int[32];
        private int[] lengths = new int[32];
        private String[] types = new String[32];
        private int size;

        void add(CharTermAttribute term, int start, int end, int increment, int length, String type) {
            if (this.size == this.starts.length) {
                int grown = this.size * 2;
                this.termEnds = Arrays.copyOf(this.termEnds, grown);
                this.starts = Arrays.copyOf(this.starts, grown);
                this.ends = Arrays.copyOf(this.ends, grown);
                this.increments = Arrays.copyOf(this.increments, grown);
                this.lengths = Arrays.copyOf(this.lengths, grown);
                this.types = Arrays.copyOf(this.types, grown);
            }
            int needed = this.termLength + term.length();
            if (needed > this.terms.length) {
                this.terms = Arrays.copyOf(this.terms, Math.max(needed, this.terms.length * 2));
            }
            System.arraycopy(term.buffer(), 0, this.terms, this.termLength, term.length());
            this.termLength = needed;
            this.termEnds[this.size] = needed;
            this.starts[this.size] = start;
            this.ends[this.size] = end;
            this.increments[this.size] = increment;
            this.lengths[this.size] = length;
            this.types[this.size] = type;
            this.size++;
        }

        Recorded finish(int finalOffset, int finalIncrement) {
            return new Recorded(this, finalOffset, finalIncrement);
        }
    }
}
