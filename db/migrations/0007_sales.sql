-- Crema schema, part 7: what the sale engine needs beyond v1.
-- Kitchen stations per category ("Bar" for drinks, "Kitchen" for food).
ALTER TABLE categories ADD COLUMN station TEXT NOT NULL DEFAULT 'Bar';

-- Which order line a sale or refund movement belongs to, so a refund returns exactly what was taken.
ALTER TABLE stock_movements ADD COLUMN order_line_id INTEGER REFERENCES order_lines (id);
CREATE INDEX stock_movements_line ON stock_movements (order_line_id) WHERE order_line_id IS NOT NULL;

-- The loyalty rewards catalogue: a free item of a category or product, or an amount off the order.
CREATE TABLE rewards (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    points_cost  INTEGER NOT NULL CHECK (points_cost > 0),
    category_id  INTEGER REFERENCES categories (id),
    product_id   INTEGER REFERENCES products (id),
    amount_cents INTEGER CHECK (amount_cents IS NULL OR amount_cents > 0),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    CHECK ((category_id IS NOT NULL) + (product_id IS NOT NULL) + (amount_cents IS NOT NULL) = 1)
);

-- Discounts as given: a cashier's percent or amount (on a line or the whole order) or a reward.
-- amount_cents is what it took off; order_lines.discount_cents holds each line's allocated share.
CREATE TABLE order_discounts (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,
    order_id            INTEGER NOT NULL REFERENCES orders (id),
    order_line_id       INTEGER REFERENCES order_lines (id), -- NULL: the whole order
    kind                TEXT NOT NULL CHECK (kind IN ('percent', 'amount', 'reward')),
    value               INTEGER NOT NULL CHECK (value >= 0), -- basis points for percent, cents for amount
    reward_id           INTEGER REFERENCES rewards (id),
    points              INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0), -- points a reward cost
    amount_cents        INTEGER NOT NULL CHECK (amount_cents >= 0),
    authorised_staff_id INTEGER REFERENCES staff (id), -- manager who allowed a discount over the limit
    CHECK ((kind = 'reward') = (reward_id IS NOT NULL))
);
CREATE INDEX order_discounts_order ON order_discounts (order_id);

CREATE TABLE refunds (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,
    order_id            INTEGER NOT NULL REFERENCES orders (id),
    staff_id            INTEGER NOT NULL REFERENCES staff (id),
    authorised_staff_id INTEGER REFERENCES staff (id),
    reason              TEXT NOT NULL DEFAULT '',
    amount_cents        INTEGER NOT NULL CHECK (amount_cents >= 0),
    created_at          TEXT NOT NULL
);
CREATE INDEX refunds_order ON refunds (order_id);

-- A line is refunded at most once, whole.
CREATE TABLE refund_lines (
    refund_id     INTEGER NOT NULL REFERENCES refunds (id),
    order_line_id INTEGER NOT NULL UNIQUE REFERENCES order_lines (id),
    amount_cents  INTEGER NOT NULL CHECK (amount_cents >= 0),
    disposition   TEXT NOT NULL CHECK (disposition IN ('restock', 'waste')),
    PRIMARY KEY (refund_id, order_line_id)
) WITHOUT ROWID;
