-- Clarifications (答疑), follows and invitations (邀请揭榜) of SPEC §2, and attachments with their storage.

-- A lab's question and the firm's (or an administrator's) answer. The asker is kept for the audit and for
-- "asked by my lab", never shown to others.
CREATE TABLE clarifications (
    id             UUID PRIMARY KEY,
    challenge_id   UUID          NOT NULL REFERENCES challenges (id),
    asked_by       UUID          NOT NULL REFERENCES users (id),
    asked_by_lab   UUID          NOT NULL REFERENCES labs (id),
    question       VARCHAR(2000) NOT NULL,
    asked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    answer         VARCHAR(5000),
    answered_by    UUID          REFERENCES users (id),
    answered_at    TIMESTAMP WITH TIME ZONE,
    changes_terms  BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX ix_clarifications_challenge ON clarifications (challenge_id, asked_at);

-- Labs following a challenge, to hear about its answers.
CREATE TABLE challenge_follows (
    challenge_id  UUID NOT NULL REFERENCES challenges (id),
    lab_id        UUID NOT NULL REFERENCES labs (id),
    followed_by   UUID NOT NULL REFERENCES users (id),
    followed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (challenge_id, lab_id)
);
CREATE INDEX ix_challenge_follows_lab ON challenge_follows (lab_id, followed_at);

-- A firm's invitation of a lab to bid; one per challenge and lab.
CREATE TABLE invitations (
    id            UUID PRIMARY KEY,
    challenge_id  UUID         NOT NULL REFERENCES challenges (id),
    lab_id        UUID         NOT NULL REFERENCES labs (id),
    invited_by    UUID         NOT NULL REFERENCES users (id),
    message       VARCHAR(500),
    invited_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_invitations_challenge_lab UNIQUE (challenge_id, lab_id)
);
CREATE INDEX ix_invitations_lab ON invitations (lab_id, invited_at);

-- Files of challenges, bids and milestones. The bytes live in the configured storage under storage_key;
-- the SHA-256 is computed while the upload streams in.
CREATE TABLE attachments (
    id            UUID PRIMARY KEY,
    owner_type    VARCHAR(20)  NOT NULL,
    owner_id      UUID         NOT NULL,
    filename      VARCHAR(255) NOT NULL,
    content_type  VARCHAR(120) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    storage_key   VARCHAR(200) NOT NULL,
    uploaded_by   UUID         NOT NULL REFERENCES users (id),
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_attachments_storage_key UNIQUE (storage_key)
);
CREATE INDEX ix_attachments_owner ON attachments (owner_type, owner_id, uploaded_at);

-- One row per owner with its number of files; the conditional update of file_count keeps the per-owner
-- limit under concurrent uploads.
CREATE TABLE attachment_owners (
    owner_type  VARCHAR(20) NOT NULL,
    owner_id    UUID        NOT NULL,
    file_count  INTEGER     NOT NULL DEFAULT 0,
    PRIMARY KEY (owner_type, owner_id)
);

-- The bytes of files kept in the database (jiebang.attachments.storage=database), in chunks.
CREATE TABLE attachment_chunks (
    storage_key  VARCHAR(200) NOT NULL,
    seq          INTEGER      NOT NULL,
    data         BYTEA        NOT NULL,
    PRIMARY KEY (storage_key, seq)
);
