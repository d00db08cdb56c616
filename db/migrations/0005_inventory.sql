-- Crema schema, part 5: ingredients, recipes, suppliers and the stock ledger.
CREATE TABLE suppliers (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    contact_name TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE ingredients (
    id        INTEGER PRIMARY KEY,
    uuid      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    base_unit TEXT NOT NULL CHECK (base_unit IN ('g', 'ml', 'pc'))
);

-- How an ingredient is bought: "1 kg bag" = 1000 g, "case of 12 x 1 l" = 12000 ml.
CREATE TABLE purchase_units (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    ingredient_id INTEGER NOT NULL REFERENCES ingredients (id) ON DELETE CASCADE,
    supplier_id   INTEGER NOT NULL REFERENCES suppliers (id),
    name          TEXT NOT NULL,
    base_quantity INTEGER NOT NULL CHECK (base_quantity > 0), -- in the ingredient's base unit
    cost_cents    INTEGER NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
    supplier_sku  TEXT NOT NULL DEFAULT '',
    UNIQUE (ingredient_id, supplier_id, name)
);
CREATE INDEX purchase_units_supplier ON purchase_units (supplier_id);

-- What one unit of a product size takes from stock.
CREATE TABLE size_recipe_items (
    size_id       INTEGER NOT NULL REFERENCES product_sizes (id) ON DELETE CASCADE,
    ingredient_id INTEGER NOT NULL REFERENCES ingredients (id),
    quantity      INTEGER NOT NULL CHECK (quantity > 0), -- base units
    PRIMARY KEY (size_id, ingredient_id)
) WITHOUT ROWID;
CREATE INDEX size_recipe_items_ingredient ON size_recipe_items (ingredient_id);

-- How a modifier changes the recipe of the size it is applied to:
--   add     - adds `quantity` of ingredient (extra shot: +18 g beans)
--   remove  - removes the ingredient from the recipe (no whipped cream)
--   replace - uses ingredient instead of replaces_ingredient, in the quantity the size's recipe
--             had of it (oat milk replaces the dairy milk of whatever size was chosen)
CREATE TABLE modifier_recipe_items (
    id                     INTEGER PRIMARY KEY,
    modifier_id            INTEGER NOT NULL REFERENCES modifiers (id) ON DELETE CASCADE,
    action                 TEXT NOT NULL CHECK (action IN ('add', 'remove', 'replace')),
    ingredient_id          INTEGER NOT NULL REFERENCES ingredients (id),
    replaces_ingredient_id INTEGER REFERENCES ingredients (id),
    quantity               INTEGER CHECK (quantity IS NULL OR quantity > 0),
    CHECK ((action = 'add' AND quantity IS NOT NULL AND replaces_ingredient_id IS NULL)
        OR (action = 'remove' AND quantity IS NULL AND replaces_ingredient_id IS NULL)
        OR (action = 'replace' AND replaces_ingredient_id IS NOT NULL AND replaces_ingredient_id <> ingredient_id)),
    UNIQUE (modifier_id, action, ingredient_id)
);
CREATE INDEX modifier_recipe_items_ingredient ON modifier_recipe_items (ingredient_id);

-- Per store: stock policy, levels and on-hand. on_hand is kept equal to the sum of the ledger by
-- the trigger below and never written directly.
CREATE TABLE store_ingredients (
    store_id       INTEGER NOT NULL REFERENCES stores (id),
    ingredient_id  INTEGER NOT NULL REFERENCES ingredients (id),
    policy         TEXT NOT NULL DEFAULT 'allow' CHECK (policy IN ('block', 'allow')), -- block: refuse sales past stock
    par_level      INTEGER NOT NULL DEFAULT 0 CHECK (par_level >= 0), -- order up to this
    critical_level INTEGER NOT NULL DEFAULT 0 CHECK (critical_level >= 0), -- below this: urgent
    on_hand        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, ingredient_id),
    CHECK (critical_level <= par_level)
) WITHOUT ROWID;

-- Append-only stock ledger; quantity is signed (a sale takes, a receipt adds).
CREATE TABLE stock_movements (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    store_id      INTEGER NOT NULL REFERENCES stores (id),
    ingredient_id INTEGER NOT NULL REFERENCES ingredients (id),
    kind          TEXT NOT NULL CHECK (kind IN ('sale', 'refund', 'waste', 'receipt', 'count', 'transfer')),
    quantity      INTEGER NOT NULL CHECK (quantity <> 0),
    order_id      INTEGER REFERENCES orders (id),
    staff_id      INTEGER REFERENCES staff (id),
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);
CREATE INDEX stock_movements_ingredient ON stock_movements (store_id, ingredient_id, created_at);
CREATE INDEX stock_movements_order ON stock_movements (order_id) WHERE order_id IS NOT NULL;

CREATE TRIGGER stock_movements_apply AFTER INSERT ON stock_movements
BEGIN
    INSERT INTO store_ingredients (store_id, ingredient_id, on_hand) VALUES (NEW.store_id, NEW.ingredient_id, NEW.quantity)
    ON CONFLICT (store_id, ingredient_id) DO UPDATE SET on_hand = on_hand + NEW.quantity;
END;
CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements
BEGIN
    SELECT RAISE(ABORT, 'stock movements are append-only');
END;
CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements
BEGIN
    SELECT RAISE(ABORT, 'stock movements are append-only');
END;
