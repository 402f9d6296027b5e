package org.jiebang.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.account.OrganizationType;
import org.jiebang.account.Role;
import org.jiebang.challenge.ChallengeQueries;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.ChallengeSummaryView;
import org.jiebang.challenge.ChallengeType;
import org.jiebang.challenge.IndexableChallenge;
import org.jiebang.lab.LabProfileView;
import org.jiebang.lab.LabService;
import org.jiebang.search.index.ChallengeSearchQuery;
import org.jiebang.search.index.LabSearchQuery;
import org.jiebang.search.index.Labels;
import org.jiebang.search.index.Profiles;
import org.jiebang.search.index.SearchDocuments;
import org.jiebang.search.index.SearchResult;
import org.jiebang.search.index.Searches;
import org.jiebang.search.matching.Match;
import org.jiebang.system.web.Paging;
import org.jiebang.system.web.ProblemException;
import org.jiebang.system.web.Problems;
import org.springframework.stereotype.Service;

/**
 * Search and matching for the API: checks typed parameters (bad ones are a 400 with field errors), asks the
 * index off the event loop, and hydrates hits from the database in one query per page, as the viewer may see
 * them. Authorization of matching is checked here, per challenge.
 */
@Service
public class SearchService {

	/** Most matches one call returns. */
	static final int MAX_MATCHES = 100;

	private final SearchIndex index;

	private final ChallengeQueries challenges;

	private final LabService labs;

	private final Labels labels;

	private final ZoneId zone;

	SearchService(SearchIndex index, ChallengeQueries challenges, LabService labs, Labels labels,
			java.time.Clock clock) {
		this.index = index;
		this.challenges = challenges;
		this.labs = labs;
		this.labels = labels;
		this.zone = clock.getZone();
	}

	/** Raw challenge search parameters, as the request gave them. */
	public record ChallengeParams(String q, List<String> chain, List<String> type, List<String> region,
			List<String> status, String bountyMin, String bountyMax, String deadlineFrom, String deadlineTo,
			String sort, Integer page, Integer size) {
	}

	/** Raw lab search parameters. */
	public record LabParams(String q, List<String> field, List<String> region, List<String> orgType, String sort,
			Integer page, Integer size) {
	}

	public Mono<SearchViews.SearchPage<SearchViews.ChallengeHit>> searchChallenges(Actor viewer,
			ChallengeParams params) {
		return Mono.fromCallable(() -> challengeQuery(params)).flatMap(query -> {
			Paging paging = Paging.of(params.page(), params.size());
			return this.index.read(generation -> generation.searchChallenges(query))
				.flatMap(result -> this.challenges.summaries(viewer, ids(result)).map(items -> {
					Map<UUID, ChallengeSummaryView> byId = new HashMap<>();
					items.forEach(item -> byId.put(item.id(), item));
					List<SearchViews.ChallengeHit> hits = new ArrayList<>();
					for (SearchResult.Hit hit : result.hits()) {
						ChallengeSummaryView view = byId.get(UUID.fromString(hit.id()));
						if (view != null) {
							hits.add(new SearchViews.ChallengeHit(view, hit.score(), hit.highlights()));
						}
					}
					return new SearchViews.SearchPage<>(hits, result.total(), paging.page(), paging.size(),
							result.facets());
				}));
		});
	}

	public Mono<SearchViews.SearchPage<SearchViews.LabHit>> searchLabs(LabParams params) {
		return Mono.fromCallable(() -> labQuery(params)).flatMap(query -> {
			Paging paging = Paging.of(params.page(), params.size());
			return this.index.read(generation -> generation.searchLabs(query))
				.flatMap(result -> this.labs.profiles(ids(result)).map(byId -> {
					List<SearchViews.LabHit> hits = new ArrayList<>();
					for (SearchResult.Hit hit : result.hits()) {
						LabProfileView view = byId.get(UUID.fromString(hit.id()));
						if (view != null) {
							hits.add(new SearchViews.LabHit(view, hit.score(), hit.highlights()));
						}
					}
					return new SearchViews.SearchPage<>(hits, result.total(), paging.page(), paging.size(),
							result.facets());
				}));
		});
	}

	/**
	 * The labs that best match a challenge, with why; for the challenge's own firm and administrators, in any
	 * state (a firm may look before it publishes).
	 */
	public Mono<SearchViews.Matches<SearchViews.LabMatch>> matches(Actor viewer, UUID challengeId, Integer limit) {
		return Mono.fromCallable(() -> {
			viewer.requireAuthenticated();
			return checkLimit(limit);
		})
			.flatMap(n -> this.challenges.indexable(List.of(challengeId))
				.next()
				.switchIfEmpty(Mono.error(Problems.notFound("challenge", challengeId)))
				.flatMap(challenge -> {
					if (!viewer.isAdmin() && !(viewer.is(Role.FIRM) && viewer.memberOf(challenge.organizationId()))) {
						return Mono.error(Problems.forbidden());
					}
					return labsFor(challenge, n);
				}));
	}

	/** The labs that best match a challenge, best first (no authorization: for features acting on it). */
	Mono<SearchViews.Matches<SearchViews.LabMatch>> labsFor(IndexableChallenge challenge, int limit) {
		return this.index.read(generation -> generation.labsFor(Profiles.challenge(challenge, this.labels), limit))
			.flatMap(found -> this.labs.profiles(matchIds(found)).map(byId -> {
				List<SearchViews.LabMatch> items = new ArrayList<>();
				for (Match match : found) {
					LabProfileView lab = byId.get(UUID.fromString(match.id()));
					if (lab != null) {
						items.add(new SearchViews.LabMatch(lab, match.score(), match.explanation()));
					}
				}
				return new SearchViews.Matches<>(items);
			}));
	}

	/** Open challenges that best match the viewer's lab, with why (LAB members only). */
	public Mono<SearchViews.Matches<SearchViews.ChallengeMatch>> recommendations(Actor viewer, Integer limit) {
		return Mono.fromCallable(() -> {
			viewer.requireRole(Role.LAB);
			return checkLimit(limit);
		})
			.flatMap(n -> this.labs.findProfile(viewer.labId())
				.switchIfEmpty(Mono.error(Problems.notFound("lab", viewer.labId())))
				.flatMap(lab -> this.index.read(generation -> generation.challengesFor(Profiles.lab(lab, this.labels), n)))
				.flatMap(found -> this.challenges.summaries(viewer, matchIds(found)).map(items -> {
					Map<UUID, ChallengeSummaryView> byId = new HashMap<>();
					items.forEach(item -> byId.put(item.id(), item));
					List<SearchViews.ChallengeMatch> result = new ArrayList<>();
					for (Match match : found) {
						ChallengeSummaryView challenge = byId.get(UUID.fromString(match.id()));
						if (challenge != null && challenge.open()) {
							result.add(new SearchViews.ChallengeMatch(challenge, match.score(), match.explanation()));
						}
					}
					return new SearchViews.Matches<>(result);
				})));
	}

	public Mono<SearchViews.IndexStatus> status(Actor viewer) {
		return Mono.fromCallable(viewer::requireAdmin).flatMap(admin -> status());
	}

	Mono<SearchViews.IndexStatus> status() {
		return Mono.zip(this.index.read(g -> new long[] { g.challengeCount(), g.labCount() }), this.index.head())
			.map(t -> {
				long position = this.index.position();
				long head = Math.max(t.getT2(), position);
				SearchIndex.RebuildStatus rebuild = this.index.rebuildStatus();
				return new SearchViews.IndexStatus(this.index.version(), this.index.isComplete() ? "READY" : "BUILDING",
						new SearchViews.Documents(t.getT1()[0], t.getT1()[1]),
						new SearchViews.Outbox(position, head, head - position),
						rebuild == null ? null
								: new SearchViews.Rebuild(rebuild.running(), rebuild.startedAt(), rebuild.finishedAt(),
										rebuild.processed(), rebuild.total(), rebuild.error()));
			});
	}

	public Mono<SearchViews.IndexStatus> rebuild(Actor viewer) {
		return Mono.fromCallable(viewer::requireAdmin)
			.flatMap(admin -> this.index.startRebuild())
			.onErrorMap(IllegalStateException.class,
					ex -> Problems.conflict("/problems/search-rebuild-running", "problem.search-rebuild-running"))
			.then(status());
	}

	// Parameter checks.

	private ChallengeSearchQuery challengeQuery(ChallengeParams p) {
		List<ProblemException.FieldProblem> errors = new ArrayList<>();
		Paging paging = paging(p.page(), p.size(), errors);
		Set<String> statuses = values(p.status(), "status", ChallengeStatus.PUBLIC, ChallengeStatus::valueOf, errors);
		Set<String> types = values(p.type(), "type", EnumSet.allOf(ChallengeType.class), ChallengeType::valueOf, errors);
		Long min = fen(p.bountyMin(), "bountyMin", errors);
		Long max = fen(p.bountyMax(), "bountyMax", errors);
		if (min != null && max != null && min > max) {
			errors.add(new ProblemException.FieldProblem("bountyMin", "Range", "validation.search-range-order"));
		}
		Long from = day(p.deadlineFrom(), "deadlineFrom", errors);
		Long to = day(p.deadlineTo(), "deadlineTo", errors);
		if (to != null) {
			to = to + 24L * 3600 * 1000;
		}
		if (from != null && to != null && from >= to) {
			errors.add(new ProblemException.FieldProblem("deadlineFrom", "Range", "validation.search-range-order"));
		}
		ChallengeSearchQuery.Sort sort = sort(p.sort(), ChallengeSearchQuery.Sort.class, ChallengeSearchQuery.Sort.RELEVANCE,
				errors);
		if (!errors.isEmpty()) {
			throw Problems.invalid(errors);
		}
		return new ChallengeSearchQuery(p.q(), codes(p.chain()), types, codes(p.region()), statuses, min, max, from, to,
				sort, (int) paging.offset(), paging.size());
	}

	private LabSearchQuery labQuery(LabParams p) {
		List<ProblemException.FieldProblem> errors = new ArrayList<>();
		Paging paging = paging(p.page(), p.size(), errors);
		Set<String> orgTypes = values(p.orgType(), "orgType", EnumSet.allOf(OrganizationType.class),
				OrganizationType::valueOf, errors);
		LabSearchQuery.Sort sort = sort(p.sort(), LabSearchQuery.Sort.class, LabSearchQuery.Sort.RELEVANCE, errors);
		if (!errors.isEmpty()) {
			throw Problems.invalid(errors);
		}
		return new LabSearchQuery(p.q(), codes(p.field()), codes(p.region()), orgTypes, sort, (int) paging.offset(),
				paging.size());
	}

	private static Paging paging(Integer page, Integer size, List<ProblemException.FieldProblem> errors) {
		Paging paging;
		try {
			paging = Paging.of(page, size);
		}
		catch (ProblemException ex) {
			errors.addAll(ex.fieldErrors());
			return new Paging(1, 20);
		}
		if (paging.offset() + paging.size() > Searches.MAX_WINDOW) {
			errors.add(new ProblemException.FieldProblem("page", "Range", "validation.search-window",
					Searches.MAX_WINDOW));
		}
		return paging;
	}

	private static int checkLimit(Integer limit) {
		int n = limit == null ? 20 : limit;
		if (n < 1 || n > MAX_MATCHES) {
			throw Problems.invalid("limit", "Range", "validation.search-limit", MAX_MATCHES);
		}
		return n;
	}

	private static <E extends Enum<E>> Set<String> values(List<String> raw, String field, Collection<E> allowed,
			Function<String, E> parse, List<ProblemException.FieldProblem> errors) {
		Set<String> values = codes(raw);
		for (String value : values) {
			E parsed;
			try {
				parsed = parse.apply(value);
			}
			catch (IllegalArgumentException ex) {
				parsed = null;
			}
			if (parsed == null || !allowed.contains(parsed)) {
				errors.add(new ProblemException.FieldProblem(field, "Unknown", "validation.unknown-value", cut(value)));
			}
		}
		return values;
	}

	private static <E extends Enum<E>> E sort(String raw, Class<E> type, E fallback,
			List<ProblemException.FieldProblem> errors) {
		if (raw == null || raw.isBlank()) {
			return fallback;
		}
		for (E candidate : type.getEnumConstants()) {
			if (candidate.name().equalsIgnoreCase(raw.strip())) {
				return candidate;
			}
		}
		errors.add(new ProblemException.FieldProblem("sort", "Unknown", "validation.unknown-value", cut(raw)));
		return fallback;
	}

	private static Long fen(String raw, String field, List<ProblemException.FieldProblem> errors) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(raw.strip());
			if (value.signum() < 0 || value.compareTo(new BigDecimal("1000000000000")) > 0) {
				throw new NumberFormatException();
			}
			return SearchDocuments.fen(value);
		}
		catch (NumberFormatException | ArithmeticException ex) {
			errors.add(new ProblemException.FieldProblem(field, "Number", "validation.search-number"));
			return null;
		}
	}

	private Long day(String raw, String field, List<ProblemException.FieldProblem> errors) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(raw.strip()).atStartOfDay(this.zone).toInstant().toEpochMilli();
		}
		catch (DateTimeParseException ex) {
			errors.add(new ProblemException.FieldProblem(field, "Date", "validation.search-date"));
			return null;
		}
	}

	private static Set<String> codes(List<String> raw) {
		Set<String> values = new LinkedHashSet<>();
		if (raw != null) {
			for (String value : raw) {
				if (value == null) {
					continue;
				}
				for (String part : value.split(",")) {
					if (!part.isBlank() && values.size() < 50) {
						values.add(part.strip());
					}
				}
			}
		}
		return values;
	}

	private static String cut(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

	private static List<UUID> ids(SearchResult result) {
		return result.hits().stream().map(hit -> UUID.fromString(hit.id())).toList();
	}

	private static List<UUID> matchIds(List<Match> matches) {
		return matches.stream().map(match -> UUID.fromString(match.id())).toList();
	}

}
