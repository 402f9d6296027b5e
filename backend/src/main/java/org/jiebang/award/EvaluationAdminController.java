package org.jiebang.award;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The administrators' evaluation: the panel, the workspace, non-consensus decisions and the shortlist. */
@RestController
class EvaluationAdminController {

	private final ReviewPanelService panel;

	private final EvaluationAdminService evaluation;

	EvaluationAdminController(ReviewPanelService panel, EvaluationAdminService evaluation) {
		this.panel = panel;
		this.evaluation = evaluation;
	}

	@PostMapping("/api/admin/challenges/{id}/reviewers")
	Mono<List<ReviewerView>> assign(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody AssignReviewersRequest request) {
		return this.panel.assign(actor, id, request);
	}

	@GetMapping("/api/admin/challenges/{id}/reviewers")
	Mono<List<ReviewerView>> reviewers(Actor actor, @PathVariable UUID id) {
		return this.panel.reviewers(actor, id);
	}

	@GetMapping("/api/admin/challenges/{id}/evaluation")
	Mono<EvaluationView> workspace(Actor actor, @PathVariable UUID id) {
		return this.evaluation.workspace(actor, id);
	}

	@PostMapping("/api/admin/challenges/{id}/shortlist")
	Mono<ShortlistView> shortlist(Actor actor, @PathVariable UUID id, @Valid @RequestBody BidIdsRequest request) {
		return this.evaluation.shortlist(actor, id, request);
	}

	@PostMapping("/api/admin/bids/{bidId}/consensus-decision")
	Mono<DecisionView> decide(Actor actor, @PathVariable UUID bidId,
			@Valid @RequestBody ConsensusDecisionRequest request) {
		return this.evaluation.decide(actor, bidId, request);
	}

}
