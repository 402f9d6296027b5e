package org.jiebang.system.web;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Serves {@code index.html} for client-side routes of the single-page application.
 *
 * <p>Only page navigations (GET, HTML accepted, no file extension) outside the API and tool paths are
 * forwarded; {@code /api/**} never is, so an unknown API route stays a 404 problem.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SpaForwardingFilter implements WebFilter {

	private static final List<String> SERVER_PREFIXES = List.of("/api", "/actuator", "/v3/api-docs", "/swagger-ui",
			"/webjars", "/assets");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (isClientRoute(request)) {
			ServerHttpRequest forwarded = request.mutate().path("/index.html").build();
			return chain.filter(exchange.mutate().request(forwarded).build());
		}
		return chain.filter(exchange);
	}

	static boolean isClientRoute(ServerHttpRequest request) {
		if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
			return false;
		}
		String path = request.getPath().pathWithinApplication().value();
		if ("/".equals(path) || "/index.html".equals(path)) {
			return false;
		}
		for (String prefix : SERVER_PREFIXES) {
			if (path.equals(prefix) || path.startsWith(prefix + "/")) {
				return false;
			}
		}
		String last = path.substring(path.lastIndexOf('/') + 1);
		if (last.contains(".")) {
			return false;
		}
		List<MediaType> accepted = request.getHeaders().getAccept();
		return accepted.isEmpty() || accepted.stream().anyMatch(type -> type.includes(MediaType.TEXT_HTML));
	}

}
