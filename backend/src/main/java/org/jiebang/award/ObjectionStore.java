package org.jiebang.award;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.jiebang.system.web.Paging;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Persistence of objections; an answer is a conditional update, so each objection is answered once. */
@Component
class ObjectionStore {

	private final DatabaseClient db;

	ObjectionStore(DatabaseClient db) {
		this.db = db;
	}

	Mono<Void> insert(Objection o) {
		return this.db.sql("""
				INSERT INTO objections (id, award_id, objector_id, reasons, status, filed_at)
				VALUES (:id, :award, :objector, :reasons, 'PENDING', :at)""")
			.bind("id", o.id())
			.bind("award", o.awardId())
			.bind("objector", o.objectorId())
			.bind("reasons", o.reasons())
			.bind("at", Rows.utc(o.filedAt()))
			.then();
	}

	Mono<Objection> find(UUID id) {
		return this.db.sql("SELECT * FROM objections WHERE id = :id").bind("id", id).map(ObjectionStore::objection).one();
	}

	Flux<Objection> byObjector(UUID objectorId) {
		return this.db.sql("SELECT * FROM objections WHERE objector_id = :o ORDER BY filed_at DESC")
			.bind("o", objectorId)
			.map(ObjectionStore::objection)
			.all();
	}

	/** A page of the queue, oldest first, optionally of one state. */
	Flux<Objection> page(ObjectionStatus status, Paging paging) {
		String where = status == null ? "" : " WHERE status = :status";
		DatabaseClient.GenericExecuteSpec spec = this.db.sql("SELECT * FROM objections" + where
				+ " ORDER BY filed_at, id LIMIT " + paging.size() + " OFFSET " + paging.offset());
		return (status == null ? spec : spec.bind("status", status.name())).map(ObjectionStore::objection).all();
	}

	Mono<Long> count(ObjectionStatus status) {
		String where = status == null ? "" : " WHERE status = :status";
		DatabaseClient.GenericExecuteSpec spec = this.db.sql("SELECT COUNT(*) AS n FROM objections" + where);
		return (status == null ? spec : spec.bind("status", status.name()))
			.map(row -> ((Number) row.get("n")).longValue())
			.one();
	}

	/** Answers a pending objection; answers whether it was still pending. */
	Mono<Boolean> answer(UUID id, ObjectionStatus decision, String answer, UUID by, Instant now) {
		return this.db.sql("""
				UPDATE objections SET status = :decision, answer = :answer, answered_by = :by, answered_at = :now
				WHERE id = :id AND status = 'PENDING'""")
			.bind("decision", decision.name())
			.bind("answer", answer)
			.bind("by", by)
			.bind("now", Rows.utc(now))
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	private static Objection objection(Readable row) {
		return new Objection(row.get("id", UUID.class), row.get("award_id", UUID.class),
				row.get("objector_id", UUID.class), row.get("reasons", String.class),
				ObjectionStatus.valueOf(row.get("status", String.class)), row.get("answer", String.class),
				row.get("answered_by", UUID.class), Rows.instant(row, "filed_at"), Rows.instant(row, "answered_at"));
	}

}
