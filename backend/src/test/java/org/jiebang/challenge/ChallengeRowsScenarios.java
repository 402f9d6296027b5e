package org.jiebang.challenge;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.jiebang.support.IntegrationTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ChallengeRows} reads every column as Spring Data's entity converter does, on every challenge of the
 * demo data (every state, with and without optional columns), through each of the store's reading paths.
 */
abstract class ChallengeRowsScenarios extends IntegrationTestSupport {

	@Autowired
	R2dbcEntityTemplate template;

	@Autowired
	DatabaseClient db;

	@Autowired
	ChallengeStore store;

	@Test
	void everyChallengeReadsAsTheEntityConverterReadsIt() {
		List<Challenge> expected = this.template.select(Challenge.class).all().collectList().block();
		assertThat(expected).hasSizeGreaterThan(10);
		assertThat(expected).extracting(Challenge::status)
			.contains(ChallengeStatus.PUBLISHED, ChallengeStatus.CLOSED, ChallengeStatus.AWARDED, ChallengeStatus.COMPLETED);
		Map<UUID, Challenge> byId = expected.stream().collect(Collectors.toMap(Challenge::id, Function.identity()));

		List<Challenge> all = this.store.findAll(byId.keySet()).collectList().block();
		assertThat(all).hasSameSizeAs(expected);
		all.forEach(challenge -> assertThat(challenge).isEqualTo(byId.get(challenge.id())));
		for (Challenge challenge : expected) {
			assertThat(this.store.find(challenge.id()).block()).isEqualTo(challenge);
		}
		assertThat(this.store.find(UUID.randomUUID()).block()).isNull();
		assertThat(this.store.streamPublic().collectList().block())
			.containsExactlyInAnyOrderElementsOf(expected.stream()
				.filter(c -> ChallengeStatus.PUBLIC.contains(c.status()))
				.toList());
	}

}
