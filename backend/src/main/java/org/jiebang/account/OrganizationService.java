package org.jiebang.account;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.audit.AuditService;
import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;
import org.jiebang.system.web.Problems;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organizations as other features and administrators see them; verification by an ADMIN. */
@Service
public class OrganizationService {

	private final OrganizationRepository organizations;

	private final AuditService audit;

	private final Clock clock;

	OrganizationService(OrganizationRepository organizations, AuditService audit, Clock clock) {
		this.organizations = organizations;
		this.audit = audit;
		this.clock = clock;
	}

	/** Public facts of an organization (no invitation code). */
	public Mono<OrganizationView> find(UUID id) {
		return this.organizations.findById(id).map(org -> OrganizationView.of(org, false));
	}

	/** Public facts of several organizations at once, by id (one query, not one per row). */
	public Mono<Map<UUID, OrganizationView>> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.organizations.findAllById(Set.copyOf(ids))
			.collectMap(Organization::id, org -> OrganizationView.of(org, false));
	}

	public Mono<OrganizationView> require(UUID id) {
		return find(id).switchIfEmpty(Mono.error(Problems.notFound("organization", id)));
	}

	/** Organizations for the verification queue: all, or only verified or unverified ones. */
	public Mono<PageView<OrganizationView>> list(Actor actor, Boolean verified, Paging paging) {
		actor.requireAdmin();
		PageRequest page = PageRequest.of(paging.page() - 1, paging.size());
		var items = (verified == null ? this.organizations.findAllByOrderByCreatedAtDesc(page)
				: this.organizations.findByVerifiedOrderByCreatedAtDesc(verified, page))
			.map(org -> OrganizationView.of(org, true))
			.collectList();
		Mono<Long> total = verified == null ? this.organizations.count() : this.organizations.countByVerified(verified);
		return Mono.zip(items, total).map(t -> paging.view(t.getT1(), t.getT2()));
	}

	@Transactional
	public Mono<OrganizationView> verify(Actor actor, UUID id) {
		actor.requireAdmin();
		return this.organizations.findById(id)
			.switchIfEmpty(Mono.error(Problems.notFound("organization", id)))
			.flatMap(org -> org.verified() ? Mono.just(org)
					: this.organizations.save(org.verify(actor.userId(), this.clock.instant()))
						.flatMap(saved -> this.audit
							.record(actor, "ORGANIZATION_VERIFIED", "organization", id, Map.of("verified", false),
									Map.of("verified", true, "name", saved.name()))
							.thenReturn(saved)))
			.map(org -> OrganizationView.of(org, true));
	}

}
