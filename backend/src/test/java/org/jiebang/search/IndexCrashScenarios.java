package org.jiebang.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jiebang.challenge.ChallengeQueries;
import org.jiebang.lab.LabService;
import org.jiebang.search.analysis.JiebangAnalyzer;
import org.jiebang.search.index.LabSearchQuery;
import org.jiebang.search.index.Labels;
import org.jiebang.search.matching.MatchWeights;
import org.jiebang.support.Api;
import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;
import org.jiebang.system.config.JiebangProperties;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox survives a crash between the database commit and the index write: an index writer that
 * applied changes but never committed them is killed (its uncommitted work dropped, as with {@code kill -9}),
 * more changes are committed to the database while no writer runs, and a new writer on the same folder
 * resumes from the position of the last index commit and ends up with every change, without a rebuild.
 */
abstract class IndexCrashScenarios extends IntegrationTestSupport {

	@Autowired
	SearchOutbox outbox;

	@Autowired
	ChallengeQueries challenges;

	@Autowired
	LabService labs;

	@Autowired
	JiebangAnalyzer analyzer;

	@Autowired
	MatchWeights weights;

	@Autowired
	Labels labels;

	@Autowired
	JiebangProperties jiebang;

	@TempDir
	Path folder;

	@Test
	void aKilledWriterResumesFromItsCommittedPositionAndLosesNothing() throws Exception {
		// Commits only when forced: everything applied after the first build stays uncommitted.
		SearchProperties rarely = new SearchProperties(this.folder, Duration.ofMillis(50), Duration.ofSeconds(30),
				Duration.ofDays(1), 100, 20);
		SearchIndex first = index(rarely);
		first.afterPropertiesSet();
		first.start();
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(first::isComplete);
		long committedAfterBuild = first.committedPosition();

		Session lab = api().register("LAB", "UNIVERSITY", Api.uniqueName("crash"));
		String beforeCrash = LabProfiles.marker("applied");
		LabProfiles.write(lab, beforeCrash);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> found(first, beforeCrash));
		assertThat(first.position()).isGreaterThan(committedAfterBuild);
		assertThat(first.committedPosition()).isEqualTo(committedAfterBuild);

		first.crash();

		String whileDown = LabProfiles.marker("down");
		LabProfiles.write(lab, whileDown + " " + beforeCrash);
		Session other = api().register("LAB", "INSTITUTE", Api.uniqueName("crash"));
		String newLab = LabProfiles.marker("new");
		LabProfiles.write(other, newLab);

		SearchIndex second = index(rarely);
		second.afterPropertiesSet();
		assertThat(second.isComplete()).as("the index was opened, not rebuilt").isTrue();
		assertThat(second.position()).isEqualTo(committedAfterBuild);
		assertThat(found(second, beforeCrash)).as("uncommitted work was lost with the crash").isFalse();
		second.start();
		try {
			Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
				assertThat(found(second, whileDown)).isTrue();
				assertThat(found(second, beforeCrash)).isTrue();
				assertThat(found(second, newLab)).isTrue();
			});
			assertThat(second.rebuildStatus()).as("no rebuild was needed").isNull();
			try (var files = Files.list(this.folder)) {
				assertThat(files.filter(Files::isDirectory).toList()).hasSize(1);
			}
		}
		finally {
			second.destroy();
		}
	}

	private SearchIndex index(SearchProperties properties) {
		return new SearchIndex(this.outbox, this.challenges, this.labs, this.analyzer, this.weights, this.labels,
				properties, this.jiebang, Clock.systemUTC());
	}

	private static boolean found(SearchIndex index, String marker) {
		return index.read(generation -> generation
			.searchLabs(new LabSearchQuery(marker, null, null, null, LabSearchQuery.Sort.RELEVANCE, 0, 10))
			.total()).block(Duration.ofSeconds(10)) == 1L;
	}

}
