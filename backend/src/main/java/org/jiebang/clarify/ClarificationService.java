package org.jiebang.clarify;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.Role;
import org.jiebang.audit.AuditService;
import org.jiebang.bid.BidQueries;
import org.jiebang.challenge.ChallengeFacts;
import org.jiebang.challenge.ChallengeReviewService;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.notify.NotificationKind;
import org.jiebang.notify.Notifier;
import org.jiebang.system.persistence.Ids;
import org.jiebang.system.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Clarifications (答疑, SPEC §2): labs ask while a challenge takes bids; its firm or an administrator
 * answers; questions and answers are public without the asker's identity. An answer that changes the
 * terms is an amendment and so an administrator's alone.
 */
@Service
public class ClarificationService {

	private static final int EXCERPT = 200;

	private static final int REASON_LIMIT = 2000;

	private final ClarificationStore store;

	private final ChallengeService challenges;

	private final ChallengeReviewService reviews;

	private final BidQueries bids;

	private final FollowService follows;

	private final AuditService audit;

	private final Notifier notifier;

	private final TransactionalOperator transaction;

	private final Clock clock;

	ClarificationService(ClarificationStore store, ChallengeService challenges, ChallengeReviewService reviews,
			BidQueries bids, FollowService follows, AuditService audit, Notifier notifier,
			TransactionalOperator transaction, Clock clock) {
		this.store = store;
		this.challenges = challenges;
		this.reviews = reviews;
		this.bids = bids;
		this.follows = follows;
		this.audit = audit;
		this.notifier = notifier;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** A lab's question about a challenge of another organization that takes bids now. */
	public Mono<ClarificationView> ask(Actor actor, UUID challengeId, AskRequest request) {
		return Mono.defer(() -> {
			actor.requireRole(Role.LAB);
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
			return this.challenges.view(actor, challengeId)
				.then(this.challenges.facts(challengeId))
				.flatMap(challenge -> {
					if (actor.memberOf(challenge.organizationId())) {
						return Mono.error(ClarifyProblems.ownChallenge());
					}
					if (!challenge.acceptsBidsAt(now)) {
						return Mono.error(ClarifyProblems.questionsClosed(challengeId));
					}
					Clarification question = new Clarification(Ids.newId(), challengeId, actor.userId(),
							actor.labId(), request.question().strip(), now, null, null, null, false);
					return record(actor, question, challenge);
				})
				.as(this.transaction::transactional);
		});
	}

	private Mono<ClarificationView> record(Actor actor, Clarification question, ChallengeFacts challenge) {
		// The audit log (administrators only) keeps the asker as actor; the summary and the firm's
		// notification carry the question alone.
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("challengeId", challenge.id().toString());
		after.put("question", question.question());
		return this.store.insert(question)
			.then(this.audit.record(actor, "CLARIFICATION_ASKED", "clarification", question.id(), Map.of(), after))
			.then(this.notifier.firm(challenge.organizationId(), NotificationKind.CLARIFICATION_ASKED,
					notice(challenge, question, false), link(challenge.id())))
			.thenReturn(view(question, actor));
	}

	/** The questions of a visible challenge: answered ones for all, open ones for its firm, admins and askers. */
	public Mono<List<ClarificationView>> list(Actor actor, UUID challengeId) {
		return this.challenges.view(actor, challengeId).flatMap(challenge -> {
			boolean insider = actor.isAdmin()
					|| actor.is(Role.FIRM) && actor.memberOf(challenge.organization().id());
			return this.store.byChallenge(challengeId)
				.filter(q -> insider || q.answered() || askedBy(q, actor))
				.map(q -> view(q, actor))
				.collectList();
		});
	}

	/**
	 * The answer of the challenge's firm or an administrator, once. With {@code changesTerms} it amends the
	 * challenge under the amendment rules, in the same transaction, with the clarification as reason.
	 */
	public Mono<ClarificationView> answer(Actor actor, UUID id, AnswerRequest request) {
		return Mono.defer(() -> {
			actor.requireAuthenticated();
			return this.store.find(id)
				.switchIfEmpty(Mono.error(() -> ClarifyProblems.clarificationNotFound(id)))
				.flatMap(question -> this.challenges.facts(question.challengeId())
					.flatMap(challenge -> checkAnswer(actor, question, challenge, request)
						.then(Mono.defer(() -> applyAnswer(actor, question, challenge, request)))))
				.as(this.transaction::transactional);
		});
	}

	private Mono<Void> checkAnswer(Actor actor, Clarification question, ChallengeFacts challenge,
			AnswerRequest request) {
		boolean ownFirm = actor.is(Role.FIRM) && actor.memberOf(challenge.organizationId());
		if (!ownFirm && !actor.isAdmin()) {
			return Mono.error(Problems.forbidden());
		}
		if (request.amends() && !actor.isAdmin()) {
			return Mono.error(ClarifyProblems.termsChangeByAdminOnly());
		}
		if (request.amends() && request.amendment() == null) {
			return Mono.error(Problems.invalid("amendment", "NotNull", "clarify.validation.amendment-required"));
		}
		if (request.amends() && request.amendment().isEmpty()) {
			return Mono.error(Problems.invalid("amendment", "NothingChanged", "validation.amendment-empty"));
		}
		if (!request.amends() && request.amendment() != null) {
			return Mono.error(Problems.invalid("amendment", "Null", "clarify.validation.amendment-without-terms"));
		}
		if (question.answered()) {
			return Mono.error(ClarifyProblems.alreadyAnswered(question.id()));
		}
		return Mono.empty();
	}

	private Mono<ClarificationView> applyAnswer(Actor actor, Clarification question, ChallengeFacts challenge,
			AnswerRequest request) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String answer = request.answer().strip();
		return this.store.answer(question.id(), answer, actor.userId(), now, request.amends()).flatMap(done -> {
			if (!done) {
				return Mono.error(ClarifyProblems.alreadyAnswered(question.id()));
			}
			Mono<Void> amended = !request.amends() ? Mono.empty()
					: this.reviews.amend(actor, challenge.id(), request.amendment().withReason(reason(question)))
						.then();
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("challengeId", challenge.id().toString());
			after.put("answer", answer);
			after.put("changesTerms", request.amends());
			return amended
				.then(this.audit.record(actor, "CLARIFICATION_ANSWERED", "clarification", question.id(),
						Map.of("answered", false), after))
				.then(notifyAnswered(question, challenge, request.amends()))
				.then(this.store.find(question.id()))
				.map(saved -> view(saved, actor));
		});
	}

	/** Tells every lab with a submitted bid, every following lab and the asking lab. */
	private Mono<Void> notifyAnswered(Clarification question, ChallengeFacts challenge, boolean changesTerms) {
		return Mono.zip(this.bids.bidderLabs(challenge.id()), this.follows.followerLabs(challenge.id()))
			.flatMapMany(labs -> {
				Set<UUID> recipients = new LinkedHashSet<>(labs.getT1());
				recipients.addAll(labs.getT2());
				recipients.add(question.askedByLab());
				return Flux.fromIterable(recipients);
			})
			.concatMap(lab -> this.notifier.lab(lab, NotificationKind.CLARIFICATION_ANSWERED,
					notice(challenge, question, changesTerms), link(challenge.id())))
			.then();
	}

	private static String reason(Clarification question) {
		String reason = "答疑 Clarification: " + question.question();
		return reason.length() <= REASON_LIMIT ? reason : reason.substring(0, REASON_LIMIT - 1) + "…";
	}

	private static Map<String, Object> notice(ChallengeFacts challenge, Clarification question, boolean changesTerms) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("title", challenge.title());
		params.put("challengeId", challenge.id().toString());
		params.put("clarificationId", question.id().toString());
		params.put("question", excerpt(question.question()));
		params.put("changesTerms", changesTerms);
		return params;
	}

	private static String excerpt(String text) {
		return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
	}

	private static String link(UUID challengeId) {
		return "/challenges/" + challengeId;
	}

	private static boolean askedBy(Clarification question, Actor actor) {
		return actor.is(Role.LAB) && question.askedByLab().equals(actor.labId());
	}

	private static ClarificationView view(Clarification q, Actor actor) {
		return new ClarificationView(q.id(), q.challengeId(), q.question(), q.answer(), q.askedAt(), q.answeredAt(),
				q.changesTerms(), askedBy(q, actor));
	}

}
