package org.jiebang.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.challenge.ChallengePublishedListener;
import org.jiebang.challenge.ChallengeQueries;
import org.jiebang.notify.NotificationKind;
import org.jiebang.notify.Notifier;
import org.springframework.stereotype.Component;

/**
 * Push matching (SPEC §6): when a challenge is published, the members of the best-matching labs are told,
 * in the publishing transaction. The lab index need not hold the challenge: the challenge is the query.
 */
@Component
class PushMatching implements ChallengePublishedListener {

	private static final Log logger = LogFactory.getLog(PushMatching.class);

	private final SearchService search;

	private final ChallengeQueries challenges;

	private final Notifier notifier;

	private final SearchProperties properties;

	PushMatching(SearchService search, ChallengeQueries challenges, Notifier notifier, SearchProperties properties) {
		this.search = search;
		this.challenges = challenges;
		this.notifier = notifier;
		this.properties = properties;
	}

	@Override
	public Mono<Void> challengePublished(UUID challengeId) {
		return this.challenges.indexable(List.of(challengeId))
			.next()
			.flatMap(challenge -> this.search.labsFor(challenge, this.properties.pushLimit())
				.flatMapMany(matches -> Flux.fromIterable(matches.items()))
				.concatMap(match -> this.notifier.lab(match.lab().id(), NotificationKind.RECOMMENDED_CHALLENGE,
						Map.of("title", challenge.title()), "/challenges/" + challengeId))
				.then())
			.doOnError(ex -> logger.warn("Push matching for challenge " + challengeId + " failed", ex));
	}

}
