-- Crema schema, part 6: loyalty ledger, kitchen tickets, audit log and the outbox to HQ.

-- A balance is the sum of a customer's ledger. Append-only, and never allowed below zero.
CREATE TABLE loyalty_ledger (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    order_id    INTEGER REFERENCES orders (id),
    points      INTEGER NOT NULL CHECK (points <> 0),
    reason      TEXT NOT NULL CHECK (reason IN ('earn', 'redeem', 'refund_earn', 'refund_redeem', 'adjust')),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX loyalty_ledger_customer ON loyalty_ledger (customer_id);
CREATE INDEX loyalty_ledger_order ON loyalty_ledger (order_id) WHERE order_id IS NOT NULL;

CREATE TRIGGER loyalty_ledger_non_negative BEFORE INSERT ON loyalty_ledger
WHEN NEW.points < 0 AND (SELECT coalesce(sum(points), 0) FROM loyalty_ledger WHERE customer_id = NEW.customer_id) + NEW.points < 0
BEGIN
    SELECT RAISE(ABORT, 'loyalty balance cannot go below zero');
END;
CREATE TRIGGER loyalty_ledger_no_update BEFORE UPDATE ON loyalty_ledger
BEGIN
    SELECT RAISE(ABORT, 'the loyalty ledger is append-only');
END;
CREATE TRIGGER loyalty_ledger_no_delete BEFORE DELETE ON loyalty_ledger
BEGIN
    SELECT RAISE(ABORT, 'the loyalty ledger is append-only');
END;

CREATE TABLE kitchen_tickets (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    order_id   INTEGER NOT NULL REFERENCES orders (id),
    station    TEXT NOT NULL DEFAULT 'Bar',
    status     TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in_progress', 'ready', 'completed')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX kitchen_tickets_open ON kitchen_tickets (status, created_at) WHERE status <> 'completed';
CREATE INDEX kitchen_tickets_order ON kitchen_tickets (order_id);

CREATE TABLE kitchen_ticket_items (
    ticket_id     INTEGER NOT NULL REFERENCES kitchen_tickets (id) ON DELETE CASCADE,
    order_line_id INTEGER NOT NULL REFERENCES order_lines (id),
    PRIMARY KEY (ticket_id, order_line_id)
) WITHOUT ROWID;

-- Who did what, when; with a manager override, who authorised it for whom. Append-only.
CREATE TABLE audit_log (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,
    terminal_id         INTEGER REFERENCES terminals (id),
    actor_staff_id      INTEGER REFERENCES staff (id), -- who asked
    authorised_staff_id INTEGER REFERENCES staff (id), -- the manager whose PIN allowed it
    action              TEXT NOT NULL,
    details             TEXT NOT NULL DEFAULT '{}', -- JSON
    created_at          TEXT NOT NULL
);
CREATE INDEX audit_log_created ON audit_log (created_at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Events waiting to go to HQ, in order. Written in the same transaction as the change they describe.
CREATE TABLE sync_outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE, -- event id: HQ ignores one it has seen
    entity      TEXT NOT NULL, -- 'order', 'customer', ...
    entity_uuid TEXT NOT NULL,
    event       TEXT NOT NULL, -- 'order.paid', 'order.refunded', ...
    payload     TEXT NOT NULL, -- JSON
    created_at  TEXT NOT NULL,
    sent_at     TEXT
);
CREATE INDEX sync_outbox_pending ON sync_outbox (seq) WHERE sent_at IS NULL;
