package org.jiebang.award;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The reviewer's side: assignments, conflict declaration, the bids and their scores. */
@RestController
class ReviewController {

	private final ReviewPanelService panel;

	private final ScoringService scoring;

	ReviewController(ReviewPanelService panel, ScoringService scoring) {
		this.panel = panel;
		this.scoring = scoring;
	}

	@GetMapping("/api/my/reviews")
	Mono<List<MyReviewView>> mine(Actor actor) {
		return this.panel.mine(actor);
	}

	@PostMapping("/api/reviews/{challengeId}/conflict")
	Mono<MyReviewView> declare(Actor actor, @PathVariable UUID challengeId,
			@Valid @RequestBody ConflictDeclarationRequest request) {
		return this.panel.declare(actor, challengeId, request);
	}

	@GetMapping("/api/reviews/{challengeId}/bids")
	Mono<ReviewBidsView> bids(Actor actor, @PathVariable UUID challengeId) {
		return this.scoring.bids(actor, challengeId);
	}

	@PutMapping("/api/reviews/{challengeId}/bids/{bidId}/score")
	Mono<ScoreView> score(Actor actor, @PathVariable UUID challengeId, @PathVariable UUID bidId,
			@Valid @RequestBody ScoreRequest request) {
		return this.scoring.score(actor, challengeId, bidId, request);
	}

}
