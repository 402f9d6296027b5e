package org.jiebang.award;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.audit.AuditService;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.system.persistence.Ids;
import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;
import org.jiebang.system.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections (异议) to announced awards (SPEC §4): any signed-in user files one during the announcement
 * period; an administrator upholds it (the proposal is withdrawn and the challenge returns to evaluation)
 * or dismisses it with reasons shown to the objector. Filing counts on the award row conditionally, so an
 * objection racing the end of the period or a confirmation has exactly one outcome.
 */
@Service
public class ObjectionService {

	private final ObjectionStore objections;

	private final AwardStore awards;

	private final ChallengeService challenges;

	private final UserDirectory people;

	private final AwardNotices notices;

	private final AuditService audit;

	private final Clock clock;

	ObjectionService(ObjectionStore objections, AwardStore awards, ChallengeService challenges,
			UserDirectory people, AwardNotices notices, AuditService audit, Clock clock) {
		this.objections = objections;
		this.awards = awards;
		this.challenges = challenges;
		this.people = people;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/** Files an objection while the award is proposed and its announcement period runs; 409 after. */
	@Transactional
	public Mono<ObjectionView> file(Actor actor, UUID awardId, ObjectionRequest request) {
		actor.requireAuthenticated();
		Instant now = this.clock.instant();
		return announced(awardId).flatMap(award -> this.awards.objectionFiled(awardId, now).flatMap(counted -> {
			if (!counted) {
				return Mono.error(AwardProblems.objectionWindowClosed(awardId));
			}
			Objection objection = new Objection(Ids.newId(), awardId, actor.userId(), request.reasons().strip(),
					ObjectionStatus.PENDING, null, null, now, null);
			return this.objections.insert(objection)
				.then(this.audit.record(actor, "OBJECTION_FILED", "objection", objection.id(), Map.of(),
						Map.of("awardId", awardId.toString(), "challengeId", award.challengeId().toString(), "status",
								ObjectionStatus.PENDING)))
				.then(this.notices.objectionFiled(award, objection))
				.thenReturn(ObjectionView.of(objection, award, actor.displayName()));
		}));
	}

	/** Answers a pending objection; an upheld one withdraws the proposal and reopens evaluation. */
	@Transactional
	public Mono<ObjectionView> answer(Actor actor, UUID objectionId, ObjectionAnswerRequest request) {
		actor.requireAdmin();
		ObjectionStatus decision = request.decision();
		if (decision == ObjectionStatus.PENDING) {
			throw Problems.invalid("decision", "Decision", "award.validation.decision");
		}
		Instant now = this.clock.instant();
		String answer = request.answer().strip();
		return this.objections.find(objectionId)
			.switchIfEmpty(Mono.error(Problems.notFound("objection", objectionId)))
			.flatMap(objection -> this.awards.find(objection.awardId())
				.flatMap(award -> this.objections.answer(objectionId, decision, answer, actor.userId(), now)
					.flatMap(done -> !done ? Mono.<ObjectionView>error(AwardProblems.objectionAnswered(objectionId))
							: this.awards.objectionAnswered(award.id())
								.then(decision == ObjectionStatus.UPHELD ? withdraw(actor, award, objectionId, now)
										: Mono.empty())
								.then(this.audit.record(actor, "OBJECTION_ANSWERED", "objection", objectionId,
										Map.of("status", ObjectionStatus.PENDING),
										Map.of("status", decision, "answer", answer, "awardId", award.id().toString())))
								.then(this.notices.objectionAnswered(award, objection, decision))
								.then(this.objections.find(objectionId))
								.flatMap(answered -> view(answered, award)))));
	}

	/** Withdraws the proposal (once) and returns the challenge to evaluation. */
	private Mono<Void> withdraw(Actor actor, Award award, UUID objectionId, Instant now) {
		return this.awards.withdraw(award.id(), now).flatMap(withdrawn -> !withdrawn ? Mono.<Void>empty()
				: this.challenges.facts(award.challengeId())
					.flatMap(facts -> facts.status() != ChallengeStatus.AWARD_PROPOSED ? Mono.<Void>empty()
							: this.challenges.advance(actor, award.challengeId(), ChallengeStatus.AWARD_PROPOSED,
									ChallengeStatus.CLOSED, "CHALLENGE_AWARD_WITHDRAWN",
									Map.of("awardId", award.id().toString(), "objectionId", objectionId.toString())))
					.then(this.audit.record(actor, "AWARD_WITHDRAWN", "award", award.id(),
							Map.of("status", AwardStatus.PROPOSED),
							Map.of("status", AwardStatus.WITHDRAWN, "objectionId", objectionId.toString())))
					.then(this.notices.withdrawn(award)));
	}

	/** The signed-in user's own objections with their status and answers, newest first. */
	public Mono<List<ObjectionView>> mine(Actor actor) {
		actor.requireAuthenticated();
		return this.objections.byObjector(actor.userId())
			.concatMap(o -> this.awards.find(o.awardId()).map(award -> ObjectionView.of(o, award, actor.displayName())))
			.collectList();
	}

	/** The administrators' queue, oldest first, optionally of one state. */
	public Mono<PageView<ObjectionView>> queue(Actor actor, ObjectionStatus status, Paging paging) {
		actor.requireAdmin();
		Mono<List<ObjectionView>> items = this.objections.page(status, paging)
			.concatMap(o -> this.awards.find(o.awardId()).flatMap(award -> view(o, award)))
			.collectList();
		return Mono.zip(items, this.objections.count(status)).map(t -> paging.view(t.getT1(), t.getT2()));
	}

	private Mono<ObjectionView> view(Objection objection, Award award) {
		return this.people.names(List.of(objection.objectorId()))
			.map(names -> ObjectionView.of(objection, award, names.get(objection.objectorId())));
	}

	private Mono<Award> announced(UUID awardId) {
		return this.awards.find(awardId)
			.filter(a -> a.status() != AwardStatus.UNAWARDED)
			.switchIfEmpty(Mono.error(Problems.notFound("announcement", awardId)));
	}

}
