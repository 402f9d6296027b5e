package org.jiebang.notify;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.jiebang.support.Api;
import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Notifications per user: list, unread count, read marks, and live delivery over Server-Sent Events. */
abstract class NotificationScenarios extends IntegrationTestSupport {

	private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	NotificationService notifications;

	private UUID userId(Session session) {
		Map<?, ?> me = session.get("/api/auth/me").exchange().expectBody(Map.class).returnResult().getResponseBody();
		return UUID.fromString((String) me.get("id"));
	}

	private Flux<ServerSentEvent<Map<String, Object>>> stream(Session session, String lastEventId) {
		return stream(session, lastEventId, null);
	}

	/** A stream from a known position ({@code after}), as a page that just loaded its list connects. */
	private Flux<ServerSentEvent<Map<String, Object>>> stream(Session session, String lastEventId, Long after) {
		WebClient client = WebClient.builder().baseUrl("http://localhost:" + this.port).build();
		return client.get()
			.uri(after == null ? "/api/notifications/stream" : "/api/notifications/stream?after=" + after)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers(h -> {
				h.add("Cookie", "JIEBANG_SESSION=" + session.sessionCookie());
				if (lastEventId != null) {
					h.add("Last-Event-ID", lastEventId);
				}
			})
			.retrieve()
			.bodyToFlux(EVENT)
			.filter(event -> event.data() != null);
	}

	@Test
	void usersSeeOnlyTheirOwnNotificationsAndMarkThemRead() {
		Session alice = api().register("LAB", "UNIVERSITY", Api.uniqueName("alice"));
		Session bob = api().register("LAB", "UNIVERSITY", Api.uniqueName("bob"));
		this.notifications.notify(List.of(userId(alice)), NotificationKind.RECOMMENDED_CHALLENGE,
				Map.of("title", "碳化硅"), "/challenges/x").block();
		alice.get("/api/notifications/unread-count").exchange().expectBody().jsonPath("$.count").isEqualTo(1);
		bob.get("/api/notifications/unread-count").exchange().expectBody().jsonPath("$.count").isEqualTo(0);
		Map<?, ?> page = alice.get("/api/notifications").exchange().expectBody(Map.class).returnResult().getResponseBody();
		Map<?, ?> first = (Map<?, ?>) ((List<?>) page.get("items")).get(0);
		assertThat(first.get("kind")).isEqualTo("RECOMMENDED_CHALLENGE");
		assertThat(((Map<?, ?>) first.get("params")).get("title")).isEqualTo("碳化硅");
		bob.post("/api/notifications/{id}/read", first.get("id")).exchange().expectStatus().isNoContent();
		alice.get("/api/notifications/unread-count").exchange().expectBody().jsonPath("$.count").isEqualTo(1);
		alice.post("/api/notifications/{id}/read", first.get("id")).exchange().expectStatus().isNoContent();
		alice.get("/api/notifications/unread-count").exchange().expectBody().jsonPath("$.count").isEqualTo(0);
		api().anonymous().get("/api/notifications").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void anEventArrivesLiveWithinASecond() {
		Session lab = api().register("LAB", "INSTITUTE", Api.uniqueName("live"));
		UUID user = userId(lab);
		StepVerifier.create(stream(lab, null, 0L).take(1))
			.thenAwait(Duration.ofMillis(500))
			.then(() -> this.notifications.notify(List.of(user), NotificationKind.INVITED_TO_BID, Map.of("title", "实时"),
					null).block())
			.assertNext(event -> assertThat(event.data()).containsEntry("kind", "INVITED_TO_BID"))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		long known = ((Number) ((Map<?, ?>) ((List<?>) lab.get("/api/notifications")
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("items")).get(0)).get("id")).longValue();
		long[] sent = new long[1];
		StepVerifier.create(stream(lab, null, known).take(1))
			.thenAwait(Duration.ofMillis(300))
			.then(() -> {
				this.notifications.notify(List.of(user), NotificationKind.NEW_BID, Map.of("title", "计时"), null).block();
				sent[0] = System.nanoTime();
			})
			.assertNext(event -> assertThat(Duration.ofNanos(System.nanoTime() - sent[0])).isLessThan(Duration.ofSeconds(1)))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void aReconnectWithLastEventIdReceivesWhatWasMissed() {
		Session lab = api().register("LAB", "ENTERPRISE", Api.uniqueName("resume"));
		UUID user = userId(lab);
		this.notifications.notify(List.of(user), NotificationKind.CHALLENGE_CLOSED, Map.of("n", 1), null).block();
		Map<?, ?> page = lab.get("/api/notifications").exchange().expectBody(Map.class).returnResult().getResponseBody();
		Object lastSeen = ((Map<?, ?>) ((List<?>) page.get("items")).get(0)).get("id");
		for (int i = 2; i <= 4; i++) {
			this.notifications.notify(List.of(user), NotificationKind.CHALLENGE_CLOSED, Map.of("n", i), null).block();
		}
		StepVerifier.create(stream(lab, String.valueOf(lastSeen)).take(3).map(event -> event.data().get("params")))
			.expectNextMatches(params -> ((Map<?, ?>) params).get("n").equals(2))
			.expectNextMatches(params -> ((Map<?, ?>) params).get("n").equals(3))
			.expectNextMatches(params -> ((Map<?, ?>) params).get("n").equals(4))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

}
