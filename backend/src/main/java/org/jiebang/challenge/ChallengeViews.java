package org.jiebang.challenge;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.OrganizationService;
import org.jiebang.account.OrganizationType;
import org.jiebang.account.OrganizationView;
import org.jiebang.account.Role;
import org.jiebang.system.web.PageView;

import org.springframework.stereotype.Component;

/** Maps stored challenges to what a given viewer may see, with their organizations fetched in one query. */
@Component
class ChallengeViews {

	private final OrganizationService organizations;

	private final AmendmentStore amendments;

	private final Clock clock;

	ChallengeViews(OrganizationService organizations, AmendmentStore amendments, Clock clock) {
		this.organizations = organizations;
		this.amendments = amendments;
		this.clock = clock;
	}

	/** Whether the viewer may see the challenge at all (public, or own organization, or administrator). */
	static boolean visible(Challenge challenge, Actor viewer) {
		return challenge.isPublic() || viewer.isAdmin() || viewer.memberOf(challenge.organizationId());
	}

	static boolean insider(Challenge challenge, Actor viewer) {
		return viewer.isAdmin() || viewer.memberOf(challenge.organizationId());
	}

	Mono<ChallengeView> detail(Challenge c, Actor viewer) {
		return Mono.zip(this.organizations.require(c.organizationId()), this.amendments.list(c.id()))
			.map(t -> detail(c, viewer, t.getT1(), t.getT2()));
	}

	private ChallengeView detail(Challenge c, Actor viewer, OrganizationView org, List<AmendmentView> notices) {
		ChallengeContent content = c.content();
		Instant now = this.clock.instant();
		boolean insider = insider(c, viewer);
		return new ChallengeView(c.id(), c.status(), c.openForBids(now), content.title(), content.summary(),
				content.description(), content.technicalIndicators().values(), content.requiredCapabilities().values(),
				content.industryChain(), content.techFields().values(), content.challengeType(), content.bounty(),
				content.bidDeadline(), content.deliveryMonths(), eligibility(content), content.ipTerms(),
				content.province(), content.city(), ref(org), c.bidCount(), c.publishedAt(), c.closedAt(),
				c.cancelledAt(), c.termsChangedAt(), c.rubric(),
				viewer.isAuthenticated() ? new ChallengeView.Contact(content.contactName(), content.contactPhone(),
						content.contactEmail()) : null,
				notices,
				insider ? new ChallengeView.Review(c.reviewNote(), c.cancelReason(), c.submittedAt(), c.createdAt(),
						c.updatedAt(), c.version()) : null,
				actions(c, viewer, now));
	}

	Mono<PageView<ChallengeSummaryView>> page(List<Challenge> items, long total, int page, int size, Actor viewer) {
		Set<UUID> ids = new java.util.HashSet<>();
		items.forEach(c -> ids.add(c.organizationId()));
		return this.organizations.findAll(ids)
			.map(orgs -> new PageView<>(items.stream().map(c -> summary(c, viewer, orgs)).toList(), total, page, size));
	}

	private ChallengeSummaryView summary(Challenge c, Actor viewer, Map<UUID, OrganizationView> orgs) {
		ChallengeContent content = c.content();
		boolean insider = insider(c, viewer);
		OrganizationView org = orgs.get(c.organizationId());
		return new ChallengeSummaryView(c.id(), c.status(), c.openForBids(this.clock.instant()), content.title(),
				content.summary(), content.requiredCapabilities().values(), content.industryChain(),
				content.challengeType(), content.bounty(), content.bidDeadline(), content.deliveryMonths(),
				content.province(), content.city(), org == null ? null : ref(org), c.bidCount(), c.publishedAt(),
				insider ? c.submittedAt() : null, insider ? c.reviewNote() : null,
				actions(c, viewer, this.clock.instant()));
	}

	private static ChallengeView.EligibilityView eligibility(ChallengeContent content) {
		List<OrganizationType> types = content.eligibleOrgTypes().values().stream().map(OrganizationType::valueOf).toList();
		return new ChallengeView.EligibilityView(content.eligibilityText(), types, content.eligibleRegions().values());
	}

	private static ChallengeView.OrganizationRef ref(OrganizationView org) {
		return new ChallengeView.OrganizationRef(org.id(), org.name(), org.type(), org.verified());
	}

	static Set<ChallengeView.Action> actions(Challenge c, Actor viewer, Instant now) {
		Set<ChallengeView.Action> actions = EnumSet.noneOf(ChallengeView.Action.class);
		boolean ownFirm = viewer.is(Role.FIRM) && viewer.memberOf(c.organizationId());
		if (ownFirm && c.status().editableByFirm()) {
			actions.add(ChallengeView.Action.EDIT);
		}
		if (ownFirm && c.status() == ChallengeStatus.DRAFT) {
			actions.add(ChallengeView.Action.SUBMIT);
		}
		if ((ownFirm || viewer.isAdmin()) && c.status().cancellable()) {
			actions.add(ChallengeView.Action.CANCEL);
		}
		if (viewer.isAdmin() && c.status() == ChallengeStatus.SUBMITTED) {
			actions.add(ChallengeView.Action.APPROVE);
			actions.add(ChallengeView.Action.REJECT);
		}
		if (viewer.isAdmin() && c.status() == ChallengeStatus.PUBLISHED) {
			actions.add(ChallengeView.Action.AMEND);
		}
		if (viewer.is(Role.LAB) && c.openForBids(now) && !viewer.memberOf(c.organizationId())) {
			actions.add(ChallengeView.Action.BID);
		}
		if ((ownFirm || viewer.isAdmin()) && c.closedAt() != null) {
			actions.add(ChallengeView.Action.VIEW_BIDS);
		}
		return actions;
	}

}
