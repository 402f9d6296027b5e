package org.jiebang.award;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.audit.AuditService;
import org.jiebang.challenge.ChallengeCancelledListener;
import org.jiebang.challenge.ChallengeStatus;

import org.springframework.stereotype.Component;

/** Withdraws the proposed award of a challenge cancelled during its announcement, so no objection or confirmation follows. */
@Component
class AwardOnCancellation implements ChallengeCancelledListener {

	private final AwardStore awards;

	private final AwardNotices notices;

	private final AuditService audit;

	private final Clock clock;

	AwardOnCancellation(AwardStore awards, AwardNotices notices, AuditService audit, Clock clock) {
		this.awards = awards;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Mono<Void> challengeCancelled(UUID challengeId, ChallengeStatus previousStatus) {
		if (previousStatus != ChallengeStatus.AWARD_PROPOSED) {
			return Mono.empty();
		}
		return this.awards.proposedFor(challengeId)
			.flatMap(award -> this.awards.withdraw(award.id(), this.clock.instant())
				.flatMap(withdrawn -> !withdrawn ? Mono.<Void>empty()
						: this.audit
							.record(Actor.system(), "AWARD_WITHDRAWN", "award", award.id(),
									Map.of("status", AwardStatus.PROPOSED),
									Map.of("status", AwardStatus.WITHDRAWN, "reason", "challenge cancelled"))
							.then(this.notices.withdrawn(award))));
	}

}
