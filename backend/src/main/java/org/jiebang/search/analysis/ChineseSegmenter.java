package org.jiebang.search.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.CharType;
import org.apache.lucene.analysis.cn.smart.Utility;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.cn.smart.hhmm.SegTokenFilter;

/**
 * Splits a sentence into words exactly as smartcn does, in less time: the same candidate words from the same
 * dictionary, the same smoothed word-pair costs, the same cheapest path through them (ties going to the earlier
 * candidate), the same tokens out. What differs is how: the dictionary is {@link ChineseDictionary}'s tables,
 * a pair's key is continued from its first word's part instead of hashed whole, and the cheapest path is found
 * in one forward pass over flat arrays while the pairs are costed, with no graph of objects.
 *
 * <p>The model (smartcn's): every dictionary word found in the sentence is a candidate, so is each Chinese
 * character alone; a run of Latin letters, a run of digits and any other character are one candidate each (with
 * the frequency of smartcn's placeholder words for strings and numbers), a punctuation mark too. Between a
 * candidate and each candidate starting where it ends (spaces skipped) the cost is
 * {@code -log(a·(1+f₁)/M + (1−a)·((1−ε)·f₁₂/(1+f₁) + ε))}, with f₁ the first word's frequency, f₁₂ the pair's,
 * a = 0.1, M smartcn's maximum frequency and ε = 1/M; the segmentation is the cheapest path from the sentence's
 * start to its end. {@code ChineseSegmenterTests} compares the output with smartcn's on whole corpora.
 *
 * <p>Not thread-safe (it reuses its arrays); one per tokenizer.
 */
final class ChineseSegmenter {

    private static final double SMOOTH = 0.1;
    private static final double TINY = 1.0 / Utility.MAX_FREQUENCE;

    private static final int NONE = -1;

    /** Candidates (or characters) a segmenter keeps room for between sentences. */
    private static final int KEEP = 1 << 14;

    private final ChineseDictionary dictionary;
    private final SegTokenFilter filter = new SegTokenFilter();
    private final int stringFrequency;
    private final int numberFrequency;
    private final int startFrequency;
    private final int endFrequency;
    private final long stringPrefix;
    private final long numberPrefix;
    private final long startPrefix;

    // The candidates of the sentence, in smartcn's order (by start, then as found); 0 is the sentence start.
    private int count;
    private int[] start = new int[64];
    private int[] end = new int[64];
    private int[] type = new int[64];
    private int[] frequency = new int[64];
    private char[][] key = new char[64][];
    private double[] cost = new double[64];
    private int[] previous = new int[64];
    // Per position of the sentence: the first candidate starting there (or NONE), and where candidates next start.
    private int[] firstAt = new int[64];
    private int[] nextStart = new int[64];
    private int[] types = new int[64];

    ChineseSegmenter() {
        this(ChineseDictionary.get());
    }

    ChineseSegmenter(ChineseDictionary dictionary) {
        this.dictionary = dictionary;
        this.stringFrequency = dictionary.frequency(Utility.STRING_CHAR_ARRAY);
        this.numberFrequency = dictionary.frequency(Utility.NUMBER_CHAR_ARRAY);
        this.startFrequency = dictionary.frequency(Utility.START_CHAR_ARRAY);
        this.endFrequency = dictionary.frequency(Utility.END_CHAR_ARRAY);
        this.stringPrefix = ChineseDictionary.pairPrefix(Utility.STRING_CHAR_ARRAY);
        this.numberPrefix = ChineseDictionary.pairPrefix(Utility.NUMBER_CHAR_ARRAY);
        this.startPrefix = ChineseDictionary.pairPrefix(Utility.START_CHAR_ARRAY);
    }

    /**
     * The words of {@code sentence}, as smartcn's word segmenter returns them: placeholders replaced by the text
     * they stand for, full-width folded and letters lower-cased ({@link SegTokenFilter}), punctuation as ",",
     * offsets moved by {@code offset}.
     */
    List<SegToken> segment(String sentence, int offset) {
        int length = sentence.length();
        candidates(sentence);
        cheapestPaths(length);
        int last = this.count - 1;
        int words = 0;
        for (int c = this.previous[last]; c != 0; c = this.previous[c]) {
            words++;
        }
        if (words == 0) {
            release();
            return List.of();
        }
        SegToken[] path = new SegToken[words];
        int i = words;
        for (int c = this.previous[last]; c != 0; c = this.previous[c]) {
            int t = this.type[c];
            char[] chars = t == WordType.STRING || t == WordType.NUMBER || t == WordType.FULLWIDTH_STRING
                    || t == WordType.FULLWIDTH_NUMBER
                    ? sentence.substring(this.start[c], this.end[c]).toCharArray()
                    : this.key[c];
            SegToken token = this.filter.filter(new SegToken(chars, this.start[c], this.end[c], t, this.frequency[c]));
            token.startOffset += offset;
            token.endOffset += offset;
            path[--i] = token;
        }
        release();
        return Arrays.asList(path);
    }

    /** A tokenizer lives as long as its thread: after a very long sentence, do not keep its arrays. */
    private void release() {
        Arrays.fill(this.key, 0, this.count, null);
        if (this.start.length > KEEP) {
            this.start = new int[64];
            this.end = new int[64];
            this.type = new int[64];
            this.frequency = new int[64];
            this.key = new char[64][];
            this.cost = new double[64];
            this.previous = new int[64];
        }
        if (this.firstAt.length > KEEP) {
            this.firstAt = new int[64];
            this.nextStart = new int[64];
            this.types = new int[64];
        }
    }

    private void candidates(String sentence) {
        int length = sentence.length();
        ensurePositions(length + 1);
        Arrays.fill(this.firstAt, 0, length + 1, NONE);
        this.count = 0;
        add(Utility.START_CHAR_ARRAY, -1, 0, WordType.SENTENCE_BEGIN, this.startFrequency);
        int[] types = this.types;
        for (int i = 0; i < length; i++) {
            types[i] = Utility.getCharType(sentence.charAt(i));
        }
        int i = 0;
        while (i < length) {
            int j;
            switch (types[i]) {
                case CharType.SPACE_LIKE -> i++;
                case CharType.SURROGATE -> {
                    int width = Character.charCount(Character.codePointAt(sentence, i));
                    add(sentence.substring(i, i + width).toCharArray(), i, i + width, WordType.CHINESE_WORD, 0);
                    i += width;
                }
                case CharType.HANZI -> {
                    words(sentence, types, i);
                    i++;
                }
                case CharType.LETTER, CharType.FULLWIDTH_LETTER -> {
                    j = runEnd(types, i, length, CharType.LETTER, CharType.FULLWIDTH_LETTER);
                    add(Utility.STRING_CHAR_ARRAY, i, j, any(types, i, j, CharType.FULLWIDTH_LETTER)
                            ? WordType.FULLWIDTH_STRING : WordType.STRING, this.stringFrequency);
                    i = j;
                }
                case CharType.DIGIT, CharType.FULLWIDTH_DIGIT -> {
                    j = runEnd(types, i, length, CharType.DIGIT, CharType.FULLWIDTH_DIGIT);
                    add(Utility.NUMBER_CHAR_ARRAY, i, j, any(types, i, j, CharType.FULLWIDTH_DIGIT)
                            ? WordType.FULLWIDTH_NUMBER : WordType.NUMBER, this.numberFrequency);
                    i = j;
                }
                case CharType.DELIMITER -> {
                    add(new char[] {sentence.charAt(i)}, i, i + 1, WordType.DELIMITER, Utility.MAX_FREQUENCE);
                    i++;
                }
                default -> {
                    add(Utility.STRING_CHAR_ARRAY, i, i + 1, WordType.STRING, this.stringFrequency);
                    i++;
                }
            }
        }
        add(Utility.END_CHAR_ARRAY, length, length + 1, WordType.SENTENCE_END, this.endFrequency);
    }

    /** Where the run of characters of either type that starts at {@code i} ends. */
    private static int runEnd(int[] types, int i, int length, int half, int full) {
        int j = i + 1;
        while (j < length && (types[j] == half || types[j] == full)) {
            j++;
        }
        return j;
    }

    private static boolean any(int[] types, int from, int to, int type) {
        for (int i = from; i < to; i++) {
            if (types[i] == type) {
                return true;
            }
        }
        return false;
    }

    /**
     * The character at {@code i} alone, then every dictionary word that the Chinese characters from {@code i}
     * spell (spaces between them skipped), shortest first.
     */
    private void words(String sentence, int[] types, int i) {
        int length = sentence.length();
        char first = sentence.charAt(i);
        int node = this.dictionary.child(0, first);
        add(new char[] {first}, i, i + 1, WordType.CHINESE_WORD, node == NONE ? 0 : this.dictionary.frequency(node));
        if (node == NONE) {
            return;
        }
        char[] spelled = new char[8];
        spelled[0] = first;
        int letters = 1;
        int j = i + 1;
        while (true) {
            while (j < length && types[j] == CharType.SPACE_LIKE) {
                j++;
            }
            if (j == length || types[j] != CharType.HANZI) {
                return;
            }
            char c = sentence.charAt(j);
            node = this.dictionary.child(node, c);
            j++;
            if (node == NONE) {
                return;
            }
            if (letters == spelled.length) {
                spelled = Arrays.copyOf(spelled, letters * 2);
            }
            spelled[letters++] = c;
            if (this.dictionary.isWord(node)) {
                add(Arrays.copyOf(spelled, letters), i, j, WordType.CHINESE_WORD, this.dictionary.frequency(node));
            }
        }
    }

    private void add(char[] word, int from, int to, int wordType, int wordFrequency) {
        int c = this.count++;
        if (c == this.start.length) {
            int size = c * 2;
            this.start = Arrays.copyOf(this.start, size);
            this.end = Arrays.copyOf(this.end, size);
            this.type = Arrays.copyOf(this.type, size);
            this.frequency = Arrays.copyOf(this.frequency, size);
            this.key = Arrays.copyOf(this.key, size);
            this.cost = Arrays.copyOf(this.cost, size);
            this.previous = Arrays.copyOf(this.previous, size);
        }
        this.start[c] = from;
        this.end[c] = to;
        this.type[c] = wordType;
        this.frequency[c] = wordFrequency;
        this.key[c] = word;
        if (from >= 0 && this.firstAt[from] == NONE) {
            this.firstAt[from] = c;
        }
    }

    /**
     * Costs every pair of a candidate and a candidate starting where it ends, and keeps for each candidate the
     * cheapest way to reach it: candidates are in order of their start, so each is final before it is extended.
     */
    private void cheapestPaths(int length) {
        int next = NONE;
        for (int p = length; p >= 0; p--) {
            if (this.firstAt[p] != NONE) {
                next = p;
            }
            this.nextStart[p] = next;
        }
        int last = this.count - 1;
        Arrays.fill(this.cost, 1, this.count, Double.MAX_VALUE);
        Arrays.fill(this.previous, 0, this.count, 0);
        this.cost[0] = 0;
        for (int c = 0; c < last; c++) {
            int from = this.nextStart[this.end[c]];
            int to = groupEnd(from);
            double oneWord = this.frequency[c];
            long prefix = pairPrefix(c);
            double base = this.cost[c];
            for (int d = this.firstAt[from]; d < to; d++) {
                int pair = this.dictionary.pairFrequency(ChineseDictionary.hash(prefix, this.key[d]));
                double weight = -Math.log(SMOOTH * (1.0 + oneWord) / (Utility.MAX_FREQUENCE + 0.0)
                        + (1.0 - SMOOTH) * ((1.0 - TINY) * pair / (1.0 + oneWord) + TINY));
                if (base + weight < this.cost[d]) {
                    this.cost[d] = base + weight;
                    this.previous[d] = c;
                }
            }
        }
    }

    /** One past the last candidate starting at {@code position} (candidates starting there are consecutive). */
    private int groupEnd(int position) {
        int d = this.firstAt[position] + 1;
        while (d < this.count && this.start[d] == position) {
            d++;
        }
        return d;
    }

    private long pairPrefix(int c) {
        char[] word = this.key[c];
        if (word == Utility.STRING_CHAR_ARRAY) {
            return this.stringPrefix;
        }
        if (word == Utility.NUMBER_CHAR_ARRAY) {
            return this.numberPrefix;
        }
        if (word == Utility.START_CHAR_ARRAY) {
            return this.startPrefix;
        }
        return ChineseDictionary.pairPrefix(word);
    }

    private void ensurePositions(int positions) {
        if (this.firstAt.length < positions) {
            int size = Math.max(positions, this.firstAt.length * 2);
            this.firstAt = new int[size];
            this.nextStart = new int[size];
            this.types = new int[size];
        }
    }
}
