-- The pseudonym table: each person's pseudonym number, kept once given, so
-- that people leaving the set the numbers are drawn among (an erasure, a
-- deleted snapshot, a deleted person) renumbers nobody else. Filled before
-- anyone leaves that set; a person's row goes when they are erased.
CREATE TABLE pseudonym (
    person_id TEXT PRIMARY KEY,
    number    INTEGER NOT NULL UNIQUE CHECK (number >= 0)
) WITHOUT ROWID;
