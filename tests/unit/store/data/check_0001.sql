-- After migration 1: each statement must return 1.
SELECT COUNT(*) = 8 FROM sqlite_master WHERE type = 'table' AND name IN ('settings', 'domains', 'users', 'aliases', 'alias_targets', 'outbound_names', 'relay_clients', 'statistics_daily');
SELECT COUNT(*) = 0 FROM domains;
INSERT INTO domains (name, created_usec) VALUES ('example.org', 1);
SELECT COUNT(*) = 1 FROM domains WHERE name = 'example.org';
