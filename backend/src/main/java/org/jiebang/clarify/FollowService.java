package org.jiebang.clarify;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.Role;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;

import org.springframework.stereotype.Service;

/** Labs following challenges they can see, to be told about new answers (SPEC §2). */
@Service
public class FollowService {

	private final FollowStore store;

	private final ChallengeService challenges;

	private final Clock clock;

	FollowService(FollowStore store, ChallengeService challenges, Clock clock) {
		this.store = store;
		this.challenges = challenges;
		this.clock = clock;
	}

	/** Follows a visible challenge; following again changes nothing. */
	public Mono<FollowStatus> follow(Actor actor, UUID challengeId) {
		return Mono.defer(() -> {
			actor.requireRole(Role.LAB);
			return this.challenges.view(actor, challengeId)
				.then(this.store.follow(challengeId, actor.labId(), actor.userId(),
						this.clock.instant().truncatedTo(ChronoUnit.MICROS)))
				.then(status(actor, challengeId));
		});
	}

	/** Stops following; not following is no failure. */
	public Mono<Void> unfollow(Actor actor, UUID challengeId) {
		return Mono.defer(() -> {
			actor.requireRole(Role.LAB);
			return this.challenges.view(actor, challengeId).then(this.store.unfollow(challengeId, actor.labId()));
		});
	}

	/** Whether the lab follows a visible challenge. */
	public Mono<FollowStatus> following(Actor actor, UUID challengeId) {
		return Mono.defer(() -> {
			actor.requireRole(Role.LAB);
			return this.challenges.view(actor, challengeId).then(status(actor, challengeId));
		});
	}

	private Mono<FollowStatus> status(Actor actor, UUID challengeId) {
		return this.store.since(challengeId, actor.labId())
			.map(since -> new FollowStatus(challengeId, true, since))
			.defaultIfEmpty(new FollowStatus(challengeId, false, null));
	}

	/** The lab's followed challenges that are still public, most recently followed first. */
	public Mono<List<FollowView>> mine(Actor actor) {
		return Mono.defer(() -> {
			actor.requireRole(Role.LAB);
			return this.store.byLab(actor.labId())
				.concatMap(follow -> this.challenges.facts(follow.challengeId())
					.filter(c -> ChallengeStatus.PUBLIC.contains(c.status()))
					.map(c -> new FollowView(c.id(), c.title(), c.status(), c.bidDeadline(), c.bounty(),
							c.acceptsBidsAt(this.clock.instant()), follow.followedAt())))
				.collectList();
		});
	}

	/** The labs following a challenge (no access check: for notifications). */
	public Mono<List<UUID>> followerLabs(UUID challengeId) {
		return this.store.followerLabs(challengeId).collectList();
	}

}
