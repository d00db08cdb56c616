-- Crema schema, part 15: what a till takes from HQ's change log.
--
-- Points are the chain's: entries rung at other tills come down from HQ and are kept here with
-- from_hq = 1. The never-below-zero rule is this till's own check when it redeems; an entry from
-- HQ is a fact that already happened elsewhere (two offline tills may both have spent the same
-- points), so it is kept even when the balance goes below zero, and HQ records the overdraft.
ALTER TABLE loyalty_ledger ADD COLUMN from_hq INTEGER NOT NULL DEFAULT 0 CHECK (from_hq IN (0, 1));
DROP TRIGGER loyalty_ledger_non_negative;
CREATE TRIGGER loyalty_ledger_non_negative BEFORE INSERT ON loyalty_ledger
WHEN NEW.points < 0 AND NEW.from_hq = 0
    AND (SELECT coalesce(sum(points), 0) FROM loyalty_ledger WHERE customer_id = NEW.customer_id) + NEW.points < 0
BEGIN
    SELECT RAISE(ABORT, 'loyalty balance cannot go below zero');
END;

-- Stock moved at the store's other tills comes down too, so every till of a store shows one on-hand.
ALTER TABLE stock_movements ADD COLUMN from_hq INTEGER NOT NULL DEFAULT 0 CHECK (from_hq IN (0, 1));

-- The same phone added on two offline tills is one customer at HQ: the one created first keeps it,
-- and the other is merged into it here too (its points moved over; its own sales stay its till's).
ALTER TABLE customers ADD COLUMN merged_into TEXT; -- the uuid of the customer this one became

-- Changes from HQ this till's writers refused (a name, SKU or barcode held here by another record,
-- an ingredient it never heard of): each undone alone and kept here with the reason, so one bad
-- record never stops the till from syncing, and the owner can see what did not arrive.
CREATE TABLE hq_skipped (
    change_no INTEGER PRIMARY KEY,
    event     TEXT NOT NULL,
    reason    TEXT NOT NULL,
    at        TEXT NOT NULL
);
