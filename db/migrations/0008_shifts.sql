-- Crema schema, part 8: till shifts and the cash that moves in and out of the drawer.
CREATE TABLE shifts (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    terminal_id    INTEGER NOT NULL REFERENCES terminals (id),
    opened_by      INTEGER NOT NULL REFERENCES staff (id),
    opened_at      TEXT NOT NULL,
    float_cents    INTEGER NOT NULL CHECK (float_cents >= 0), -- cash in the drawer at the start
    closed_by      INTEGER REFERENCES staff (id),
    closed_at      TEXT,
    counted_cents  INTEGER CHECK (counted_cents IS NULL OR counted_cents >= 0),
    expected_cents INTEGER,
    z_report       TEXT, -- JSON, kept as printed
    CHECK ((closed_at IS NULL) = (closed_by IS NULL) AND (closed_at IS NULL) = (counted_cents IS NULL))
);
-- One open shift per till.
CREATE UNIQUE INDEX shifts_one_open ON shifts (terminal_id) WHERE closed_at IS NULL;

CREATE TABLE cash_movements (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    shift_id     INTEGER NOT NULL REFERENCES shifts (id),
    kind         TEXT NOT NULL CHECK (kind IN ('in', 'out')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    staff_id     INTEGER NOT NULL REFERENCES staff (id),
    created_at   TEXT NOT NULL
);
CREATE INDEX cash_movements_shift ON cash_movements (shift_id);
CREATE INDEX payments_created ON payments (created_at);
