package org.jiebang.account;

import java.net.URI;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.jiebang.system.web.ProblemException;
import org.jiebang.system.web.ProblemWriter;
import org.jiebang.system.web.Problems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;

/**
 * Stateless token authentication, CSRF protection for cookie-authenticated writes, and security headers.
 * Authorization of individual objects happens in the services; the routes here are a coarse outer guard.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
			+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final Set<String> CREDENTIAL_PATHS = Set.of("/api/auth/login", "/api/auth/register",
			"/api/auth/token");

	private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, AccountService accounts,
			AuthCookies cookies, ProblemWriter problems) {
		http.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.csrf(csrf -> csrf.csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(csrfRequired())
				.accessDeniedHandler((exchange, denied) -> problems.write(exchange,
						new ProblemException(HttpStatus.FORBIDDEN, "/problems/csrf", "problem.csrf"))))
			.addFilterAt(new TokenAuthenticationFilter(accounts, cookies, problems),
					SecurityWebFiltersOrder.AUTHENTICATION)
			.addFilterAfter(csrfCookieFilter(), SecurityWebFiltersOrder.CSRF)
			.authorizeExchange(exchange -> exchange.pathMatchers("/api/admin/**")
				.hasRole("ADMIN")
				.pathMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus")
				.permitAll()
				.pathMatchers("/actuator/**")
				.hasRole("ADMIN")
				.anyExchange()
				.permitAll())
			.exceptionHandling(handling -> handling
				.authenticationEntryPoint((exchange, ex) -> problems.write(exchange, Problems.unauthorized()))
				.accessDeniedHandler((exchange, denied) -> deny(exchange, problems)))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.mode(Mode.DENY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	private static Mono<Void> deny(ServerWebExchange exchange, ProblemWriter problems) {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.filter(auth -> auth.getPrincipal() instanceof Actor)
			.map(auth -> (Throwable) Problems.forbidden())
			.defaultIfEmpty(Problems.unauthorized())
			.flatMap(problem -> problems.write(exchange, problem));
	}

	/**
	 * Unsafe methods need the CSRF token, except bearer-token requests and the credential endpoints. Those
	 * take only {@code application/json} (which a cross-site form cannot send) and, as a second guard, are
	 * checked for a foreign {@code Origin} or {@code Sec-Fetch-Site: cross-site}, against login CSRF.
	 */
	static ServerWebExchangeMatcher csrfRequired() {
		return exchange -> {
			boolean required = !SAFE_METHODS.contains(exchange.getRequest().getMethod())
					&& !TokenAuthenticationFilter.isBearer(exchange)
					&& (!CREDENTIAL_PATHS.contains(exchange.getRequest().getPath().pathWithinApplication().value())
							|| isCrossSite(exchange));
			return required ? ServerWebExchangeMatcher.MatchResult.match()
					: ServerWebExchangeMatcher.MatchResult.notMatch();
		};
	}

	private static boolean isCrossSite(ServerWebExchange exchange) {
		HttpHeaders headers = exchange.getRequest().getHeaders();
		if ("cross-site".equalsIgnoreCase(headers.getFirst("Sec-Fetch-Site"))) {
			return true;
		}
		String origin = headers.getOrigin();
		if (origin == null) {
			return false;
		}
		try {
			URI from = URI.create(origin);
			URI to = exchange.getRequest().getURI();
			return from.getHost() == null || !from.getHost().equalsIgnoreCase(to.getHost())
					|| port(from) != port(to);
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

	private static int port(URI uri) {
		return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

	/** Makes sure every response carries the XSRF-TOKEN cookie that the single-page app echoes. */
	private static WebFilter csrfCookieFilter() {
		return (exchange, chain) -> {
			Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
			return token == null ? chain.filter(exchange) : token.then(chain.filter(exchange));
		};
	}

	@Bean
	WebFluxConfigurer actorArguments() {
		return new WebFluxConfigurer() {
			@Override
			public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
				configurer.addCustomResolver(new ActorArgumentResolver());
			}
		};
	}

}
