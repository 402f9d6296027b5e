package org.jiebang.award;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.bid.BidQueries;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.notify.NotificationKind;
import org.jiebang.notify.Notifier;

import org.springframework.stereotype.Component;

/** The notifications of SPEC §7 about awards and objections, written in the transaction of the change. */
@Component
class AwardNotices {

	private final Notifier notifier;

	private final BidQueries bids;

	private final ChallengeService challenges;

	AwardNotices(Notifier notifier, BidQueries bids, ChallengeService challenges) {
		this.notifier = notifier;
		this.bids = bids;
		this.challenges = challenges;
	}

	Mono<Void> proposed(Award award) {
		return parties(award, NotificationKind.AWARD_PROPOSED, "/announcements/" + award.id());
	}

	Mono<Void> confirmed(Award award) {
		return parties(award, NotificationKind.AWARD_CONFIRMED, "/announcements/" + award.id());
	}

	Mono<Void> withdrawn(Award award) {
		return parties(award, NotificationKind.AWARD_WITHDRAWN, "/challenges/" + award.challengeId());
	}

	Mono<Void> unawarded(Award award) {
		return parties(award, NotificationKind.CHALLENGE_UNAWARDED, "/challenges/" + award.challengeId());
	}

	Mono<Void> objectionFiled(Award award, Objection objection) {
		return this.notifier.administrators(NotificationKind.OBJECTION_FILED,
				Map.of("title", award.challengeTitle(), "awardId", award.id().toString(), "objectionId",
						objection.id().toString()),
				"/admin/objections");
	}

	Mono<Void> objectionAnswered(Award award, Objection objection, ObjectionStatus decision) {
		return this.notifier.users(List.of(objection.objectorId()), NotificationKind.OBJECTION_ANSWERED,
				Map.of("title", award.challengeTitle(), "decision", decision.name(), "objectionId",
						objection.id().toString()),
				"/my/objections");
	}

	/** The bidding labs and the firm of the award's challenge. */
	private Mono<Void> parties(Award award, NotificationKind kind, String link) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("title", award.challengeTitle());
		params.put("awardId", award.id().toString());
		if (award.labName() != null) {
			params.put("lab", award.labName());
		}
		Mono<Void> labs = this.bids.bidderLabs(award.challengeId())
			.flatMapMany(Flux::fromIterable)
			.concatMap((UUID lab) -> this.notifier.lab(lab, kind, params, link))
			.then();
		Mono<Void> firm = this.challenges.facts(award.challengeId())
			.flatMap(facts -> this.notifier.firm(facts.organizationId(), kind, params, link));
		return labs.then(firm);
	}

}
