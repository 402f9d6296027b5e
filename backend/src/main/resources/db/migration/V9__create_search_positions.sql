-- Where each instance's search index stands in search_outbox (SPEC §6): the outbox is pruned only behind
-- the slowest instance seen recently, and an instance whose position is behind the pruned part rebuilds.
CREATE TABLE search_positions (
    instance_id  VARCHAR(64) PRIMARY KEY,
    position     BIGINT      NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE search_outbox_pruned (
    id     INTEGER PRIMARY KEY,
    up_to  BIGINT  NOT NULL
);
INSERT INTO search_outbox_pruned (id, up_to) VALUES (1, 0);
CREATE INDEX ix_search_outbox_created ON search_outbox (created_at);
