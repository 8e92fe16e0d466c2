-- The map's pseudonym secret: 32 random bytes, made once per map, from
-- which each person's pseudonym in a pseudonymised export is derived
-- (bridgework-core's privacy module). It is in no snapshot and no export,
-- and moves with the file (copies and Save As keep it).
--
-- randomblob() draws from SQLite's generator, ChaCha20 seeded from the
-- operating system's randomness (/dev/urandom on Unix).
CREATE TABLE pseudonym_secret (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    secret BLOB NOT NULL CHECK (length(secret) = 32)
);

INSERT INTO pseudonym_secret (id, secret) VALUES (1, randomblob(32));
