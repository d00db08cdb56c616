-- Crema schema, part 3: customers. Marketing consent records how and when it was given.
CREATE TABLE customers (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    phone             TEXT UNIQUE, -- normalised: digits with an optional leading +
    email             TEXT UNIQUE,
    marketing_consent INTEGER NOT NULL DEFAULT 0 CHECK (marketing_consent IN (0, 1)),
    consent_source    TEXT, -- 'till', 'web', 'import', ...
    consent_at        TEXT,
    created_at        TEXT NOT NULL,
    CHECK (marketing_consent = 0 OR (consent_source IS NOT NULL AND consent_at IS NOT NULL))
);
CREATE INDEX customers_name ON customers (name COLLATE NOCASE);
