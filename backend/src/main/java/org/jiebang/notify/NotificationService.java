package org.jiebang.notify;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.jiebang.account.Actor;
import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Service;

/**
 * Stores notifications per user, in the transaction of the event that causes them, and serves each user
 * their own. Live delivery to open pages is {@link NotificationStream}'s job.
 */
@Service
public class NotificationService {

	private static final TypeReference<Map<String, Object>> PARAMS = new TypeReference<>() {
	};

	private final DatabaseClient db;

	private final JsonMapper json;

	private final Clock clock;

	NotificationService(DatabaseClient db, JsonMapper json, Clock clock) {
		this.db = db;
		this.json = json;
		this.clock = clock;
	}

	/** Notifies each of the users once (duplicates removed). */
	public Mono<Void> notify(Collection<UUID> userIds, NotificationKind kind, Map<String, ?> params, String link) {
		String text = this.json.writeValueAsString(params);
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		return Flux.fromIterable(new LinkedHashSet<>(userIds))
			.concatMap(user -> this.db
				.sql("INSERT INTO notifications (user_id, kind, params, link, created_at) VALUES (:user, :kind, :params, :link, :at)")
				.bind("user", user)
				.bind("kind", kind.name())
				.bind("params", text)
				.bind("link", Parameter.fromOrEmpty(link, String.class))
				.bind("at", now)
				.then())
			.then();
	}

	public Mono<PageView<NotificationView>> list(Actor actor, boolean unreadOnly, Paging paging) {
		actor.requireAuthenticated();
		String where = " WHERE user_id = :user" + (unreadOnly ? " AND read_at IS NULL" : "");
		Mono<Long> total = this.db.sql("SELECT COUNT(*) AS n FROM notifications" + where)
			.bind("user", actor.userId())
			.map((row, meta) -> row.get("n", Long.class))
			.one();
		Mono<java.util.List<NotificationView>> items = this.db
			.sql("SELECT * FROM notifications" + where + " ORDER BY id DESC LIMIT " + paging.size() + " OFFSET "
					+ paging.offset())
			.bind("user", actor.userId())
			.map((Readable row) -> view(row))
			.all()
			.collectList();
		return Mono.zip(items, total).map(t -> paging.view(t.getT1(), t.getT2()));
	}

	public Mono<Long> unreadCount(Actor actor) {
		actor.requireAuthenticated();
		return this.db.sql("SELECT COUNT(*) AS n FROM notifications WHERE user_id = :user AND read_at IS NULL")
			.bind("user", actor.userId())
			.map((row, meta) -> row.get("n", Long.class))
			.one();
	}

	/** Marks one of the user's notifications read; another user's id changes nothing. */
	public Mono<Void> markRead(Actor actor, long id) {
		actor.requireAuthenticated();
		return this.db.sql("UPDATE notifications SET read_at = :now WHERE id = :id AND user_id = :user AND read_at IS NULL")
			.bind("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.bind("id", id)
			.bind("user", actor.userId())
			.then();
	}

	public Mono<Void> markAllRead(Actor actor) {
		actor.requireAuthenticated();
		return this.db.sql("UPDATE notifications SET read_at = :now WHERE user_id = :user AND read_at IS NULL")
			.bind("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.bind("user", actor.userId())
			.then();
	}

	/** The user's notifications after an id, oldest first, to resume a stream. */
	Flux<NotificationView> after(UUID userId, long lastId) {
		return this.db.sql("SELECT * FROM notifications WHERE user_id = :user AND id > :id ORDER BY id LIMIT 500")
			.bind("user", userId)
			.bind("id", lastId)
			.map((Readable row) -> view(row))
			.all();
	}

	/** Everybody's notifications above an id, for the stream poller. */
	Flux<Delivery> newerThan(long lastId, int limit) {
		return this.db.sql("SELECT * FROM notifications WHERE id > :id ORDER BY id LIMIT " + limit)
			.bind("id", lastId)
			.map(row -> new Delivery(row.get("user_id", UUID.class), view(row)))
			.all();
	}

	/** The id of the user's newest notification, or 0. */
	Mono<Long> latestId(UUID userId) {
		return this.db.sql("SELECT COALESCE(MAX(id), 0) AS id FROM notifications WHERE user_id = :user")
			.bind("user", userId)
			.map(row -> ((Number) row.get("id")).longValue())
			.one();
	}

	/** Notifications with the given ids (gaps the stream is still waiting for), for the stream poller. */
	Flux<Delivery> withIds(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Flux.empty();
		}
		return this.db.sql("SELECT * FROM notifications WHERE id IN (:ids) ORDER BY id")
			.bind("ids", java.util.List.copyOf(ids))
			.map(row -> new Delivery(row.get("user_id", UUID.class), view(row)))
			.all();
	}

	Mono<Long> maxId() {
		return this.db.sql("SELECT COALESCE(MAX(id), 0) AS id FROM notifications")
			.map(row -> ((Number) row.get("id")).longValue())
			.one();
	}

	/** A notification on its way to a user. */
	record Delivery(UUID userId, NotificationView notification) {
	}

	private NotificationView view(Readable row) {
		OffsetDateTime read = row.get("read_at", OffsetDateTime.class);
		return new NotificationView(((Number) row.get("id")).longValue(),
				NotificationKind.valueOf(row.get("kind", String.class)),
				this.json.readValue(row.get("params", String.class), PARAMS), row.get("link", String.class),
				row.get("created_at", OffsetDateTime.class).toInstant(), read == null ? null : read.toInstant());
	}

}
