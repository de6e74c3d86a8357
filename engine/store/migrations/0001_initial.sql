-- Doorstep schema, version 1: configuration, domains, users, aliases, relay clients, statistics.
-- Names are stored normalized (lower case, IDN as punycode), so plain equality compares them.

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,              -- JSON: a one-element array holding the typed value
    changed_usec INTEGER NOT NULL
);

CREATE TABLE domains (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_usec INTEGER NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    domain_id INTEGER NOT NULL REFERENCES domains(id) ON DELETE RESTRICT,
    local_part TEXT NOT NULL,
    password_hash TEXT NOT NULL,      -- yescrypt ($y$...), the /etc/shadow scheme Dovecot's {CRYPT} reads
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_usec INTEGER NOT NULL,
    password_changed_usec INTEGER NOT NULL,
    UNIQUE (domain_id, local_part)
);

CREATE TABLE aliases (
    id INTEGER PRIMARY KEY,
    address TEXT NOT NULL UNIQUE,     -- "local@domain", "@domain" (catch-all) or a bare name
    domain_id INTEGER REFERENCES domains(id) ON DELETE RESTRICT,  -- NULL for a bare name
    created_usec INTEGER NOT NULL
);
CREATE INDEX aliases_domain ON aliases (domain_id);

CREATE TABLE alias_targets (
    alias_id INTEGER NOT NULL REFERENCES aliases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    target TEXT NOT NULL,             -- a full address
    PRIMARY KEY (alias_id, position)
);
CREATE INDEX alias_targets_target ON alias_targets (target);

CREATE TABLE outbound_names (
    local TEXT PRIMARY KEY NOT NULL,  -- "user@host.lan" or a login name
    external TEXT NOT NULL,           -- the address it becomes outside
    created_usec INTEGER NOT NULL
);

CREATE TABLE relay_clients (
    pattern TEXT PRIMARY KEY NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('RELAY', 'REJECT', 'OK')),
    comment TEXT NOT NULL DEFAULT '',
    last_seen_usec INTEGER NOT NULL DEFAULT 0,
    created_usec INTEGER NOT NULL
);

CREATE TABLE statistics_daily (
    day TEXT NOT NULL,                -- YYYY-MM-DD in the engine's local time
    counter TEXT NOT NULL,
    value INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, counter)
) WITHOUT ROWID;
