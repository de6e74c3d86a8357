-- After migration 5: the greylist tables work; each SELECT returns 1.
INSERT INTO greylist_triplets (network, sender, recipient, first_seen_usec, last_seen_usec) VALUES ('192.0.2.0/24', 'bob@example.net', 'alice@example.org', 1, 1);
SELECT COUNT(*) = 1 FROM greylist_triplets WHERE passed = 0 AND attempts = 1;
INSERT INTO greylist_allowed (pattern, created_usec) VALUES ('@example.net', 1);
SELECT COUNT(*) = 1 FROM greylist_allowed;
