package org.jiebang.bid;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Persistence of bids. Submission and withdrawal are conditional updates that also check the challenge's
 * deadline in the same statement, so no bid gets in after the deadline whatever the closing job did.
 */
@Component
class BidStore {

	private final R2dbcEntityTemplate template;

	private final DatabaseClient db;

	BidStore(R2dbcEntityTemplate template, DatabaseClient db) {
		this.template = template;
		this.db = db;
	}

	Mono<Bid> find(UUID id) {
		return this.template.selectOne(Query.query(Criteria.where("id").is(id)), Bid.class);
	}

	Mono<Bid> findByChallengeAndLab(UUID challengeId, UUID labId) {
		return this.template.selectOne(
				Query.query(Criteria.where("challenge_id").is(challengeId).and("lab_id").is(labId)), Bid.class);
	}

	Mono<Bid> insert(Bid bid) {
		return this.template.insert(bid);
	}

	Mono<Bid> update(Bid bid) {
		return this.template.update(bid);
	}

	Flux<Bid> byLab(UUID labId) {
		return this.db.sql("SELECT * FROM bids WHERE lab_id = :lab ORDER BY updated_at DESC")
			.bind("lab", labId)
			.map((row, meta) -> this.template.getConverter().read(Bid.class, row, meta))
			.all();
	}

	/** Submitted (or later) bids of a challenge, oldest submission first; withdrawn and drafts excluded. */
	Flux<Bid> opened(UUID challengeId) {
		return this.db.sql("SELECT * FROM bids WHERE challenge_id = :challenge AND status NOT IN ('DRAFT', 'WITHDRAWN') "
				+ "ORDER BY submitted_at")
			.bind("challenge", challengeId)
			.map((row, meta) -> this.template.getConverter().read(Bid.class, row, meta))
			.all();
	}

	/**
	 * Marks a bid submitted with its commitment, only if it is still in the expected state and version and the
	 * challenge still takes bids at {@code now}; answers whether it happened.
	 */
	Mono<Boolean> submit(UUID id, BidStatus from, long version, String commitment, Instant now) {
		return this.db.sql("""
				UPDATE bids SET status = 'SUBMITTED', commitment = :commitment, submitted_at = :now, updated_at = :now,
				    withdrawn_at = NULL, version = version + 1
				WHERE id = :id AND status = :from AND version = :version
				  AND EXISTS (SELECT 1 FROM challenges c WHERE c.id = bids.challenge_id
				              AND c.status IN ('PUBLISHED', 'CLOSED') AND c.bid_deadline > :now)""")
			.bind("commitment", commitment)
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.bind("id", id)
			.bind("from", from.name())
			.bind("version", version)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	/** Sets the evaluation outcome of an opened bid; answers whether it was opened (not draft or withdrawn). */
	Mono<Boolean> setOutcome(UUID id, BidStatus outcome, Instant now) {
		return this.db.sql("UPDATE bids SET status = :outcome, updated_at = :now, version = version + 1 "
				+ "WHERE id = :id AND status IN ('SUBMITTED', 'SHORTLISTED', 'NOT_SELECTED', 'AWARDED')")
			.bind("outcome", outcome.name())
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	/** Withdraws a bid before the deadline; answers whether it happened. */
	Mono<Boolean> withdraw(UUID id, BidStatus from, Instant now) {
		return this.db.sql("""
				UPDATE bids SET status = 'WITHDRAWN', withdrawn_at = :now, updated_at = :now, version = version + 1
				WHERE id = :id AND status = :from
				  AND EXISTS (SELECT 1 FROM challenges c WHERE c.id = bids.challenge_id
				              AND c.status IN ('PUBLISHED', 'CLOSED') AND c.bid_deadline > :now)""")
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.bind("id", id)
			.bind("from", from.name())
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

}
