package org.jiebang.notify;

import java.time.Duration;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The notification bell: the list, the unread count, marking read, and the live stream. */
@RestController
class NotificationController {

	static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

	private final NotificationService notifications;

	private final NotificationStream stream;

	NotificationController(NotificationService notifications, NotificationStream stream) {
		this.notifications = notifications;
		this.stream = stream;
	}

	@GetMapping("/api/notifications")
	Mono<PageView<NotificationView>> list(Actor actor, @RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.notifications.list(actor, unread, Paging.of(page, size));
	}

	@GetMapping("/api/notifications/unread-count")
	Mono<Map<String, Long>> unreadCount(Actor actor) {
		return this.notifications.unreadCount(actor).map(count -> Map.of("count", count));
	}

	@PostMapping("/api/notifications/{id}/read")
	Mono<ResponseEntity<Void>> read(Actor actor, @PathVariable long id) {
		return this.notifications.markRead(actor, id).thenReturn(ResponseEntity.noContent().build());
	}

	@PostMapping("/api/notifications/read-all")
	Mono<ResponseEntity<Void>> readAll(Actor actor) {
		return this.notifications.markAllRead(actor).thenReturn(ResponseEntity.noContent().build());
	}

	/**
	 * New notifications as Server-Sent Events (event id = notification id). A reconnect with
	 * {@code Last-Event-ID} first receives what it missed; without one, only what comes next.
	 */
	@GetMapping(path = "/api/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<NotificationView>> stream(Actor actor,
			@RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId,
			@RequestParam(name = "after", required = false) Long after) {
		actor.requireAuthenticated();
		Long resume = lastEventId != null ? lastEventId : after;
		Mono<Long> start = resume != null ? Mono.just(resume)
				: this.notifications.latestId(actor.userId());
		Flux<ServerSentEvent<NotificationView>> events = start.flatMapMany(id -> this.stream.forUser(actor.userId(), id))
			.map(n -> ServerSentEvent.builder(n).id(Long.toString(n.id())).event("notification").build());
		Flux<ServerSentEvent<NotificationView>> keepAlive = Flux.interval(KEEP_ALIVE)
			.map(tick -> ServerSentEvent.<NotificationView>builder().comment("keep-alive").build());
		return Flux.merge(Flux.just(ServerSentEvent.<NotificationView>builder().comment("connected").build()), events,
				keepAlive);
	}

}
