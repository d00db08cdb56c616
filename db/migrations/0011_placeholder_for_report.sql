-- Placeholder for the report branch's 0011 so that 0012 loads on this branch (the Migrator wants an
-- unbroken sequence). Not to be merged: the report branch's 0011 takes its place.
SELECT 1;
