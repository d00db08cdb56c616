-- What the chain's reports read (the back office's chain scope, `cremactl report sales --chain`,
-- `cremactl forecast --chain`): each sale and refund on the store's local business day and hour,
-- as the till's own reports count it, the units of each, what each refunded line gave back and
-- what each refund paid back by method. Rows from before this version fall back to the UTC day
-- and hour, as a till's file does for rows written without them.
ALTER TABLE orders ADD COLUMN business_day TEXT;
ALTER TABLE orders ADD COLUMN business_hour INTEGER;
ALTER TABLE orders ADD COLUMN items BIGINT NOT NULL DEFAULT 0;
ALTER TABLE refunds ADD COLUMN business_day TEXT;
ALTER TABLE refunds ADD COLUMN business_hour INTEGER;
ALTER TABLE refunds ADD COLUMN items BIGINT NOT NULL DEFAULT 0;
UPDATE orders SET business_day = substr(paid_at, 1, 10), business_hour = CAST(substr(paid_at, 12, 2) AS INTEGER),
    items = (SELECT coalesce(sum(l.quantity), 0) FROM order_lines AS l
             WHERE l.store_id = orders.store_id AND l.order_uuid = orders.order_uuid)
WHERE paid_at IS NOT NULL;
UPDATE refunds SET business_day = substr(at, 1, 10), business_hour = CAST(substr(at, 12, 2) AS INTEGER);
CREATE INDEX orders_business_day ON orders (store_id, business_day);
CREATE INDEX orders_chain_day ON orders (business_day); -- the whole chain's reads
CREATE INDEX refunds_business_day ON refunds (store_id, business_day);
CREATE INDEX refunds_chain_day ON refunds (business_day);
CREATE INDEX refunds_order ON refunds (store_id, order_uuid);
CREATE INDEX points_entries_order ON points_entries (store_id, order_uuid);

-- A refunded line: the order line (its product) and what it gave back.
CREATE TABLE refund_lines (
    store_id     TEXT NOT NULL,
    refund_uuid  TEXT NOT NULL,
    order_uuid   TEXT NOT NULL,
    line_no      INTEGER NOT NULL,
    quantity     BIGINT NOT NULL,
    amount_cents BIGINT NOT NULL,
    PRIMARY KEY (store_id, refund_uuid, line_no)
);

-- What a refund paid back, per method (a positive amount).
CREATE TABLE refund_payments (
    store_id     TEXT NOT NULL,
    refund_uuid  TEXT NOT NULL,
    n            INTEGER NOT NULL,
    method       TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    PRIMARY KEY (store_id, refund_uuid, n)
);
