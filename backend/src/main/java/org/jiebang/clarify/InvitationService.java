package org.jiebang.clarify;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.OrganizationService;
import org.jiebang.account.OrganizationView;
import org.jiebang.account.Role;
import org.jiebang.audit.AuditService;
import org.jiebang.challenge.ChallengeFacts;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.lab.LabService;
import org.jiebang.lab.LabSummary;
import org.jiebang.notify.NotificationKind;
import org.jiebang.notify.Notifier;
import org.jiebang.system.persistence.Ids;
import org.jiebang.system.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Invitations to bid (邀请揭榜, SPEC §2): a firm draws a lab's attention to its open challenge; the lab's
 * members are notified. Inviting the same lab again answers the first invitation.
 */
@Service
public class InvitationService {

	private final InvitationStore store;

	private final ChallengeService challenges;

	private final OrganizationService organizations;

	private final LabService labs;

	private final AuditService audit;

	private final Notifier notifier;

	private final TransactionalOperator transaction;

	private final Clock clock;

	InvitationService(InvitationStore store, ChallengeService challenges, OrganizationService organizations,
			LabService labs, AuditService audit, Notifier notifier, TransactionalOperator transaction, Clock clock) {
		this.store = store;
		this.challenges = challenges;
		this.organizations = organizations;
		this.labs = labs;
		this.audit = audit;
		this.notifier = notifier;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * An invitation and whether this call made it.
	 *
	 * @param invitation the invitation
	 * @param created {@code false} when the lab had been invited before
	 */
	public record Invited(InvitationView invitation, boolean created) {
	}

	/** The firm invites a lab of another organization to bid while its challenge takes bids. */
	public Mono<Invited> invite(Actor actor, UUID challengeId, InviteRequest request) {
		return Mono.defer(() -> {
			actor.requireRole(Role.FIRM);
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
			return this.challenges.view(actor, challengeId)
				.then(this.challenges.facts(challengeId))
				.flatMap(challenge -> checkOpen(actor, challenge, now)
					.then(this.labs.find(request.labId()))
					.switchIfEmpty(Mono.error(() -> Problems.invalid("labId", "Unknown", "clarify.validation.lab-unknown")))
					.flatMap(lab -> lab.organizationId().equals(challenge.organizationId())
							? Mono.error(Problems.invalid("labId", "OwnOrganization", "clarify.validation.lab-own"))
							: inviteOnce(actor, challenge, lab, message(request), now)))
				.as(this.transaction::transactional);
		});
	}

	private static Mono<Void> checkOpen(Actor actor, ChallengeFacts challenge, Instant now) {
		if (!actor.memberOf(challenge.organizationId())) {
			return Mono.error(Problems.forbidden());
		}
		if (!ChallengeStatus.PUBLIC.contains(challenge.status())) {
			return Mono.error(ClarifyProblems.notPublished(challenge.id(), challenge.status(), "invite"));
		}
		if (!challenge.acceptsBidsAt(now)) {
			return Mono.error(ClarifyProblems.biddingClosed(challenge.id()));
		}
		return Mono.empty();
	}

	private Mono<Invited> inviteOnce(Actor actor, ChallengeFacts challenge, LabSummary lab, String message,
			Instant now) {
		InvitationStore.Invitation invitation = new InvitationStore.Invitation(Ids.newId(), challenge.id(), lab.id(),
				actor.userId(), message, now);
		return this.store.insert(invitation).flatMap(created -> {
			if (!created) {
				return this.store.find(challenge.id(), lab.id())
					.flatMap(existing -> view(existing, challenge, lab.name()))
					.map(view -> new Invited(view, false));
			}
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("challengeId", challenge.id().toString());
			after.put("labId", lab.id().toString());
			return this.audit.record(actor, "INVITATION_SENT", "invitation", invitation.id(), Map.of(), after)
				.then(view(invitation, challenge, lab.name()))
				.flatMap(view -> this.notifier
					.lab(lab.id(), NotificationKind.INVITED_TO_BID, notice(view), "/challenges/" + challenge.id())
					.thenReturn(new Invited(view, true)));
		});
	}

	/** The labs a challenge's firm invited, for the firm and administrators. */
	public Mono<List<InvitationView>> forChallenge(Actor actor, UUID challengeId) {
		return Mono.defer(() -> {
			actor.requireAuthenticated();
			return this.challenges.view(actor, challengeId).then(this.challenges.facts(challengeId));
		}).flatMap(challenge -> {
			boolean ownFirm = actor.is(Role.FIRM) && actor.memberOf(challenge.organizationId());
			if (!ownFirm && !actor.isAdmin()) {
				return Mono.error(Problems.forbidden());
			}
			return this.store.byChallenge(challengeId)
				.concatMap(invitation -> this.labs.find(invitation.labId())
					.flatMap(lab -> view(invitation, challenge, lab.name())))
				.collectList();
		});
	}

	/** The lab's invitations to challenges that are still public, newest first. */
	public Mono<List<InvitationView>> mine(Actor actor) {
		return Mono.defer(() -> {
			actor.requireRole(Role.LAB);
			return this.labs.find(actor.labId())
				.flatMap(lab -> this.store.byLab(lab.id())
					.concatMap(invitation -> this.challenges.facts(invitation.challengeId())
						.filter(challenge -> ChallengeStatus.PUBLIC.contains(challenge.status()))
						.flatMap(challenge -> view(invitation, challenge, lab.name())))
					.collectList())
				.defaultIfEmpty(List.of());
		});
	}

	private Mono<InvitationView> view(InvitationStore.Invitation invitation, ChallengeFacts challenge,
			String labName) {
		return this.organizations.find(challenge.organizationId())
			.map(OrganizationView::name)
			.defaultIfEmpty("")
			.map(organization -> new InvitationView(invitation.id(),
					new InvitationView.ChallengeRef(challenge.id(), challenge.title(), organization,
							challenge.status(), challenge.bidDeadline(), challenge.bounty(),
							challenge.acceptsBidsAt(this.clock.instant())),
					new InvitationView.LabRef(invitation.labId(), labName), invitation.message(),
					invitation.invitedAt()));
	}

	private static Map<String, Object> notice(InvitationView view) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("title", view.challenge().title());
		params.put("challengeId", view.challenge().id().toString());
		params.put("organization", view.challenge().organizationName());
		params.put("bidDeadline", view.challenge().bidDeadline() == null ? "" : view.challenge().bidDeadline().toString());
		if (view.message() != null) {
			params.put("message", view.message());
		}
		return params;
	}

	private static String message(InviteRequest request) {
		return request.message() == null || request.message().isBlank() ? null : request.message().strip();
	}

}
