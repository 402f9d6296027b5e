package org.jiebang.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.Role;
import org.jiebang.audit.AuditService;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.ChallengeType;
import org.jiebang.system.persistence.Ids;
import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;
import org.jiebang.system.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results summaries (成果共享, SPEC §5, §7): once a challenge is completed its firm or its lab publishes (and
 * may revise) one summary, shown on the public showcase with the challenge's IP terms.
 */
@Service
public class ResultsService {

	private final ResultStore results;

	private final DeliveryStore deliveries;

	private final ChallengeService challenges;

	private final AuditService audit;

	private final Clock clock;

	ResultsService(ResultStore results, DeliveryStore deliveries, ChallengeService challenges, AuditService audit,
			Clock clock) {
		this.results = results;
		this.deliveries = deliveries;
		this.challenges = challenges;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A publication: the summary and whether this call created it (or revised an existing one).
	 *
	 * @param result the summary
	 * @param created whether it is new
	 */
	public record Published(ResultView result, boolean created) {
	}

	@Transactional
	public Mono<Published> publish(Actor actor, UUID challengeId, ResultsRequest request) {
		actor.requireAuthenticated();
		if (!actor.is(Role.FIRM) && !actor.is(Role.LAB)) {
			throw Problems.forbidden();
		}
		return this.challenges.view(actor, challengeId).flatMap(challenge -> this.deliveries.delivery(challengeId)
			.switchIfEmpty(Mono.error(Problems.forbidden()))
			.flatMap(d -> {
				if (!DeliveryViews.firm(actor, d) && !DeliveryViews.lab(actor, d)) {
					return Mono.error(Problems.forbidden());
				}
				if (challenge.status() != ChallengeStatus.COMPLETED) {
					return Mono.error(DeliveryProblems.resultsNotOpen(challengeId, challenge.status()));
				}
				Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
				return this.deliveries.lock(challengeId)
					.then(this.results.idFor(challengeId).map(java.util.Optional::of)
						.defaultIfEmpty(java.util.Optional.empty()))
					.flatMap(existing -> {
						ResultStore.Draft draft = new ResultStore.Draft(existing.orElseGet(Ids::newId), challengeId, request,
								challenge.ipTerms(), challenge.industryChain(), challenge.challengeType(),
								challenge.province(), actor.userId(), actor.role().name(), now);
						Mono<Void> write = existing.isPresent() ? this.results.update(draft) : this.results.insert(draft);
						return write
							.then(this.audit.record(actor, existing.isPresent() ? "RESULTS_UPDATED" : "RESULTS_PUBLISHED",
									"challenge", challengeId, Map.of(), Map.of("resultsId", draft.id().toString(), "title",
											request.title().strip(), "ipTerms", challenge.ipTerms())))
							.then(this.results.find(draft.id()))
							.map(view -> new Published(view, existing.isEmpty()));
					});
			}));
	}

	/** The public showcase, newest first; invalid paging is a 400 problem. */
	public Mono<PageView<ResultView>> showcase(String chain, ChallengeType type, String province, Paging paging) {
		String c = blankToNull(chain);
		String p = blankToNull(province);
		return Mono.zip(this.results.page(c, type, p, paging), this.results.count(c, type, p))
			.map(t -> paging.view(t.getT1(), t.getT2()));
	}

	public Mono<ResultView> get(UUID id) {
		return this.results.find(id).switchIfEmpty(Mono.error(Problems.notFound("results", id)));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
