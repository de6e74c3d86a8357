<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: doorstepctl [--session | --system] [--json] VERB [ARGUMENTS]

Controls the Doorstep mail server engine over D-Bus.

Options (before VERB):
  --session   talk to an engine on the session bus (doorstepd --session)
  --system    talk to the system engine (the default)
  --json      print results as JSON, for scripts
  --help      print this help
  --version   print the version

Verbs:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 the engine refused (its reason is printed), 2 usage error, 3 the engine is not reachable.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doorstepctl: the Doorstep engine is not reachable on the %1 bus (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: doorstepctl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doorstepctl: unknown option &apos;%1&apos;; see doorstepctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doorstepctl: &apos;%1&apos; needs one of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doorstepctl: unknown verb &apos;%1&apos;; see doorstepctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doorstepctl: wrong number of arguments for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doorstepctl: cannot connect to the %1 bus: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doorstepctl: the Doorstep engine is not running on the %1 bus. Start it with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAILBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXTERNAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domains this server receives mail for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive mail for DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop receiving mail for DOMAIN (it must have no users or aliases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox users with their mailbox size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a user (password asked without echo, or one line on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let a user log in and receive mail again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse a user&apos;s logins and mail, keeping the mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a user (the mailbox stays on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming aliases and catch-alls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliver ADDRESS (or @domain, or a bare name) to TARGETS, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound names (genericstable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail from LOCAL leaves as EXTERNAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove an outbound name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAYS must be a number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doorstepctl: the engine stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the engine&apos;s state, listeners and today&apos;s counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily counters of the last DAYS days (default 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recent events; --follow keeps printing new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the configuration again and apply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machines allowed to relay, refused or trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an address, network, host or *.domain (default RELAY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a relay client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret, write-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every setting with its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of one setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a setting (lists comma-separated; VALUE - reads a secret from the terminal or stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type, default, range and help of the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECIPIENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT ATTEMPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECIPIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELIVERS TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certificate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages waiting for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one message: envelope, each recipient&apos;s state, headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try to deliver a message now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a message from the queue without delivering it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS certificate in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a new self-signed certificate (default: identity.hostname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give up on a message now and tell its sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT HOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 at %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether this line can send on port 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a test message to a remote address now; prints the remote&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-destination routes (mailertable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send mail for a domain (or *.domain) through a next hop; with LOGIN the password is asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spam: filed into the spam folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spam: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (spam from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spam score of a message with the configured backend (- reads stdin); nothing is delivered</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarantine is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUARANTINED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the virus scanner: state, signatures, database date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages kept in the quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliver a quarantined message to its recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a quarantined message for good</source>
        <translation></translation>
    </message>
    <message>
        <source>MAX must be a whole number, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRIPLET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greylisted triplets (network,sender,recipient), most recent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients and senders that skip greylisting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let an address, network, host, *.domain, sender or @domain skip greylisting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a pattern from the greylist allow list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget a triplet as listed (network,sender,recipient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try a spam backend before saving it (builtin, spamd, rspamd; ADDRESS host:port, default its usual port here; - reads stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change several settings at once, all or none (values as for set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a key and a certificate signing request (CSR) to give a CA (default: identity.hostname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a certificate from a CA: PEM files, &apos;-&apos; for stdin, KEY &apos;&apos; for the key of &apos;cert request&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get a certificate with ACME (Let&apos;s Encrypt), agreeing to the CA&apos;s terms; names are checked over HTTP on acme.http_port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew the certificate the way it was made (ACME or self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal error</source>
        <translation></translation>
    </message>
    <message>
        <source>the DNS TXT records of DOMAIN&apos;s DKIM keys (made if missing), as zone-file lines: NAME TXT and the value in quoted strings of at most 255 bytes; --json gives each value as one string, as a web DNS panel wants it</source>
        <translation></translation>
    </message>
    <message>
        <source>dynamic DNS: provider, host, public address, last update and result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the public address to the dynamic DNS provider now; prints its answer</source>
        <translation></translation>
    </message>
    <message>
        <source>publish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask the DNS whether the world can reach DOMAIN and trusts its mail (MX, address, reverse name, SPF, DKIM, DMARC, blocklists, certificate, port 25), with the records to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greylisting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antivirus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>%1 the score, %2 the threshold, %3 spam/ham/reject</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user&apos;s Sieve rules (&quot;&quot; = the global rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check and store a user&apos;s Sieve rules (- reads stdin; an empty file removes them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: where a message would go, after greylisting, antivirus and spam (- reads stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn a .procmailrc into Sieve (printed, not stored); recipes left out go to stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail-program settings of a user (--json adds the autoconfig and Apple profile files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox access</source>
        <extracomment>doorstepctl status: the managed Dovecot (IMAP, POP3, ManageSieve)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored (the spam filter is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (kept in the inbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNT must be a number from 1 to 500, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARRIVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest messages of a user&apos;s mailbox (20 unless COUNT), to try one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run of a message from the mailbox (ID from rules messages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientConfiguration</name>
    <message>
        <source>Server Name:</source>
        <extracomment>Field of Thunderbird&apos;s outgoing server (SMTP) dialog</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <extracomment>Field of Thunderbird&apos;s outgoing server (SMTP) dialog</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection security:</source>
        <extracomment>Field of Thunderbird&apos;s outgoing server (SMTP) dialog; the values are STARTTLS and SSL/TLS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication method:</source>
        <extracomment>Field of Thunderbird&apos;s outgoing server (SMTP) dialog; value as Thunderbird names it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Name:</source>
        <extracomment>Field of Thunderbird&apos;s outgoing server (SMTP) dialog</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <extracomment>Thunderbird asks for the password when it first sends</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Thunderbird asks for it when it first sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed: confirm the security exception when Thunderbird asks, after checking that its SHA-256 fingerprint is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the lines to sendmail.mc and run the commands as root. sendmail cannot use port %1 (TLS from the start): switch on the submission listener of this server for sendmail clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the lines to sendmail.mc and the files named in the comments, then run the commands as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the lines to the files named in the comments, then run the commands as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this as ~/.msmtprc of the user who sends (chmod 600 ~/.msmtprc: it holds the password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this as ~/.msmtprc of the user who sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Thunderbird: Account Settings, Outgoing Server (SMTP), Add, then fill in these fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientError</name>
    <message>
        <source>The engine did not accept this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine does not know this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine could not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Doorstep engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine does not understand this request (is it another version?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Application</name>
    <message>
        <source>The control center of the Doorstep mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the engine on the session bus (doorstepd --session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the system engine (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start hidden in the tray.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::DomainOffer</name>
    <message>
        <source>&amp;Set Up Domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Domain &amp; Dynamic DNS wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <extracomment>Declines the offer to set up a domain, until the control center starts again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorstep does not know your mail domain yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell it your domain, and it keeps your home address in DNS, gets a certificate and shows which DNS records the world needs to find your server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::EngineBanner</name>
    <message>
        <source>Engine not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the system bus, so the engine cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the session bus, so the engine cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that D-Bus is running, then start this program again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it with: %1</source>
        <extracomment>%1 is a command line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Doorstep engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window reconnects by itself as soon as the engine starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::MainWindow</name>
    <message>
        <source>Doorstep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::AliasModel</name>
    <message>
        <source>Alias</source>
        <extracomment>Kind of incoming address: an extra address that delivers to mailboxes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch-all</source>
        <extracomment>Kind of incoming address: receives mail for every unknown address of a domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local name</source>
        <extracomment>Kind of incoming address: a bare name such as &quot;root&quot;, for mail from programs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every address in %1 that has no mailbox or alias of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail that programs on this server send to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column header: alias, catch-all or local name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivers to</source>
        <extracomment>Column header: the addresses an alias delivers to</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::AllowListModel</name>
    <message>
        <source>Sender</source>
        <extracomment>Allow-list pattern that matches the envelope sender</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending server</source>
        <extracomment>Allow-list pattern that matches the connecting server&apos;s address or name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <extracomment>Column header: an address, network, host name or sender domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <extracomment>Column header: whether the pattern matches the sender or the sending server</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::DomainModel</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::EngineStatus</name>
    <message>
        <source>The system bus is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session bus is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not read its status; ask to be added to the group &apos;doorstep&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::EventModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column header: the kind of event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>Column header: what happened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) of this kind (%1) in that second, not listed one by one</source>
        <extracomment>One row of the event log standing for a burst of events of one kind (%1)</extracomment>
        <translation>
            <numerusform>%n more event of this kind (%1) in that second, not listed one by one</numerusform>
            <numerusform>%n more events of this kind (%1) in that second, not listed one by one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::GreylistModel</name>
    <message>
        <source>Waiting</source>
        <extracomment>Greylisted triplet whose retry has not come yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Passed (%n)</source>
        <translation>
            <numerusform>Passed (%n)</numerusform>
            <numerusform>Passed (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked to retry later; accepted when it does after the delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retried and accepted: mail from it passes without waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <extracomment>Column header: the network the sending server is in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: waiting or passed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <extracomment>Column header: the latest attempt</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::OutboundNameModel</name>
    <message>
        <source>Local sender</source>
        <extracomment>Column header: a sender address or login name on this network</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves as</source>
        <extracomment>Column header: the address mail from the local sender gets on the Internet</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::QuarantineModel</name>
    <message>
        <source>Kept since</source>
        <extracomment>Column header: when the message was put in the quarantine</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Column header: why the message is kept (the virus found)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::QueueModel</name>
    <message>
        <source>Waiting</source>
        <extracomment>Queue state: accepted, not tried yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <extracomment>Queue state: tried, failed for now, will be tried again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering</source>
        <extracomment>Queue state: a delivery attempt is running now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <extracomment>Recipient state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Recipient state: given up, returned to the sender</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>%1 is a state this version does not know</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted and not tried yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried and failed for now; it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivery attempt is running now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given up; the sender gets a delivery report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>Next delivery attempt: due now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty sender: this is a delivery report, which is never answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>Column header: the queue id of a message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: waiting, deferred or delivering</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <extracomment>Column header: when delivery will be tried again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <extracomment>Column header: number of delivery attempts so far</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <extracomment>Column header: why the last delivery attempt failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::QueueRecipientModel</name>
    <message>
        <source>A mailbox on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivers to</source>
        <extracomment>Column header: the mailbox or address an alias resolved to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reply</source>
        <extracomment>Column header: what the other mail server answered last time</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::RelayClientModel</name>
    <message>
        <source>Relay</source>
        <extracomment>Relay client action RELAY: may send mail anywhere through this server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <extracomment>Relay client action REJECT: refused when it connects</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <extracomment>Relay client action OK: trusted, but may not relay</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May send mail to anyone through this server without a password (RELAY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused as soon as it connects (REJECT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted: skips greylisting and sender checks, but may not send to other domains (OK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action this version does not know (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>A relay client that has never connected</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine or network</source>
        <extracomment>Column header: an IP address, network or host name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: relay, reject or trusted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <extracomment>Column header: when the machine last connected</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::RouteModel</name>
    <message>
        <source>Every domain inside %1, not %1 itself</source>
        <extracomment>%1 is a domain such as example.com</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends without logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs in as %1 (only inside TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to</source>
        <extracomment>Column header: the domain a route is for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes through</source>
        <extracomment>Column header: the server mail for the domain is handed to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>Column header: the login name at that server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <extracomment>Column header: the TLS mode</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::UserModel</name>
    <message>
        <source>Enabled</source>
        <extracomment>Whether a user may log in and receive mail</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: enabled or disabled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox size</source>
        <extracomment>Column header: mailbox size on disk</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::AddDomainDialog</name>
    <message>
        <source>Add Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to addresses in this domain is delivered to mailboxes on this server. Its DNS MX record has to point here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the domain you receive mail for, such as example.org.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user has a mailbox and logs in with the full address and this password, in mail programs and to send mail through this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alice</source>
        <extracomment>Example of the part of an address before the @</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name before the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a domain first: every user belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name before the @, such as alice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::AddressesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Out&amp;bound Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a mailbox another address, or catch all mail for a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the sender address of mail leaving this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra addresses that deliver to mailboxes, and the names mail leaves with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias is an extra address that delivers to one or more mailboxes: mail to info@example.org can reach alice and bob. A catch-all, written @example.org, receives the mail sent to every address of the domain that has no mailbox or alias of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: virtusertable and /etc/aliases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incoming addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search addresses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search incoming addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No aliases yet — add one with Add Address to give a mailbox another address such as info@ or sales@, or a catch-all for a whole domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change where the selected address delivers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search outbound names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outbound names — add one with Add Outbound Name when a computer on your network sends as a local name, such as dad@pc.home.lan, that should leave as a real address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the address the selected sender leaves as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outbound name changes the sender of mail leaving this server: mail from dad@pc.home.lan goes out as dad@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: genericstable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop catching mail for unknown addresses in %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to addresses in %1 that have no mailbox or alias of their own will be refused instead of going to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the address %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to %1 will no longer reach %2. Senders get an error unless a catch-all takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the outbound name of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from %1 will leave with this sender unchanged instead of as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Outbound Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;coming</source>
        <extracomment>Tab of the Addresses page: aliases and catch-alls of mail coming in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outgoing</source>
        <extracomment>Tab of the Addresses page: outbound names and masquerading of mail going out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra addresses that deliver to mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender addresses mail leaves with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::AliasDialog</name>
    <message>
        <source>Change Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to this address is delivered to the addresses below: mailboxes on this server, other aliases, or addresses elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info@example.org, @example.org or root</source>
        <extracomment>Examples of an alias address, a catch-all and a local name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full address; @ and a domain for a catch-all that receives mail for every address of the domain without a mailbox or alias of its own; or a bare name such as root for mail from programs on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alice@example.org, bob@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more addresses, separated by commas or one per line. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivers to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address that should receive mail, such as info@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one address to deliver to, such as alice@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::AntivirusPane</name>
    <message>
        <source>Re&amp;lease…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver the selected message to its recipients as it is, unscanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected message for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every incoming message can be checked for viruses with ClamAV&apos;s signature database, which the freshclam service keeps up to date. A message with a virus is refused, or kept in the quarantine below where nobody reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: clamav-milter with clamd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virus scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the scanner has no database, mail is asked to come back later rather than let in unscanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When a virus is found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it in the quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refused message goes back to its sender&apos;s server; a kept one waits here until you release or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where freshclam puts ClamAV&apos;s signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the antivirus settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarantine is empty. Messages with a virus are kept here when the action is “Keep it in the quarantine”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The antivirus settings were saved. They apply to the next message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Virus scanner state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every incoming message is scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Virus scanner state: switched off in the settings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is not scanned for viruses. Switch scanning on below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <extracomment>Virus scanner state: reading its database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is reading its database; mail is asked to come back in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database is being read; scanning goes on meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Virus scanner state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner cannot scan, so mail is asked to come back later. The engine says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine reports a state this version does not know (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signatures loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Database from %1 (%n day(s) old) — is freshclam running?</source>
        <translation>
            <numerusform>Database from %1 (%n day old) — is freshclam running?</numerusform>
            <numerusform>Database from %1 (%n days old) — is freshclam running?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Database from %1 (%n day(s) old)</source>
        <translation>
            <numerusform>Database from %1 (%n day old)</numerusform>
            <numerusform>Database from %1 (%n days old)</numerusform>
        </translation>
    </message>
    <message>
        <source>Database from %1 (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver this message to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was kept because of %1. It is delivered as it is, without another scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the message from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is deleted for good; %1 never receives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;can incoming mail for viruses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan &amp;time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message whose scan takes longer is asked to come back later, and a stuck scanner is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan &amp;up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of a message, and of each file unpacked from it, the scanner reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save memory when updating si&amp;gnatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClamAV&apos;s database takes about 1 GB of memory, twice that while a new one loads beside it. On: the scanner pauses instead and mail waits a minute or two.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::CountersTiles</name>
    <message>
        <source>Today&apos;s counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>Counter caption: messages received today</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <extracomment>Counter caption: deliveries postponed for a retry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <extracomment>Counter caption: messages returned to their sender</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greylisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viruses</source>
        <extracomment>Counter caption: messages refused because of a virus</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::DeviceSetupDialog</name>
    <message>
        <source>SSL/TLS</source>
        <extracomment>Connection security as mail programs name it: encrypted from the start (implicit TLS)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <extracomment>Connection security as mail programs name it: STARTTLS upgrade</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Thunderbird Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Apple Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up a Device for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To read and send the mail of %1 on a computer, phone or tablet, add an account in its mail program with these settings. Most programs ask for the address and password first and fill in the rest; when one asks, type what is below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code with the mail settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this with the phone&apos;s camera to see the servers, ports and user name as text; the password is not in it. On an iPhone or iPad, the Apple profile sets the account up by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file Thunderbird and other programs read to set up the account (config-v1.1.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile that sets up the account on an iPhone, iPad or Mac; open it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Thunderbird Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoconfig files (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Apple Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple profiles (*.mobileconfig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection security:</source>
        <extracomment>Mail programs call this &quot;Connection security&quot; (SSL/TLS, STARTTLS)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication:</source>
        <extracomment>How the mail program proves who it is; &quot;Normal password&quot; is Thunderbird&apos;s word for it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal password (the one set for this user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: copy the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: copy the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program for this computer was found (Thunderbird, Evolution or KMail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this account to a mail program on this computer in one step. Doorstep does not know the password: the program asks for it when it first connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <extracomment>%1 is a mail program: Thunderbird, Evolution or KMail</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %1 to %2 on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::DryRunPane</name>
    <message>
        <source>not spam</source>
        <extracomment>Spam verdict in &quot;Spam score: 1.2 of 5.0 (not spam)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spam</source>
        <extracomment>Spam verdict in &quot;Spam score: 5.2 of 5.0 (spam)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <extracomment>Spam verdict in &quot;Spam score: 20.0 of 5.0 (refused)&quot;: so spammy it is refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <extracomment>Spam verdict: the filter could not score the message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verdict &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spam filter is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>%1 the message&apos;s spam score, %2 the threshold, %3 the verdict (&quot;5.2 of 5.0 (spam)&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules that hit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The global spam rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule: mail goes to the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a whole message — its header lines, an empty line, then the text — and see where it would go with the current filters and rules. Nothing is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: someone@example.net
List-Id: &lt;debian-user.lists.debian.org&gt;
Subject: Hello

The text of the message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See where this message would go, without delivering it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greylisting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antivirus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;how the rules matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the rules matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the message is not kept (discarded or only redirected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <extracomment>The folder every mailbox has; the engine calls it INBOX</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (keep it in the inbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&apos;s rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule was looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;ssage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virus scan: the rules never see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spam filter: refused before the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick from Mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a message this user already has, as if it arrived again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried the message “%1” from %2, now in %3, as if it arrived again:</source>
        <extracomment>%1 a message&apos;s subject, %2 its sender, %3 the folder it is in now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the message is refused as spam while it is received</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Greylisting is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender logged in to send it: greylisting does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program on this computer handed it over: greylisting does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 or the sender %2 is on greylisting&apos;s allow list: the message is taken at once.</source>
        <extracomment>%1 a server&apos;s address, %2 a sender&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 already passed greylisting for mail from %2 to %3: the message is taken at once.</source>
        <extracomment>%1 a server&apos;s address, %2 the sender, %3 the recipient</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from %1 to %2 through the server %3 is answered “try again later” and taken when it retries after %4.</source>
        <extracomment>%1 the sender, %2 the recipient, %3 a server&apos;s address, %4 how long (&quot;5 minutes&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greylisting is on, but the message does not show which server sent it: a server seen for the first time waits %1 before its mail is taken.</source>
        <extracomment>%1 how long (&quot;5 minutes&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virus scanning is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No virus found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned: the virus scanner is still loading its signatures (received mail waits for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned: the virus scanner is not running (received mail waits until it is back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virus %1: the message is kept in the quarantine, not delivered.</source>
        <extracomment>%1 the virus&apos;s name as ClamAV gives it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virus %1: the message is refused while it is received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::FiltersPage</name>
    <message>
        <source>Score a &amp;Sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the spam score of a message you paste, or of the GTUBE test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask unknown servers to retry later; who skips it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virus scanning with ClamAV, and the quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How spam is scored, marked, filed and refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What keeps spam and viruses out: greylisting, the virus scanner and the spam filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gre&amp;ylisting</source>
        <extracomment>Tab of the Filters page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti&amp;virus</source>
        <extracomment>Tab of the Filters page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spa&amp;m</source>
        <extracomment>Tab of the Filters page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter &amp;Thresholds Wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the spam backend, thresholds and spam folder step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Filter thresholds wizard saved %n spam setting(s). They apply to the next message.</source>
        <translation>
            <numerusform>The Filter thresholds wizard saved %n spam setting. It applies to the next message.</numerusform>
            <numerusform>The Filter thresholds wizard saved %n spam settings. They apply to the next message.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::GreylistPane</name>
    <message>
        <source>Add to the allow list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let mail from this server or sender skip greylisting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the allow list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected pattern from the allow list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget triplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected triplet: its next attempt waits again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server this one has not heard from is asked to try again in a few minutes. Real mail servers do; most spam programs never come back. Mail from the same server, sender and recipient then passes without waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: milter-greylist (greylist.conf: greylist, autowhite, timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Greylist unknown senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: mail is accepted at the first attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a new sender must wait before its retry is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for a retry &amp;up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first attempt that is not retried within this time is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember passed senders for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sender that passed is let through without waiting for this long after each message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the greylisting settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greylisting settings were saved. They apply to the next connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the allow list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody skips greylisting yet. Add a server (192.0.2.7, 192.0.2.0/24, *.example.net) or a sender (bob@example.net, @example.net) whose mail should never wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pattern matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.0.2.0/24, *.example.net or @example.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern to allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greylisted senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search senders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search greylisted senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender has been greylisted yet. Each server, sender and recipient that is asked to retry appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the allow list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail that matches it is then greylisted like any other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget mail from %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its next attempt from %1 is then asked to wait again, like a first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allo&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rem&amp;ove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders greylisting remem&amp;bers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search patterns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv&amp;4 network size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big providers retry from another address of the same network: addresses that share this many leading bits count as one server (24 bits: 256 addresses; 32 bits: each address alone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv&amp;6 network size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same for IPv6 addresses (64 bits: one home or server network; 128 bits: each address alone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::InternetPage</name>
    <message>
        <source>Self-signed (made by this server)</source>
        <extracomment>Certificate source</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>Certificate source</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt (ACME)</source>
        <extracomment>Certificate source: issued automatically by an ACME certificate authority</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign mail that leaves for other domains (&amp;DKIM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a second, &amp;Ed25519 signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domains yet — add the domain your mail addresses end in on the Mailboxes &amp; Domains page; its checks then appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How other mail servers find and trust this one: its name, the DNS records of your domains, and its certificate. Fix what is red from the top: each failed check says what to publish at your DNS provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: confDOMAIN_NAME (Dj), confSERVER_CERT; ddclient for dynamic DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the world can reach this server and trusts its mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the DNS again whether the world can reach this domain (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name is the name this server greets other servers with; your domains&apos; MX records point at it, and its certificate is made for it. DKIM signs the mail that leaves, so receivers can tell it really comes from your domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS name of the key is SELECTOR._domainkey.DOMAIN; a new selector makes new keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM &amp;selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 8463: a short modern key beside the RSA one; receivers that do not know it use the RSA signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS blocklists the health check looks your address up in, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blocklists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: confDOMAIN_NAME; for DKIM, opendkim&apos;s Selector and KeyTable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the host name and signing settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Domain &amp;&amp; Dynamic DNS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the domain, this server&apos;s name and the dynamic DNS provider, and see the records to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a trusted certificate from Let&apos;s Encrypt, import one, or make a self-signed one (Certificates wizard)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::LogPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events shown as a CSV or text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet. Mail received and delivered, refusals, problems and changes show up here as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events of the kind “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <extracomment>Event log filter: every kind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected events as text (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the mail server did, as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doorstep-events-%1.csv</source>
        <extracomment>Default file name of an exported event log; keep it free of spaces</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1.</source>
        <translation>
            <numerusform>Saved %n event to %1.</numerusform>
            <numerusform>Saved %n events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::MailboxesPage</name>
    <message>
        <source>&amp;Remove Domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Do&amp;main…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes &amp; Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domains this server receives mail for, and who has a mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;omains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domains yet — add the domain you receive mail for, such as example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give someone a mailbox and a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a domain first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop receiving mail for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to this domain will be refused. A domain can only be removed when it has no users or aliases left; mailboxes on disk are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login stops working and mail to the address is refused. The mailbox stays on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::MasqueradingPane</name>
    <message>
        <source>Masquerading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masquerading gives mail from the computers on your network the domain the world knows, so that replies can reach it: dad@pc.datix.lan leaves as dad@datix.us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: MASQUERADE_AS, MASQUERADE_DOMAIN and the features masquerade_envelope, masquerade_entire_domain and local_no_masquerade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Masquerade as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masquerade as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain senders get instead of this server&apos;s own names: with datix.us here, dad@datix.lan leaves as dad@datix.us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: senders stay as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al&amp;so for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also masquerade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other domains whose senders get it too, separated by commas: with datix.lan here, dad@datix.lan leaves as dad@datix.us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datix.lan, home.lan</source>
        <extracomment>Example list of domains on a home network</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every computer inside those domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also senders on machines inside them: dad@pc.datix.lan leaves as dad@datix.us, not only dad@datix.lan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rewrite the envelope sender too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the hidden sender that delivery reports return to, not only the From line, so reports for dad@pc.datix.lan reach dad@datix.us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for mail between &amp;local users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from dad@pc.datix.lan to a mailbox on this server keeps its sender as written; only mail leaving for the Internet is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the masquerading settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masquerading was saved. It applies to mail sent from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::MessagePickerDialog</name>
    <message>
        <source>Pick a Message of %1</source>
        <extracomment>Dialog title; %1 is a user&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest messages in all of this mailbox&apos;s folders. The one you pick is tried as if it arrived again now; it stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try This Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mailbox has no messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::OutboundNameDialog</name>
    <message>
        <source>Change Outbound Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Outbound Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from the local sender leaves this server with the other address as its sender, so that replies reach a real mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Outbound Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dad@pc.home.lan or dad</source>
        <extracomment>Examples of a local sender: an address on the home network, or a login name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dad@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lea&amp;ves as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sender as your computers write it, such as dad@pc.home.lan or dad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address mail should leave with, such as dad@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::OverviewPage</name>
    <message>
        <source>Re&amp;load Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the engine read its settings again and rebind its listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet. Changes and mail problems will show up here as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is mail flowing, and is anything wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for:</source>
        <extracomment>How long the engine has been running</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes:</source>
        <extracomment>Number of mail domains and users</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail:</source>
        <extracomment>Listener: SMTP from other mail servers (port 25)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission:</source>
        <extracomment>Listener: mail clients sending with a login (port 587)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission over TLS:</source>
        <extracomment>Listener: mail clients sending over implicit TLS (port 465)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>value not known while the engine is not running</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>domains, users</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>A listener that is switched off</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <extracomment>%1 is a duration (&quot;3 days, 4 hours&quot;), %2 a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>duration</comment>
        <extracomment>Two parts of a duration, e.g. &quot;3 days, 4 hours&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine read its settings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>The worst of the last DNS health checks; the Internet page shows each check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Internet:</source>
        <extracomment>Overview row: how the world sees this server (the health checks)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n problem(s) on the Internet page)</source>
        <extracomment>%1 is OK/Warning/Failed, %2 the first problem&apos;s sentence, %n how many problems</extracomment>
        <translation>
            <numerusform>%1 — %2 (%n problem on the Internet page)</numerusform>
            <numerusform>%1 — %2 (%n problems on the Internet page)</numerusform>
        </translation>
    </message>
    <message>
        <source>The managed Dovecot, which serves the mailboxes to mail programs and runs the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox access:</source>
        <extracomment>Overview row: IMAP/POP3 through the managed Dovecot</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAPS</source>
        <extracomment>Protocol names before their addresses on the Overview</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP3S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK — %1</source>
        <extracomment>%1 lists the protocols with their addresses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (imap.enabled): mail is delivered into the mailboxes without IMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::ProbeBox</name>
    <message>
        <source>Check Port &amp;25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Up Smart Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to reach a mail server&apos;s port 25 on the Internet from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the smart host&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25 check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Port 25 check result: a mail server answered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <extracomment>Port 25 check result: the connection was refused, usually by the Internet provider</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered</source>
        <extracomment>Port 25 check result: no answer at all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port 25 check did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking port 25…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to other servers goes out on port 25, which many Internet providers block on home lines. Check whether yours does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line can deliver mail directly; your mail still goes through the smart host below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line can deliver mail directly to the recipients&apos; servers. A smart host is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider blocks port 25, but your mail goes through the smart host below, so it can leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider blocks port 25: set a smart host, or mail to other servers cannot leave.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::QueueDetailsPane</name>
    <message>
        <source>Message details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <extracomment>When the server accepted the message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <extracomment>The machine that handed the message to this server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as:</source>
        <extracomment>The user that logged in to send the message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reci&amp;pients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see its recipients and headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <extracomment>Heading of the details of one queued message; %1 is its queue id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, calling itself %2</source>
        <extracomment>%1 is an IP address, %2 the name the machine gave itself (HELO)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <extracomment>%1 is the sending machine, %2 the listener (mta, submission, smtps)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody (no login)</source>
        <extracomment>The message was sent without logging in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reply of the receiving server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reply for %1:</source>
        <extracomment>%1 is a recipient&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::QueuePage</name>
    <message>
        <source>Retry &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the queue again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages this server accepted and has not yet delivered to every recipient. Deferred messages are tried again by themselves; after four days they go back to the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: /var/spool/mqueue, as mailq lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search queued messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is empty — every message has been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message is in the state “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show messages in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All messages</source>
        <extracomment>Queue filter: every state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to deliver the selected message now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected message without delivering it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail waiting to be delivered, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see its recipients and headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 has left the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is being tried again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is deleted without being delivered to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is deleted without being delivered to %1, and %2 is not told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove message %1 from the queue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bounce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on the selected message: its sender gets a report that it could not be delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery to %1 stops now. The message is itself a delivery report, so nobody is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery to %1 stops now, and %2 gets a report that the message could not be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Bounce</source>
        <extracomment>Title of the confirmation before returning a message to its sender</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce message %1 back to its sender?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bounce Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::RawRulesEditor</name>
    <message>
        <source>The global rules run before every user&apos;s rules: mail the spam filter marked goes into the spam folder. They follow the spam settings on the Filters page and are shown here to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import procmail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipes that could &amp;not be imported (each is a comment in the script):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules as a Sieve script, the language mail programs use through ManageSieve. Apply checks the script before it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sieve &amp;script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sieve script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipes not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a .procmailrc into Sieve; you can read and change it here before you apply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and store this script; it applies from the next message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::RelayPage</name>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Relay Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a machine send mail through this server (Relay client wizard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines listed here may send mail through this server to anyone without a password (Relay), are refused as soon as they connect (Reject), or are trusted without relaying (Trusted). Computers elsewhere log in with a password instead: the Relay client wizard sets up both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: the access file (Connect: RELAY, REJECT, OK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay &amp;clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search relay clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relay clients yet — add the machines on your network that should send mail through this server with Add Relay Client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relay client matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove relay client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected machine from the relay clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 was created. It logs in with its password to send mail; you find it on the Mailboxes &amp; Domains page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines at %1 can then send mail only to this server&apos;s own addresses, unless they log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines at %1 may then connect again like anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines at %1 are then checked like anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the relay client %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Relay Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Test Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message to an address elsewhere and see what its server answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay Clie&amp;nts</source>
        <extracomment>Tab of the Relay page: the machines that may send through this server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sending</source>
        <extracomment>Tab of the Relay page: how mail leaves this server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which machines may send mail through this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How mail leaves this server: smart host, routes, port 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which machines may send mail through this server, and how mail leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server accepted the test message to %1. It answered:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::RouteDialog</name>
    <message>
        <source>Change Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail for this destination goes through the server you name here, instead of the smart host or the recipient&apos;s own server. For example: only mail to outlook.com through your provider&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlook.com or *.example.com</source>
        <extracomment>Examples of a route destination: one domain, or every domain inside one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goes through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty when the server needs no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the domain this route is for, such as outlook.com, or *.example.com for every domain inside example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server that takes this mail, such as smtp.provider.example:587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the login that goes with the password, or leave both empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password again: the server keeps it secret and replaces the whole route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.provider.example:587</source>
        <extracomment>Examples of a next hop: a server name with a port, or an address in brackets</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::RuleBuilder</name>
    <message>
        <source>These rules were written by hand or by another program (a mail program through ManageSieve, or an imported .procmailrc), so the builder cannot show them without losing something. Change them in the raw editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules yet — mail goes to the inbox. Add a rule to file mail into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic repl&amp;y while away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rule files matching mail into a folder, which is created when the first message arrives. The first rule that matches decides; other mail goes to the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule that files mail into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every sender once, for example while you are on holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away until Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>The unit after the number of days in &quot;Answer each sender once every N days&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer each sender once &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sieve &quot;vacation&quot; (RFC 5230), like the vacation program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store these rules; they apply from the next message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Raw Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 needs the name of the header to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 needs the text to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 needs the folder the mail goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic reply needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::RuleRowEdit</name>
    <message>
        <source>whose List-Id contains</source>
        <extracomment>Rule builder, in &quot;mail from the mailing list whose List-Id contains TEXT&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <extracomment>Rule builder: the start of the sentence &quot;Mail from … goes to folder …&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <extracomment>Rule builder: &quot;Mail from …&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Rule builder: &quot;Mail to …&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with subject</source>
        <extracomment>Rule builder: &quot;Mail with subject …&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with header</source>
        <extracomment>Rule builder: &quot;Mail with header NAME …&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the mailing list</source>
        <extracomment>Rule builder: &quot;Mail from the mailing list whose List-Id contains …&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <extracomment>Rule builder: &quot;Mail from … contains TEXT&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <extracomment>Rule builder: &quot;Mail from … is TEXT&quot; (exactly)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes to folder</source>
        <extracomment>Rule builder: &quot;… goes to folder FOLDER&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: what to look at</source>
        <extracomment>Screen reader name of a rule builder field; %1 is the rule&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: how to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: text to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::RulesPage</name>
    <message>
        <source>No users yet — add one on the Mailboxes &amp; Domains page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules of:</source>
        <extracomment>Label of the combo box that chooses whose mail rules are shown: a user or the global rules</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Builder</source>
        <extracomment>Tab of the Rules page: rules made from ready-made sentences</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;w Editor</source>
        <extracomment>Tab of the Rules page: the Sieve script as text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a &amp;Message</source>
        <extracomment>Tab of the Rules page: a dry run of a pasted message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File mail into folders and answer while away, without writing Sieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules as a Sieve script; import a .procmailrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See where a message would go, without delivering it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How mail is sorted into folders when it is delivered, and automatic replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global rules (spam)</source>
        <extracomment>The first entry of &quot;Rules of:&quot;: the rules every message goes through first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules of %1 are stored. They apply from the next message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import procmail Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procmail rules (.procmailrc procmailrc *.rc)</source>
        <extracomment>File dialog filter; keep &quot;procmailrc&quot; and the patterns as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to be a .procmailrc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procmail rules are translated. Read them, then apply them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n procmail recipe(s) could not be translated; they are listed below the script. Read the rest, then apply it.</source>
        <translation>
            <numerusform>%n procmail recipe could not be translated; it is listed below the script. Read the rest, then apply it.</numerusform>
            <numerusform>%n procmail recipes could not be translated; they are listed below the script. Read the rest, then apply it.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload shows them; changes made here and not applied are then lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules of %1 were changed elsewhere (a mail program, doorstepctl, or another control center).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::ScoreSampleDialog</name>
    <message>
        <source>Score a Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a whole message — its header lines, an empty line, then the text — and see the score the spam filter gives it with the current settings. Nothing is delivered or counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::SendingPane</name>
    <message>
        <source>A&amp;dd Route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send mail for a domain through a server of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to other people&apos;s addresses leaves this server here: straight to each recipient&apos;s mail server, or through your provider&apos;s server (a smart host) when your line cannot send it directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: SMART_HOST, authinfo and mailertable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending settings were saved. They apply to the next delivery attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send all outgoing mail through another server, usually your Internet or mail provider&apos;s, with the login it gave you. Leave the server empty to deliver straight to each recipient&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: deliver directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart host server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart host port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25 for a server that takes mail from anyone, 587 for a provider&apos;s login (with encryption), 465 for encryption from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty when the server needs no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart host login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart host password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart host encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: SMART_HOST, and the U: and P: of authinfo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this line cannot deliver directly — port 25 is blocked, or the recipient&apos;s server refuses home connections — mail goes through this server instead of waiting. Leave it empty to keep trying directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.provider.example:587</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback relay server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fallback server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the smart host and fallback relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routes for particular domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search routes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routes — all mail leaves the same way. Add one with Add Route to send mail for some domains another way, such as only mail to outlook.com through your provider&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail for these domains goes through its own server, before the smart host and the recipient&apos;s server are considered. *.example.com means every domain inside example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: mailertable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the route for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail for %1 then no longer goes through %2, but through the smart host or straight to the recipient&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Route</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::SetPasswordDialog</name>
    <message>
        <source>Set Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password works at once; mail programs that remembered the old one will ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::SpamPane</name>
    <message>
        <source>Every incoming message gets a spam score: the more signs of spam, the higher. From the threshold on it is marked and filed into the spam folder; from the reject threshold on it is refused. Try a message with Score a Sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: spamass-milter with SpamAssassin&apos;s required_score, and procmail filing into spamtrap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: no message is scored, marked or filed as spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpamAssassin (spamd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rspamd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in checks need nothing else; SpamAssassin and rspamd score better, once installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorer &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where spamd or rspamd listens, as host:port. Empty: its usual port on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: 127.0.0.1 and the usual port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam &amp;from score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages scoring at least this much are spam (SpamAssassin&apos;s usual: 5.0). Lower catches more, and more real mail by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse from score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages scoring at least this much are refused at once, so nobody sees them; 0 refuses none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub&amp;ject tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put before the subject of spam. Empty: the subject stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: leave the subject alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox folder spam is filed into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the spam settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spam settings were saved. They apply to the next message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score &amp;incoming mail for spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam f&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloc&amp;klists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS blocklists the built-in checks ask about each sending server, separated by commas. Spamhaus refuses queries through public resolvers such as 8.8.8.8; such an answer counts as not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait for the scorer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message spamd or rspamd has not scored by then is let in unscored, marked “unscanned”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Largest message scored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger messages are let in unscored: spam is small, and scoring big mail is slow (0: score all).</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter Thresholds &amp;Wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the spam backend, thresholds and spam folder step by step, and try them before saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::StatisticsChart</name>
    <message numerus="yes">
        <source>Mail of the last %n day(s)</source>
        <translation>
            <numerusform>Mail of the last day</numerusform>
            <numerusform>Mail of the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>Date on the chart&apos;s day axis (QDate format): &quot;Nov 26&quot;; German &quot;26. Nov.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Totals of the last %n day(s): %1</source>
        <translation>
            <numerusform>Totals of the last day: %1</numerusform>
            <numerusform>Totals of the last %n days: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::TestMessageDialog</name>
    <message>
        <source>Send Test Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a short test message now, the way real mail to this address goes, and shows what the receiving server answered. Use an address at another provider that you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@another-provider.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address to send the test message to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::UsersPane</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a domain first; then add the people who get a mailbox in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user in %1 matches “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users in %1 yet — add one with Add User. The address and password are what mail programs log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse this user&apos;s logins and mail; the mailbox is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this user log in and receive mail again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;t Up a Device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings to type into a mail program on a computer or phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Tray::Notifier</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) need your attention</source>
        <translation>
            <numerusform>%n event needs your attention</numerusform>
            <numerusform>%n events need your attention</numerusform>
        </translation>
    </message>
    <message>
        <source>A virus was blocked: %1 in mail without a sender address</source>
        <extracomment>Notification: %1 is the virus&apos;s name (&quot;Win.Trojan.Agent&quot;), %2 the sender&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virus was blocked: %1 in mail from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam filter degraded: %1</source>
        <extracomment>Notification: %1 says what is wrong (&quot;Connection refused.&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virus scanner degraded: %1</source>
        <extracomment>Notification: %1 says what is wrong (&quot;The database directory is empty.&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Tray::TrayIcon</name>
    <message>
        <source>&amp;Open Doorstep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify Me About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>Quits the control center; the mail server keeps running</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this program; mail keeps flowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorstep: %1
%2</source>
        <extracomment>Tray tooltip: %1 is a state word (&quot;OK&quot;), %2 a sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1 received, %2 delivered, %3 bounced, %4 rejected</source>
        <extracomment>Tray menu line with today&apos;s counters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered: %1 greylisted, %2 viruses, %3 spam</source>
        <extracomment>Tray menu line with today&apos;s filter counters, under the &quot;Today:&quot; line</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::Confirmation</name>
    <message>
        <source>Confirm Removal</source>
        <extracomment>Title of a confirmation before removing something</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::FieldErrorLabel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::HealthCheckView</name>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server (MX)</source>
        <extracomment>Health check: the domain&apos;s MX record points at this server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (A/AAAA)</source>
        <extracomment>Health check: the host name&apos;s A/AAAA records are the public address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse DNS (PTR)</source>
        <extracomment>Health check: the public address&apos;s reverse name (PTR) is the host name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing port 25</source>
        <extracomment>Health check: outgoing connections to port 25 are not blocked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklist %1</source>
        <extracomment>Health check: %1 is a DNS blocklist such as zen.spamhaus.org</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n checks passed.</source>
        <translation>
            <numerusform>The %n check passed.</numerusform>
            <numerusform>All %n checks passed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 — the records to publish are under the checks.</source>
        <extracomment>%1 and %2 are already &quot;N failed&quot; / &quot;N warnings&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Record to publish for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the record for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this record to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::PasswordFields</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords do not match. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::SampleMessageEditor</name>
    <message>
        <source>Use the &amp;GTUBE Test Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a C&amp;lean Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: someone@example.net
Subject: Hello

The text of the message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test message that every spam filter scores as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ordinary message that should not count as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score the message with the spam filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message for the spam filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message carries the GTUBE test string, which every spam filter scores as spam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch on Friday?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi,

shall we have lunch on Friday at noon, at the usual place?

Anna</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::SettingsForm</name>
    <message>
        <source>Show the saved settings again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::SpamScoreView</name>
    <message>
        <source>Not spam</source>
        <extracomment>Spam verdict: not spam</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1, below the threshold of %2: delivered to the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <extracomment>Spam verdict</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1, at or above the threshold of %2: marked and filed into the spam folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <extracomment>Spam verdict: so spammy it is refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1, at or above the reject threshold of %2: refused when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <extracomment>Spam verdict: the filter could not score it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spam filter could not score it, so it would be delivered unscanned. The engine says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine gave a verdict this version does not know (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules that hit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::StateBadge</name>
    <message>
        <source>Engine state: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::TablePane</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::UnitField</name>
    <message>
        <source>seconds</source>
        <extracomment>Unit of a duration</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <extracomment>Unit of a duration</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <extracomment>Unit of a duration</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <extracomment>Unit of a duration</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <extracomment>Unit of a size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB</source>
        <extracomment>Unit of a size (1024 bytes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <extracomment>Unit of a size (1024 KiB)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <extracomment>Unit of a size (1024 MiB)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::AcmePage</name>
    <message>
        <source>I agree to the certificate authority&apos;s &amp;terms of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt writes to this address before the certificate expires, should renewing ever fail. The certificate is for the names below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host names, separated by commas; the first is the one this server greets with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read them at &lt;a href=&quot;https://letsencrypt.org/repository/&quot;&gt;letsencrypt.org/repository&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME (RFC 8555) with the HTTP-01 challenge; settings acme.email and acme.http_port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt checks the names by connecting to http://%1/ — so for a minute, port 80 of your Internet line must lead to this computer: forward TCP port 80 in your router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server answers on port %1 (acme.http_port): forward port 80 of the router to port %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address that reaches you, such as you@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least the host name, such as mail.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt issues certificates only to those who agree to its terms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::CertificateChoicePage</name>
    <message>
        <source>&amp;Let&apos;s Encrypt (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files from another certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;self-signed certificate, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which certificate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate lets mail programs and other servers talk to this one over an encrypted connection, and check that it really is this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free and trusted everywhere. Doorstep gets it now and renews it by itself before it expires. Let&apos;s Encrypt must reach this computer on port 80 for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You bought a certificate, or your organisation gives you one: choose its files (certificate, private key, chain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by this server alone. Other mail servers still encrypt with it, but mail programs ask whether to trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: confSERVER_CERT, confSERVER_KEY and confCACERT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::CertificateResultPage</name>
    <message>
        <source>The new certificate is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connections use it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1
Issued by: %2
Valid until: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::CertificateReviewPage</name>
    <message>
        <source>Ready to change the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet. Apply makes this change; Cancel leaves everything as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate request in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Let&apos;s Encrypt for a certificate for %1, with %2 as the contact address. It replaces the certificate in use as soon as it is issued, without dropping connections, and is renewed by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the certificate against the key of the request made on this server, then use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the certificate, its key and chain, then use them in place of the certificate in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new self-signed certificate for %1 and use it in place of the certificate in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::CertificateWizard</name>
    <message>
        <source>“%1” is not a host name: write it as mail.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the account at the certificate authority…</source>
        <extracomment>ACME progress step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering the certificate…</source>
        <extracomment>ACME progress step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proving the names are yours: the certificate authority connects to this server…</source>
        <extracomment>ACME progress step: the CA connects to this server to check the names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names are proven.</source>
        <extracomment>ACME progress step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for the signed certificate…</source>
        <extracomment>ACME progress step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the certificate…</source>
        <extracomment>ACME progress step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is issued and in use.</source>
        <extracomment>ACME progress step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed.</source>
        <extracomment>ACME progress step</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::ChoicePage</name>
    <message>
        <source>A machine on &amp;my network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A computer &amp;elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which machine should send mail through this server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers, scanners, servers and other computers can hand their mail to this server, which delivers it for them. Choose where the machine is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A machine on my network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It sends without a password: this server recognises it by its IP address. For printers, scanners and computers at home or in the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A computer elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It logs in with a name and password of its own, so it can send from anywhere: a laptop, or a server at a hosting company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: a RELAY line in the access file, or a client with this server as its SMART_HOST and an AuthInfo line with its login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard could not ask the engine about this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A computer elsewhere needs an account in one of your domains: add a domain on the Mailboxes &amp; Domains page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A computer elsewhere logs in on the submission port, and this server has it switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not listen for incoming mail (the MTA listener is off), so machines on your network cannot send through it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::ConfigurationPage</name>
    <message>
        <source>Set up the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration for the machine&apos;s mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sendmail</source>
        <extracomment>Product name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postfix</source>
        <extracomment>Product name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msmtp</source>
        <extracomment>Product name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunderbird</source>
        <extracomment>Product name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1 configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is ready. Enter these settings on the computer. The password is shown only now: copy it before you close this window, Doorstep does not keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now send mail through this server. Enter these settings on the machine; it needs no password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::DdnsPage</name>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address on the Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most home lines get a new address now and then. A dynamic DNS provider keeps your host name pointed at it: Doorstep tells the provider each time the address changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: my address does not change, or I update the DNS myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namecheap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynDNS2 (No-IP, Dyn, a router&apos;s “custom” provider)</source>
        <extracomment>Dynamic DNS provider: the DynDNS2 protocol that No-IP, Dyn and many routers speak</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DuckDNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own DNS server (RFC 2136 with a TSIG key)</source>
        <extracomment>Dynamic DNS provider: your own DNS server, updated with RFC 2136 and a TSIG key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;omain at the provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSIG &amp;key name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSIG &amp;algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSIG s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these provider settings and send one real update now; the provider&apos;s answer appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the seed&apos;s setup: ddclient, run every hour (ddns.interval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up your public address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your public address could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your public address is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your public address is not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your public address is looked up when the first update or check runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then the host name&apos;s address record is yours to keep right; the health check on the last page says when it is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail, or @ for the domain itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic DNS pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Namecheap&apos;s Advanced DNS page, turn on Dynamic DNS and copy its password (not your account password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s update server, such as dynupdate.no-ip.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-IP, Dyn and many others speak this protocol: your account&apos;s user name and password (or its update key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subdomain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myhome (for myhome.duckdns.org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your DuckDNS token is on duckdns.org once you are logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an API token in Cloudflare&apos;s dashboard with the permission Zone · DNS · Edit for this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ns1.example.org or 192.0.2.53:53</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your DNS server must allow this key to update the zone (BIND: allow-update { key NAME; };).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name to keep up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the domain as the provider knows it, such as example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name of your account at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the DNS server that takes the updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the TSIG key&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending an update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>%1 is the provider&apos;s answer or the engine&apos;s refusal, a sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works: %1</source>
        <extracomment>%1 is the provider&apos;s answer, a sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::DomainNamePage</name>
    <message>
        <source>Your domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain is what your mail addresses end in (you@example.org). The host name is this server&apos;s own name on the Internet: the domain&apos;s mail is sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host name of this server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: local-host-names and confDOMAIN_NAME (Dj).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your domain, such as example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a domain name: write it as example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter this server&apos;s name, such as mail.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host name: write it as mail.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::DomainRecordsPage</name>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish these records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the records below at the company that runs your domain&apos;s DNS (where you bought it), with Copy and paste. New records take minutes to hours to show: this page checks again every minute until all are right. You can also close it and check on the Internet page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at %1: everything is right.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at %1; checking again every minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::DomainReviewPage</name>
    <message>
        <source>Ready to make the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply makes these changes; Cancel leaves everything as it was (a Test already saved the provider&apos;s settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Receive mail for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• This server&apos;s host name becomes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• No dynamic DNS: you keep the address record of %1 right yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Keep %1 pointed at this line&apos;s address through %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then the next page shows the DNS records to publish, and checks them until all are right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::DomainWizard</name>
    <message>
        <source>Domain &amp; Dynamic DNS Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::ElsewherePage</name>
    <message>
        <source>scanner</source>
        <comment>default name of a relay client&apos;s account</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A computer elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorstep makes an account for the computer: an address and a strong password it logs in with. You will see the password once, on the last page. Mail sent to the address lands in a mailbox of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name before the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: the client&apos;s authinfo file (“U:” and “P:”). The computer logs in with SMTP AUTH on the submission port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a domain first: the account&apos;s address belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the account, such as scanner or backup-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, dots, dashes and underscores only, such as scanner or backup-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user %1. Choose another name, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholds::BackendPage</name>
    <message>
        <source>&amp;Built-in checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SpamAssassin (spamd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;rspamd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam scoring is off at the moment. Applying this wizard turns it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use it anyway: mail is accepted unscanned while it does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who scores your mail?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message that arrives gets a spam score: each sign of spam adds points. Choose what does the scoring. Before you go on, Doorstep checks that it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works at once, with nothing else to install. It recognises the GTUBE test message, messages without a date, message ID or subject, and senders on DNS blocklists. It catches less spam than the other two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpamAssassin, the spam filter of many sendmail setups, with thousands of rules. It must be installed and running, here or on another machine (on Debian: the package spamd); Doorstep hands it every message and takes its score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fast, modern spam filter. It must be installed and running, here or on another machine (on Debian: the package rspamd); Doorstep hands it every message and takes its score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As host:port. Leave it empty for its usual place on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it &amp;listens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: spamass-milter handing mail to SpamAssassin&apos;s spamd, or rspamd&apos;s milter. The built-in checks are Doorstep&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard could not read the spam settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying the built-in checks with a test message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Asking %1 at %2 to score a test message… (it has up to %n second(s) to answer)</source>
        <translation>
            <numerusform>Asking %1 at %2 to score a test message… (it has up to %n second to answer)</numerusform>
            <numerusform>Asking %1 at %2 to score a test message… (it has up to %n seconds to answer)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not answer. Start it, correct the address, or choose the built-in checks. The engine says: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholds::ReviewPage</name>
    <message>
        <source>Ready to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet. Apply saves these settings at once, and the next message that arrives is scored with them; Cancel leaves everything as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A setting&apos;s value now → after applying</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: these are the settings in effect. Apply closes the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply changes these spam settings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholds::SpamHandlingPage</name>
    <message>
        <source>What happens to spam?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam is not thrown away: it is filed into a folder of its own in each mailbox, beside the inbox, where people can look for a message that was taken for spam by mistake. Its subject can start with a tag, so that it stands out in any mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: leave the subject alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject &amp;tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put before the subject of spam, such as [SPAM]. Empty: subjects stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder in each mailbox that spam goes to; mail programs show it beside the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the seed&apos;s setup: SpamAssassin&apos;s rewrite_header Subject, and procmail filing spam into the spamtrap folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a folder name, such as spamtrap or Junk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder name cannot start with a dot or contain “/” or “..”. Use a plain name, such as spamtrap or Junk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder name cannot contain control characters. Use a plain name, such as spamtrap or Junk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheap watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spam message “%1” arrives as “%2” in the folder %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholds::ThresholdsPage</name>
    <message>
        <source>Spam from score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse from score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When is a message spam?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The more signs of spam a message shows, the higher its score. From the first score on it counts as spam: it is marked and filed away, and people can still look at it. From the second it is refused when it arrives, and nobody ever sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spam from score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5.0 is SpamAssassin&apos;s usual choice. Lower catches more spam, and more good mail by mistake; higher lets more spam into the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>The reject threshold&apos;s value that turns refusing off</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse from score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing is final, so choose a score well above the first one, such as 15, or Never (0) to keep all spam in the spam folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SpamAssassin: required_score in local.cf (the seed&apos;s 5.0). Refusing is what spamass-milter&apos;s -r option did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 0 every message would count as spam. Choose a score above 0, such as 5.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing must start above %1, where spam starts, or be Never: otherwise spam is refused before anyone could find it in the spam folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholds::TryPage</name>
    <message>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what your choices do before anything is saved. Paste a whole message — its header lines, an empty line, then the text — or take one of the samples, and score it. Nothing is delivered. You can also go on without trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring: %1. Spam from %2, refused from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring: %1. Spam from %2, never refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholdsWizard</name>
    <message>
        <source>Filter Thresholds Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam from score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused from score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpamAssassin (spamd)</source>
        <extracomment>Product names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rspamd</source>
        <extracomment>Product name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usual place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usual place (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>Spam is refused from this score: never</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>No subject tag</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::ImportPage</name>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the files your certificate authority gave you, in PEM form (text that starts with “-----BEGIN”). The key may be left empty when the request was made here (doorstepctl cert request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hain (intermediates):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: confSERVER_CERT, confSERVER_KEY and confCACERT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PEM file: it should be text that starts with “-----BEGIN”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::NetworkPage</name>
    <message>
        <source>A machine on my network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the machine&apos;s IP address, or a network to let every machine in it send. List only machines you control: they may send mail to anyone through this server without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.168.1.20 or 192.168.1.0/24</source>
        <extracomment>Examples of an IP address and a network</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address or network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IP address or network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner in the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sendmail: the access file, such as “Connect:192.168.1 RELAY”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an address such as 192.168.1.20 or a network such as 192.168.1.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the machine&apos;s IP address or network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network this large would let a big part of the Internet send mail through your server. Enter a smaller one, such as 192.168.1.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one address inside the network %2: enter %2 for the whole network, or %1 alone for one machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a relay client. To change it, remove it on the Relay page first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::RelayClientWizard</name>
    <message>
        <source>Relay Client Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::ReviewPage</name>
    <message>
        <source>Ready to make the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet. Apply makes this change; Cancel leaves everything as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the relay clients: machines there may send mail to anyone through this server without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the user %1 with a new, generated password. It can log in to send mail from anywhere, and mail to %1 is kept in its mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::SelfSignedPage</name>
    <message>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server signs its own certificate for these names, valid for ten years. Mail programs show its fingerprint once and ask whether to trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least the host name, such as mail.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::WizardPage</name>
    <message>
        <source>Go back to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineState</name>
    <message>
        <source>OK</source>
        <extracomment>Engine state badge: everything works</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <extracomment>Engine state badge</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Engine state badge: running with problems</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running</source>
        <extracomment>Engine state badge</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable</source>
        <extracomment>Engine state badge: the engine cannot be contacted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is running with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is running with problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine reports a state this program does not know: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail is received or delivered while the engine is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine cannot be reached. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Engine state badge: a state this version does not know</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <extracomment>Event kind: delivery postponed, will retry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <extracomment>Event kind: a message was returned to its sender</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greylisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address changed</source>
        <extracomment>Event kind: the public IP address changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check</source>
        <extracomment>Event kind: a DNS/health check changed its result</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <extracomment>Event kind: the configuration was changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail stuck in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked viruses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates near expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) bounced</source>
        <translation>
            <numerusform>%n message bounced</numerusform>
            <numerusform>%n messages bounced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stuck in the queue</source>
        <translation>
            <numerusform>%n message stuck in the queue</numerusform>
            <numerusform>%n messages stuck in the queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virus(es) blocked</source>
        <translation>
            <numerusform>%n virus blocked</numerusform>
            <numerusform>%n viruses blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter problem(s)</source>
        <translation>
            <numerusform>%n filter problem</numerusform>
            <numerusform>%n filter problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) near expiry</source>
        <translation>
            <numerusform>%n certificate near expiry</numerusform>
            <numerusform>%n certificates near expiry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The public address changed %n time(s)</source>
        <translation>
            <numerusform>The public address changed %n time</numerusform>
            <numerusform>The public address changed %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n health check(s) changed</source>
        <translation>
            <numerusform>%n health check changed</numerusform>
            <numerusform>%n health checks changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s): %1</source>
        <extracomment>%1 is an event kind such as &quot;Spam&quot;</extracomment>
        <translation>
            <numerusform>%n event: %1</numerusform>
            <numerusform>%n events: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailbox access</source>
        <extracomment>Event kind: the IMAP server (Dovecot) started, stopped or failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox access (IMAP) problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mailbox access changed %n time(s)</source>
        <translation>
            <numerusform>Mailbox access changed %n time</numerusform>
            <numerusform>Mailbox access changed %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Evolution</name>
    <message>
        <source>%1 is already set up in Evolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create Evolution&apos;s settings folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write Evolution&apos;s settings in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added to Evolution. Evolution asks for the mailbox&apos;s password when it first connects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KMail</name>
    <message>
        <source>KMail&apos;s mail store (Akonadi) refused to set up the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMail&apos;s mail store (Akonadi) did not start the new IMAP account in time. Open KMail and check its accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already set up in KMail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMail&apos;s mail store (Akonadi) is not running. Start KMail once, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added to KMail for reading mail, but its outgoing server could not be added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added to KMail for reading and sending mail. KMail asks for the mailbox&apos;s password when it first connects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KMailSending</name>
    <message>
        <source>Could not read KMail&apos;s settings in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write KMail&apos;s settings in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMail&apos;s settings in %1 are being changed by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMail already has an outgoing server %1 (port %2) for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMail already has an identity for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the settings folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailAccount</name>
    <message>
        <source>The server offers no IMAP for %1, so a mail program on this computer cannot be set up for it: turn on &apos;imap.enabled&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no SMTP for %1, so a mail program on this computer cannot be set up for it: give &apos;listeners.smtps&apos; or &apos;listeners.submission&apos; an address first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Thunderbird</name>
    <message>
        <source>Thunderbird is running. Quit Thunderbird, then try again: it writes its settings back when it quits, and the new account would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read Thunderbird&apos;s settings in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already set up in Thunderbird.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write Thunderbird&apos;s settings in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added to Thunderbird. Start Thunderbird: it asks for the mailbox&apos;s password when it first connects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThunderbirdProfile</name>
    <message>
        <source>Thunderbird has no profile on this computer yet. Start Thunderbird once, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsMode</name>
    <message>
        <source>Encrypt when offered</source>
        <extracomment>TLS mode: encrypt with STARTTLS when the server offers it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <extracomment>TLS mode: STARTTLS required, never in the clear</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt, check certificate</source>
        <extracomment>TLS mode: STARTTLS required and the server&apos;s certificate checked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted from the start (port 465)</source>
        <extracomment>TLS mode: TLS from the first byte, as on port 465</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypts (STARTTLS) when the server offers it and sends in the clear otherwise; the certificate is not checked. Works with every server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends only after STARTTLS, never in the clear; the certificate is not checked. For providers&apos; port 587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends only after STARTTLS, and only to a server whose certificate is valid for its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks TLS from the first byte, as providers&apos; port 465 (SMTPS) expects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
