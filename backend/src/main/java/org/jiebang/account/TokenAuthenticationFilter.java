package org.jiebang.account;

import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.jiebang.system.web.ProblemWriter;
import org.jiebang.system.web.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Authenticates a request from its bearer token or session cookie.
 *
 * <p>An invalid bearer token answers 401 at once (the client believes it is signed in); an invalid
 * cookie is cleared and the request goes on anonymously, so a stale browser tab keeps working.
 */
class TokenAuthenticationFilter implements WebFilter {

	private static final String BEARER = "Bearer ";

	private final AccountService accounts;

	private final AuthCookies cookies;

	private final ProblemWriter problems;

	TokenAuthenticationFilter(AccountService accounts, AuthCookies cookies, ProblemWriter problems) {
		this.accounts = accounts;
		this.cookies = cookies;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (header != null) {
			if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
				return this.problems.write(exchange, Problems.unauthorized());
			}
			return this.accounts.authenticate(header.substring(BEARER.length()).strip())
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.flatMap(actor -> actor.isPresent() ? continueAs(actor.get(), exchange, chain)
						: this.problems.write(exchange, Problems.unauthorized()));
		}
		String cookie = this.cookies.read(exchange.getRequest());
		if (cookie == null || cookie.isEmpty()) {
			return chain.filter(exchange);
		}
		return this.accounts.authenticate(cookie).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(actor -> {
			if (actor.isPresent()) {
				return continueAs(actor.get(), exchange, chain);
			}
			this.cookies.clear(exchange);
			return chain.filter(exchange);
		});
	}

	private Mono<Void> continueAs(Actor actor, ServerWebExchange exchange, WebFilterChain chain) {
		var authentication = new UsernamePasswordAuthenticationToken(actor, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
		return chain.filter(exchange)
			.contextWrite(ReactiveSecurityContextHolder.withAuthentication(authentication));
	}

	static boolean isBearer(ServerWebExchange exchange) {
		return exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
	}

}
