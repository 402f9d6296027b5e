package org.jiebang.system.web;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/** The one place where exceptions from handlers become {@code application/problem+json} responses. */
@RestControllerAdvice
class ApiExceptionHandler {

	private final ProblemResolver resolver;

	ApiExceptionHandler(ProblemResolver resolver) {
		this.resolver = resolver;
	}

	@ExceptionHandler(Throwable.class)
	ResponseEntity<ProblemDetail> handle(Throwable failure, ServerWebExchange exchange) {
		ProblemResolver.Resolved resolved = this.resolver.resolve(failure, exchange.getLocaleContext().getLocale(),
				exchange.getRequest().getPath().value());
		return ResponseEntity.status(resolved.body().getStatus())
			.headers(resolved.headers())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(resolved.body());
	}

}
