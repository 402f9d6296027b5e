package org.jiebang.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Removes expired sessions and login failures outside the throttling window; safe on every instance. */
@Component
class AccountMaintenance {

	private static final Logger log = LoggerFactory.getLogger(AccountMaintenance.class);

	private final SessionStore sessions;

	private final LoginThrottle throttle;

	AccountMaintenance(SessionStore sessions, LoginThrottle throttle) {
		this.sessions = sessions;
		this.throttle = throttle;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT30M")
	void purge() {
		this.sessions.purgeExpired()
			.zipWith(this.throttle.purgeOld())
			.subscribe(t -> log.debug("Purged {} sessions and {} login failures", t.getT1(), t.getT2()),
					ex -> log.warn("Account maintenance failed", ex));
	}

}
