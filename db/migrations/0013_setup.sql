-- Crema schema, part 13: a café sets itself up from the back office.
--
-- Nothing that has been sold is ever deleted: categories, sizes, modifier groups, modifiers,
-- ingredients, purchase units and suppliers gain `active` like products and rewards, and the
-- editors deactivate instead.

-- How money, numbers and dates are written for this store (a Qt/BCP 47 locale name: en_GB, fr_FR).
ALTER TABLE stores ADD COLUMN locale TEXT NOT NULL DEFAULT 'en_GB' CHECK (length(locale) BETWEEN 2 AND 16);

ALTER TABLE categories ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE product_sizes ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE modifier_groups ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE modifiers ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE ingredients ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE purchase_units ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));

-- What ordering from a supplier takes: days from order to delivery, the smallest order they take,
-- the weekdays they deliver ("mon,thu"; empty: any day) and the time of day an order must be in by
-- ("HH:MM" in the store's time zone; empty: none).
ALTER TABLE suppliers ADD COLUMN lead_time_days INTEGER NOT NULL DEFAULT 1 CHECK (lead_time_days BETWEEN 0 AND 365);
ALTER TABLE suppliers ADD COLUMN min_order_cents INTEGER NOT NULL DEFAULT 0 CHECK (min_order_cents >= 0);
ALTER TABLE suppliers ADD COLUMN delivery_days TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN order_cutoff TEXT NOT NULL DEFAULT ''
    CHECK (order_cutoff = '' OR order_cutoff GLOB '[0-2][0-9]:[0-5][0-9]');
ALTER TABLE suppliers ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));

-- A product may have several barcodes (the 330 ml can and its multipack). products.barcode is
-- superseded by this table and left NULL from now on (a UNIQUE column cannot be dropped in SQLite).
CREATE TABLE product_barcodes (
    barcode    TEXT PRIMARY KEY CHECK (length(trim(barcode)) > 0),
    product_id INTEGER NOT NULL REFERENCES products (id)
) WITHOUT ROWID;
CREATE INDEX product_barcodes_product ON product_barcodes (product_id);
INSERT INTO product_barcodes (barcode, product_id)
SELECT barcode, id FROM products WHERE barcode IS NOT NULL AND trim(barcode) <> '';
UPDATE products SET barcode = NULL WHERE barcode IS NOT NULL;

-- Sold out ("86") in a store until the end of `business_day` (the store's business day it was
-- marked in), or until someone restores it. A row is the product's state, not history: the audit
-- log keeps who marked and restored it.
CREATE TABLE sold_out (
    store_id     INTEGER NOT NULL REFERENCES stores (id),
    product_id   INTEGER NOT NULL REFERENCES products (id),
    business_day TEXT NOT NULL, -- YYYY-MM-DD
    staff_id     INTEGER REFERENCES staff (id),
    at           TEXT NOT NULL,
    PRIMARY KEY (store_id, product_id)
) WITHOUT ROWID;

-- Rewards may also give a percentage off the order. A CHECK cannot be altered in place: the table
-- is rebuilt (with foreign keys checked at commit, as in 0012).
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE rewards_before AS SELECT * FROM rewards;
DROP TABLE rewards;
CREATE TABLE rewards (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    points_cost  INTEGER NOT NULL CHECK (points_cost > 0),
    category_id  INTEGER REFERENCES categories (id),
    product_id   INTEGER REFERENCES products (id),
    amount_cents INTEGER CHECK (amount_cents IS NULL OR amount_cents > 0),
    percent_bp   INTEGER CHECK (percent_bp IS NULL OR percent_bp BETWEEN 1 AND 10000), -- 1000 = 10 % off
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    CHECK ((category_id IS NOT NULL) + (product_id IS NOT NULL) + (amount_cents IS NOT NULL)
        + (percent_bp IS NOT NULL) = 1)
);
INSERT INTO rewards (id, uuid, name, points_cost, category_id, product_id, amount_cents, active)
SELECT id, uuid, name, points_cost, category_id, product_id, amount_cents, active FROM rewards_before ORDER BY id;
DROP TABLE rewards_before;

-- A counter per kind of master data (catalog, settings, staff), raised by every unit of work that
-- changes it, in the same transaction. Another process on the same file (crema beside cremactl)
-- sees PRAGMA data_version move, reads these and reloads only what changed.
CREATE TABLE change_revisions (
    kind     TEXT PRIMARY KEY,
    revision INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
