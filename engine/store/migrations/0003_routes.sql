-- Doorstep schema, version 3: per-destination routes (sendmail's mailertable). Mail for a
-- destination goes to its next hop instead of the domain's MX or the smart host.

CREATE TABLE relay_routes (
    destination TEXT PRIMARY KEY NOT NULL, -- "example.com" (that domain) or "*.example.com" (its subdomains)
    next_hop TEXT NOT NULL,                -- host[:port]; [host] skips the MX lookup
    user TEXT NOT NULL DEFAULT '',         -- AUTH login at the next hop, '' for none
    password TEXT NOT NULL DEFAULT '',     -- write-only over D-Bus; the data directory is private
    tls TEXT NOT NULL DEFAULT 'opportunistic' CHECK (tls IN ('opportunistic', 'required', 'verify', 'implicit')),
    created_usec INTEGER NOT NULL
);
