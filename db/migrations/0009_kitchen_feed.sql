-- Crema schema, part 9: the kitchen feed between tills and kitchen screens.

-- Every kitchen ticket's creation and change of state is an event with this till's next sequence
-- number. Triggers write them, so every writer (the till, cremactl, a bump from a kitchen screen)
-- numbers them the same way, inside the transaction that made the change. AUTOINCREMENT: a number
-- is never reused, so a screen's "last seen" stays meaningful. Append-only.
CREATE TABLE kitchen_events (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id INTEGER NOT NULL REFERENCES kitchen_tickets (id),
    state     TEXT NOT NULL CHECK (state IN ('pending', 'in_progress', 'ready', 'completed')),
    at        TEXT NOT NULL
);
CREATE INDEX kitchen_events_ticket ON kitchen_events (ticket_id);
CREATE INDEX kitchen_tickets_created ON kitchen_tickets (created_at);

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

-- Tickets already open when this version arrives get their current state as their first event.
INSERT INTO kitchen_events (ticket_id, state, at)
SELECT id, status, updated_at FROM kitchen_tickets WHERE status <> 'completed' ORDER BY created_at, id;

-- Bumps from kitchen screens by their command id: a bump sent again after a lost acknowledgement
-- is applied once.
CREATE TABLE kitchen_commands (
    uuid       TEXT PRIMARY KEY,
    ticket_id  INTEGER NOT NULL REFERENCES kitchen_tickets (id),
    state      TEXT NOT NULL,
    applied_at TEXT NOT NULL
) WITHOUT ROWID;

-- When a station's tickets turn amber and red, in seconds since the order was paid.
CREATE TABLE kitchen_stations (
    name          TEXT PRIMARY KEY CHECK (name <> ''),
    amber_seconds INTEGER NOT NULL DEFAULT 180 CHECK (amber_seconds > 0),
    red_seconds   INTEGER NOT NULL DEFAULT 360,
    CHECK (red_seconds > amber_seconds)
) WITHOUT ROWID;
INSERT OR IGNORE INTO kitchen_stations (name) VALUES ('Bar');
INSERT OR IGNORE INTO kitchen_stations (name) SELECT DISTINCT station FROM categories WHERE station <> '';

-- On a kitchen screen: its copy of other tills' tickets (the latest event of each, with the ticket
-- as JSON), how far it has read each till's feed, and bumps not yet acknowledged by their till.
CREATE TABLE kitchen_mirror (
    till_uuid  TEXT NOT NULL,
    ticket_id  INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    state      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    ticket     TEXT NOT NULL,
    PRIMARY KEY (till_uuid, ticket_id)
) WITHOUT ROWID;
CREATE INDEX kitchen_mirror_created ON kitchen_mirror (created_at);
CREATE TABLE kitchen_feed_cursors (
    till_uuid TEXT PRIMARY KEY,
    address   TEXT NOT NULL, -- HOST:PORT this screen reaches the till at
    last_seq  INTEGER NOT NULL CHECK (last_seq >= 0)
) WITHOUT ROWID;
CREATE TABLE kitchen_feed_outbox (
    uuid       TEXT PRIMARY KEY,
    till_uuid  TEXT NOT NULL,
    ticket_id  INTEGER NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('pending', 'in_progress', 'ready', 'completed')),
    created_at TEXT NOT NULL
) WITHOUT ROWID;
