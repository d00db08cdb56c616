-- What a till said still waited in its outbox behind its last push, and since when: crema-hq
-- status shows it as the till's backlog and lag.
ALTER TABLE tills ADD COLUMN waiting BIGINT NOT NULL DEFAULT 0;
ALTER TABLE tills ADD COLUMN oldest_waiting_at TEXT;
