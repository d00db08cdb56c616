-- Crema schema, part 2: the menu. Products come in sizes (variants with their own price);
-- modifier groups hold choices with price deltas and min/max rules.
CREATE TABLE tax_rates (
    id      INTEGER PRIMARY KEY,
    uuid    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL UNIQUE,
    rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000) -- basis points: 2000 = 20 %
);

CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    tax_rate_id INTEGER NOT NULL REFERENCES tax_rates (id),
    colour      TEXT NOT NULL DEFAULT '#6b4f3a', -- button colour on the till
    sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE products (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    category_id       INTEGER NOT NULL REFERENCES categories (id),
    name              TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    sku               TEXT UNIQUE,
    barcode           TEXT UNIQUE,
    needs_preparation INTEGER NOT NULL DEFAULT 1 CHECK (needs_preparation IN (0, 1)), -- goes to the kitchen
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX products_category ON products (category_id, sort_order);

CREATE TABLE product_sizes (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    product_id  INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (product_id, name)
);

CREATE TABLE modifier_groups (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    min_choices INTEGER NOT NULL DEFAULT 0 CHECK (min_choices >= 0),
    max_choices INTEGER NOT NULL DEFAULT 1 CHECK (max_choices >= 1),
    CHECK (min_choices <= max_choices)
);

CREATE TABLE modifiers (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    group_id          INTEGER NOT NULL REFERENCES modifier_groups (id) ON DELETE CASCADE,
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    price_delta_cents INTEGER NOT NULL DEFAULT 0,
    sort_order        INTEGER NOT NULL DEFAULT 0,
    UNIQUE (group_id, name)
);

CREATE TABLE product_modifier_groups (
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    group_id   INTEGER NOT NULL REFERENCES modifier_groups (id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (product_id, group_id)
) WITHOUT ROWID;
CREATE INDEX product_modifier_groups_group ON product_modifier_groups (group_id);
