package org.jiebang.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.IndexableChallenge;
import org.jiebang.lab.LabProfileView;
import org.jiebang.search.analysis.JiebangAnalyzer;
import org.jiebang.search.matching.ChallengeProfile;
import org.jiebang.search.matching.LabProfile;
import org.jiebang.search.matching.Match;
import org.jiebang.search.matching.MatchEngine;
import org.jiebang.search.matching.MatchWeights;

/**
 * One complete set of indexes in its own folder: challenge and lab search indexes and the two matching
 * indexes, with the schema version it was written with and, in the commit of the challenge index, the
 * outbox position it reflects. A rebuild writes a new generation while the old one keeps serving.
 *
 * <p>Thread-safety: writes come from one thread at a time (the index writer of {@code SearchIndex}); any
 * number of threads may search.
 */
public final class IndexGeneration implements Closeable {

	/** Commit data key of the outbox position. */
	static final String POSITION = "outbox.position";

	private static final String VERSION_FILE = "VERSION";

	private final Path folder;

	private final Analyzer analyzer;

	private final Labels labels;

	private final FSDirectory challengeDirectory;

	private final FSDirectory labDirectory;

	private final FSDirectory matchLabDirectory;

	private final FSDirectory matchChallengeDirectory;

	private final IndexWriter challenges;

	private final IndexWriter labs;

	private final SearcherManager challengeSearchers;

	private final SearcherManager labSearchers;

	private final MatchEngine match;

	private IndexGeneration(Path folder, JiebangAnalyzer analyzer, MatchWeights weights, Labels labels)
			throws IOException {
		this.folder = folder;
		this.analyzer = analyzer;
		this.labels = labels;
		this.challengeDirectory = FSDirectory.open(folder.resolve("challenges"));
		this.labDirectory = FSDirectory.open(folder.resolve("labs"));
		this.matchLabDirectory = FSDirectory.open(folder.resolve("match-labs"));
		this.matchChallengeDirectory = FSDirectory.open(folder.resolve("match-challenges"));
		this.challenges = writer(this.challengeDirectory, analyzer);
		this.labs = writer(this.labDirectory, analyzer);
		this.challengeSearchers = new SearcherManager(this.challenges, new SearcherFactory());
		this.labSearchers = new SearcherManager(this.labs, new SearcherFactory());
		this.match = new MatchEngine(analyzer, this.matchLabDirectory, this.matchChallengeDirectory, weights);
	}

	/** Creates an empty generation in a new folder, stamped with the schema version. */
	public static IndexGeneration create(Path folder, String version, JiebangAnalyzer analyzer, MatchWeights weights,
			Labels labels) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve(VERSION_FILE), version, StandardCharsets.UTF_8);
		IndexGeneration generation = new IndexGeneration(folder, analyzer, weights, labels);
		generation.commit(0L);
		return generation;
	}

	/** Opens an existing generation (its last commit). */
	public static IndexGeneration open(Path folder, JiebangAnalyzer analyzer, MatchWeights weights, Labels labels)
			throws IOException {
		return new IndexGeneration(folder, analyzer, weights, labels);
	}

	/** The schema version a generation folder was written with, or {@code null} when it has none. */
	public static String version(Path folder) throws IOException {
		Path file = folder.resolve(VERSION_FILE);
		return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
	}

	public Path folder() {
		return this.folder;
	}

	/** Indexes a challenge as it is now: searchable while public, matchable while open for bids. */
	public void put(IndexableChallenge challenge) throws IOException {
		Term id = new Term(SearchFields.ID, challenge.id().toString());
		if (challenge.isPublic()) {
			this.challenges.updateDocument(id, SearchDocuments.challenge(challenge, this.labels));
		}
		else {
			this.challenges.deleteDocuments(id);
		}
		if (challenge.status() == ChallengeStatus.PUBLISHED) {
			this.match.indexChallenge(Profiles.challenge(challenge, this.labels));
		}
		else {
			this.match.removeChallenge(challenge.id().toString());
		}
	}

	public void removeChallenge(UUID id) throws IOException {
		this.challenges.deleteDocuments(new Term(SearchFields.ID, id.toString()));
		this.match.removeChallenge(id.toString());
	}

	public void put(LabProfileView lab) throws IOException {
		this.labs.updateDocument(new Term(SearchFields.ID, lab.id().toString()), SearchDocuments.lab(lab, this.labels));
		this.match.indexLab(Profiles.lab(lab, this.labels));
	}

	public void removeLab(UUID id) throws IOException {
		this.labs.deleteDocuments(new Term(SearchFields.ID, id.toString()));
		this.match.removeLab(id.toString());
	}

	/** Makes all changes so far visible to searches that start afterwards. */
	public void refresh() throws IOException {
		this.challengeSearchers.maybeRefreshBlocking();
		this.labSearchers.maybeRefreshBlocking();
		this.match.refresh();
	}

	/**
	 * Makes all changes so far durable, with the outbox position they reflect. The challenge index, which
	 * holds the position, commits last: after a crash in between, the position is older than the content,
	 * and re-applying the outbox from there is harmless.
	 */
	public void commit(long position) throws IOException {
		this.labs.commit();
		this.match.commit();
		this.challenges.setLiveCommitData(Map.of(POSITION, Long.toString(position)).entrySet());
		this.challenges.commit();
	}

	/** The outbox position of the last commit (0 for a new generation). */
	public long committedPosition() {
		Iterable<Map.Entry<String, String>> data = this.challenges.getLiveCommitData();
		if (data != null) {
			for (Map.Entry<String, String> entry : data) {
				if (POSITION.equals(entry.getKey())) {
					return Long.parseLong(entry.getValue());
				}
			}
		}
		return 0L;
	}

	public SearchResult searchChallenges(ChallengeSearchQuery query) throws IOException {
		IndexSearcher searcher = this.challengeSearchers.acquire();
		try {
			return Searches.challenges(searcher, this.analyzer, query);
		}
		finally {
			this.challengeSearchers.release(searcher);
		}
	}

	public SearchResult searchLabs(LabSearchQuery query) throws IOException {
		IndexSearcher searcher = this.labSearchers.acquire();
		try {
			return Searches.labs(searcher, this.analyzer, query);
		}
		finally {
			this.labSearchers.release(searcher);
		}
	}

	/** The best labs for a challenge, with explanations. */
	public List<Match> labsFor(ChallengeProfile challenge, int limit) throws IOException {
		return this.match.labsFor(challenge, limit);
	}

	/** The best open challenges for a lab, with explanations. */
	public List<Match> challengesFor(LabProfile lab, int limit) throws IOException {
		return this.match.challengesFor(lab, limit);
	}

	public int challengeCount() throws IOException {
		return count(this.challengeSearchers);
	}

	public int labCount() throws IOException {
		return count(this.labSearchers);
	}

	/** Whether a writer failed beyond repair (its index must be reopened from the last commit). */
	public boolean isBroken() {
		return !this.challenges.isOpen() || !this.labs.isOpen() || this.challenges.getTragicException() != null
				|| this.labs.getTragicException() != null || !this.match.isHealthy();
	}

	/** Bytes the generation takes on disk. */
	public long sizeOnDisk() throws IOException {
		try (Stream<Path> files = Files.walk(this.folder)) {
			return files.filter(Files::isRegularFile).mapToLong(path -> {
				try {
					return Files.size(path);
				}
				catch (IOException ex) {
					return 0L;
				}
			}).sum();
		}
	}

	/**
	 * Drops every change since the last commit and releases the folder, as a killed process would (tests
	 * of crash recovery).
	 */
	public void abandon() throws IOException {
		IOUtils.close(this.challengeSearchers, this.labSearchers);
		this.challenges.rollback();
		this.labs.rollback();
		IOUtils.close(this.match, this.challengeDirectory, this.labDirectory, this.matchLabDirectory,
				this.matchChallengeDirectory);
	}

	@Override
	public void close() throws IOException {
		IOUtils.close(this.challengeSearchers, this.labSearchers, this.challenges, this.labs, this.match,
				this.challengeDirectory, this.labDirectory, this.matchLabDirectory, this.matchChallengeDirectory);
	}

	/** Closes the generation and deletes its folder. */
	public void delete() throws IOException {
		close();
		deleteFolder(this.folder);
	}

	static void deleteFolder(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private static int count(SearcherManager searchers) throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			IndexReader reader = searcher.getIndexReader();
			return reader.numDocs();
		}
		finally {
			searchers.release(searcher);
		}
	}

	private static IndexWriter writer(FSDirectory directory, Analyzer analyzer) throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(analyzer)
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
			.setCodec(new SearchCodec())
			.setRAMBufferSizeMB(64);
		return new IndexWriter(directory, config);
	}

}
