package org.jiebang.delivery;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.challenge.ChallengeType;
import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Milestones, payments, results and track records (SPEC §5). */
@RestController
class DeliveryController {

	private final DeliveryService delivery;

	private final ResultsService results;

	private final TrackRecordService trackRecords;

	DeliveryController(DeliveryService delivery, ResultsService results, TrackRecordService trackRecords) {
		this.delivery = delivery;
		this.results = results;
		this.trackRecords = trackRecords;
	}

	@GetMapping("/api/challenges/{id}/milestones")
	Mono<DeliveryView> milestones(Actor actor, @PathVariable UUID id) {
		return this.delivery.view(actor, id);
	}

	@PostMapping("/api/milestones/{id}/report")
	Mono<MilestoneView> report(Actor actor, @PathVariable UUID id, @Valid @RequestBody MilestoneReportRequest request) {
		return this.delivery.report(actor, id, request);
	}

	@PostMapping("/api/milestones/{id}/accept")
	Mono<MilestoneView> accept(Actor actor, @PathVariable UUID id) {
		return this.delivery.accept(actor, id);
	}

	@PostMapping("/api/milestones/{id}/return")
	Mono<MilestoneView> returnForRevision(Actor actor, @PathVariable UUID id, @Valid @RequestBody ReturnRequest request) {
		return this.delivery.returnForRevision(actor, id, request);
	}

	@PostMapping("/api/milestones/{id}/payments")
	Mono<ResponseEntity<MilestoneView>> pay(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody PaymentRequest request) {
		return this.delivery.pay(actor, id, request).map(view -> ResponseEntity.status(HttpStatus.CREATED).body(view));
	}

	@PostMapping("/api/challenges/{id}/results")
	Mono<ResponseEntity<ResultView>> publishResults(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody ResultsRequest request) {
		return this.results.publish(actor, id, request)
			.map(p -> ResponseEntity.status(p.created() ? HttpStatus.CREATED : HttpStatus.OK).body(p.result()));
	}

	@GetMapping("/api/results")
	Mono<PageView<ResultView>> showcase(@RequestParam(required = false) String chain,
			@RequestParam(required = false) ChallengeType type, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.results.showcase(chain, type, region, Paging.of(page, size));
	}

	@GetMapping("/api/results/{id}")
	Mono<ResultView> result(@PathVariable UUID id) {
		return this.results.get(id);
	}

	@GetMapping("/api/labs/{id}/track-record")
	Mono<LabTrackRecord> trackRecord(@PathVariable UUID id) {
		return this.trackRecords.trackRecords(List.of(id)).map(records -> records.get(id));
	}

}
