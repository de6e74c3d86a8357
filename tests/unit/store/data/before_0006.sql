-- A queued message as the schema before migration 6 held it (no filter results).
INSERT INTO queue_messages (id, sender, size, received_usec, warned) VALUES ('Q6', 'bob@example.net', 10, 1, 1);
INSERT INTO queue_recipients (message_id, position, original, address, local) VALUES ('Q6', 0, 'alice@example.org', 'alice@example.org', 1);
