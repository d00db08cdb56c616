-- Crema schema, part 10: what the back office reads. Charts, reports and forecasts read these
-- summaries instead of a year of order lines. Triggers keep them equal to the orders, lines,
-- payments, refunds and points they sum, whoever writes those rows (the till, an import, the demo).
--
-- Days and hours are the store's local ones, worked out by the writer from the store's time zone
-- (SQLite knows no time zones): business_day is the local date an order was paid or a refund made,
-- business_hour its local hour, or -1 for imported history that had no time of day. A row written
-- without them (by hand, say) falls back to the UTC day and hour.
ALTER TABLE orders ADD COLUMN business_day TEXT;
ALTER TABLE orders ADD COLUMN business_hour INTEGER CHECK (business_hour IS NULL OR business_hour BETWEEN -1 AND 23);
ALTER TABLE refunds ADD COLUMN business_day TEXT;
ALTER TABLE refunds ADD COLUMN business_hour INTEGER CHECK (business_hour IS NULL OR business_hour BETWEEN -1 AND 23);

UPDATE orders SET business_day = substr(paid_at, 1, 10), business_hour = CAST(substr(paid_at, 12, 2) AS INTEGER)
WHERE paid_at IS NOT NULL;
UPDATE refunds SET business_day = substr(created_at, 1, 10), business_hour = CAST(substr(created_at, 12, 2) AS INTEGER);

-- Active loyalty members of a period, and the orders of a day.
CREATE INDEX orders_business_day ON orders (store_id, business_day, customer_id) WHERE business_day IS NOT NULL;

-- Per store, local day and hour. sales_cents is what the orders came to (after discounts, tax
-- included); refunds count on the day and hour they were given.
CREATE TABLE sales_hourly (
    store_id       INTEGER NOT NULL REFERENCES stores (id),
    day            TEXT NOT NULL,
    hour           INTEGER NOT NULL,
    orders         INTEGER NOT NULL DEFAULT 0,
    items          INTEGER NOT NULL DEFAULT 0,
    sales_cents    INTEGER NOT NULL DEFAULT 0,
    discount_cents INTEGER NOT NULL DEFAULT 0,
    tax_cents      INTEGER NOT NULL DEFAULT 0,
    refunds        INTEGER NOT NULL DEFAULT 0,
    refund_items   INTEGER NOT NULL DEFAULT 0,
    refund_cents   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, day, hour)
) WITHOUT ROWID;

-- Per store, day and product: orders holding it, units and line totals sold, and refunded.
CREATE TABLE sales_product_daily (
    store_id        INTEGER NOT NULL REFERENCES stores (id),
    day             TEXT NOT NULL,
    product_id      INTEGER NOT NULL REFERENCES products (id),
    orders          INTEGER NOT NULL DEFAULT 0,
    quantity        INTEGER NOT NULL DEFAULT 0,
    sales_cents     INTEGER NOT NULL DEFAULT 0,
    refund_quantity INTEGER NOT NULL DEFAULT 0,
    refund_cents    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, day, product_id)
) WITHOUT ROWID;

-- The mix actually sold, for turning a product forecast into ingredients: units per size
-- (modifier_id 0) and, per size, units that carried each modifier.
CREATE TABLE sales_mix_daily (
    store_id    INTEGER NOT NULL REFERENCES stores (id),
    day         TEXT NOT NULL,
    size_id     INTEGER NOT NULL REFERENCES product_sizes (id),
    modifier_id INTEGER NOT NULL,
    quantity    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, day, size_id, modifier_id)
) WITHOUT ROWID;

-- Per store, day and method: money taken, and money paid back on refunds (a positive number).
CREATE TABLE payments_daily (
    store_id      INTEGER NOT NULL REFERENCES stores (id),
    day           TEXT NOT NULL,
    method        TEXT NOT NULL,
    payments      INTEGER NOT NULL DEFAULT 0,
    amount_cents  INTEGER NOT NULL DEFAULT 0,
    refunds       INTEGER NOT NULL DEFAULT 0,
    refund_cents  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, day, method)
) WITHOUT ROWID;

-- Per store and day: points earned on sales (less those taken back by refunds) and points redeemed
-- (less those given back).
CREATE TABLE loyalty_daily (
    store_id INTEGER NOT NULL REFERENCES stores (id),
    day      TEXT NOT NULL,
    earned   INTEGER NOT NULL DEFAULT 0,
    redeemed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, day)
) WITHOUT ROWID;

-- An order counts once it is paid: inserted as paid (imports, the demo, a sale rung up in one go),
-- or a parked order being paid. Its lines, payments and points count then, or as they are added.
CREATE TRIGGER orders_summary_insert AFTER INSERT ON orders
WHEN NEW.status NOT IN ('open', 'voided')
BEGIN
    INSERT INTO sales_hourly (store_id, day, hour, orders, sales_cents, discount_cents, tax_cents)
    VALUES (NEW.store_id, coalesce(NEW.business_day, substr(NEW.paid_at, 1, 10)),
        coalesce(NEW.business_hour, CAST(substr(NEW.paid_at, 12, 2) AS INTEGER)), 1, NEW.total_cents,
        NEW.discount_cents, NEW.tax_cents)
    ON CONFLICT (store_id, day, hour) DO UPDATE SET orders = orders + 1, sales_cents = sales_cents + excluded.sales_cents,
        discount_cents = discount_cents + excluded.discount_cents, tax_cents = tax_cents + excluded.tax_cents;
END;

CREATE TRIGGER orders_summary_paid AFTER UPDATE OF status ON orders
WHEN OLD.status = 'open' AND NEW.status NOT IN ('open', 'voided')
BEGIN
    INSERT INTO sales_hourly (store_id, day, hour, orders, items, sales_cents, discount_cents, tax_cents)
    SELECT NEW.store_id, coalesce(NEW.business_day, substr(NEW.paid_at, 1, 10)),
        coalesce(NEW.business_hour, CAST(substr(NEW.paid_at, 12, 2) AS INTEGER)), 1,
        (SELECT coalesce(sum(quantity), 0) FROM order_lines WHERE order_id = NEW.id), NEW.total_cents,
        NEW.discount_cents, NEW.tax_cents
    WHERE true
    ON CONFLICT (store_id, day, hour) DO UPDATE SET orders = orders + 1, items = items + excluded.items,
        sales_cents = sales_cents + excluded.sales_cents, discount_cents = discount_cents + excluded.discount_cents,
        tax_cents = tax_cents + excluded.tax_cents;
    INSERT INTO sales_product_daily (store_id, day, product_id, orders, quantity, sales_cents)
    SELECT NEW.store_id, coalesce(NEW.business_day, substr(NEW.paid_at, 1, 10)), product_id, 1, sum(quantity),
        sum(total_cents)
    FROM order_lines WHERE order_id = NEW.id GROUP BY product_id
    ON CONFLICT (store_id, day, product_id) DO UPDATE SET orders = orders + 1, quantity = quantity + excluded.quantity,
        sales_cents = sales_cents + excluded.sales_cents;
    INSERT INTO sales_mix_daily (store_id, day, size_id, modifier_id, quantity)
    SELECT NEW.store_id, coalesce(NEW.business_day, substr(NEW.paid_at, 1, 10)), size_id, 0, sum(quantity)
    FROM order_lines WHERE order_id = NEW.id GROUP BY size_id
    ON CONFLICT (store_id, day, size_id, modifier_id) DO UPDATE SET quantity = quantity + excluded.quantity;
    INSERT INTO sales_mix_daily (store_id, day, size_id, modifier_id, quantity)
    SELECT NEW.store_id, coalesce(NEW.business_day, substr(NEW.paid_at, 1, 10)), l.size_id, m.modifier_id,
        sum(l.quantity)
    FROM order_lines AS l JOIN line_modifiers AS m ON m.order_line_id = l.id WHERE l.order_id = NEW.id
    GROUP BY l.size_id, m.modifier_id
    ON CONFLICT (store_id, day, size_id, modifier_id) DO UPDATE SET quantity = quantity + excluded.quantity;
    INSERT INTO payments_daily (store_id, day, method, payments, amount_cents)
    SELECT NEW.store_id, coalesce(NEW.business_day, substr(NEW.paid_at, 1, 10)), method, count(*), sum(amount_cents)
    FROM payments WHERE order_id = NEW.id AND amount_cents > 0 GROUP BY method
    ON CONFLICT (store_id, day, method) DO UPDATE SET payments = payments + excluded.payments,
        amount_cents = amount_cents + excluded.amount_cents;
    INSERT INTO loyalty_daily (store_id, day, earned, redeemed)
    SELECT NEW.store_id, coalesce(NEW.business_day, substr(NEW.paid_at, 1, 10)),
        coalesce(sum(CASE WHEN reason = 'earn' THEN points END), 0),
        coalesce(-sum(CASE WHEN reason = 'redeem' THEN points END), 0)
    FROM loyalty_ledger WHERE order_id = NEW.id AND reason IN ('earn', 'redeem') HAVING count(*) > 0
    ON CONFLICT (store_id, day) DO UPDATE SET earned = earned + excluded.earned, redeemed = redeemed + excluded.redeemed;
END;

CREATE TRIGGER order_lines_summary AFTER INSERT ON order_lines
WHEN (SELECT status FROM orders WHERE id = NEW.order_id) NOT IN ('open', 'voided')
BEGIN
    INSERT INTO sales_hourly (store_id, day, hour, items)
    SELECT store_id, coalesce(business_day, substr(paid_at, 1, 10)),
        coalesce(business_hour, CAST(substr(paid_at, 12, 2) AS INTEGER)), NEW.quantity
    FROM orders WHERE id = NEW.order_id
    ON CONFLICT (store_id, day, hour) DO UPDATE SET items = items + excluded.items;
    INSERT INTO sales_product_daily (store_id, day, product_id, orders, quantity, sales_cents)
    SELECT store_id, coalesce(business_day, substr(paid_at, 1, 10)), NEW.product_id,
        -- "+product_id": look through this order's lines, never through every line of the product.
        NOT EXISTS (SELECT 1 FROM order_lines WHERE order_id = NEW.order_id AND +product_id = NEW.product_id
            AND id <> NEW.id), NEW.quantity, NEW.total_cents
    FROM orders WHERE id = NEW.order_id
    ON CONFLICT (store_id, day, product_id) DO UPDATE SET orders = orders + excluded.orders,
        quantity = quantity + excluded.quantity, sales_cents = sales_cents + excluded.sales_cents;
    INSERT INTO sales_mix_daily (store_id, day, size_id, modifier_id, quantity)
    SELECT store_id, coalesce(business_day, substr(paid_at, 1, 10)), NEW.size_id, 0, NEW.quantity
    FROM orders WHERE id = NEW.order_id
    ON CONFLICT (store_id, day, size_id, modifier_id) DO UPDATE SET quantity = quantity + excluded.quantity;
END;

CREATE TRIGGER line_modifiers_summary AFTER INSERT ON line_modifiers
WHEN (SELECT o.status FROM order_lines AS l JOIN orders AS o ON o.id = l.order_id WHERE l.id = NEW.order_line_id)
    NOT IN ('open', 'voided')
BEGIN
    INSERT INTO sales_mix_daily (store_id, day, size_id, modifier_id, quantity)
    SELECT o.store_id, coalesce(o.business_day, substr(o.paid_at, 1, 10)), l.size_id, NEW.modifier_id, l.quantity
    FROM order_lines AS l JOIN orders AS o ON o.id = l.order_id WHERE l.id = NEW.order_line_id
    ON CONFLICT (store_id, day, size_id, modifier_id) DO UPDATE SET quantity = quantity + excluded.quantity;
END;

-- A payment counts on the order's day; a refund's payment back (negative) on the day of the
-- order's latest refund, which the refund writes first.
CREATE TRIGGER payments_summary AFTER INSERT ON payments
WHEN (SELECT status FROM orders WHERE id = NEW.order_id) NOT IN ('open', 'voided')
BEGIN
    INSERT INTO payments_daily (store_id, day, method, payments, amount_cents, refunds, refund_cents)
    SELECT o.store_id,
        CASE WHEN NEW.amount_cents > 0 THEN coalesce(o.business_day, substr(o.paid_at, 1, 10))
        ELSE coalesce((SELECT coalesce(r.business_day, substr(r.created_at, 1, 10)) FROM refunds AS r
            WHERE r.order_id = o.id ORDER BY r.id DESC LIMIT 1), substr(NEW.created_at, 1, 10)) END,
        NEW.method, NEW.amount_cents > 0, max(NEW.amount_cents, 0), NEW.amount_cents < 0, max(-NEW.amount_cents, 0)
    FROM orders AS o WHERE o.id = NEW.order_id
    ON CONFLICT (store_id, day, method) DO UPDATE SET payments = payments + excluded.payments,
        amount_cents = amount_cents + excluded.amount_cents, refunds = refunds + excluded.refunds,
        refund_cents = refund_cents + excluded.refund_cents;
END;

CREATE TRIGGER loyalty_ledger_summary AFTER INSERT ON loyalty_ledger
WHEN NEW.order_id IS NOT NULL AND NEW.reason <> 'adjust'
    AND (SELECT status FROM orders WHERE id = NEW.order_id) NOT IN ('open', 'voided')
BEGIN
    INSERT INTO loyalty_daily (store_id, day, earned, redeemed)
    SELECT o.store_id,
        CASE WHEN NEW.reason IN ('earn', 'redeem') THEN coalesce(o.business_day, substr(o.paid_at, 1, 10))
        ELSE coalesce((SELECT coalesce(r.business_day, substr(r.created_at, 1, 10)) FROM refunds AS r
            WHERE r.order_id = o.id ORDER BY r.id DESC LIMIT 1), substr(NEW.created_at, 1, 10)) END,
        CASE WHEN NEW.reason IN ('earn', 'refund_earn') THEN NEW.points ELSE 0 END,
        CASE WHEN NEW.reason IN ('redeem', 'refund_redeem') THEN -NEW.points ELSE 0 END
    FROM orders AS o WHERE o.id = NEW.order_id
    ON CONFLICT (store_id, day) DO UPDATE SET earned = earned + excluded.earned, redeemed = redeemed + excluded.redeemed;
END;

CREATE TRIGGER refunds_summary AFTER INSERT ON refunds
BEGIN
    INSERT INTO sales_hourly (store_id, day, hour, refunds, refund_cents)
    SELECT store_id, coalesce(NEW.business_day, substr(NEW.created_at, 1, 10)),
        coalesce(NEW.business_hour, CAST(substr(NEW.created_at, 12, 2) AS INTEGER)), 1, NEW.amount_cents
    FROM orders WHERE id = NEW.order_id
    ON CONFLICT (store_id, day, hour) DO UPDATE SET refunds = refunds + 1,
        refund_cents = refund_cents + excluded.refund_cents;
END;

CREATE TRIGGER refund_lines_summary AFTER INSERT ON refund_lines
BEGIN
    INSERT INTO sales_hourly (store_id, day, hour, refund_items)
    SELECT o.store_id, coalesce(r.business_day, substr(r.created_at, 1, 10)),
        coalesce(r.business_hour, CAST(substr(r.created_at, 12, 2) AS INTEGER)), l.quantity
    FROM refunds AS r JOIN orders AS o ON o.id = r.order_id JOIN order_lines AS l ON l.id = NEW.order_line_id
    WHERE r.id = NEW.refund_id
    ON CONFLICT (store_id, day, hour) DO UPDATE SET refund_items = refund_items + excluded.refund_items;
    INSERT INTO sales_product_daily (store_id, day, product_id, refund_quantity, refund_cents)
    SELECT o.store_id, coalesce(r.business_day, substr(r.created_at, 1, 10)), l.product_id, l.quantity,
        NEW.amount_cents
    FROM refunds AS r JOIN orders AS o ON o.id = r.order_id JOIN order_lines AS l ON l.id = NEW.order_line_id
    WHERE r.id = NEW.refund_id
    ON CONFLICT (store_id, day, product_id) DO UPDATE SET refund_quantity = refund_quantity + excluded.refund_quantity,
        refund_cents = refund_cents + excluded.refund_cents;
END;

-- Sales already on file when this version arrives (their days are UTC days, set above).
INSERT INTO sales_hourly (store_id, day, hour, orders, items, sales_cents, discount_cents, tax_cents)
SELECT o.store_id, o.business_day, o.business_hour, count(*),
    sum((SELECT coalesce(sum(quantity), 0) FROM order_lines WHERE order_id = o.id)), sum(o.total_cents),
    sum(o.discount_cents), sum(o.tax_cents)
FROM orders AS o WHERE o.status NOT IN ('open', 'voided') GROUP BY o.store_id, o.business_day, o.business_hour;
INSERT INTO sales_hourly (store_id, day, hour, refunds, refund_items, refund_cents)
SELECT o.store_id, r.business_day, r.business_hour, count(*),
    sum((SELECT coalesce(sum(l.quantity), 0) FROM refund_lines AS rl JOIN order_lines AS l ON l.id = rl.order_line_id
        WHERE rl.refund_id = r.id)), sum(r.amount_cents)
FROM refunds AS r JOIN orders AS o ON o.id = r.order_id GROUP BY o.store_id, r.business_day, r.business_hour
ON CONFLICT (store_id, day, hour) DO UPDATE SET refunds = excluded.refunds, refund_items = excluded.refund_items,
    refund_cents = excluded.refund_cents;
INSERT INTO sales_product_daily (store_id, day, product_id, orders, quantity, sales_cents)
SELECT o.store_id, o.business_day, l.product_id, count(DISTINCT o.id), sum(l.quantity), sum(l.total_cents)
FROM orders AS o JOIN order_lines AS l ON l.order_id = o.id WHERE o.status NOT IN ('open', 'voided')
GROUP BY o.store_id, o.business_day, l.product_id;
INSERT INTO sales_product_daily (store_id, day, product_id, refund_quantity, refund_cents)
SELECT o.store_id, r.business_day, l.product_id, sum(l.quantity), sum(rl.amount_cents)
FROM refund_lines AS rl JOIN refunds AS r ON r.id = rl.refund_id JOIN orders AS o ON o.id = r.order_id
    JOIN order_lines AS l ON l.id = rl.order_line_id
WHERE true GROUP BY o.store_id, r.business_day, l.product_id
ON CONFLICT (store_id, day, product_id) DO UPDATE SET refund_quantity = excluded.refund_quantity,
    refund_cents = excluded.refund_cents;
INSERT INTO sales_mix_daily (store_id, day, size_id, modifier_id, quantity)
SELECT o.store_id, o.business_day, l.size_id, 0, sum(l.quantity)
FROM orders AS o JOIN order_lines AS l ON l.order_id = o.id WHERE o.status NOT IN ('open', 'voided')
GROUP BY o.store_id, o.business_day, l.size_id;
INSERT INTO sales_mix_daily (store_id, day, size_id, modifier_id, quantity)
SELECT o.store_id, o.business_day, l.size_id, m.modifier_id, sum(l.quantity)
FROM orders AS o JOIN order_lines AS l ON l.order_id = o.id JOIN line_modifiers AS m ON m.order_line_id = l.id
WHERE o.status NOT IN ('open', 'voided') GROUP BY o.store_id, o.business_day, l.size_id, m.modifier_id;
INSERT INTO payments_daily (store_id, day, method, payments, amount_cents, refunds, refund_cents)
SELECT o.store_id, o.business_day, p.method, sum(p.amount_cents > 0), sum(max(p.amount_cents, 0)),
    sum(p.amount_cents < 0), sum(max(-p.amount_cents, 0))
FROM payments AS p JOIN orders AS o ON o.id = p.order_id WHERE o.status NOT IN ('open', 'voided')
GROUP BY o.store_id, o.business_day, p.method;
INSERT INTO loyalty_daily (store_id, day, earned, redeemed)
SELECT o.store_id, o.business_day, coalesce(sum(CASE WHEN l.reason IN ('earn', 'refund_earn') THEN l.points END), 0),
    coalesce(-sum(CASE WHEN l.reason IN ('redeem', 'refund_redeem') THEN l.points END), 0)
FROM loyalty_ledger AS l JOIN orders AS o ON o.id = l.order_id
WHERE l.reason <> 'adjust' AND o.status NOT IN ('open', 'voided') GROUP BY o.store_id, o.business_day;
