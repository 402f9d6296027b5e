package org.jiebang.account;

import java.net.InetSocketAddress;
import java.time.Clock;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** Registration, cookie sign-in and sign-out, bearer tokens and the current user. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

	private final AccountService accounts;

	private final AuthCookies cookies;

	private final Clock clock;

	AuthController(AccountService accounts, AuthCookies cookies, Clock clock) {
		this.accounts = accounts;
		this.cookies = cookies;
		this.clock = clock;
	}

	@PostMapping("/register")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<MeView> register(@Valid @RequestBody RegisterRequest request, ServerWebExchange exchange) {
		return this.accounts.register(request).map(signedIn -> signIn(exchange, signedIn));
	}

	@PostMapping("/login")
	Mono<MeView> login(@Valid @RequestBody LoginRequest request, ServerWebExchange exchange) {
		return this.accounts.login(request, address(exchange)).map(signedIn -> signIn(exchange, signedIn));
	}

	@PostMapping("/token")
	Mono<TokenView> token(@Valid @RequestBody LoginRequest request, ServerWebExchange exchange) {
		return this.accounts.login(request, address(exchange))
			.map(signedIn -> new TokenView(signedIn.token(), "Bearer", signedIn.expiresAt()));
	}

	@PostMapping("/logout")
	Mono<ResponseEntity<Void>> logout(Actor actor, ServerWebExchange exchange) {
		return this.accounts.logout(actor).then(Mono.fromSupplier(() -> {
			this.cookies.clear(exchange);
			return ResponseEntity.noContent().<Void>build();
		}));
	}

	@GetMapping("/me")
	Mono<MeView> me(Actor actor) {
		return this.accounts.me(actor);
	}

	/** The CSRF token for cookie-authenticated writes; the same value is also in the XSRF-TOKEN cookie. */
	@GetMapping("/csrf")
	Mono<CsrfView> csrf(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return token == null ? Mono.empty() : token.map(t -> new CsrfView(t.getHeaderName(), t.getToken()));
	}

	/**
	 * Where to echo the CSRF token.
	 *
	 * @param headerName the request header
	 * @param token the value
	 */
	record CsrfView(String headerName, String token) {
	}

	private MeView signIn(ServerWebExchange exchange, AccountService.SignedIn signedIn) {
		this.cookies.set(exchange, signedIn.token(), signedIn.expiresAt(), this.clock.instant());
		return signedIn.me();
	}

	static String address(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		if (remote == null) {
			return "unknown";
		}
		String host = remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
		return host.length() > 64 ? host.substring(0, 64) : host;
	}

}
