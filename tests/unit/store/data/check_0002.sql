-- After migration 2: earlier rows survived and the queue tables work; each SELECT returns 1.
SELECT COUNT(*) = 1 FROM users WHERE local_part = 'alice';
SELECT value = '[6.5]' FROM settings WHERE key = 'spam.threshold';
INSERT INTO queue_messages (id, sender, size, received_usec) VALUES ('Q1', 'bob@example.net', 10, 1);
INSERT INTO queue_recipients (message_id, position, original, address, local) VALUES ('Q1', 0, 'alice@example.org', 'alice@example.org', 1);
SELECT COUNT(*) = 1 FROM queue_recipients WHERE state = 'queued';
DELETE FROM queue_messages WHERE id = 'Q1';
SELECT COUNT(*) = 0 FROM queue_recipients;
