package org.jiebang.search.matching;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.jiebang.search.analysis.JiebangAnalyzer;

/**
 * Capability matching in both directions: ranked, explained labs for a challenge, and ranked, explained
 * open challenges for a lab.
 *
 * <p>Thread-safe: writes go through one {@link org.apache.lucene.index.IndexWriter} per index and every
 * ranking acquires and releases its own searcher. Changes become visible after {@link #refresh()}. The
 * engine owns neither the analyzer nor the directories; close them after the engine.
 */
public final class MatchEngine implements Closeable {

    private final JiebangAnalyzer analyzer;
    private final MatchWeights weights;
    private final ProfileIndex labs;
    private final ProfileIndex challenges;
    private final ProfileRanker ranker;

    public MatchEngine(JiebangAnalyzer analyzer, Directory labDirectory, Directory challengeDirectory,
            MatchWeights weights) throws IOException {
        this.analyzer = analyzer;
        this.weights = weights;
        Similarity similarity = new BM25Similarity((float) weights.bm25K1(), (float) weights.bm25B());
        this.labs = new ProfileIndex(labDirectory, analyzer, similarity);
        this.challenges = new ProfileIndex(challengeDirectory, analyzer, similarity);
        this.ranker = new ProfileRanker(analyzer, weights);
    }

    /** An engine over fresh heap directories, for tests and the relevance benchmark. */
    public static MatchEngine inMemory(JiebangAnalyzer analyzer, MatchWeights weights) throws IOException {
        return new MatchEngine(analyzer, new ByteBuffersDirectory(), new ByteBuffersDirectory(), weights);
    }

    /** Adds or replaces a lab profile (by id). */
    public void indexLab(LabProfile lab) throws IOException {
        labs.upsert(lab.id(), LabDocumentMapper.toDocument(lab));
    }

    public void removeLab(String labId) throws IOException {
        labs.delete(labId);
    }

    /** Adds or replaces a challenge (by id); index only challenges that are open for bids. */
    public void indexChallenge(ChallengeProfile challenge) throws IOException {
        challenges.upsert(challenge.id(), ChallengeDocumentMapper.toDocument(challenge, analyzer));
    }

    /** Removes a challenge, e.g. when its bid window closes. */
    public void removeChallenge(String challengeId) throws IOException {
        challenges.delete(challengeId);
    }

    /** Makes all changes so far visible to rankings that start afterwards. */
    public void refresh() throws IOException {
        labs.refresh();
        challenges.refresh();
    }

    /** Whether both indexes can still be written. */
    public boolean isHealthy() {
        return labs.isHealthy() && challenges.isHealthy();
    }

    /** Makes all changes so far durable in the directories. */
    public void commit() throws IOException {
        labs.commit();
        challenges.commit();
    }

    /** The best {@code limit} labs for a challenge, best first, each with its explanation. */
    public List<Match> labsFor(ChallengeProfile challenge, int limit) throws IOException {
        RankRequest request = new RankRequest(ChallengeSections.of(challenge), weights.challengeSections(),
                weights.labFields(), MatchFields.LAB_TEXT,
                new LabCandidateFactors(analyzer, challenge, weights.tagMatchThreshold()));
        return labs.withSearcher(searcher -> ranker.rank(searcher, labs.norms(), request, limit));
    }

    /** The best {@code limit} indexed challenges for a lab, best first, each with its explanation. */
    public List<Match> challengesFor(LabProfile lab, int limit) throws IOException {
        RankRequest request = new RankRequest(LabDocumentMapper.text(lab), weights.labSections(),
                weights.challengeFields(), MatchFields.CHALLENGE_TEXT,
                new ChallengeCandidateFactors(analyzer, lab, weights.tagMatchThreshold()));
        return challenges.withSearcher(searcher -> ranker.rank(searcher, challenges.norms(), request, limit));
    }

    @Override
    public void close() throws IOException {
        try {
            labs.close();
        } finally {
            challenges.close();
        }
    }
}
