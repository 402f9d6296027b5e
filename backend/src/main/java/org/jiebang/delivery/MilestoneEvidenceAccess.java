package org.jiebang.delivery;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.attachment.AttachmentOwnerAccess;
import org.jiebang.attachment.OwnerGrant;
import org.jiebang.attachment.OwnerType;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.system.web.Problems;

import org.springframework.stereotype.Component;

/**
 * Evidence files of a milestone (SPEC §2, §5): the firm, the winning lab and administrators see them; the
 * winning lab adds and removes them while the milestone can be reported (planned or returned) and the
 * delivery runs. A report then covers the files attached at that moment.
 */
@Component
class MilestoneEvidenceAccess implements AttachmentOwnerAccess {

	private final DeliveryStore store;

	private final ChallengeService challenges;

	MilestoneEvidenceAccess(DeliveryStore store, ChallengeService challenges) {
		this.store = store;
		this.challenges = challenges;
	}

	@Override
	public OwnerType ownerType() {
		return OwnerType.MILESTONE;
	}

	@Override
	public Mono<OwnerGrant> read(Actor actor, UUID milestoneId) {
		return Mono.defer(() -> {
			actor.requireAuthenticated();
			return delivery(milestoneId);
		}).flatMap(d -> DeliveryViews.insider(actor, d) ? Mono.just(new OwnerGrant(milestoneId, null, true))
				: Mono.error(Problems.forbidden()));
	}

	@Override
	public Mono<OwnerGrant> write(Actor actor, UUID milestoneId) {
		return Mono.defer(() -> {
			actor.requireAuthenticated();
			return this.store.milestone(milestoneId);
		})
			.switchIfEmpty(Mono.error(DeliveryProblems.milestoneNotFound(milestoneId)))
			.flatMap(m -> this.store.delivery(m.challengeId()).flatMap(d -> {
				if (!DeliveryViews.lab(actor, d)) {
					return Mono.error(Problems.forbidden());
				}
				return this.challenges.facts(d.challengeId()).flatMap(facts -> {
					boolean running = facts.status() == ChallengeStatus.AWARDED
							|| facts.status() == ChallengeStatus.IN_DELIVERY;
					if (!running || d.finished()) {
						return Mono.error(DeliveryProblems.deliveryState(d.challengeId(), facts.status(), "attach"));
					}
					if (!m.status().reportable()) {
						return Mono.error(DeliveryProblems.milestoneState(milestoneId, m.status(), "attach"));
					}
					return Mono.just(new OwnerGrant(milestoneId, null, true));
				});
			}));
	}

	private Mono<Delivery> delivery(UUID milestoneId) {
		return this.store.milestone(milestoneId)
			.switchIfEmpty(Mono.error(DeliveryProblems.milestoneNotFound(milestoneId)))
			.flatMap(m -> this.store.delivery(m.challengeId()));
	}

}
