-- Crema schema, part 12: refunded and voided orders leave the kitchen.
--
-- A refunded line's ticket items are marked cancelled; a ticket whose every item is cancelled
-- becomes 'cancelled', an event on the feed like any change of state; a ticket that keeps some
-- items gets an event in its current state, so that screens redraw it without the refunded ones.
-- Triggers do it, so every writer of refunds and voids (the till, cremactl, an import) tells the
-- kitchen in the same transaction, as 0009 does for tickets and bumps.
--
-- A CHECK cannot be altered in place: kitchen_tickets and kitchen_events are rebuilt with
-- 'cancelled' allowed. Foreign keys are on inside a migration's transaction, so the checks are
-- deferred to its commit, by when every ticket the events and bump commands refer to is back.

-- Finding a ticket's bump commands while the tickets are dropped and put back needs an index
-- (without it every ticket would scan the whole table).
CREATE INDEX kitchen_commands_ticket ON kitchen_commands (ticket_id);

PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE kitchen_tickets_before AS SELECT * FROM kitchen_tickets;
CREATE TEMP TABLE kitchen_ticket_items_before AS SELECT * FROM kitchen_ticket_items;
CREATE TEMP TABLE kitchen_events_before AS SELECT * FROM kitchen_events;
DROP TABLE kitchen_events;
DROP TABLE kitchen_ticket_items;
DROP TABLE kitchen_tickets;

CREATE TABLE kitchen_tickets (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    order_id   INTEGER NOT NULL REFERENCES orders (id),
    station    TEXT NOT NULL DEFAULT 'Bar',
    status     TEXT NOT NULL DEFAULT 'pending'
               CHECK (status IN ('pending', 'in_progress', 'ready', 'completed', 'cancelled')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO kitchen_tickets (id, uuid, order_id, station, status, created_at, updated_at)
SELECT id, uuid, order_id, station, status, created_at, updated_at FROM kitchen_tickets_before ORDER BY id;
CREATE INDEX kitchen_tickets_open ON kitchen_tickets (status, created_at)
WHERE status IN ('pending', 'in_progress', 'ready');
CREATE INDEX kitchen_tickets_order ON kitchen_tickets (order_id);
CREATE INDEX kitchen_tickets_created ON kitchen_tickets (created_at);

-- cancelled_at: when the item's line was refunded or its order voided (UTC); NULL while it stands.
CREATE TABLE kitchen_ticket_items (
    ticket_id     INTEGER NOT NULL REFERENCES kitchen_tickets (id) ON DELETE CASCADE,
    order_line_id INTEGER NOT NULL REFERENCES order_lines (id),
    cancelled_at  TEXT,
    PRIMARY KEY (ticket_id, order_line_id)
) WITHOUT ROWID;
INSERT INTO kitchen_ticket_items (ticket_id, order_line_id)
SELECT ticket_id, order_line_id FROM kitchen_ticket_items_before;

-- AUTOINCREMENT: copying the rows with their seq sets the new table's counter to the highest one,
-- which is where the old counter stood (events are never deleted).
CREATE TABLE kitchen_events (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id INTEGER NOT NULL REFERENCES kitchen_tickets (id),
    state     TEXT NOT NULL CHECK (state IN ('pending', 'in_progress', 'ready', 'completed', 'cancelled')),
    at        TEXT NOT NULL
);
INSERT INTO kitchen_events (seq, ticket_id, state, at)
SELECT seq, ticket_id, state, at FROM kitchen_events_before ORDER BY seq;
CREATE INDEX kitchen_events_ticket ON kitchen_events (ticket_id);

DROP TABLE kitchen_tickets_before;
DROP TABLE kitchen_ticket_items_before;
DROP TABLE kitchen_events_before;

-- The triggers of 0009, gone with their tables.
CREATE TRIGGER kitchen_ticket_created AFTER INSERT ON kitchen_tickets
BEGIN
    INSERT INTO kitchen_events (ticket_id, state, at) VALUES (NEW.id, NEW.status, NEW.created_at);
END;
CREATE TRIGGER kitchen_ticket_state AFTER UPDATE OF status ON kitchen_tickets WHEN NEW.status <> OLD.status
BEGIN
    INSERT INTO kitchen_events (ticket_id, state, at) VALUES (NEW.id, NEW.status, NEW.updated_at);
END;
CREATE TRIGGER kitchen_events_no_update BEFORE UPDATE ON kitchen_events
BEGIN
    SELECT RAISE(ABORT, 'kitchen events are append-only');
END;
CREATE TRIGGER kitchen_events_no_delete BEFORE DELETE ON kitchen_events
BEGIN
    SELECT RAISE(ABORT, 'kitchen events are append-only');
END;

-- A cancelled ticket stays cancelled: a bump or a hand-over cannot bring it back.
CREATE TRIGGER kitchen_ticket_cancelled_stays BEFORE UPDATE OF status ON kitchen_tickets
WHEN OLD.status = 'cancelled' AND NEW.status <> 'cancelled'
BEGIN
    SELECT RAISE(ABORT, 'a cancelled kitchen ticket cannot change state');
END;

-- A refunded line: its items are cancelled, at the refund's time. The order's tickets are found
-- through their index; (ticket_id, order_line_id) is the items' key.
CREATE TRIGGER kitchen_line_refunded AFTER INSERT ON refund_lines
BEGIN
    UPDATE kitchen_ticket_items SET cancelled_at = (SELECT created_at FROM refunds WHERE id = NEW.refund_id)
    WHERE order_line_id = NEW.order_line_id AND cancelled_at IS NULL
      AND ticket_id IN (SELECT t.id FROM kitchen_tickets AS t JOIN order_lines AS l ON l.order_id = t.order_id
                        WHERE l.id = NEW.order_line_id);
END;

-- A whole refund or a void cancels whatever items are left (a whole refund has already cancelled
-- them line by line; this is for any writer that only sets the order's status).
CREATE TRIGGER kitchen_order_cancelled AFTER UPDATE OF status ON orders
WHEN NEW.status IN ('voided', 'refunded') AND OLD.status <> NEW.status
BEGIN
    UPDATE kitchen_ticket_items
    SET cancelled_at = coalesce((SELECT max(created_at) FROM refunds WHERE order_id = NEW.id),
                                strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    WHERE cancelled_at IS NULL AND ticket_id IN (SELECT id FROM kitchen_tickets WHERE order_id = NEW.id);
END;

-- An item cancelled on a ticket still in the kitchen: the ticket is cancelled when it was the last
-- one, else it is announced again in its state with the items that remain. A completed ticket was
-- handed over and stays completed.
CREATE TRIGGER kitchen_item_cancelled AFTER UPDATE OF cancelled_at ON kitchen_ticket_items
WHEN OLD.cancelled_at IS NULL AND NEW.cancelled_at IS NOT NULL
BEGIN
    UPDATE kitchen_tickets SET status = 'cancelled', updated_at = NEW.cancelled_at
    WHERE id = NEW.ticket_id AND status IN ('pending', 'in_progress', 'ready')
      AND NOT EXISTS (SELECT 1 FROM kitchen_ticket_items WHERE ticket_id = NEW.ticket_id AND cancelled_at IS NULL);
    INSERT INTO kitchen_events (ticket_id, state, at)
    SELECT id, status, NEW.cancelled_at FROM kitchen_tickets
    WHERE id = NEW.ticket_id AND status IN ('pending', 'in_progress', 'ready');
END;
