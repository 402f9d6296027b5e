-- Delivery (SPEC §5): the delivery plan made from the winning bid at award confirmation, its milestones with
-- reports, returns and acceptance, payments of accepted milestones, termination and the public results
-- summary (成果). Money is NUMERIC(14,2); times are UTC instants; due dates follow the Asia/Shanghai calendar.

-- One row per awarded challenge. Every milestone change first updates this row, so changes of one
-- challenge's milestones serialize on it (completion sees every acceptance).
CREATE TABLE deliveries (
    challenge_id           UUID          PRIMARY KEY REFERENCES challenges (id),
    award_id               UUID          NOT NULL REFERENCES awards (id),
    bid_id                 UUID          NOT NULL REFERENCES bids (id),
    challenge_title        VARCHAR(120)  NOT NULL,
    firm_organization_id   UUID          NOT NULL REFERENCES organizations (id),
    lab_id                 UUID          NOT NULL REFERENCES labs (id),
    lab_name               VARCHAR(200)  NOT NULL,
    lab_organization_id    UUID          NOT NULL REFERENCES organizations (id),
    lab_organization_name  VARCHAR(200)  NOT NULL,
    amount                 NUMERIC(14, 2) NOT NULL,
    confirmed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at             TIMESTAMP WITH TIME ZONE,
    completed_at           TIMESTAMP WITH TIME ZONE,
    terminated_at          TIMESTAMP WITH TIME ZONE,
    terminated_by          UUID          REFERENCES users (id),
    termination_reason     VARCHAR(2000),
    due_diligence          BOOLEAN,
    version                BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_deliveries_lab ON deliveries (lab_id);
CREATE INDEX ix_deliveries_firm ON deliveries (firm_organization_id);

-- A milestone of the plan. status: PLANNED, SUBMITTED, ACCEPTED, RETURNED. overdue_at is set once, by a
-- conditional update of the overdue job, when the milestone is first found past due and not accepted.
CREATE TABLE delivery_milestones (
    id                UUID          PRIMARY KEY,
    challenge_id      UUID          NOT NULL REFERENCES deliveries (challenge_id),
    lab_id            UUID          NOT NULL REFERENCES labs (id),
    seq               INTEGER       NOT NULL,
    title             VARCHAR(120)  NOT NULL,
    deliverable       VARCHAR(1000) NOT NULL,
    due_month         INTEGER       NOT NULL,
    due_date          DATE          NOT NULL,
    due_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    payment_percent   INTEGER       NOT NULL,
    payment_amount    NUMERIC(14, 2) NOT NULL,
    paid_amount       NUMERIC(14, 2) NOT NULL DEFAULT 0,
    status            VARCHAR(20)   NOT NULL,
    report_text       VARCHAR(10000),
    evidence_links    VARCHAR(20000) NOT NULL DEFAULT '[]',
    submission_count  INTEGER       NOT NULL DEFAULT 0,
    submitted_at      TIMESTAMP WITH TIME ZONE,
    submitted_by      UUID          REFERENCES users (id),
    return_comments   VARCHAR(5000),
    returned_at       TIMESTAMP WITH TIME ZONE,
    returned_by       UUID          REFERENCES users (id),
    accepted_at       TIMESTAMP WITH TIME ZONE,
    accepted_by       UUID          REFERENCES users (id),
    overdue_at        TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_delivery_milestones_seq UNIQUE (challenge_id, seq),
    CONSTRAINT ck_delivery_milestones_paid CHECK (paid_amount >= 0 AND paid_amount <= payment_amount)
);
CREATE INDEX ix_delivery_milestones_lab ON delivery_milestones (lab_id);
CREATE INDEX ix_delivery_milestones_due ON delivery_milestones (status, due_at);

-- A payment of an accepted milestone, recorded by the firm or an administrator.
CREATE TABLE milestone_payments (
    id            UUID          PRIMARY KEY,
    milestone_id  UUID          NOT NULL REFERENCES delivery_milestones (id),
    challenge_id  UUID          NOT NULL REFERENCES deliveries (challenge_id),
    amount        NUMERIC(14, 2) NOT NULL,
    paid_on       DATE          NOT NULL,
    note          VARCHAR(500),
    recorded_by   UUID          NOT NULL REFERENCES users (id),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_milestone_payments_amount CHECK (amount > 0)
);
CREATE INDEX ix_milestone_payments_milestone ON milestone_payments (milestone_id, recorded_at);
CREATE INDEX ix_milestone_payments_challenge ON milestone_payments (challenge_id);

-- The public results summary (成果) of a completed challenge, with the public facts the showcase filters on.
CREATE TABLE delivery_results (
    id                 UUID          PRIMARY KEY,
    challenge_id       UUID          NOT NULL REFERENCES deliveries (challenge_id),
    title              VARCHAR(200)  NOT NULL,
    summary            VARCHAR(5000) NOT NULL,
    outcomes           VARCHAR(10000),
    ip_terms           VARCHAR(30)   NOT NULL,
    industry_chain     VARCHAR(40),
    challenge_type     VARCHAR(30),
    province           VARCHAR(8),
    published_by       UUID          NOT NULL REFERENCES users (id),
    published_by_role  VARCHAR(10)   NOT NULL,
    published_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_delivery_results_challenge UNIQUE (challenge_id)
);
CREATE INDEX ix_delivery_results_published ON delivery_results (published_at);
CREATE INDEX ix_delivery_results_chain ON delivery_results (industry_chain, challenge_type, province);
