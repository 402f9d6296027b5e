-- Append-only, hash-chained audit log (SPEC §7). No code path updates or deletes entries.
CREATE TABLE audit_log (
    seq             BIGINT       PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        UUID,
    actor_name      VARCHAR(80)  NOT NULL,
    actor_role      VARCHAR(10)  NOT NULL,
    action          VARCHAR(60)  NOT NULL,
    entity_type     VARCHAR(30)  NOT NULL,
    entity_id       VARCHAR(40)  NOT NULL,
    before_summary  VARCHAR(4000) NOT NULL DEFAULT '',
    after_summary   VARCHAR(4000) NOT NULL DEFAULT '',
    -- For entries about a sealed bid: the challenge whose close unseals them (hidden from viewers until then).
    sealed_until_close_of UUID,
    prev_hash       VARCHAR(64)  NOT NULL,
    hash            VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_audit_entity ON audit_log (entity_type, entity_id);
CREATE INDEX ix_audit_occurred ON audit_log (occurred_at);

-- The head of the chain: locked FOR UPDATE by each appender so that entries from several instances
-- link in one order.
CREATE TABLE audit_head (
    id         INTEGER     PRIMARY KEY,
    last_seq   BIGINT      NOT NULL,
    last_hash  VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
