CREATE INDEX partner_link_team_b ON partner_link (team_b);

CREATE INDEX partnership_member_organisation ON partnership_member (organisation_id);

CREATE INDEX person_team ON person (team_id);

CREATE INDEX snapshot_tie_person_b ON snapshot_tie (snapshot_id, person_b);

CREATE INDEX team_organisation ON team (organisation_id);

CREATE INDEX team_parent ON team (parent_id);

CREATE TABLE assessment (
    partnership_id   INTEGER NOT NULL REFERENCES partnership (id) DEFERRABLE INITIALLY DEFERRED,
    date             TEXT NOT NULL,
    shared_purpose   INTEGER NOT NULL CHECK (shared_purpose BETWEEN 1 AND 5),
    shared_values    INTEGER NOT NULL CHECK (shared_values BETWEEN 1 AND 5),
    agreed_processes INTEGER NOT NULL CHECK (agreed_processes BETWEEN 1 AND 5),
    trust_commitment INTEGER NOT NULL CHECK (trust_commitment BETWEEN 1 AND 5),
    communication    INTEGER NOT NULL CHECK (communication BETWEEN 1 AND 5),
    PRIMARY KEY (partnership_id, date)
) WITHOUT ROWID;

CREATE TABLE audit_entry (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL, -- RFC 3339, UTC
    action  TEXT NOT NULL,
    summary TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT '{}' -- JSON
);

CREATE TABLE layout_position (
    view TEXT NOT NULL,
    node TEXT NOT NULL,
    x    REAL NOT NULL,
    y    REAL NOT NULL,
    PRIMARY KEY (view, node)
) WITHOUT ROWID;

CREATE TABLE map_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE organisation (
    id         INTEGER PRIMARY KEY,
    ext_id     TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind = 'acute' OR
                                    kind = 'community' OR
                                    kind = 'mental-health' OR
                                    kind = 'primary-care' OR
                                    kind = 'local-authority' OR
                                    kind = 'voluntary' OR
                                    kind = 'hospice' OR
                                    kind = 'commissioner' OR
                                    kind = 'other'),
    short_name TEXT,
    colour     TEXT
);

CREATE TABLE partner_link (
    id     INTEGER PRIMARY KEY,
    team_a INTEGER NOT NULL REFERENCES team (id) DEFERRABLE INITIALLY DEFERRED,
    team_b INTEGER NOT NULL REFERENCES team (id) DEFERRABLE INITIALLY DEFERRED,
    reason TEXT,
    UNIQUE (team_a, team_b)
);

CREATE TABLE partnership (
    id      INTEGER PRIMARY KEY,
    ext_id  TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    model   TEXT CHECK (model = 'individual' OR
                        model = 'voluntary' OR
                        model = 'structural' OR
                        model = 'mandated'),
    purpose TEXT,
    started TEXT
);

CREATE TABLE partnership_member (
    partnership_id  INTEGER NOT NULL REFERENCES partnership (id) DEFERRABLE INITIALLY DEFERRED,
    position        INTEGER NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (partnership_id, position)
) WITHOUT ROWID;

CREATE TABLE person (
    id      INTEGER PRIMARY KEY,
    ext_id  TEXT NOT NULL UNIQUE,
    team_id INTEGER REFERENCES team (id) DEFERRABLE INITIALLY DEFERRED,
    name    TEXT NOT NULL,
    role    TEXT,
    level   TEXT CHECK (level = 'board' OR
                        level = 'executive' OR
                        level = 'senior' OR
                        level = 'middle' OR
                        level = 'frontline'),
    email   TEXT,
    phone   TEXT,
    joined  TEXT, -- YYYY-MM-DD
    left_on TEXT, -- YYYY-MM-DD
    tags    TEXT NOT NULL DEFAULT '[]' -- JSON array
);

CREATE TABLE pseudonym (
    person_id TEXT PRIMARY KEY,
    number    INTEGER NOT NULL UNIQUE CHECK (number >= 0)
) WITHOUT ROWID;

CREATE TABLE pseudonym_secret (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    secret BLOB NOT NULL CHECK (length(secret) = 32)
);

CREATE TABLE snapshot (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    taken_at TEXT NOT NULL, -- RFC 3339, UTC
    note     TEXT
, as_of TEXT);

CREATE TABLE snapshot_assessment (
    snapshot_id INTEGER NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
    partnership_id INTEGER NOT NULL, date TEXT NOT NULL, shared_purpose INTEGER NOT NULL,
    shared_values INTEGER NOT NULL, agreed_processes INTEGER NOT NULL, trust_commitment INTEGER NOT NULL,
    communication INTEGER NOT NULL,
    PRIMARY KEY (snapshot_id, partnership_id, date)
) WITHOUT ROWID;

CREATE TABLE snapshot_organisation (
    snapshot_id INTEGER NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
    id INTEGER NOT NULL, ext_id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    short_name TEXT, colour TEXT,
    PRIMARY KEY (snapshot_id, id)
) WITHOUT ROWID;

CREATE TABLE snapshot_partner_link (
    snapshot_id INTEGER NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
    id INTEGER NOT NULL, team_a INTEGER NOT NULL, team_b INTEGER NOT NULL, reason TEXT,
    PRIMARY KEY (snapshot_id, id)
) WITHOUT ROWID;

CREATE TABLE snapshot_partnership (
    snapshot_id INTEGER NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
    id INTEGER NOT NULL, ext_id TEXT NOT NULL, name TEXT NOT NULL, model TEXT, purpose TEXT, started TEXT,
    PRIMARY KEY (snapshot_id, id)
) WITHOUT ROWID;

CREATE TABLE snapshot_partnership_member (
    snapshot_id INTEGER NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
    partnership_id INTEGER NOT NULL, position INTEGER NOT NULL, organisation_id INTEGER NOT NULL,
    PRIMARY KEY (snapshot_id, partnership_id, position)
) WITHOUT ROWID;

CREATE TABLE snapshot_person (
    snapshot_id INTEGER NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
    id INTEGER NOT NULL, ext_id TEXT NOT NULL, team_id INTEGER, name TEXT NOT NULL, role TEXT,
    level TEXT, email TEXT, phone TEXT, joined TEXT, left_on TEXT, tags TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, id)
) WITHOUT ROWID;

CREATE TABLE snapshot_team (
    snapshot_id INTEGER NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
    id INTEGER NOT NULL, ext_id TEXT NOT NULL, organisation_id INTEGER NOT NULL, parent_id INTEGER,
    name TEXT NOT NULL, functions TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, id)
) WITHOUT ROWID;

CREATE TABLE snapshot_tie (
    snapshot_id INTEGER NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
    id INTEGER NOT NULL, person_a INTEGER NOT NULL, person_b INTEGER NOT NULL, kind TEXT NOT NULL,
    strength INTEGER, frequency TEXT, last_contact TEXT, since TEXT, source TEXT, note TEXT,
    PRIMARY KEY (snapshot_id, id)
) WITHOUT ROWID;

CREATE TABLE team (
    id              INTEGER PRIMARY KEY,
    ext_id          TEXT NOT NULL UNIQUE,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,
    parent_id       INTEGER REFERENCES team (id) DEFERRABLE INITIALLY DEFERRED,
    name            TEXT NOT NULL,
    functions       TEXT NOT NULL DEFAULT '[]' -- JSON array of function tags
);

CREATE TABLE tie (
    id           INTEGER PRIMARY KEY,
    person_a     INTEGER NOT NULL,
    person_b     INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind = 'works-with' OR
                                      kind = 'advice' OR
                                      kind = 'information' OR
                                      kind = 'governance' OR
                                      kind = 'informal'),
    strength     INTEGER CHECK (strength BETWEEN 1 AND 5),
    frequency    TEXT CHECK (frequency = 'daily' OR
                             frequency = 'weekly' OR
                             frequency = 'monthly' OR
                             frequency = 'quarterly' OR
                             frequency = 'yearly' OR
                             frequency = 'rarely'),
    last_contact TEXT,
    since        TEXT,
    source       TEXT,
    note         TEXT,
    CHECK (person_a <> person_b)
);

CREATE TRIGGER snapshot_assessment_immutable BEFORE UPDATE ON snapshot_assessment
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END;

CREATE TRIGGER snapshot_organisation_immutable BEFORE UPDATE ON snapshot_organisation
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END;

CREATE TRIGGER snapshot_partner_link_immutable BEFORE UPDATE ON snapshot_partner_link
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END;

CREATE TRIGGER snapshot_partnership_immutable BEFORE UPDATE ON snapshot_partnership
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END;

CREATE TRIGGER snapshot_partnership_member_immutable BEFORE UPDATE ON snapshot_partnership_member
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END;

CREATE TRIGGER snapshot_person_immutable BEFORE UPDATE ON snapshot_person
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END;

CREATE TRIGGER snapshot_team_immutable BEFORE UPDATE ON snapshot_team
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END;

CREATE TRIGGER snapshot_tie_immutable BEFORE UPDATE ON snapshot_tie
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END;
