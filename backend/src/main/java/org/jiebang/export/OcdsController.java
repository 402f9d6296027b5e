package org.jiebang.export;

import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** Public OCDS 1.1 release packages. */
@RestController
class OcdsController {

	private final OcdsService ocds;

	OcdsController(OcdsService ocds) {
		this.ocds = ocds;
	}

	@GetMapping("/api/ocds/challenges/{id}")
	Mono<ObjectNode> challenge(@PathVariable UUID id, ServerWebExchange exchange) {
		return this.ocds.challenge(id, exchange.getRequest().getURI());
	}

	@GetMapping("/api/ocds/awarded")
	Mono<ObjectNode> awarded(ServerWebExchange exchange) {
		return this.ocds.awarded(exchange.getRequest().getURI());
	}

}
