package org.jiebang.challenge;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.Role;
import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;
import org.jiebang.system.web.Problems;

import org.springframework.stereotype.Service;

/** Lists of challenges: the public market, a firm's own, and the administrators' review queue. */
@Service
public class ChallengeQueries {

	private final ChallengeStore store;

	private final ChallengeViews views;

	ChallengeQueries(ChallengeStore store, ChallengeViews views) {
		this.store = store;
		this.views = views;
	}

	/** Published challenges and those after publication; never drafts, submissions or rejections. */
	public Mono<PageView<ChallengeSummaryView>> market(Actor viewer, ChallengeFilter filter, Paging paging) {
		Set<ChallengeStatus> statuses = filter.statuses() == null || filter.statuses().isEmpty()
				? ChallengeStatus.PUBLIC : EnumSet.copyOf(filter.statuses());
		if (!ChallengeStatus.PUBLIC.containsAll(statuses)) {
			return Mono.error(Problems.invalid("status", "Public", "validation.status-not-public"));
		}
		ChallengeFilter visible = new ChallengeFilter(filter.q(), filter.industryChain(), filter.challengeType(),
				filter.province(), statuses, filter.minBounty(), filter.maxBounty(), filter.deadlineFrom(),
				filter.deadlineTo(), filter.organizationId(), filter.openAt(), true, filter.sort());
		return page(viewer, visible, paging);
	}

	/** Every challenge of the firm's organization, in any state. */
	public Mono<PageView<ChallengeSummaryView>> mine(Actor viewer, ChallengeStatus status, Paging paging) {
		viewer.requireRole(Role.FIRM);
		ChallengeFilter filter = new ChallengeFilter(null, null, null, null,
				status == null ? null : EnumSet.of(status), null, null, null, null, viewer.organizationId(), null, false,
				ChallengeFilter.Sort.NEWEST);
		return page(viewer, filter, paging);
	}

	/** Submitted challenges waiting for review, oldest first. */
	public Mono<PageView<ChallengeSummaryView>> reviewQueue(Actor viewer, Paging paging) {
		viewer.requireAdmin();
		ChallengeFilter filter = new ChallengeFilter(null, null, null, null, EnumSet.of(ChallengeStatus.SUBMITTED),
				null, null, null, null, null, null, false, ChallengeFilter.Sort.OLDEST_SUBMITTED);
		return page(viewer, filter, paging);
	}

	/**
	 * The list items of the given challenges for this viewer, in the given order; challenges the viewer may
	 * not see, or that no longer exist, are left out (search results hydrated from the database).
	 */
	public Mono<List<ChallengeSummaryView>> summaries(Actor viewer, List<UUID> ids) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.store.findAll(ids)
			.filter(c -> ChallengeViews.visible(c, viewer))
			.collectMap(Challenge::id)
			.flatMap(found -> {
				List<Challenge> ordered = ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
				return this.views.page(ordered, ordered.size(), 0, Math.max(1, ordered.size()), viewer);
			})
			.map(PageView::items);
	}

	/** The indexable (public) part of the given challenges, whatever their state; missing ones are left out. */
	public Flux<IndexableChallenge> indexable(Collection<UUID> ids) {
		return this.store.findAll(ids).map(IndexableChallenge::of);
	}

	/** Every challenge the public may see, for rebuilding the search index. */
	public Flux<IndexableChallenge> streamIndexable() {
		return this.store.streamPublic().map(IndexableChallenge::of);
	}

	/** How many challenges the public may see. */
	public Mono<Long> countIndexable() {
		return this.store.countPublic();
	}

	private Mono<PageView<ChallengeSummaryView>> page(Actor viewer, ChallengeFilter filter, Paging paging) {
		return Mono.zip(this.store.page(filter, paging), this.store.count(filter))
			.flatMap(t -> this.views.page(t.getT1(), t.getT2(), paging.page(), paging.size(), viewer));
	}

}
