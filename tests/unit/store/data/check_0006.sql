-- After migration 6: the queued message survived with no filter results; new rows keep theirs.
SELECT COUNT(*) = 1 FROM queue_messages WHERE id = 'Q6' AND warned = 1 AND added_headers = '' AND subject_tag = '' AND spam = 0;
INSERT INTO queue_messages (id, sender, size, received_usec, added_headers, subject_tag, spam)
    VALUES ('Q7', '', 10, 2, 'X-Spam-Flag: YES', '[SPAM]', 1);
SELECT COUNT(*) = 1 FROM queue_messages WHERE id = 'Q7' AND spam = 1 AND subject_tag = '[SPAM]';
