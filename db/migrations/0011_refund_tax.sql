-- Crema schema, part 11: a refund takes back its tax as well as its money, and a period's active
-- members are found customer by customer.
--
-- A refund takes back its tax as well as its money. A refund refunds whole
-- order lines, so its tax is the tax of those lines; it counts on the local day and hour the refund
-- was given, like its money (refund_cents). The tax a report shows is tax_cents - refund_tax_cents.
ALTER TABLE sales_hourly ADD COLUMN refund_tax_cents INTEGER NOT NULL DEFAULT 0;

DROP TRIGGER refund_lines_summary;
CREATE TRIGGER refund_lines_summary AFTER INSERT ON refund_lines
BEGIN
    INSERT INTO sales_hourly (store_id, day, hour, refund_items, refund_tax_cents)
    SELECT o.store_id, coalesce(r.business_day, substr(r.created_at, 1, 10)),
        coalesce(r.business_hour, CAST(substr(r.created_at, 12, 2) AS INTEGER)), l.quantity, l.tax_cents
    FROM refunds AS r JOIN orders AS o ON o.id = r.order_id JOIN order_lines AS l ON l.id = NEW.order_line_id
    WHERE r.id = NEW.refund_id
    ON CONFLICT (store_id, day, hour) DO UPDATE SET refund_items = refund_items + excluded.refund_items,
        refund_tax_cents = refund_tax_cents + excluded.refund_tax_cents;
    INSERT INTO sales_product_daily (store_id, day, product_id, refund_quantity, refund_cents)
    SELECT o.store_id, coalesce(r.business_day, substr(r.created_at, 1, 10)), l.product_id, l.quantity,
        NEW.amount_cents
    FROM refunds AS r JOIN orders AS o ON o.id = r.order_id JOIN order_lines AS l ON l.id = NEW.order_line_id
    WHERE r.id = NEW.refund_id
    ON CONFLICT (store_id, day, product_id) DO UPDATE SET refund_quantity = refund_quantity + excluded.refund_quantity,
        refund_cents = refund_cents + excluded.refund_cents;
END;

-- Refunds already on file. Each has its sales_hourly row already (refunds_summary wrote it).
WITH t AS (
    SELECT o.store_id, coalesce(r.business_day, substr(r.created_at, 1, 10)) AS day,
        coalesce(r.business_hour, CAST(substr(r.created_at, 12, 2) AS INTEGER)) AS hour, sum(l.tax_cents) AS tax
    FROM refund_lines AS rl JOIN refunds AS r ON r.id = rl.refund_id JOIN orders AS o ON o.id = r.order_id
        JOIN order_lines AS l ON l.id = rl.order_line_id
    GROUP BY 1, 2, 3)
UPDATE sales_hourly SET refund_tax_cents = t.tax
FROM t WHERE t.store_id = sales_hourly.store_id AND t.day = sales_hourly.day AND t.hour = sales_hourly.hour;

-- Active members of a period: a seek per customer and store into the orders they placed there,
-- whatever the period's length, instead of a walk through every order of the period. This one
-- index replaces two (orders_customer on customer_id alone, and 0010's orders_business_day), so a
-- sale writes one index entry fewer; a sale without a customer writes none here.
DROP INDEX orders_business_day;
DROP INDEX orders_customer;
CREATE INDEX orders_customer ON orders (customer_id, store_id, business_day) WHERE customer_id IS NOT NULL;
