-- Doorstep schema, version 5: greylisting (milter-greylist's database). A triplet is the
-- client's network (its address reduced to greylist.prefix_v4/_v6), the envelope sender and
-- the recipient; the allow list names clients and senders that skip greylisting.

CREATE TABLE greylist_triplets (
    network TEXT NOT NULL,            -- "192.0.2.0/24", "2001:db8::/64"
    sender TEXT NOT NULL,             -- MAIL FROM in lower case, '' for <>
    recipient TEXT NOT NULL,          -- RCPT TO in lower case
    first_seen_usec INTEGER NOT NULL, -- the first attempt: a retry is accepted greylist.delay later
    last_seen_usec INTEGER NOT NULL,  -- the latest attempt, refused or accepted
    attempts INTEGER NOT NULL DEFAULT 1, -- attempts answered 451
    passed INTEGER NOT NULL DEFAULT 0,   -- recipients accepted through it; > 0 once confirmed
    PRIMARY KEY (network, sender, recipient)
) WITHOUT ROWID;
-- Pruning and expiry: waiting triplets expire by their first attempt, confirmed ones by their
-- last use (partial indexes, so each DELETE walks only its own rows).
CREATE INDEX greylist_waiting ON greylist_triplets (first_seen_usec) WHERE passed = 0;
CREATE INDEX greylist_confirmed ON greylist_triplets (last_seen_usec) WHERE passed > 0;
-- Greylist.List: the most recent first.
CREATE INDEX greylist_recent ON greylist_triplets (last_seen_usec);

CREATE TABLE greylist_allowed (
    pattern TEXT PRIMARY KEY NOT NULL, -- normalized: address, network, host, *.domain, sender or @domain
    created_usec INTEGER NOT NULL
);
