-- Doorstep schema, version 4: whether the sender of a queued message was told that it is
-- delayed (one warning per message, after queue.warn_after).

ALTER TABLE queue_messages ADD COLUMN warned INTEGER NOT NULL DEFAULT 0 CHECK (warned IN (0, 1));
