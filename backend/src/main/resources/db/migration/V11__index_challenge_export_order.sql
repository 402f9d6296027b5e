-- The challenge export reads pages in creation order after the last key it read (keyset paging).
CREATE INDEX ix_challenges_created_order ON challenges (created_at, id);
