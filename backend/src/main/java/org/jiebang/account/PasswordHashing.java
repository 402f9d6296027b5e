package org.jiebang.account;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes and checks passwords with the delegating encoder (bcrypt today, upgradable by prefix), always
 * on a bounded scheduler of its own because adaptive hashing takes tens of milliseconds of CPU.
 */
@Component
class PasswordHashing implements DisposableBean {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final Scheduler scheduler = Schedulers.newBoundedElastic(
			Math.max(2, Runtime.getRuntime().availableProcessors()), 10_000, "password-hashing", 60, true);

	/** Compared against when a user does not exist, so both cases take the same time. */
	private final String decoy = this.encoder.encode("decoy-password-for-timing");

	Mono<String> hash(String password) {
		return Mono.fromCallable(() -> this.encoder.encode(password)).subscribeOn(this.scheduler);
	}

	Mono<Boolean> matches(String password, String hash) {
		String target = hash != null ? hash : this.decoy;
		return Mono.fromCallable(() -> this.encoder.matches(password, target) && hash != null)
			.subscribeOn(this.scheduler);
	}

	@Override
	public void destroy() {
		this.scheduler.dispose();
	}

}
