package org.jiebang.lab;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.Role;
import org.jiebang.audit.AuditService;
import org.jiebang.search.SearchOutbox;
import org.jiebang.system.persistence.Ids;
import org.jiebang.system.persistence.Tags;
import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;
import org.jiebang.system.web.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lab profiles: created with a LAB account, edited by its members, shown publicly. */
@Service
public class LabService {

	static final String ENTITY = "lab";

	private final LabRepository labs;

	private final LabProfileQueries profiles;

	private final LabProfileChecks checks;

	private final AuditService audit;

	private final SearchOutbox outbox;

	private final Clock clock;

	private final ObjectProvider<TrackRecordSource> trackRecords;

	LabService(LabRepository labs, LabProfileQueries profiles, LabProfileChecks checks, AuditService audit,
			SearchOutbox outbox, Clock clock, ObjectProvider<TrackRecordSource> trackRecords) {
		this.trackRecords = trackRecords;
		this.labs = labs;
		this.profiles = profiles;
		this.checks = checks;
		this.audit = audit;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Creates the lab a new LAB account belongs to, with an empty profile to fill in later, and queues it for
	 * the search index; runs in the caller's (registration's) transaction.
	 */
	public Mono<LabSummary> createForNewMember(UUID organizationId, String name, String province, String city) {
		Instant now = now();
		Lab lab = new Lab(Ids.newId(), organizationId, name, "", "", Tags.empty(), Tags.empty(), "", "", "", 1,
				province, city == null ? "" : city, Ids.randomCode(10), now, now, null);
		return this.labs.save(lab)
			.flatMap(saved -> this.outbox.changed(SearchOutbox.EntityType.LAB, saved.id()).thenReturn(saved))
			.map(LabSummary::of);
	}

	public Mono<LabSummary> findByInvitationCode(String code) {
		return this.labs.findByInvitationCode(code).map(LabSummary::of);
	}

	public Mono<LabSummary> find(UUID id) {
		return this.labs.findById(id).map(LabSummary::of);
	}

	/** The public profile of a lab with its track record, or empty when there is none. */
	public Mono<LabProfileView> findProfile(UUID id) {
		return this.profiles.find(id).map(LabProfileQueries.Stored::profile).flatMap(this::withTrackRecord);
	}

	/** The public profile of a lab; 404 when there is none. */
	public Mono<LabProfileView> profile(UUID id) {
		return findProfile(id).switchIfEmpty(Mono.error(Problems.notFound(ENTITY, id)));
	}

	/** One page of the public lab directory; invalid filters are a 400 problem. */
	public Mono<PageView<LabProfileView>> list(LabQuery query, Paging paging) {
		return this.profiles.page(this.checks.check(query), paging)
			.flatMap(page -> withTrackRecords(page.items())
				.map(items -> new PageView<>(items, page.total(), page.page(), page.size())));
	}

	/** Every lab's public profile with its track record, for rebuilding the search index. */
	public Flux<LabProfileView> streamAll() {
		return this.profiles.streamAll().buffer(500).concatMap(batch -> withTrackRecords(batch).flatMapIterable(b -> b));
	}

	/** The public profiles of the given labs with their track records, by id; missing labs are left out. */
	public Mono<java.util.Map<UUID, LabProfileView>> profiles(java.util.Collection<UUID> ids) {
		return this.profiles.findAll(ids)
			.collectList()
			.flatMap(this::withTrackRecords)
			.map(list -> {
				java.util.Map<UUID, LabProfileView> byId = new java.util.HashMap<>();
				list.forEach(p -> byId.put(p.id(), p));
				return byId;
			});
	}

	/** How many labs there are. */
	public Mono<Long> count() {
		return this.profiles.count();
	}

	private Mono<LabProfileView> withTrackRecord(LabProfileView profile) {
		return withTrackRecords(List.of(profile)).map(list -> list.get(0));
	}

	private Mono<List<LabProfileView>> withTrackRecords(List<LabProfileView> profiles) {
		TrackRecordSource source = this.trackRecords.getIfAvailable();
		if (source == null || profiles.isEmpty()) {
			return Mono.just(profiles);
		}
		return source.trackRecords(profiles.stream().map(LabProfileView::id).toList())
			.map(records -> profiles.stream().map(p -> p.withTrackRecord(records.get(p.id()))).toList());
	}

	/** The caller's own lab with its invitation code and version (LAB members only). */
	public Mono<MyLabView> myLab(Actor actor) {
		UUID id = labOf(actor);
		return this.profiles.find(id)
			.switchIfEmpty(Mono.error(Problems.notFound(ENTITY, id)))
			.flatMap(stored -> withTrackRecord(stored.profile())
				.map(profile -> MyLabView.of(profile, stored.invitationCode(), stored.version())));
	}

	/**
	 * Replaces the caller's lab profile if {@code request.version()} is still current; audits the change and
	 * queues it for the search index in the same transaction. An update that changes nothing writes nothing.
	 */
	@Transactional
	public Mono<MyLabView> updateMyLab(Actor actor, UpdateLabProfileRequest request) {
		UUID id = labOf(actor);
		LabProfileInput input = this.checks.check(request);
		return this.labs.findById(id)
			.switchIfEmpty(Mono.error(Problems.notFound(ENTITY, id)))
			.flatMap(lab -> lab.version() == null || lab.version() != input.version()
					? Mono.error(Problems.staleVersion(ENTITY, id)) : apply(actor, lab, input))
			.onErrorMap(OptimisticLockingFailureException.class, ex -> Problems.staleVersion(ENTITY, id))
			.then(myLab(actor));
	}

	private Mono<Lab> apply(Actor actor, Lab lab, LabProfileInput input) {
		Lab updated = lab.withProfile(input, now());
		LabChanges changes = LabChanges.between(lab, updated);
		if (changes.isEmpty()) {
			return Mono.just(lab);
		}
		return this.labs.save(updated).flatMap(saved -> {
			Map<String, Object> before = new LinkedHashMap<>(changes.before());
			before.put("version", lab.version());
			Map<String, Object> after = new LinkedHashMap<>(changes.after());
			after.put("version", saved.version());
			after.put("fields", changes.fields());
			return this.audit.record(actor, "LAB_PROFILE_UPDATED", ENTITY, saved.id(), before, after)
				.then(this.outbox.changed(SearchOutbox.EntityType.LAB, saved.id()))
				.thenReturn(saved);
		});
	}

	private static UUID labOf(Actor actor) {
		actor.requireRole(Role.LAB);
		if (actor.labId() == null) {
			throw Problems.notFound(ENTITY, "-");
		}
		return actor.labId();
	}

	/** Stored instants have microsecond precision on both databases. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
