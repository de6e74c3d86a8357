-- Doorstep schema, version 2: the mail queue. A message row exists exactly when the message
-- was acknowledged with 250: its file in DATA/spool/queue/<id> was fsync'd (file and
-- directory) before the row was committed, and the row is committed before the 250.

CREATE TABLE queue_messages (
    id TEXT PRIMARY KEY NOT NULL,         -- also the file name in spool/queue/
    sender TEXT NOT NULL,                 -- envelope MAIL FROM, '' for the null sender
    size INTEGER NOT NULL,                -- bytes of the spool file
    received_usec INTEGER NOT NULL,
    client_address TEXT NOT NULL DEFAULT '',
    helo TEXT NOT NULL DEFAULT '',
    auth_user TEXT NOT NULL DEFAULT '',
    listener TEXT NOT NULL DEFAULT '',
    smtputf8 INTEGER NOT NULL DEFAULT 0 CHECK (smtputf8 IN (0, 1))
);

CREATE TABLE queue_recipients (
    message_id TEXT NOT NULL REFERENCES queue_messages(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    original TEXT NOT NULL,               -- the address given in RCPT TO
    address TEXT NOT NULL,                -- where it goes: a local user, or a remote address
    local INTEGER NOT NULL CHECK (local IN (0, 1)),
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'deferred', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_usec INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (message_id, position)
);
CREATE INDEX queue_recipients_pending ON queue_recipients (state, next_attempt_usec);
