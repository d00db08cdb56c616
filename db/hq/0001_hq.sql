-- crema-hq schema, part 1. Portable SQL: the same file runs on SQLite and on PostgreSQL 15.
--
-- Every table a store owns is keyed with store_id first, so it distributes on Citus by store_id
-- (README, "HQ on Citus"); the chain's shared tables (stores, the change log, master data,
-- customers) are small and become reference tables. Ids are the tills' own uuids, as text.
-- Timestamps are UTC ISO 8601 text with milliseconds, as in a till's file. No foreign keys: a
-- distributed table cannot reference across shards, and HQ applies what a till sends in one
-- transaction per batch, checking it in code.

CREATE TABLE hq_counters (
    name  TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO hq_counters (name, value) VALUES ('change_no', 0);

-- Shared: the chain's stores.
CREATE TABLE stores (
    store_id           TEXT PRIMARY KEY,
    name               TEXT NOT NULL UNIQUE,
    currency           TEXT NOT NULL DEFAULT '',
    prices_include_tax INTEGER NOT NULL DEFAULT 1,
    time_zone          TEXT NOT NULL DEFAULT '',
    locale             TEXT NOT NULL DEFAULT '',
    address            TEXT NOT NULL DEFAULT '',
    code               TEXT NOT NULL DEFAULT '', -- short, in receipt numbers ("S1")
    joined             INTEGER NOT NULL DEFAULT 0, -- a till has joined: the store's uuid is settled
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

-- A till of a store: its secret (the HMAC key it signs with), whether it may still talk to HQ,
-- and the last of its events HQ applied.
CREATE TABLE tills (
    store_id    TEXT NOT NULL,
    till_id     TEXT NOT NULL,
    name        TEXT NOT NULL,
    code        TEXT NOT NULL DEFAULT '', -- short, in receipt numbers ("T2")
    secret      TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL CHECK (state IN ('enrolled', 'active', 'revoked')),
    protocol    INTEGER NOT NULL DEFAULT 0,
    last_seq    BIGINT NOT NULL DEFAULT 0,
    last_seen   TEXT,
    last_push   TEXT,
    last_pull   TEXT,
    cursor_no   BIGINT NOT NULL DEFAULT 0, -- the change the till last said it has
    joined_at   TEXT,
    revoked_at  TEXT,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (store_id, till_id),
    UNIQUE (store_id, name)
);
CREATE INDEX tills_by_id ON tills (till_id);

-- One-time codes: only their SHA-256 is kept.
CREATE TABLE enrolments (
    store_id   TEXT NOT NULL,
    code_hash  TEXT NOT NULL,
    till_name  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT,
    PRIMARY KEY (store_id, code_hash)
);
CREATE INDEX enrolments_by_code ON enrolments (code_hash);

-- Nonces a till used within the clock window: a second request with one is a replay.
CREATE TABLE request_nonces (
    store_id TEXT NOT NULL,
    till_id  TEXT NOT NULL,
    nonce    TEXT NOT NULL,
    seen_ms  BIGINT NOT NULL,
    PRIMARY KEY (store_id, till_id, nonce)
);
CREATE INDEX request_nonces_age ON request_nonces (seen_ms);

-- Every event a till sent, as sent, in its order: what HQ's tables are rebuilt from.
CREATE TABLE till_events (
    store_id    TEXT NOT NULL,
    till_id     TEXT NOT NULL,
    seq         BIGINT NOT NULL,
    uuid        TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_uuid TEXT NOT NULL,
    event       TEXT NOT NULL,
    payload     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (store_id, till_id, seq),
    UNIQUE (store_id, uuid)
);

-- Orders as paid, refunded and voided.
CREATE TABLE orders (
    store_id       TEXT NOT NULL,
    order_uuid     TEXT NOT NULL,
    till_id        TEXT NOT NULL,
    receipt_no     BIGINT NOT NULL,
    receipt_code   TEXT NOT NULL, -- chain-unique: store code, till code, number
    status         TEXT NOT NULL, -- paid | voided | refunded | partially_refunded
    staff_uuid     TEXT NOT NULL DEFAULT '',
    customer_uuid  TEXT NOT NULL DEFAULT '',
    subtotal_cents BIGINT NOT NULL DEFAULT 0,
    discount_cents BIGINT NOT NULL DEFAULT 0,
    tax_cents      BIGINT NOT NULL DEFAULT 0,
    total_cents    BIGINT NOT NULL DEFAULT 0,
    refunded_cents BIGINT NOT NULL DEFAULT 0,
    refunded_tax_cents BIGINT NOT NULL DEFAULT 0,
    paid_at        TEXT,
    event_seq      BIGINT NOT NULL,
    PRIMARY KEY (store_id, order_uuid)
);
CREATE INDEX orders_paid ON orders (store_id, paid_at);

CREATE TABLE order_lines (
    store_id         TEXT NOT NULL,
    order_uuid       TEXT NOT NULL,
    line_no          INTEGER NOT NULL,
    product_uuid     TEXT NOT NULL,
    size_uuid        TEXT NOT NULL,
    product_name     TEXT NOT NULL DEFAULT '',
    size_name        TEXT NOT NULL DEFAULT '',
    modifiers        TEXT NOT NULL DEFAULT '[]', -- JSON: [{"uuid","name","price_delta_cents"}]
    quantity         BIGINT NOT NULL,
    unit_price_cents BIGINT NOT NULL DEFAULT 0,
    discount_cents   BIGINT NOT NULL DEFAULT 0,
    tax_cents        BIGINT NOT NULL DEFAULT 0,
    total_cents      BIGINT NOT NULL,
    refunded_quantity BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, order_uuid, line_no)
);

CREATE TABLE order_payments (
    store_id     TEXT NOT NULL,
    order_uuid   TEXT NOT NULL,
    n            INTEGER NOT NULL,
    method       TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    at           TEXT NOT NULL,
    PRIMARY KEY (store_id, order_uuid, n)
);

CREATE TABLE refunds (
    store_id     TEXT NOT NULL,
    refund_uuid  TEXT NOT NULL,
    order_uuid   TEXT NOT NULL,
    till_id      TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    tax_cents    BIGINT NOT NULL DEFAULT 0,
    reason       TEXT NOT NULL DEFAULT '',
    payload      TEXT NOT NULL DEFAULT '{}',
    at           TEXT NOT NULL,
    PRIMARY KEY (store_id, refund_uuid)
);

-- A store's stock ledger: every till's movements. A till pulls the other tills' of its store.
CREATE TABLE stock_movements (
    store_id        TEXT NOT NULL,
    movement_uuid   TEXT NOT NULL,
    till_id         TEXT NOT NULL,
    ingredient_uuid TEXT NOT NULL,
    kind            TEXT NOT NULL,
    quantity        BIGINT NOT NULL,
    order_uuid      TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    at              TEXT NOT NULL,
    PRIMARY KEY (store_id, movement_uuid)
);
CREATE INDEX stock_movements_ingredient ON stock_movements (store_id, ingredient_uuid);

-- Points entries, each in the store it happened in; a customer's balance is their sum chain-wide.
CREATE TABLE points_entries (
    store_id      TEXT NOT NULL,
    entry_uuid    TEXT NOT NULL,
    till_id       TEXT NOT NULL,
    customer_uuid TEXT NOT NULL,
    points        BIGINT NOT NULL,
    reason        TEXT NOT NULL,
    order_uuid    TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    at            TEXT NOT NULL,
    PRIMARY KEY (store_id, entry_uuid)
);
CREATE INDEX points_entries_customer ON points_entries (customer_uuid);

-- A redemption that took a customer below zero once every till's entries were in: recorded,
-- never dropped, for the owner to see.
CREATE TABLE points_overdrafts (
    store_id      TEXT NOT NULL,
    entry_uuid    TEXT NOT NULL,
    till_id       TEXT NOT NULL,
    customer_uuid TEXT NOT NULL,
    points        BIGINT NOT NULL, -- the redemption (negative)
    balance_after BIGINT NOT NULL, -- below zero
    at            TEXT NOT NULL,
    PRIMARY KEY (store_id, entry_uuid)
);

CREATE TABLE shifts (
    store_id   TEXT NOT NULL,
    shift_uuid TEXT NOT NULL,
    till_id    TEXT NOT NULL,
    opened_at  TEXT,
    closed_at  TEXT,
    payload    TEXT NOT NULL DEFAULT '{}', -- the last event's: the Z report once closed
    PRIMARY KEY (store_id, shift_uuid)
);

CREATE TABLE audit_entries (
    store_id   TEXT NOT NULL,
    entry_uuid TEXT NOT NULL,
    till_id    TEXT NOT NULL,
    action     TEXT NOT NULL,
    payload    TEXT NOT NULL DEFAULT '{}',
    at         TEXT NOT NULL,
    PRIMARY KEY (store_id, entry_uuid)
);

-- Shared: the chain's master data as HQ last decided it (the catalogue, staff, suppliers,
-- customers), one row per thing, and the numbered log of those decisions the tills pull.
CREATE TABLE master_data (
    kind      TEXT NOT NULL, -- product, size, recipe, modifier_group, modifier, tax_rate, station, ...
    uuid      TEXT NOT NULL,
    event     TEXT NOT NULL, -- the event that made the current state (catalog.product.saved, ...)
    payload   TEXT NOT NULL,
    change_no BIGINT NOT NULL,
    PRIMARY KEY (kind, uuid)
);

CREATE TABLE change_log (
    change_no   BIGINT PRIMARY KEY,
    store_id    TEXT NOT NULL DEFAULT '', -- '' for the whole chain; else only that store's tills
    origin_till TEXT NOT NULL DEFAULT '', -- the till it came from, which need not apply it again
    kind        TEXT NOT NULL,
    uuid        TEXT NOT NULL,
    event       TEXT NOT NULL,
    payload     TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX change_log_store ON change_log (store_id, change_no);

-- Shared: customers are the chain's. A phone number added on two tills offline becomes one
-- customer: the later uuid is merged into the earlier (merged_into), and every till is told.
CREATE TABLE customers (
    customer_uuid TEXT PRIMARY KEY,
    phone         TEXT,
    email         TEXT,
    name          TEXT NOT NULL DEFAULT '',
    payload       TEXT NOT NULL DEFAULT '{}',
    merged_into   TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX customers_phone ON customers (phone);
