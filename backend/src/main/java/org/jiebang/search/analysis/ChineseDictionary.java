package org.jiebang.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.cn.smart.Utility;

/**
 * smartcn's two dictionaries — its core word list with word frequencies and its word-pair frequencies — read
 * from the files it ships ({@code coredict.mem}, {@code bigramdict.mem}) into tables made for the two questions
 * {@link ChineseSegmenter} asks for every character and every pair of candidate words.
 *
 * <p>smartcn keeps the word list as a sorted array per first character, searched by bisection for every
 * character a candidate word grows by, and the pair frequencies in an open-addressing table of 402,137 slots
 * probed with double hashing until a free slot — nearly full, so a pair that is not there (most of them) walks
 * a long chain of slots across memory. Here the words are a trie whose edges live in one hash table (a word
 * grows by one probe), and the pairs sit in a table at most half full, so a lookup costs one or two slots.
 * The contents are the same: every word with its frequency, every pair under smartcn's own 64-bit key (FNV-1
 * over the UTF-16 bytes of "first@second", low byte first) with its frequency.
 */
final class ChineseDictionary {

    /** The word "joining" the two words of a pair key, as smartcn writes it. */
    static final char PAIR_SEPARATOR = '@';

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 1099511628211L;

    private static final String FOLDER = "/org/apache/lucene/analysis/cn/smart/hhmm/";

    private static final class Holder {
        static final ChineseDictionary INSTANCE = load();
    }

    // The word trie: node 0 is the root; an edge (node, character) is a key of the edge table.
    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int edgeMask;
    private final int[] wordFrequency;
    private final boolean[] isWord;

    // Pair frequencies under smartcn's key; 0 marks a free slot (smartcn treats a key of 0 the same way).
    private final long[] pairKeys;
    private final int[] pairFrequencies;
    private final int pairMask;

    private ChineseDictionary(Words words, long[] pairHashes, int[] pairCounts) {
        this.edgeKeys = words.edgeKeys;
        this.edgeTargets = words.edgeTargets;
        this.edgeMask = words.edgeKeys.length - 1;
        this.wordFrequency = words.frequency;
        this.isWord = words.isWord;
        int pairs = 0;
        for (long key : pairHashes) {
            if (key != 0) {
                pairs++;
            }
        }
        int capacity = Integer.highestOneBit(Math.max(pairs, 1) * 2 - 1) << 1;
        this.pairKeys = new long[capacity];
        this.pairFrequencies = new int[capacity];
        this.pairMask = capacity - 1;
        for (int i = 0; i < pairHashes.length; i++) {
            long key = pairHashes[i];
            if (key != 0) {
                int slot = slot(key, this.pairMask);
                while (this.pairKeys[slot] != 0) {
                    slot = (slot + 1) & this.pairMask;
                }
                this.pairKeys[slot] = key;
                this.pairFrequencies[slot] = pairCounts[i];
            }
        }
    }

    /** The dictionaries, read once per process (about 19 MB of tables, 0.2 s). */
    static ChineseDictionary get() {
        return Holder.INSTANCE;
    }

    /** The node of the word or word beginning that {@code node} continues with {@code c}; -1 when no word does. */
    int child(int node, char c) {
        long key = ((long) node << 16) | c;
        int slot = slot(key, this.edgeMask);
        for (long found = this.edgeKeys[slot]; found != -1; found = this.edgeKeys[slot]) {
            if (found == key) {
                return this.edgeTargets[slot];
            }
            slot = (slot + 1) & this.edgeMask;
        }
        return -1;
    }

    /** Whether the characters leading to {@code node} are a word of the dictionary. */
    boolean isWord(int node) {
        return this.isWord[node];
    }

    /** The frequency of the word ending at {@code node}; 0 when it is no word. */
    int frequency(int node) {
        return this.wordFrequency[node];
    }

    /** The frequency of a whole word; 0 when the dictionary does not have it. */
    int frequency(char[] word) {
        int node = 0;
        for (char c : word) {
            node = child(node, c);
            if (node == -1) {
                return 0;
            }
        }
        return this.wordFrequency[node];
    }

    /** The key of a pair after its first word and the separator: continue it with {@link #hash(long, char[])}. */
    static long pairPrefix(char[] first) {
        return hash(hash(FNV_OFFSET, first), PAIR_SEPARATOR);
    }

    static long hash(long hash, char[] chars) {
        long h = hash;
        for (char c : chars) {
            h = hash(h, c);
        }
        return h;
    }

    private static long hash(long hash, char c) {
        return ((hash ^ (c & 0xFF)) * FNV_PRIME ^ (c >> 8)) * FNV_PRIME;
    }

    /** The frequency of a pair of words by its key; 0 when the dictionary does not have the pair. */
    int pairFrequency(long key) {
        if (key == 0) {
            return 0;
        }
        int slot = slot(key, this.pairMask);
        for (long found = this.pairKeys[slot]; found != 0; found = this.pairKeys[slot]) {
            if (found == key) {
                return this.pairFrequencies[slot];
            }
            slot = (slot + 1) & this.pairMask;
        }
        return 0;
    }

    /** The first slot of {@code key} in a table of {@code mask + 1} slots (a power of two). */
    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    private static ChineseDictionary load() {
        try {
            Object[] core = read("coredict.mem", 4);
            Object[] pairs = read("bigramdict.mem", 2);
            Words words = Words.of((short[]) core[0], (char[]) core[1], (char[][][]) core[2], (int[][]) core[3]);
            return new ChineseDictionary(words, (long[]) pairs[0], (int[]) pairs[1]);
        } catch (IOException e) {
            throw new UncheckedIOException("smartcn's dictionaries cannot be read", e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("smartcn's dictionaries have an unexpected form", e);
        }
    }

    /** The serialised arrays of a dictionary file; only arrays of primitives are accepted. */
    private static Object[] read(String file, int count) throws IOException, ClassNotFoundException {
        InputStream stream = Utility.class.getResourceAsStream(FOLDER + file);
        if (stream == null) {
            throw new IOException(FOLDER + file + " is not on the class path");
        }
        try (ObjectInputStream input = new ObjectInputStream(stream)) {
            input.setObjectInputFilter(info -> {
                Class<?> type = info.serialClass();
                if (type == null) {
                    return ObjectInputFilter.Status.UNDECIDED;
                }
                while (type.isArray()) {
                    type = type.getComponentType();
                }
                return type.isPrimitive() ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
            });
            Object[] arrays = new Object[count];
            for (int i = 0; i < count; i++) {
                arrays[i] = input.readObject();
            }
            return arrays;
        }
    }

    /** The trie built from smartcn's word tables: per first character, the rest of every word beginning with it. */
    private static final class Words {

        private long[] edgeKeys;
        private int[] edgeTargets;
        private int[] frequency = new int[1 << 16];
        private boolean[] isWord = new boolean[1 << 16];
        private int nodes = 1;
        private int edges;

        private Words(int expectedNodes) {
            int capacity = Integer.highestOneBit(expectedNodes * 2 - 1) << 1;
            this.edgeKeys = new long[capacity];
            Arrays.fill(this.edgeKeys, -1);
            this.edgeTargets = new int[capacity];
        }

        /**
         * The words as smartcn finds them: a first character is looked up in {@code charIndex} (its slot gives,
         * through {@code tableIndex}, the table of word rests beginning with it), a rest in that table.
         */
        static Words of(short[] tableIndex, char[] charIndex, char[][][] rests, int[][] frequencies) {
            int characters = 0;
            for (char[][] table : rests) {
                if (table != null) {
                    for (char[] rest : table) {
                        characters += (rest == null ? 0 : rest.length) + 1;
                    }
                }
            }
            Words words = new Words(characters);
            for (int slot = 0; slot < charIndex.length; slot++) {
                char first = charIndex[slot];
                if (first == 0) {
                    continue;
                }
                char[][] table = rests[tableIndex[slot]];
                if (table == null || table.length == 0) {
                    continue; // smartcn finds no word in an empty table
                }
                int[] counts = frequencies[tableIndex[slot]];
                int firstNode = words.grow(0, first);
                for (int i = 0; i < table.length; i++) {
                    int node = firstNode;
                    // smartcn compares a missing rest as an empty one: the first character alone is the word
                    for (char c : table[i] == null ? new char[0] : table[i]) {
                        node = words.grow(node, c);
                    }
                    if (!words.isWord[node]) {
                        words.isWord[node] = true;
                        words.frequency[node] = counts[i];
                    }
                }
            }
            return words;
        }

        private int grow(int node, char c) {
            long key = ((long) node << 16) | c;
            int mask = this.edgeKeys.length - 1;
            int slot = slot(key, mask);
            for (long found = this.edgeKeys[slot]; found != -1; found = this.edgeKeys[slot]) {
                if (found == key) {
                    return this.edgeTargets[slot];
                }
                slot = (slot + 1) & mask;
            }
            if (this.edges * 2 >= this.edgeKeys.length) {
                rehash();
                return grow(node, c);
            }
            int created = this.nodes++;
            if (created == this.frequency.length) {
                this.frequency = Arrays.copyOf(this.frequency, created * 2);
                this.isWord = Arrays.copyOf(this.isWord, created * 2);
            }
            this.edgeKeys[slot] = key;
            this.edgeTargets[slot] = created;
            this.edges++;
            return created;
        }

        private void rehash() {
            long[] keys = this.edgeKeys;
            int[] targets = this.edgeTargets;
            this.edgeKeys = new long[keys.length * 2];
            Arrays.fill(this.edgeKeys, -1);
            this.edgeTargets = new int[keys.length * 2];
            int mask = this.edgeKeys.length - 1;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != -1) {
                    int slot = slot(keys[i], mask);
                    while (this.edgeKeys[slot] != -1) {
                        slot = (slot + 1) & mask;
                    }
                    this.edgeKeys[slot] = keys[i];
                    this.edgeTargets[slot] = targets[i];
                }
            }
        }
    }
}
