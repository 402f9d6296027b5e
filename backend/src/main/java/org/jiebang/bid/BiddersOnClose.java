package org.jiebang.bid;

import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.challenge.ChallengeClosedListener;
import org.jiebang.notify.NotificationKind;
import org.jiebang.notify.Notifier;

import org.springframework.stereotype.Component;

/** Tells every lab with a submitted bid that bidding closed and its bid is now opened. */
@Component
class BiddersOnClose implements ChallengeClosedListener {

	private final BidStore bids;

	private final Notifier notifier;

	BiddersOnClose(BidStore bids, Notifier notifier) {
		this.bids = bids;
		this.notifier = notifier;
	}

	@Override
	public Mono<Void> challengeClosed(UUID challengeId) {
		return this.bids.opened(challengeId)
			.concatMap(bid -> this.notifier.lab(bid.labId(), NotificationKind.CHALLENGE_CLOSED,
					Map.of("challengeId", challengeId.toString()), "/my/bids"))
			.then();
	}

}
