package org.jiebang.search.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/** The stop words of the word chain: English function words, Chinese particles and the segmenter's punctuation. */
final class StopWords {

    // Same breadth as the usual English lists; domain words ("system", "develop") are left to idf.
    private static final String ENGLISH = """
            a about above after again against all also am an and any are as at be because been before being
            below between both but by can could did do does doing down during each few for from further had has
            have having he her here hers herself him himself his how i if in into is it its itself just me more
            most my myself no nor not now of off on once only or other our ours ourselves out over own same she
            should so some such than that the their theirs them themselves then there these they this those
            through to too under until up very was we were what when where which while who whom why will with
            would you your yours yourself yourselves via per etc within upon
            """;

    // smartcn turns every punctuation mark into ","; the particles carry no capability.
    private static final String CHINESE = """
            , 的 了 和 与 及 或 等 在 对 为 是 将 把 被 由 以 其 之 并 且 而 从 于 中 上 下 个 我 我们 我司 本 该 此
            这 那 也 都 已 可 能 会 要 需 须 如 若 则 即 向 给 让 使 用 通过 进行 具有 具备 以及 相关 主要
            """;

    private StopWords() {
    }

    /** Read-only, so one instance can serve every token stream on every thread. */
    static final CharArraySet SET = build();

    private static CharArraySet build() {
        List<String> words = new ArrayList<>();
        for (String block : List.of(ENGLISH, CHINESE)) {
            words.addAll(List.of(block.trim().split("\\s+")));
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    }
}
