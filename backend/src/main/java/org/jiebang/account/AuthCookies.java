package org.jiebang.account;

import java.time.Duration;
import java.time.Instant;

import org.jiebang.system.config.JiebangProperties;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/** The HttpOnly, SameSite session cookie: set at sign-in, cleared at sign-out. */
@Component
class AuthCookies {

	private final JiebangProperties.Security settings;

	AuthCookies(JiebangProperties properties) {
		this.settings = properties.security();
	}

	String name() {
		return this.settings.cookieName();
	}

	String read(ServerHttpRequest request) {
		HttpCookie cookie = request.getCookies().getFirst(this.settings.cookieName());
		return cookie == null ? null : cookie.getValue();
	}

	void set(ServerWebExchange exchange, String token, Instant expiresAt, Instant now) {
		exchange.getResponse().addCookie(base(token).maxAge(Duration.between(now, expiresAt)).build());
	}

	void clear(ServerWebExchange exchange) {
		exchange.getResponse().addCookie(base("").maxAge(Duration.ZERO).build());
	}

	private ResponseCookie.ResponseCookieBuilder base(String value) {
		return ResponseCookie.from(this.settings.cookieName(), value)
			.httpOnly(true)
			.secure(this.settings.cookieSecure())
			.sameSite("Lax")
			.path("/");
	}

}
