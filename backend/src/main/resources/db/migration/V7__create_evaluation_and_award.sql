-- Evaluation by reviewers, award proposals with their public announcement (公示), objections, and the
-- recommendation ranks that measure matching effectiveness (SPEC §4, §6). Scores are NUMERIC; times are
-- UTC instants; the same schema runs on H2 and PostgreSQL.

-- A reviewer (EXPERT or ADMIN) assigned to a closed challenge; recused automatically or by declaration.
CREATE TABLE review_assignments (
    challenge_id        UUID          NOT NULL REFERENCES challenges (id),
    reviewer_id         UUID          NOT NULL REFERENCES users (id),
    assigned_by         UUID          NOT NULL REFERENCES users (id),
    assigned_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    recused             BOOLEAN       NOT NULL DEFAULT FALSE,
    recusal_reason      VARCHAR(30),
    recusal_detail      VARCHAR(500),
    declared_at         TIMESTAMP WITH TIME ZONE,
    has_conflict        BOOLEAN,
    conflict_statement  VARCHAR(2000),
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (challenge_id, reviewer_id)
);
CREATE INDEX ix_review_assignments_reviewer ON review_assignments (reviewer_id);

-- One reviewer's score of one bid: a score and a comment per rubric criterion.
CREATE TABLE review_scores (
    bid_id                       UUID          NOT NULL REFERENCES bids (id),
    reviewer_id                  UUID          NOT NULL REFERENCES users (id),
    challenge_id                 UUID          NOT NULL REFERENCES challenges (id),
    technical_merit              NUMERIC(5, 1) NOT NULL,
    technical_merit_comment      VARCHAR(2000) NOT NULL,
    feasibility                  NUMERIC(5, 1) NOT NULL,
    feasibility_comment          VARCHAR(2000) NOT NULL,
    team_capability              NUMERIC(5, 1) NOT NULL,
    team_capability_comment      VARCHAR(2000) NOT NULL,
    cost_reasonableness          NUMERIC(5, 1) NOT NULL,
    cost_reasonableness_comment  VARCHAR(2000) NOT NULL,
    scored_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    version                      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (bid_id, reviewer_id)
);
CREATE INDEX ix_review_scores_challenge ON review_scores (challenge_id);

-- The separate decision on a non-consensus (非共识) bid, with the statistics it was taken on.
CREATE TABLE consensus_decisions (
    bid_id          UUID          PRIMARY KEY REFERENCES bids (id),
    challenge_id    UUID          NOT NULL REFERENCES challenges (id),
    adopted_score   NUMERIC(5, 2) NOT NULL,
    reasoning       VARCHAR(5000) NOT NULL,
    mean_at         NUMERIC(5, 2) NOT NULL,
    stddev_at       NUMERIC(5, 2) NOT NULL,
    decided_by      UUID          NOT NULL REFERENCES users (id),
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_consensus_decisions_challenge ON consensus_decisions (challenge_id);

-- The firm's advisory preference order among the opened bids of its challenge.
CREATE TABLE firm_preferences (
    challenge_id  UUID          PRIMARY KEY REFERENCES challenges (id),
    bid_ids       VARCHAR(4000) NOT NULL,
    set_by        UUID          NOT NULL REFERENCES users (id),
    set_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An award proposal and its announcement, or the declaration that a challenge stays unawarded.
-- pending_objections is changed only by conditional updates: filing increments it while PROPOSED and
-- before publicity_ends_at; confirming requires PROPOSED, the end passed and zero pending.
CREATE TABLE awards (
    id                  UUID          PRIMARY KEY,
    challenge_id        UUID          NOT NULL REFERENCES challenges (id),
    status              VARCHAR(20)   NOT NULL,
    bid_id              UUID          REFERENCES bids (id),
    challenge_title     VARCHAR(120)  NOT NULL,
    lab_id              UUID,
    lab_name            VARCHAR(200),
    organization_id     UUID,
    organization_name   VARCHAR(200),
    amount              NUMERIC(14, 2),
    rationale           VARCHAR(5000) NOT NULL,
    score_summary       VARCHAR(2000),
    proposed_by         UUID          NOT NULL REFERENCES users (id),
    proposed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    publicity_ends_at   TIMESTAMP WITH TIME ZONE,
    pending_objections  INTEGER       NOT NULL DEFAULT 0,
    confirmed_by        UUID          REFERENCES users (id),
    confirmed_at        TIMESTAMP WITH TIME ZONE,
    withdrawn_at        TIMESTAMP WITH TIME ZONE,
    ranks_recorded      BOOLEAN       NOT NULL DEFAULT FALSE,
    winner_rank         INTEGER,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_awards_pending CHECK (pending_objections >= 0)
);
CREATE INDEX ix_awards_challenge ON awards (challenge_id, proposed_at);
CREATE INDEX ix_awards_status ON awards (status, proposed_at);

-- An objection (异议) to an announced award and the administrator's answer.
CREATE TABLE objections (
    id            UUID          PRIMARY KEY,
    award_id      UUID          NOT NULL REFERENCES awards (id),
    objector_id   UUID          NOT NULL REFERENCES users (id),
    reasons       VARCHAR(5000) NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    answer        VARCHAR(5000),
    answered_by   UUID          REFERENCES users (id),
    filed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_objections_award ON objections (award_id);
CREATE INDEX ix_objections_objector ON objections (objector_id, filed_at);
CREATE INDEX ix_objections_status ON objections (status, filed_at);

-- The labs recommended for a challenge at its close, with their ranks, to measure matching (SPEC §6).
CREATE TABLE recommendation_snapshots (
    challenge_id  UUID    PRIMARY KEY REFERENCES challenges (id),
    lab_count     INTEGER NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE recommendation_ranks (
    challenge_id  UUID    NOT NULL REFERENCES challenges (id),
    lab_id        UUID    NOT NULL,
    lab_rank      INTEGER NOT NULL,
    PRIMARY KEY (challenge_id, lab_id)
);
