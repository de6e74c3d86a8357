-- Rows as schema 1 held them.
INSERT INTO domains (name, created_usec) VALUES ('example.org', 1);
INSERT INTO users (domain_id, local_part, password_hash, enabled, created_usec, password_changed_usec)
    VALUES ((SELECT id FROM domains WHERE name = 'example.org'), 'alice', '$y$j9T$x', 1, 1, 1);
INSERT INTO settings (key, value, changed_usec) VALUES ('spam.threshold', '[6.5]', 1);
