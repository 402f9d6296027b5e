package org.jiebang.bid;

import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.challenge.ChallengeClosedListener;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.notify.NotificationKind;
import org.jiebang.notify.Notifier;

import org.springframework.stereotype.Component;

/** Tells every lab with a submitted bid that bidding closed and its bid is now opened. */
@Component
class BiddersOnClose implements ChallengeClosedListener {

	private final BidStore bids;

	private final Notifier notifier;

	private final ChallengeService challenges;

	BiddersOnClose(BidStore bids, Notifier notifier, ChallengeService challenges) {
		this.bids = bids;
		this.notifier = notifier;
		this.challenges = challenges;
	}

	@Override
	public Mono<Void> challengeClosed(UUID challengeId) {
		return this.challenges.facts(challengeId)
			.flatMapMany(challenge -> this.bids.opened(challengeId)
				.concatMap(bid -> this.notifier.lab(bid.labId(), NotificationKind.CHALLENGE_CLOSED,
						Map.of("challengeId", challengeId.toString(), "title", challenge.title()), "/lab/bids")))
			.then();
	}

}
