package org.jiebang.system.web;

import java.util.Locale;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/** Writes a problem straight to the response, for failures outside controllers (filters, security). */
@Component
public class ProblemWriter {

	private final ProblemResolver resolver;

	private final JsonMapper json;

	ProblemWriter(ProblemResolver resolver, JsonMapper json) {
		this.resolver = resolver;
		this.json = json;
	}

	public Mono<Void> write(ServerWebExchange exchange, Throwable failure) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.error(failure);
		}
		Locale locale = exchange.getLocaleContext().getLocale();
		ProblemResolver.Resolved resolved = this.resolver.resolve(failure, locale != null ? locale : Locale.ENGLISH,
				exchange.getRequest().getPath().value());
		response.setStatusCode(HttpStatus.valueOf(resolved.body().getStatus()));
		response.getHeaders().addAll(resolved.headers());
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] bytes = this.json.writeValueAsBytes(resolved.body());
		DataBuffer buffer = response.bufferFactory().wrap(bytes);
		return response.writeWith(Mono.just(buffer));
	}

}
