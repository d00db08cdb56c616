-- Crema schema, part 14: this till's link to the chain's HQ (crema-hq).
--
-- One row once the till has joined: where HQ is, who this till is to it, and the secret it signs
-- every request with (never printed, never replicated). The cursor is the last change of HQ's log
-- this file has applied.
CREATE TABLE hq_link (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    url           TEXT NOT NULL,
    till_uuid     TEXT NOT NULL,
    store_uuid    TEXT NOT NULL,
    store_code    TEXT NOT NULL DEFAULT '',
    till_code     TEXT NOT NULL DEFAULT '',
    secret        TEXT NOT NULL,
    joined_at     TEXT NOT NULL,
    cursor_no     INTEGER NOT NULL DEFAULT 0 CHECK (cursor_no >= 0),
    last_push_at  TEXT,
    last_pull_at  TEXT,
    last_error    TEXT NOT NULL DEFAULT '',
    last_error_at TEXT,
    offline_since TEXT
);
