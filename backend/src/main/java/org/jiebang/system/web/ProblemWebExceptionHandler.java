package org.jiebang.system.web;

import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/** Renders failures that never reached a controller (filters, codecs, routing) as problems too. */
@Component
@Order(-2)
class ProblemWebExceptionHandler implements WebExceptionHandler {

	private final ProblemWriter writer;

	ProblemWebExceptionHandler(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		return this.writer.write(exchange, failure);
	}

}
