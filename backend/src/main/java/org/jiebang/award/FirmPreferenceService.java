package org.jiebang.award;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.Role;
import org.jiebang.audit.AuditService;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.system.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The firm's advisory preference order among the bids of its challenge (SPEC §4), shown to administrators. */
@Service
public class FirmPreferenceService {

	private final ChallengeService challenges;

	private final EvaluationLoader loader;

	private final ScoreStore scores;

	private final AuditService audit;

	private final Clock clock;

	FirmPreferenceService(ChallengeService challenges, EvaluationLoader loader, ScoreStore scores, AuditService audit,
			Clock clock) {
		this.challenges = challenges;
		this.loader = loader;
		this.scores = scores;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records the order, after the close and before an award proposal, replacing an earlier one. */
	@Transactional
	public Mono<PreferenceView> prefer(Actor actor, UUID challengeId, BidIdsRequest request) {
		actor.requireRole(Role.FIRM);
		return ownChallenge(actor, challengeId).flatMap(state -> {
			if (state.challenge().status() != ChallengeStatus.CLOSED) {
				return Mono.error(AwardProblems.challengeState(challengeId, state.challenge().status(), "rank the bids of"));
			}
			List<UUID> order = List.copyOf(state.checkedBids(request.bidIds()));
			Preference preference = new Preference(challengeId, order, actor.userId(), this.clock.instant());
			return this.scores.savePreference(preference)
				.then(this.audit.record(actor, "PREFERENCE_SET", "challenge", challengeId, Map.of(),
						Map.of("bidIds", order.stream().map(UUID::toString).toList())))
				.thenReturn(PreferenceView.of(preference));
		});
	}

	/** The order, for the firm and administrators; an empty one when none was given. */
	public Mono<PreferenceView> preference(Actor actor, UUID challengeId) {
		actor.requireAuthenticated();
		if (!actor.isAdmin() && !actor.is(Role.FIRM)) {
			throw Problems.forbidden();
		}
		Mono<Void> access = actor.isAdmin() ? this.challenges.facts(challengeId).then()
				: ownChallenge(actor, challengeId).then();
		return access.then(this.scores.preference(challengeId).map(PreferenceView::of))
			.defaultIfEmpty(new PreferenceView(challengeId, List.of(), null));
	}

	/** The evaluation of a challenge of the firm's own organization: 404 when invisible, else 403 for others. */
	private Mono<EvaluationState> ownChallenge(Actor actor, UUID challengeId) {
		return this.challenges.view(actor, challengeId)
			.then(this.challenges.facts(challengeId))
			.flatMap(facts -> actor.memberOf(facts.organizationId()) ? this.loader.load(facts)
					: Mono.error(Problems.forbidden()));
	}

}
