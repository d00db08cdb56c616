-- Crema schema, part 1: who and where. Every row replicated to HQ carries a uuid.
-- Timestamps are UTC ISO 8601 text with milliseconds ("2026-11-21T08:15:02.123Z").
PRAGMA application_id = 1129467201; -- "CRMA": tells a Crema file from any other SQLite file

CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

-- Settings of this till's file (which terminal it is, idle lock time, ...), not replicated.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE stores (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    currency           TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    prices_include_tax INTEGER NOT NULL CHECK (prices_include_tax IN (0, 1)),
    time_zone          TEXT NOT NULL, -- IANA name, e.g. Europe/London
    address            TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL
);

CREATE TABLE terminals (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    store_id   INTEGER NOT NULL REFERENCES stores (id),
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (store_id, name)
);

CREATE TABLE roles (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (code IN ('cashier', 'barista', 'manager', 'owner')),
    name TEXT NOT NULL
);
INSERT INTO roles (id, code, name) VALUES (1, 'cashier', 'Cashier'), (2, 'barista', 'Barista'),
    (3, 'manager', 'Manager'), (4, 'owner', 'Owner');

CREATE TABLE staff (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    role_id    INTEGER NOT NULL REFERENCES roles (id),
    pin_hash   TEXT NOT NULL, -- libsodium crypto_pwhash_str (Argon2id), never the PIN
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);

-- Wrong-PIN counting per login ("staff:<uuid>", or "pad:<terminal uuid>" for PIN-only logins).
CREATE TABLE login_attempts (
    login_key    TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    locked_until TEXT
);
