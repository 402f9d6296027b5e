-- Challenges (SPEC §2) and bids (SPEC §3). JSON lists are stored as text so that the same schema
-- runs on H2 and PostgreSQL; money is NUMERIC(14,2); times are UTC instants.
CREATE TABLE challenges (
    id                     UUID PRIMARY KEY,
    organization_id        UUID          NOT NULL REFERENCES organizations (id),
    created_by             UUID          NOT NULL REFERENCES users (id),
    status                 VARCHAR(20)   NOT NULL,
    title                  VARCHAR(120)  NOT NULL,
    summary                VARCHAR(500),
    description            VARCHAR(20000),
    technical_indicators   VARCHAR(200000) NOT NULL DEFAULT '[]',
    required_capabilities  VARCHAR(20000) NOT NULL DEFAULT '[]',
    industry_chain         VARCHAR(40),
    tech_fields            VARCHAR(500)  NOT NULL DEFAULT '[]',
    challenge_type         VARCHAR(30),
    bounty                 NUMERIC(14, 2),
    bid_deadline           TIMESTAMP WITH TIME ZONE,
    delivery_months        INTEGER,
    eligibility_text       VARCHAR(2000),
    eligible_org_types     VARCHAR(200)  NOT NULL DEFAULT '[]',
    eligible_regions       VARCHAR(500)  NOT NULL DEFAULT '[]',
    ip_terms               VARCHAR(30),
    province               VARCHAR(8),
    city                   VARCHAR(60),
    contact_name           VARCHAR(60),
    contact_phone          VARCHAR(40),
    contact_email          VARCHAR(120),
    rubric                 VARCHAR(500)  NOT NULL DEFAULT '{"technicalMerit":40,"feasibility":25,"teamCapability":20,"costReasonableness":15}',
    review_note            VARCHAR(2000),
    cancel_reason          VARCHAR(2000),
    bid_count              INTEGER       NOT NULL DEFAULT 0,
    -- When an amendment last changed indicators, bounty or deadline: bids submitted before must reconfirm.
    terms_changed_at       TIMESTAMP WITH TIME ZONE,
    submitted_at           TIMESTAMP WITH TIME ZONE,
    published_at           TIMESTAMP WITH TIME ZONE,
    closed_at              TIMESTAMP WITH TIME ZONE,
    cancelled_at           TIMESTAMP WITH TIME ZONE,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_challenges_organization ON challenges (organization_id);
CREATE INDEX ix_challenges_status_deadline ON challenges (status, bid_deadline);
CREATE INDEX ix_challenges_status_published ON challenges (status, published_at);
CREATE INDEX ix_challenges_chain ON challenges (industry_chain);

-- Amendments of published challenges by administrators, shown publicly with their reasons.
CREATE TABLE challenge_amendments (
    id              UUID PRIMARY KEY,
    challenge_id    UUID          NOT NULL REFERENCES challenges (id),
    amended_by      UUID          NOT NULL REFERENCES users (id),
    reason          VARCHAR(2000) NOT NULL,
    changed_fields  VARCHAR(1000) NOT NULL,
    terms_changed   BOOLEAN       NOT NULL,
    deadline_before TIMESTAMP WITH TIME ZONE,
    deadline_after  TIMESTAMP WITH TIME ZONE,
    amended_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_challenge_amendments_challenge ON challenge_amendments (challenge_id, amended_at);

CREATE TABLE bids (
    id                    UUID PRIMARY KEY,
    challenge_id          UUID          NOT NULL REFERENCES challenges (id),
    lab_id                UUID          NOT NULL REFERENCES labs (id),
    organization_id       UUID          NOT NULL REFERENCES organizations (id),
    created_by            UUID          NOT NULL REFERENCES users (id),
    status                VARCHAR(20)   NOT NULL,
    summary               VARCHAR(500),
    technical_approach    VARCHAR(20000),
    quoted_amount         NUMERIC(14, 2),
    delivery_months       INTEGER,
    team                  VARCHAR(200000) NOT NULL DEFAULT '[]',
    partners              VARCHAR(50000)  NOT NULL DEFAULT '[]',
    milestone_plan        VARCHAR(200000) NOT NULL DEFAULT '[]',
    conflict_declaration  VARCHAR(2000),
    conflict_affirmed     BOOLEAN       NOT NULL DEFAULT FALSE,
    commitment            VARCHAR(64),
    submitted_at          TIMESTAMP WITH TIME ZONE,
    withdrawn_at          TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_bids_challenge_lab UNIQUE (challenge_id, lab_id)
);
CREATE INDEX ix_bids_lab ON bids (lab_id);

-- Replays of a create with the same Idempotency-Key return the first result.
CREATE TABLE idempotency_keys (
    user_id      UUID         NOT NULL,
    scope        VARCHAR(40)  NOT NULL,
    idem_key     VARCHAR(100) NOT NULL,
    resource_id  UUID         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, scope, idem_key)
);

-- Changes the search index must apply, written in the same transaction as the change (SPEC §6).
CREATE TABLE search_outbox (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    entity_type  VARCHAR(20) NOT NULL,
    entity_id    UUID        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
