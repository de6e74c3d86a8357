-- Doorstep schema, version 6: what the content filters decided at the end of DATA, applied
-- at delivery: the header lines to put on top (X-Spam-Status, ...), the subject tag of spam,
-- and whether local delivery files the message into the spam folder.

ALTER TABLE queue_messages ADD COLUMN added_headers TEXT NOT NULL DEFAULT '';
ALTER TABLE queue_messages ADD COLUMN subject_tag TEXT NOT NULL DEFAULT '';
ALTER TABLE queue_messages ADD COLUMN spam INTEGER NOT NULL DEFAULT 0 CHECK (spam IN (0, 1));
