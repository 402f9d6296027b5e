package org.jiebang.audit;

import java.time.Instant;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The administrators' view of the audit log and its chain verification. */
@RestController
@RequestMapping("/api/admin/audit")
class AuditController {

	private final AuditService audit;

	AuditController(AuditService audit) {
		this.audit = audit;
	}

	@GetMapping
	Mono<PageView<AuditEntry>> search(Actor actor,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) String action, @RequestParam(required = false) String actorName,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.audit.search(actor, new AuditQuery(entityType, entityId, action, actorName, from, to),
				Paging.of(page, size));
	}

	@GetMapping("/verify")
	Mono<ChainVerification> verify(Actor actor) {
		return this.audit.verify(actor);
	}


}
