package org.jiebang.award;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Public announcements and objections to them; the firm's preference order; a lab's own evaluation. */
@RestController
class AnnouncementController {

	private final AnnouncementQueries announcements;

	private final ObjectionService objections;

	private final FirmPreferenceService preferences;

	AnnouncementController(AnnouncementQueries announcements, ObjectionService objections,
			FirmPreferenceService preferences) {
		this.announcements = announcements;
		this.objections = objections;
		this.preferences = preferences;
	}

	@GetMapping("/api/announcements")
	Mono<PageView<AnnouncementView>> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.announcements.list(Paging.of(page, size));
	}

	@GetMapping("/api/announcements/{awardId}")
	Mono<AnnouncementView> get(@PathVariable UUID awardId) {
		return this.announcements.get(awardId);
	}

	@PostMapping("/api/announcements/{awardId}/objections")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ObjectionView> object(Actor actor, @PathVariable UUID awardId, @Valid @RequestBody ObjectionRequest request) {
		return this.objections.file(actor, awardId, request);
	}

	@GetMapping("/api/my/objections")
	Mono<List<ObjectionView>> mine(Actor actor) {
		return this.objections.mine(actor);
	}

	@PutMapping("/api/challenges/{id}/preferences")
	Mono<PreferenceView> prefer(Actor actor, @PathVariable UUID id, @Valid @RequestBody BidIdsRequest request) {
		return this.preferences.prefer(actor, id, request);
	}

	@GetMapping("/api/challenges/{id}/preferences")
	Mono<PreferenceView> preference(Actor actor, @PathVariable UUID id) {
		return this.preferences.preference(actor, id);
	}

	@GetMapping("/api/bids/{bidId}/evaluation")
	Mono<BidEvaluationView> ownEvaluation(Actor actor, @PathVariable UUID bidId) {
		return this.announcements.ownBid(actor, bidId);
	}

}
