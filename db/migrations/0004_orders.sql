-- Crema schema, part 4: orders. Lines keep the name, price and tax rate they were sold at, so a
-- receipt reprinted after a menu change still shows what the customer paid for.
CREATE TABLE orders (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    store_id       INTEGER NOT NULL REFERENCES stores (id),
    terminal_id    INTEGER NOT NULL REFERENCES terminals (id),
    receipt_no     INTEGER, -- per terminal, assigned when paid
    staff_id       INTEGER NOT NULL REFERENCES staff (id),
    customer_id    INTEGER REFERENCES customers (id),
    status         TEXT NOT NULL CHECK (status IN ('open', 'paid', 'voided', 'refunded', 'partially_refunded')),
    subtotal_cents INTEGER NOT NULL DEFAULT 0,
    discount_cents INTEGER NOT NULL DEFAULT 0 CHECK (discount_cents >= 0),
    tax_cents      INTEGER NOT NULL DEFAULT 0,
    total_cents    INTEGER NOT NULL DEFAULT 0,
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    paid_at        TEXT,
    UNIQUE (terminal_id, receipt_no),
    CHECK (status = 'open' OR status = 'voided' OR (receipt_no IS NOT NULL AND paid_at IS NOT NULL))
);
CREATE INDEX orders_paid_at ON orders (store_id, paid_at);
CREATE INDEX orders_customer ON orders (customer_id) WHERE customer_id IS NOT NULL;

CREATE TABLE order_lines (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    order_id         INTEGER NOT NULL REFERENCES orders (id),
    line_no          INTEGER NOT NULL CHECK (line_no >= 1),
    product_id       INTEGER NOT NULL REFERENCES products (id),
    size_id          INTEGER NOT NULL REFERENCES product_sizes (id),
    product_name     TEXT NOT NULL, -- as sold
    size_name        TEXT NOT NULL, -- as sold
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents INTEGER NOT NULL, -- size price plus modifier deltas, as sold
    discount_cents   INTEGER NOT NULL DEFAULT 0 CHECK (discount_cents >= 0),
    tax_rate_bp      INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    tax_cents        INTEGER NOT NULL DEFAULT 0,
    total_cents      INTEGER NOT NULL,
    note             TEXT NOT NULL DEFAULT '',
    UNIQUE (order_id, line_no)
);
CREATE INDEX order_lines_product ON order_lines (product_id);

CREATE TABLE line_modifiers (
    order_line_id     INTEGER NOT NULL REFERENCES order_lines (id),
    modifier_id       INTEGER NOT NULL REFERENCES modifiers (id),
    name              TEXT NOT NULL, -- as sold
    price_delta_cents INTEGER NOT NULL,
    PRIMARY KEY (order_line_id, modifier_id)
) WITHOUT ROWID;
CREATE INDEX line_modifiers_modifier ON line_modifiers (modifier_id);

-- Signed: a refund is a negative payment of the same method.
CREATE TABLE payments (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    order_id       INTEGER NOT NULL REFERENCES orders (id),
    method         TEXT NOT NULL CHECK (method IN ('cash', 'card')),
    amount_cents   INTEGER NOT NULL CHECK (amount_cents <> 0),
    tendered_cents INTEGER, -- cash handed over
    change_cents   INTEGER CHECK (change_cents IS NULL OR change_cents >= 0),
    reference      TEXT NOT NULL DEFAULT '', -- card terminal approval code
    created_at     TEXT NOT NULL
);
CREATE INDEX payments_order ON payments (order_id);
