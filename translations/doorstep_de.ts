<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>Aufruf: doorstepctl [--session | --system] [--json] BEFEHL [ARGUMENTE]

Steuert die Engine des Doorstep-Mailservers über D-Bus.

Optionen (vor BEFEHL):
  --session   mit einer Engine auf dem Sitzungsbus sprechen (doorstepd --session)
  --system    mit der System-Engine sprechen (Standard)
  --json      Ergebnisse als JSON ausgeben, für Skripte
  --help      diese Hilfe anzeigen
  --version   die Version anzeigen

Befehle:
</translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 the engine refused (its reason is printed), 2 usage error, 3 the engine is not reachable.
</source>
        <translation>
Exit-Status: 0 erledigt, 1 die Engine hat abgelehnt (der Grund wird ausgegeben), 2 Aufruffehler, 3 die Engine ist nicht erreichbar.
</translation>
    </message>
    <message>
        <source>doorstepctl: the Doorstep engine is not reachable on the %1 bus (%2).</source>
        <translation>doorstepctl: Die Doorstep-Engine ist auf dem %1 nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzungsbus</translation>
    </message>
    <message>
        <source>system</source>
        <translation>Systembus</translation>
    </message>
    <message>
        <source>Usage: doorstepctl %1</source>
        <translation>Aufruf: doorstepctl %1</translation>
    </message>
    <message>
        <source>doorstepctl: unknown option &apos;%1&apos;; see doorstepctl --help</source>
        <translation>doorstepctl: Unbekannte Option &apos;%1&apos;; siehe doorstepctl --help</translation>
    </message>
    <message>
        <source>doorstepctl: &apos;%1&apos; needs one of:</source>
        <translation>doorstepctl: &apos;%1&apos; erfordert einen dieser Befehle:</translation>
    </message>
    <message>
        <source>doorstepctl: unknown verb &apos;%1&apos;; see doorstepctl --help</source>
        <translation>doorstepctl: Unbekannter Befehl &apos;%1&apos;; siehe doorstepctl --help</translation>
    </message>
    <message>
        <source>doorstepctl: wrong number of arguments for &apos;%1&apos;</source>
        <translation>doorstepctl: Falsche Anzahl von Argumenten für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>doorstepctl: cannot connect to the %1 bus: %2</source>
        <translation>doorstepctl: Keine Verbindung zum %1 möglich: %2</translation>
    </message>
    <message>
        <source>doorstepctl: the Doorstep engine is not running on the %1 bus. Start it with %2.</source>
        <translation>doorstepctl: Die Doorstep-Engine läuft nicht auf dem %1. Starten Sie sie mit %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>MAILBOX</source>
        <translation>POSTFACH</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>TARGETS</source>
        <translation>ZIELE</translation>
    </message>
    <message>
        <source>LOCAL</source>
        <translation>LOKAL</translation>
    </message>
    <message>
        <source>EXTERNAL</source>
        <translation>EXTERN</translation>
    </message>
    <message>
        <source>the domains this server receives mail for</source>
        <translation>die Domains, für die dieser Server E-Mails empfängt</translation>
    </message>
    <message>
        <source>receive mail for DOMAIN</source>
        <translation>E-Mails für DOMAIN empfangen</translation>
    </message>
    <message>
        <source>stop receiving mail for DOMAIN (it must have no users or aliases)</source>
        <translation>keine E-Mails mehr für DOMAIN empfangen (sie darf keine Benutzer oder Aliasse haben)</translation>
    </message>
    <message>
        <source>mailbox users with their mailbox size</source>
        <translation>Postfachbenutzer mit der Größe ihres Postfachs</translation>
    </message>
    <message>
        <source>add a user (password asked without echo, or one line on stdin)</source>
        <translation>einen Benutzer hinzufügen (Passwort wird verdeckt abgefragt oder als eine Zeile von stdin gelesen)</translation>
    </message>
    <message>
        <source>change a user&apos;s password</source>
        <translation>das Passwort eines Benutzers ändern</translation>
    </message>
    <message>
        <source>let a user log in and receive mail again</source>
        <translation>einen Benutzer wieder anmelden und E-Mails empfangen lassen</translation>
    </message>
    <message>
        <source>refuse a user&apos;s logins and mail, keeping the mailbox</source>
        <translation>Anmeldungen und E-Mails eines Benutzers abweisen, das Postfach bleibt erhalten</translation>
    </message>
    <message>
        <source>remove a user (the mailbox stays on disk)</source>
        <translation>einen Benutzer entfernen (das Postfach bleibt auf der Festplatte)</translation>
    </message>
    <message>
        <source>incoming aliases and catch-alls</source>
        <translation>eingehende Aliasse und Catch-all-Adressen</translation>
    </message>
    <message>
        <source>deliver ADDRESS (or @domain, or a bare name) to TARGETS, comma-separated</source>
        <translation>ADDRESS (oder @domain oder einen bloßen Namen) an TARGETS zustellen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>remove an alias</source>
        <translation>einen Alias entfernen</translation>
    </message>
    <message>
        <source>outbound names (genericstable)</source>
        <translation>ausgehende Namen (genericstable)</translation>
    </message>
    <message>
        <source>mail from LOCAL leaves as EXTERNAL</source>
        <translation>E-Mails von LOCAL werden als EXTERNAL versendet</translation>
    </message>
    <message>
        <source>remove an outbound name</source>
        <translation>einen ausgehenden Namen entfernen</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>DAYS must be a number, not &apos;%1&apos;</source>
        <translation>DAYS muss eine Zahl sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos;</source>
        <translation>Unbekanntes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>doorstepctl: the engine stopped.</source>
        <translation>doorstepctl: Die Engine wurde beendet.</translation>
    </message>
    <message>
        <source>show the engine&apos;s state, listeners and today&apos;s counters</source>
        <translation>Zustand, Listener und heutige Zähler der Engine anzeigen</translation>
    </message>
    <message>
        <source>daily counters of the last DAYS days (default 7)</source>
        <translation>Tageszähler der letzten DAYS Tage (Standard: 7)</translation>
    </message>
    <message>
        <source>recent events; --follow keeps printing new ones</source>
        <translation>letzte Ereignisse; mit --follow werden neue laufend ausgegeben</translation>
    </message>
    <message>
        <source>read the configuration again and apply it</source>
        <translation>die Konfiguration neu einlesen und anwenden</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>Kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>no password entered</source>
        <translation>Kein Passwort eingegeben</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Wiederholen: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>Die beiden Passwörter stimmen nicht überein</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>MUSTER</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>ZULETZT GESEHEN</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>KOMMENTAR</translation>
    </message>
    <message>
        <source>machines allowed to relay, refused or trusted</source>
        <translation>Rechner, die weiterleiten dürfen, abgewiesen werden oder vertrauenswürdig sind</translation>
    </message>
    <message>
        <source>add an address, network, host or *.domain (default RELAY)</source>
        <translation>eine Adresse, ein Netz, einen Host oder *.domain hinzufügen (Standard: RELAY)</translation>
    </message>
    <message>
        <source>remove a relay client</source>
        <translation>einen Relay-Client entfernen</translation>
    </message>
    <message>
        <source>Value of %1: </source>
        <translation>Wert von %1: </translation>
    </message>
    <message>
        <source>secret, write-only</source>
        <translation>geheim, nur schreibbar</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standardwert %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>comma-separated %1</source>
        <translation>%1, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>There is no setting &apos;%1&apos;.</source>
        <translation>Es gibt keine Einstellung &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>every setting with its value</source>
        <translation>alle Einstellungen mit ihren Werten</translation>
    </message>
    <message>
        <source>the value of one setting</source>
        <translation>den Wert einer Einstellung</translation>
    </message>
    <message>
        <source>change a setting (lists comma-separated; VALUE - reads a secret from the terminal or stdin)</source>
        <translation>eine Einstellung ändern (Listen durch Kommas getrennt; VALUE - liest ein Geheimnis vom Terminal oder von stdin)</translation>
    </message>
    <message>
        <source>type, default, range and help of the settings</source>
        <translation>Typ, Standardwert, Bereich und Hilfe der Einstellungen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>Die Warteschlange ist leer.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>ABSENDER</translation>
    </message>
    <message>
        <source>RECIPIENTS</source>
        <translation>EMPFÄNGER</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>NEXT ATTEMPT</source>
        <translation>NÄCHSTER VERSUCH</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>From client</source>
        <translation>Vom Client</translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>RECIPIENT</source>
        <translation>EMPFÄNGER</translation>
    </message>
    <message>
        <source>DELIVERS TO</source>
        <translation>ZUGESTELLT AN</translation>
    </message>
    <message>
        <source>There is no certificate yet.</source>
        <translation>Es gibt noch kein Zertifikat.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>messages waiting for delivery</source>
        <translation>Nachrichten, die auf Zustellung warten</translation>
    </message>
    <message>
        <source>one message: envelope, each recipient&apos;s state, headers</source>
        <translation>eine Nachricht: Umschlag, Zustand jedes Empfängers, Kopfzeilen</translation>
    </message>
    <message>
        <source>try to deliver a message now</source>
        <translation>eine Nachricht jetzt zuzustellen versuchen</translation>
    </message>
    <message>
        <source>delete a message from the queue without delivering it</source>
        <translation>eine Nachricht ohne Zustellung aus der Warteschlange löschen</translation>
    </message>
    <message>
        <source>the TLS certificate in use</source>
        <translation>das verwendete TLS-Zertifikat</translation>
    </message>
    <message>
        <source>make a new self-signed certificate (default: identity.hostname)</source>
        <translation>ein neues selbstsigniertes Zertifikat erstellen (Standard: identity.hostname)</translation>
    </message>
    <message>
        <source>give up on a message now and tell its sender</source>
        <translation>eine Nachricht jetzt aufgeben und ihren Absender benachrichtigen</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>NEXT HOP</source>
        <translation>NÄCHSTER SERVER</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ANMELDUNG</translation>
    </message>
    <message>
        <source>Password of %1 at %2: </source>
        <translation>Passwort von %1 bei %2: </translation>
    </message>
    <message>
        <source>whether this line can send on port 25</source>
        <translation>ob dieser Anschluss über Port 25 senden kann</translation>
    </message>
    <message>
        <source>send a test message to a remote address now; prints the remote&apos;s answer</source>
        <translation>jetzt eine Testnachricht an eine entfernte Adresse senden; gibt die Antwort der Gegenseite aus</translation>
    </message>
    <message>
        <source>per-destination routes (mailertable)</source>
        <translation>Routen pro Ziel (mailertable)</translation>
    </message>
    <message>
        <source>send mail for a domain (or *.domain) through a next hop; with LOGIN the password is asked</source>
        <translation>E-Mails für eine Domain (oder *.domain) über einen nächsten Server senden; mit LOGIN wird nach dem Passwort gefragt</translation>
    </message>
    <message>
        <source>remove a route</source>
        <translation>eine Route entfernen</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>Kann &apos;%1&apos; nicht lesen: %2.</translation>
    </message>
    <message>
        <source>spam: filed into the spam folder</source>
        <translation>Spam: in den Spam-Ordner einsortiert</translation>
    </message>
    <message>
        <source>spam: refused</source>
        <translation>Spam: abgelehnt</translation>
    </message>
    <message>
        <source>not spam</source>
        <translation>kein Spam</translation>
    </message>
    <message>
        <source>not scored: %1</source>
        <translation>nicht bewertet: %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>%1 (spam from %2)</source>
        <translation>%1 (Spam ab %2)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>spam score of a message with the configured backend (- reads stdin); nothing is delivered</source>
        <translation>Spam-Bewertung einer Nachricht mit dem eingestellten Backend (- liest die Standardeingabe); nichts wird zugestellt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>Database date</source>
        <translation>Stand der Datenbank</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The quarantine is empty.</source>
        <translation>Die Quarantäne ist leer.</translation>
    </message>
    <message>
        <source>QUARANTINED</source>
        <translation>IN QUARANTÄNE SEIT</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>the virus scanner: state, signatures, database date</source>
        <translation>der Virenscanner: Zustand, Signaturen, Stand der Datenbank</translation>
    </message>
    <message>
        <source>messages kept in the quarantine</source>
        <translation>Nachrichten in der Quarantäne</translation>
    </message>
    <message>
        <source>deliver a quarantined message to its recipients</source>
        <translation>eine Nachricht aus der Quarantäne an ihre Empfänger zustellen</translation>
    </message>
    <message>
        <source>delete a quarantined message for good</source>
        <translation>eine Nachricht aus der Quarantäne endgültig löschen</translation>
    </message>
    <message>
        <source>MAX must be a whole number, not &apos;%1&apos;.</source>
        <translation>MAX muss eine ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>passed %1</source>
        <translation>%1 durchgelassen</translation>
    </message>
    <message>
        <source>TRIPLET</source>
        <translation>TRIPEL</translation>
    </message>
    <message>
        <source>greylisted triplets (network,sender,recipient), most recent first</source>
        <translation>Tripel der Greylist (Netz,Absender,Empfänger), die neuesten zuerst</translation>
    </message>
    <message>
        <source>clients and senders that skip greylisting</source>
        <translation>Clients und Absender, für die kein Greylisting gilt</translation>
    </message>
    <message>
        <source>let an address, network, host, *.domain, sender or @domain skip greylisting</source>
        <translation>eine Adresse, ein Netz, einen Host, *.domain, einen Absender oder @domain vom Greylisting ausnehmen</translation>
    </message>
    <message>
        <source>remove a pattern from the greylist allow list</source>
        <translation>ein Muster von der Ausnahmeliste des Greylistings entfernen</translation>
    </message>
    <message>
        <source>forget a triplet as listed (network,sender,recipient)</source>
        <translation>ein Tripel wie aufgelistet vergessen (Netz,Absender,Empfänger)</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>try a spam backend before saving it (builtin, spamd, rspamd; ADDRESS host:port, default its usual port here; - reads stdin)</source>
        <translation>einen Spam-Bewerter ausprobieren, bevor er gespeichert wird (builtin, spamd, rspamd; ADDRESS Host:Port, sonst sein üblicher Port auf diesem Rechner; - liest von stdin)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE.</source>
        <translation>„%1“ hat nicht die Form KEY=VALUE.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice.</source>
        <translation>„%1“ ist zweimal angegeben.</translation>
    </message>
    <message>
        <source>change several settings at once, all or none (values as for set)</source>
        <translation>mehrere Einstellungen auf einmal ändern, alle oder keine (Werte wie bei set)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value.</source>
        <translation>„%1“ braucht einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>make a key and a certificate signing request (CSR) to give a CA (default: identity.hostname)</source>
        <translation>einen Schlüssel und eine Zertifikatsanforderung (CSR) für eine CA erzeugen (Vorgabe: identity.hostname)</translation>
    </message>
    <message>
        <source>use a certificate from a CA: PEM files, &apos;-&apos; for stdin, KEY &apos;&apos; for the key of &apos;cert request&apos;</source>
        <translation>ein Zertifikat einer CA verwenden: PEM-Dateien, „-“ für die Standardeingabe, KEY „“ für den Schlüssel von „cert request“</translation>
    </message>
    <message>
        <source>get a certificate with ACME (Let&apos;s Encrypt), agreeing to the CA&apos;s terms; names are checked over HTTP on acme.http_port</source>
        <translation>ein Zertifikat per ACME (Let’s Encrypt) holen und den Bedingungen der CA zustimmen; die Namen werden per HTTP auf acme.http_port geprüft</translation>
    </message>
    <message>
        <source>renew the certificate the way it was made (ACME or self-signed)</source>
        <translation>das Zertifikat so erneuern, wie es entstanden ist (ACME oder selbstsigniert)</translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation>Nächste Erneuerung</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>keine geplant</translation>
    </message>
    <message>
        <source>Renewal error</source>
        <translation>Fehler bei der Erneuerung</translation>
    </message>
    <message>
        <source>the DNS TXT records of DOMAIN&apos;s DKIM keys (made if missing), as zone-file lines: NAME TXT and the value in quoted strings of at most 255 bytes; --json gives each value as one string, as a web DNS panel wants it</source>
        <translation>die DNS-TXT-Einträge der DKIM-Schlüssel von DOMAIN (fehlende werden erzeugt) als Zonendatei-Zeilen: NAME TXT und der Wert in Anführungszeichen-Abschnitten von höchstens 255 Bytes; --json gibt jeden Wert als eine Zeichenkette aus, wie sie ein DNS-Webformular erwartet</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <source>Address from</source>
        <translation>Adresse aus</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Zuletzt gesendet</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>dynamic DNS: provider, host, public address, last update and result</source>
        <translation>dynamisches DNS: Anbieter, Host, öffentliche Adresse, letzte Aktualisierung und Ergebnis</translation>
    </message>
    <message>
        <source>send the public address to the dynamic DNS provider now; prints its answer</source>
        <translation>die öffentliche Adresse jetzt an den Anbieter des dynamischen DNS senden; gibt seine Antwort aus</translation>
    </message>
    <message>
        <source>publish:</source>
        <translation>veröffentlichen:</translation>
    </message>
    <message>
        <source>ask the DNS whether the world can reach DOMAIN and trusts its mail (MX, address, reverse name, SPF, DKIM, DMARC, blocklists, certificate, port 25), with the records to publish</source>
        <translation>im DNS nachfragen, ob DOMAIN aus dem Internet erreichbar ist und ihren E-Mails vertraut wird (MX, Adresse, Reverse-Name, SPF, DKIM, DMARC, Sperrlisten, Zertifikat, Port 25), mit den zu veröffentlichenden Einträgen</translation>
    </message>
    <message>
        <source>Greylisting</source>
        <translation>Greylisting</translation>
    </message>
    <message>
        <source>Antivirus</source>
        <translation>Virenschutz</translation>
    </message>
    <message>
        <source>Spam score</source>
        <translation>Spam-Bewertung</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>%1 the score, %2 the threshold, %3 spam/ham/reject</extracomment>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden durch</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>none (not kept)</source>
        <translation>keiner (nicht behalten)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>nicht übernommen: %1</translation>
    </message>
    <message>
        <source>a user&apos;s Sieve rules (&quot;&quot; = the global rules)</source>
        <translation>die Sieve-Regeln eines Benutzers (&quot;&quot; = die globalen Regeln)</translation>
    </message>
    <message>
        <source>check and store a user&apos;s Sieve rules (- reads stdin; an empty file removes them)</source>
        <translation>die Sieve-Regeln eines Benutzers prüfen und speichern (- liest von stdin; eine leere Datei entfernt sie)</translation>
    </message>
    <message>
        <source>dry run: where a message would go, after greylisting, antivirus and spam (- reads stdin)</source>
        <translation>Probelauf: wohin eine Nachricht nach Greylisting, Virenschutz und Spam-Bewertung ginge (- liest von stdin)</translation>
    </message>
    <message>
        <source>turn a .procmailrc into Sieve (printed, not stored); recipes left out go to stderr</source>
        <translation>eine .procmailrc in Sieve umwandeln (ausgegeben, nicht gespeichert); ausgelassene Rezepte gehen nach stderr</translation>
    </message>
    <message>
        <source>mail-program settings of a user (--json adds the autoconfig and Apple profile files)</source>
        <translation>Einstellungen für das E-Mail-Programm eines Benutzers (--json fügt die Autoconfig- und Apple-Profil-Dateien hinzu)</translation>
    </message>
    <message>
        <source>Mailbox access</source>
        <extracomment>doorstepctl status: the managed Dovecot (IMAP, POP3, ManageSieve)</extracomment>
        <translation>Postfachzugriff</translation>
    </message>
    <message>
        <source>not scored (the spam filter is off)</source>
        <translation>nicht bewertet (der Spamfilter ist aus)</translation>
    </message>
    <message>
        <source>none (kept in the inbox)</source>
        <translation>keine (bleibt im Posteingang)</translation>
    </message>
    <message>
        <source>COUNT must be a number from 1 to 500, not &apos;%1&apos;.</source>
        <translation>ANZAHL muss eine Zahl von 1 bis 500 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>ARRIVED</source>
        <translation>EINGEGANGEN</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>BETREFF</translation>
    </message>
    <message>
        <source>the newest messages of a user&apos;s mailbox (20 unless COUNT), to try one</source>
        <translation>die neuesten Nachrichten im Postfach eines Benutzers (20, sofern nicht ANZAHL), um eine zu testen</translation>
    </message>
    <message>
        <source>dry run of a message from the mailbox (ID from rules messages)</source>
        <translation>Probelauf einer Nachricht aus dem Postfach (ID aus rules messages)</translation>
    </message>
</context>
<context>
    <name>ClientConfiguration</name>
    <message>
        <source>Server Name:</source>
        <extracomment>Field of Thunderbird&apos;s outgoing server (SMTP) dialog</extracomment>
        <translation>Servername:</translation>
    </message>
    <message>
        <source>Port:</source>
        <extracomment>Field of Thunderbird&apos;s outgoing server (SMTP) dialog</extracomment>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Connection security:</source>
        <extracomment>Field of Thunderbird&apos;s outgoing server (SMTP) dialog; the values are STARTTLS and SSL/TLS</extracomment>
        <translation>Verbindungssicherheit:</translation>
    </message>
    <message>
        <source>Authentication method:</source>
        <extracomment>Field of Thunderbird&apos;s outgoing server (SMTP) dialog; value as Thunderbird names it</extracomment>
        <translation>Authentifizierungsmethode:</translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation>Passwort, normal</translation>
    </message>
    <message>
        <source>User Name:</source>
        <extracomment>Field of Thunderbird&apos;s outgoing server (SMTP) dialog</extracomment>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <extracomment>Thunderbird asks for the password when it first sends</extracomment>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>%1 (Thunderbird asks for it when it first sends)</source>
        <translation>%1 (Thunderbird fragt beim ersten Senden danach)</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed: confirm the security exception when Thunderbird asks, after checking that its SHA-256 fingerprint is %1.</source>
        <translation>Das Zertifikat des Servers ist selbstsigniert: Bestätigen Sie die Sicherheitsausnahme, wenn Thunderbird danach fragt, nachdem Sie geprüft haben, dass sein SHA-256-Fingerabdruck %1 lautet.</translation>
    </message>
    <message>
        <source>Add the lines to sendmail.mc and run the commands as root. sendmail cannot use port %1 (TLS from the start): switch on the submission listener of this server for sendmail clients.</source>
        <translation>Fügen Sie die Zeilen in sendmail.mc ein und führen Sie die Befehle als root aus. sendmail kann Port %1 (TLS von Anfang an) nicht verwenden: Schalten Sie für sendmail-Clients den Submission-Listener dieses Servers ein.</translation>
    </message>
    <message>
        <source>Add the lines to sendmail.mc and the files named in the comments, then run the commands as root.</source>
        <translation>Fügen Sie die Zeilen in sendmail.mc und in die in den Kommentaren genannten Dateien ein und führen Sie dann die Befehle als root aus.</translation>
    </message>
    <message>
        <source>Add the lines to the files named in the comments, then run the commands as root.</source>
        <translation>Fügen Sie die Zeilen in die in den Kommentaren genannten Dateien ein und führen Sie dann die Befehle als root aus.</translation>
    </message>
    <message>
        <source>Save this as ~/.msmtprc of the user who sends (chmod 600 ~/.msmtprc: it holds the password).</source>
        <translation>Speichern Sie dies als ~/.msmtprc des sendenden Benutzers (chmod 600 ~/.msmtprc: die Datei enthält das Passwort).</translation>
    </message>
    <message>
        <source>Save this as ~/.msmtprc of the user who sends.</source>
        <translation>Speichern Sie dies als ~/.msmtprc des sendenden Benutzers.</translation>
    </message>
    <message>
        <source>In Thunderbird: Account Settings, Outgoing Server (SMTP), Add, then fill in these fields.</source>
        <translation>In Thunderbird: Konten-Einstellungen, Postausgang-Server (SMTP), Hinzufügen, dann diese Felder ausfüllen.</translation>
    </message>
</context>
<context>
    <name>ClientError</name>
    <message>
        <source>The engine did not accept this value.</source>
        <translation>Die Engine hat diesen Wert nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The engine does not know this item.</source>
        <translation>Die Engine kennt diesen Eintrag nicht.</translation>
    </message>
    <message>
        <source>This item already exists.</source>
        <translation>Dieser Eintrag existiert bereits.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Dazu sind Sie nicht berechtigt.</translation>
    </message>
    <message>
        <source>The engine could not do this.</source>
        <translation>Die Engine konnte dies nicht ausführen.</translation>
    </message>
    <message>
        <source>The Doorstep engine is not running.</source>
        <translation>Die Doorstep-Engine läuft nicht.</translation>
    </message>
    <message>
        <source>The engine does not understand this request (is it another version?).</source>
        <translation>Die Engine versteht diese Anfrage nicht (ist es eine andere Version?).</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Application</name>
    <message>
        <source>The control center of the Doorstep mail server.</source>
        <translation>Das Kontrollzentrum des Doorstep-Mailservers.</translation>
    </message>
    <message>
        <source>Manage the engine on the session bus (doorstepd --session).</source>
        <translation>Die Engine auf dem Sitzungsbus verwalten (doorstepd --session).</translation>
    </message>
    <message>
        <source>Manage the system engine (the default).</source>
        <translation>Die System-Engine verwalten (Standard).</translation>
    </message>
    <message>
        <source>Start hidden in the tray.</source>
        <translation>Verborgen im Systemabschnitt der Kontrollleiste starten.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::DomainOffer</name>
    <message>
        <source>&amp;Set Up Domain…</source>
        <translation>Domain &amp;einrichten…</translation>
    </message>
    <message>
        <source>Open the Domain &amp; Dynamic DNS wizard</source>
        <translation>Den Assistenten für Domain &amp; dynamisches DNS öffnen</translation>
    </message>
    <message>
        <source>Not Now</source>
        <extracomment>Declines the offer to set up a domain, until the control center starts again</extracomment>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Doorstep does not know your mail domain yet.</source>
        <translation>Doorstep kennt Ihre Mail-Domain noch nicht.</translation>
    </message>
    <message>
        <source>Tell it your domain, and it keeps your home address in DNS, gets a certificate and shows which DNS records the world needs to find your server.</source>
        <translation>Nennen Sie Ihre Domain, dann hält Doorstep Ihre Adresse zu Hause im DNS aktuell, besorgt ein Zertifikat und zeigt, welche DNS-Einträge die Welt braucht, um Ihren Server zu finden.</translation>
    </message>
    <message>
        <source>Set up your domain</source>
        <translation>Ihre Domain einrichten</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::EngineBanner</name>
    <message>
        <source>Engine not running</source>
        <translation>Engine läuft nicht</translation>
    </message>
    <message>
        <source>Cannot connect to the system bus, so the engine cannot be reached.</source>
        <translation>Keine Verbindung zum Systembus möglich, daher ist die Engine nicht erreichbar.</translation>
    </message>
    <message>
        <source>Cannot connect to the session bus, so the engine cannot be reached.</source>
        <translation>Keine Verbindung zum Sitzungsbus möglich, daher ist die Engine nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check that D-Bus is running, then start this program again.</source>
        <translation>Prüfen Sie, ob D-Bus läuft, und starten Sie dieses Programm dann erneut.</translation>
    </message>
    <message>
        <source>Start it with: %1</source>
        <extracomment>%1 is a command line</extracomment>
        <translation>Starten Sie sie mit: %1</translation>
    </message>
    <message>
        <source>The Doorstep engine is not running.</source>
        <translation>Die Doorstep-Engine läuft nicht.</translation>
    </message>
    <message>
        <source>This window reconnects by itself as soon as the engine starts.</source>
        <translation>Dieses Fenster verbindet sich automatisch neu, sobald die Engine startet.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::MainWindow</name>
    <message>
        <source>Doorstep</source>
        <translation>Doorstep</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::AliasModel</name>
    <message>
        <source>Alias</source>
        <extracomment>Kind of incoming address: an extra address that delivers to mailboxes</extracomment>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Catch-all</source>
        <extracomment>Kind of incoming address: receives mail for every unknown address of a domain</extracomment>
        <translation>Sammeladresse</translation>
    </message>
    <message>
        <source>Local name</source>
        <extracomment>Kind of incoming address: a bare name such as &quot;root&quot;, for mail from programs</extracomment>
        <translation>Lokaler Name</translation>
    </message>
    <message>
        <source>Every address in %1 that has no mailbox or alias of its own</source>
        <translation>Jede Adresse in %1 ohne eigenes Postfach oder eigenen Alias</translation>
    </message>
    <message>
        <source>Mail that programs on this server send to “%1”</source>
        <translation>E-Mail, die Programme auf diesem Server an „%1“ senden</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column header: alias, catch-all or local name</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Delivers to</source>
        <extracomment>Column header: the addresses an alias delivers to</extracomment>
        <translation>Zustellen an</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::AllowListModel</name>
    <message>
        <source>Sender</source>
        <extracomment>Allow-list pattern that matches the envelope sender</extracomment>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Sending server</source>
        <extracomment>Allow-list pattern that matches the connecting server&apos;s address or name</extracomment>
        <translation>Sendender Server</translation>
    </message>
    <message>
        <source>Pattern</source>
        <extracomment>Column header: an address, network, host name or sender domain</extracomment>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Matches</source>
        <extracomment>Column header: whether the pattern matches the sender or the sending server</extracomment>
        <translation>Trifft auf</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::DomainModel</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::EngineStatus</name>
    <message>
        <source>The system bus is not available.</source>
        <translation>Der Systembus ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The session bus is not available.</source>
        <translation>Der Sitzungsbus ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>You may not read its status; ask to be added to the group &apos;doorstep&apos;.</source>
        <translation>Sie dürfen ihren Status nicht lesen; bitten Sie darum, in die Gruppe &apos;doorstep&apos; aufgenommen zu werden.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::EventModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column header: the kind of event</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>Column header: what happened</extracomment>
        <translation>Ereignis</translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) of this kind (%1) in that second, not listed one by one</source>
        <extracomment>One row of the event log standing for a burst of events of one kind (%1)</extracomment>
        <translation>
            <numerusform>%n weiteres Ereignis dieser Art (%1) in dieser Sekunde, nicht einzeln aufgeführt</numerusform>
            <numerusform>%n weitere Ereignisse dieser Art (%1) in dieser Sekunde, nicht einzeln aufgeführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::GreylistModel</name>
    <message>
        <source>Waiting</source>
        <extracomment>Greylisted triplet whose retry has not come yet</extracomment>
        <translation>Wartet</translation>
    </message>
    <message numerus="yes">
        <source>Passed (%n)</source>
        <translation>
            <numerusform>Durchgelassen (%n)</numerusform>
            <numerusform>Durchgelassen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked to retry later; accepted when it does after the delay.</source>
        <translation>Zum späteren Wiederholen aufgefordert; angenommen, wenn es nach der Wartezeit wiederholt wird.</translation>
    </message>
    <message>
        <source>Retried and accepted: mail from it passes without waiting.</source>
        <translation>Wiederholt und angenommen: Mail davon kommt ohne Warten durch.</translation>
    </message>
    <message>
        <source>Network</source>
        <extracomment>Column header: the network the sending server is in</extracomment>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: waiting or passed</extracomment>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last seen</source>
        <extracomment>Column header: the latest attempt</extracomment>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::OutboundNameModel</name>
    <message>
        <source>Local sender</source>
        <extracomment>Column header: a sender address or login name on this network</extracomment>
        <translation>Lokaler Absender</translation>
    </message>
    <message>
        <source>Leaves as</source>
        <extracomment>Column header: the address mail from the local sender gets on the Internet</extracomment>
        <translation>Geht hinaus als</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::QuarantineModel</name>
    <message>
        <source>Kept since</source>
        <extracomment>Column header: when the message was put in the quarantine</extracomment>
        <translation>Zurückgehalten seit</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Column header: why the message is kept (the virus found)</extracomment>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::QueueModel</name>
    <message>
        <source>Waiting</source>
        <extracomment>Queue state: accepted, not tried yet</extracomment>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Deferred</source>
        <extracomment>Queue state: tried, failed for now, will be tried again</extracomment>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Delivering</source>
        <extracomment>Queue state: a delivery attempt is running now</extracomment>
        <translation>Wird zugestellt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <extracomment>Recipient state</extracomment>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Recipient state: given up, returned to the sender</extracomment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>%1 is a state this version does not know</extracomment>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>Accepted and not tried yet.</source>
        <translation>Angenommen und noch nicht versucht.</translation>
    </message>
    <message>
        <source>Tried and failed for now; it will be tried again.</source>
        <translation>Versucht und vorerst fehlgeschlagen; es wird erneut versucht.</translation>
    </message>
    <message>
        <source>A delivery attempt is running now.</source>
        <translation>Ein Zustellversuch läuft gerade.</translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation>Zugestellt.</translation>
    </message>
    <message>
        <source>Given up; the sender gets a delivery report.</source>
        <translation>Aufgegeben; der Absender erhält einen Zustellbericht.</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>Next delivery attempt: due now</extracomment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>The empty sender: this is a delivery report, which is never answered.</source>
        <translation>Der leere Absender: Dies ist ein Zustellbericht, auf den nie geantwortet wird.</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>Column header: the queue id of a message</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: waiting, deferred or delivering</extracomment>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <extracomment>Column header: when delivery will be tried again</extracomment>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Attempts</source>
        <extracomment>Column header: number of delivery attempts so far</extracomment>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <extracomment>Column header: why the last delivery attempt failed</extracomment>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::QueueRecipientModel</name>
    <message>
        <source>A mailbox on this server</source>
        <translation>Ein Postfach auf diesem Server</translation>
    </message>
    <message>
        <source>Another mail server</source>
        <translation>Ein anderer Mailserver</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Delivers to</source>
        <extracomment>Column header: the mailbox or address an alias resolved to</extracomment>
        <translation>Zugestellt an</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Last reply</source>
        <extracomment>Column header: what the other mail server answered last time</extracomment>
        <translation>Letzte Antwort</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::RelayClientModel</name>
    <message>
        <source>Relay</source>
        <extracomment>Relay client action RELAY: may send mail anywhere through this server</extracomment>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>Reject</source>
        <extracomment>Relay client action REJECT: refused when it connects</extracomment>
        <translation>Abweisen</translation>
    </message>
    <message>
        <source>Trusted</source>
        <extracomment>Relay client action OK: trusted, but may not relay</extracomment>
        <translation>Vertraut</translation>
    </message>
    <message>
        <source>May send mail to anyone through this server without a password (RELAY).</source>
        <translation>Darf ohne Passwort über diesen Server E-Mails an jeden senden (RELAY).</translation>
    </message>
    <message>
        <source>Refused as soon as it connects (REJECT).</source>
        <translation>Wird abgewiesen, sobald er sich verbindet (REJECT).</translation>
    </message>
    <message>
        <source>Trusted: skips greylisting and sender checks, but may not send to other domains (OK).</source>
        <translation>Vertraut: überspringt Greylisting und Absenderprüfungen, darf aber nicht an andere Domains senden (OK).</translation>
    </message>
    <message>
        <source>An action this version does not know (%1).</source>
        <translation>Eine Aktion, die diese Version nicht kennt (%1).</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>A relay client that has never connected</extracomment>
        <translation>nie</translation>
    </message>
    <message>
        <source>Machine or network</source>
        <extracomment>Column header: an IP address, network or host name</extracomment>
        <translation>Rechner oder Netzwerk</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: relay, reject or trusted</extracomment>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Last seen</source>
        <extracomment>Column header: when the machine last connected</extracomment>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::RouteModel</name>
    <message>
        <source>Every domain inside %1, not %1 itself</source>
        <extracomment>%1 is a domain such as example.com</extracomment>
        <translation>Jede Domain innerhalb von %1, nicht %1 selbst</translation>
    </message>
    <message>
        <source>Sends without logging in</source>
        <translation>Sendet ohne Anmeldung</translation>
    </message>
    <message>
        <source>Logs in as %1 (only inside TLS)</source>
        <translation>Meldet sich als %1 an (nur innerhalb von TLS)</translation>
    </message>
    <message>
        <source>Mail to</source>
        <extracomment>Column header: the domain a route is for</extracomment>
        <translation>E-Mail an</translation>
    </message>
    <message>
        <source>Goes through</source>
        <extracomment>Column header: the server mail for the domain is handed to</extracomment>
        <translation>Geht über</translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>Column header: the login name at that server</extracomment>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Encryption</source>
        <extracomment>Column header: the TLS mode</extracomment>
        <translation>Verschlüsselung</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::UserModel</name>
    <message>
        <source>Enabled</source>
        <extracomment>Whether a user may log in and receive mail</extracomment>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: enabled or disabled</extracomment>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Mailbox size</source>
        <extracomment>Column header: mailbox size on disk</extracomment>
        <translation>Postfachgröße</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::AddDomainDialog</name>
    <message>
        <source>Add Domain</source>
        <translation>Domain hinzufügen</translation>
    </message>
    <message>
        <source>Mail to addresses in this domain is delivered to mailboxes on this server. Its DNS MX record has to point here.</source>
        <translation>E-Mails an Adressen in dieser Domain werden in Postfächer auf diesem Server zugestellt. Ihr MX-Eintrag im DNS muss auf diesen Server zeigen.</translation>
    </message>
    <message>
        <source>&amp;Add Domain</source>
        <translation>Domain &amp;hinzufügen</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Enter the domain you receive mail for, such as example.org.</source>
        <translation>Geben Sie die Domain ein, für die Sie E-Mails empfangen, z. B. example.org.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>A user has a mailbox and logs in with the full address and this password, in mail programs and to send mail through this server.</source>
        <translation>Ein Benutzer hat ein Postfach und meldet sich mit der vollständigen Adresse und diesem Passwort an: in E-Mail-Programmen und zum Versenden von E-Mails über diesen Server.</translation>
    </message>
    <message>
        <source>Add &amp;User</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>alice</source>
        <extracomment>Example of the part of an address before the @</extracomment>
        <translation>erika</translation>
    </message>
    <message>
        <source>Name before the @</source>
        <translation>Name vor dem @</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Add a domain first: every user belongs to one.</source>
        <translation>Fügen Sie zuerst eine Domain hinzu: Jeder Benutzer gehört zu einer Domain.</translation>
    </message>
    <message>
        <source>Enter the name before the @, such as alice.</source>
        <translation>Geben Sie den Namen vor dem @ ein, z. B. erika.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::AddressesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>En&amp;tfernen…</translation>
    </message>
    <message>
        <source>Add &amp;Address…</source>
        <translation>&amp;Adresse hinzufügen…</translation>
    </message>
    <message>
        <source>Add Out&amp;bound Name…</source>
        <translation>A&amp;usgehenden Namen hinzufügen…</translation>
    </message>
    <message>
        <source>Give a mailbox another address, or catch all mail for a domain</source>
        <translation>Einem Postfach eine weitere Adresse geben oder alle E-Mails einer Domain sammeln</translation>
    </message>
    <message>
        <source>Change the sender address of mail leaving this server</source>
        <translation>Die Absenderadresse von E-Mails ändern, die diesen Server verlassen</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Extra addresses that deliver to mailboxes, and the names mail leaves with.</source>
        <translation>Zusätzliche Adressen, die an Postfächer zustellen, und die Namen, mit denen E-Mails hinausgehen.</translation>
    </message>
    <message>
        <source>An alias is an extra address that delivers to one or more mailboxes: mail to info@example.org can reach alice and bob. A catch-all, written @example.org, receives the mail sent to every address of the domain that has no mailbox or alias of its own.</source>
        <translation>Ein Alias ist eine zusätzliche Adresse, die an ein oder mehrere Postfächer zustellt: E-Mails an info@example.org können alice und bob erreichen. Eine Sammeladresse, geschrieben @example.org, erhält die E-Mails an jede Adresse der Domain, die kein eigenes Postfach und keinen eigenen Alias hat.</translation>
    </message>
    <message>
        <source>In sendmail: virtusertable and /etc/aliases.</source>
        <translation>In sendmail: virtusertable und /etc/aliases.</translation>
    </message>
    <message>
        <source>&amp;Incoming addresses</source>
        <translation>&amp;Eingehende Adressen</translation>
    </message>
    <message>
        <source>Incoming addresses</source>
        <translation>Eingehende Adressen</translation>
    </message>
    <message>
        <source>Search addresses…</source>
        <translation>Adressen suchen…</translation>
    </message>
    <message>
        <source>Search incoming addresses</source>
        <translation>Eingehende Adressen suchen</translation>
    </message>
    <message>
        <source>No aliases yet — add one with Add Address to give a mailbox another address such as info@ or sales@, or a catch-all for a whole domain.</source>
        <translation>Noch keine Aliase — fügen Sie mit „Adresse hinzufügen“ einen hinzu, um einem Postfach eine weitere Adresse wie info@ oder sales@ zu geben, oder eine Sammeladresse für eine ganze Domain.</translation>
    </message>
    <message>
        <source>No address matches “%1”.</source>
        <translation>Keine Adresse passt zu „%1“.</translation>
    </message>
    <message>
        <source>Change where the selected address delivers to</source>
        <translation>Ändern, an wen die ausgewählte Adresse zustellt</translation>
    </message>
    <message>
        <source>Outbound &amp;names</source>
        <translation>Ausgehende &amp;Namen</translation>
    </message>
    <message>
        <source>Outbound names</source>
        <translation>Ausgehende Namen</translation>
    </message>
    <message>
        <source>Search names…</source>
        <translation>Namen suchen…</translation>
    </message>
    <message>
        <source>Search outbound names</source>
        <translation>Ausgehende Namen suchen</translation>
    </message>
    <message>
        <source>No outbound names — add one with Add Outbound Name when a computer on your network sends as a local name, such as dad@pc.home.lan, that should leave as a real address.</source>
        <translation>Keine ausgehenden Namen — fügen Sie mit „Ausgehenden Namen hinzufügen“ einen hinzu, wenn ein Rechner in Ihrem Netzwerk mit einem lokalen Namen wie dad@pc.home.lan sendet, der als echte Adresse hinausgehen soll.</translation>
    </message>
    <message>
        <source>No name matches “%1”.</source>
        <translation>Kein Name passt zu „%1“.</translation>
    </message>
    <message>
        <source>Change the address the selected sender leaves as</source>
        <translation>Die Adresse ändern, mit der der ausgewählte Absender hinausgeht</translation>
    </message>
    <message>
        <source>An outbound name changes the sender of mail leaving this server: mail from dad@pc.home.lan goes out as dad@example.org.</source>
        <translation>Ein ausgehender Name ändert den Absender von E-Mails, die diesen Server verlassen: E-Mails von dad@pc.home.lan gehen als dad@example.org hinaus.</translation>
    </message>
    <message>
        <source>In sendmail: genericstable.</source>
        <translation>In sendmail: genericstable.</translation>
    </message>
    <message>
        <source>Stop catching mail for unknown addresses in %1?</source>
        <translation>Keine E-Mails an unbekannte Adressen in %1 mehr sammeln?</translation>
    </message>
    <message>
        <source>Mail to addresses in %1 that have no mailbox or alias of their own will be refused instead of going to %2.</source>
        <translation>E-Mails an Adressen in %1 ohne eigenes Postfach oder eigenen Alias werden dann abgewiesen, statt an %2 zu gehen.</translation>
    </message>
    <message>
        <source>Remove the address %1?</source>
        <translation>Die Adresse %1 entfernen?</translation>
    </message>
    <message>
        <source>Mail to %1 will no longer reach %2. Senders get an error unless a catch-all takes it.</source>
        <translation>E-Mails an %1 erreichen %2 nicht mehr. Absender erhalten eine Fehlermeldung, außer eine Sammeladresse nimmt sie an.</translation>
    </message>
    <message>
        <source>&amp;Remove Address</source>
        <translation>Adresse &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the outbound name of %1?</source>
        <translation>Den ausgehenden Namen von %1 entfernen?</translation>
    </message>
    <message>
        <source>Mail from %1 will leave with this sender unchanged instead of as %2.</source>
        <translation>E-Mails von %1 gehen dann mit unverändertem Absender hinaus statt als %2.</translation>
    </message>
    <message>
        <source>&amp;Remove Outbound Name</source>
        <translation>Ausgehenden Namen &amp;entfernen</translation>
    </message>
    <message>
        <source>In&amp;coming</source>
        <extracomment>Tab of the Addresses page: aliases and catch-alls of mail coming in</extracomment>
        <translation>&amp;Eingehend</translation>
    </message>
    <message>
        <source>&amp;Outgoing</source>
        <extracomment>Tab of the Addresses page: outbound names and masquerading of mail going out</extracomment>
        <translation>&amp;Ausgehend</translation>
    </message>
    <message>
        <source>Extra addresses that deliver to mailboxes</source>
        <translation>Zusätzliche Adressen, die in Postfächer zustellen</translation>
    </message>
    <message>
        <source>The sender addresses mail leaves with</source>
        <translation>Die Absenderadressen, mit denen E-Mails hinausgehen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::AliasDialog</name>
    <message>
        <source>Change Address</source>
        <translation>Adresse ändern</translation>
    </message>
    <message>
        <source>Add Address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Mail to this address is delivered to the addresses below: mailboxes on this server, other aliases, or addresses elsewhere.</source>
        <translation>E-Mails an diese Adresse werden an die Adressen unten zugestellt: Postfächer auf diesem Server, andere Aliase oder Adressen anderswo.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Add Address</source>
        <translation>Adresse &amp;hinzufügen</translation>
    </message>
    <message>
        <source>info@example.org, @example.org or root</source>
        <extracomment>Examples of an alias address, a catch-all and a local name</extracomment>
        <translation>info@example.org, @example.org oder root</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>A full address; @ and a domain for a catch-all that receives mail for every address of the domain without a mailbox or alias of its own; or a bare name such as root for mail from programs on this server.</source>
        <translation>Eine vollständige Adresse; @ und eine Domain für eine Sammeladresse, die E-Mails an jede Adresse der Domain ohne eigenes Postfach oder eigenen Alias erhält; oder ein einfacher Name wie root für E-Mails von Programmen auf diesem Server.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Delivers to</source>
        <translation>Zustellen an</translation>
    </message>
    <message>
        <source>alice@example.org, bob@example.org</source>
        <translation>alice@example.org, bob@example.org</translation>
    </message>
    <message>
        <source>One or more addresses, separated by commas or one per line. Ctrl+Enter saves.</source>
        <translation>Eine oder mehrere Adressen, durch Kommas getrennt oder eine pro Zeile. Strg+Eingabe speichert.</translation>
    </message>
    <message>
        <source>&amp;Delivers to:</source>
        <translation>&amp;Zustellen an:</translation>
    </message>
    <message>
        <source>Enter the address that should receive mail, such as info@example.org.</source>
        <translation>Geben Sie die Adresse ein, die E-Mails erhalten soll, zum Beispiel info@example.org.</translation>
    </message>
    <message>
        <source>An address cannot contain spaces.</source>
        <translation>Eine Adresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter at least one address to deliver to, such as alice@example.org.</source>
        <translation>Geben Sie mindestens eine Adresse ein, an die zugestellt werden soll, zum Beispiel alice@example.org.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::AntivirusPane</name>
    <message>
        <source>Re&amp;lease…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Release message</source>
        <translation>Nachricht freigeben</translation>
    </message>
    <message>
        <source>Deliver the selected message to its recipients as it is, unscanned</source>
        <translation>Die gewählte Nachricht unverändert und ungeprüft an ihre Empfänger zustellen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete the selected message for good</source>
        <translation>Die gewählte Nachricht endgültig löschen</translation>
    </message>
    <message>
        <source>Every incoming message can be checked for viruses with ClamAV&apos;s signature database, which the freshclam service keeps up to date. A message with a virus is refused, or kept in the quarantine below where nobody reads it.</source>
        <translation>Jede eingehende Nachricht kann mit der Signaturdatenbank von ClamAV auf Viren geprüft werden, die der Dienst freshclam aktuell hält. Eine Nachricht mit Virus wird abgelehnt oder unten in der Quarantäne zurückgehalten, wo niemand sie liest.</translation>
    </message>
    <message>
        <source>In sendmail: clamav-milter with clamd.</source>
        <translation>In sendmail: clamav-milter mit clamd.</translation>
    </message>
    <message>
        <source>Virus scanner</source>
        <translation>Virenscanner</translation>
    </message>
    <message>
        <source>While the scanner has no database, mail is asked to come back later rather than let in unscanned.</source>
        <translation>Solange der Scanner keine Datenbank hat, wird Mail gebeten, später wiederzukommen, statt ungeprüft hereingelassen zu werden.</translation>
    </message>
    <message>
        <source>&amp;When a virus is found:</source>
        <translation>&amp;Wenn ein Virus gefunden wird:</translation>
    </message>
    <message>
        <source>Refuse the message</source>
        <translation>Nachricht ablehnen</translation>
    </message>
    <message>
        <source>Keep it in the quarantine</source>
        <translation>In der Quarantäne zurückhalten</translation>
    </message>
    <message>
        <source>A refused message goes back to its sender&apos;s server; a kept one waits here until you release or delete it.</source>
        <translation>Eine abgelehnte Nachricht geht an den Server des Absenders zurück; eine zurückgehaltene wartet hier, bis Sie sie freigeben oder löschen.</translation>
    </message>
    <message>
        <source>Data&amp;base folder:</source>
        <translation>Daten&amp;bankordner:</translation>
    </message>
    <message>
        <source>Where freshclam puts ClamAV&apos;s signatures.</source>
        <translation>Wo freshclam die Signaturen von ClamAV ablegt.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Save the antivirus settings</source>
        <translation>Die Virenschutz-Einstellungen speichern</translation>
    </message>
    <message>
        <source>&amp;Quarantine</source>
        <translation>&amp;Quarantäne</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>Search the quarantine</source>
        <translation>Quarantäne durchsuchen</translation>
    </message>
    <message>
        <source>The quarantine is empty. Messages with a virus are kept here when the action is “Keep it in the quarantine”.</source>
        <translation>Die Quarantäne ist leer. Nachrichten mit Virus werden hier zurückgehalten, wenn die Aktion „In der Quarantäne zurückhalten“ ist.</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Keine Nachricht passt zu „%1“.</translation>
    </message>
    <message>
        <source>The antivirus settings were saved. They apply to the next message.</source>
        <translation>Die Virenschutz-Einstellungen wurden gespeichert. Sie gelten ab der nächsten Nachricht.</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Virus scanner state</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Every incoming message is scanned.</source>
        <translation>Jede eingehende Nachricht wird geprüft.</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Virus scanner state: switched off in the settings</extracomment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Mail is not scanned for viruses. Switch scanning on below.</source>
        <translation>Mail wird nicht auf Viren geprüft. Schalten Sie die Prüfung unten ein.</translation>
    </message>
    <message>
        <source>Loading</source>
        <extracomment>Virus scanner state: reading its database</extracomment>
        <translation>Lädt</translation>
    </message>
    <message>
        <source>The scanner is reading its database; mail is asked to come back in a moment.</source>
        <translation>Der Scanner liest seine Datenbank; Mail wird gebeten, gleich wiederzukommen.</translation>
    </message>
    <message>
        <source>A new database is being read; scanning goes on meanwhile.</source>
        <translation>Eine neue Datenbank wird gelesen; die Prüfung läuft währenddessen weiter.</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Virus scanner state</extracomment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The scanner cannot scan, so mail is asked to come back later. The engine says: %1</source>
        <translation>Der Scanner kann nicht prüfen, darum wird Mail gebeten, später wiederzukommen. Die Engine meldet: %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The engine reports a state this version does not know (%1).</source>
        <translation>Die Engine meldet einen Zustand, den diese Version nicht kennt (%1).</translation>
    </message>
    <message>
        <source>%1 signatures loaded</source>
        <translation>%1 Signaturen geladen</translation>
    </message>
    <message numerus="yes">
        <source>Database from %1 (%n day(s) old) — is freshclam running?</source>
        <translation>
            <numerusform>Datenbank vom %1 (%n Tag alt) – läuft freshclam?</numerusform>
            <numerusform>Datenbank vom %1 (%n Tage alt) – läuft freshclam?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Database from %1 (%n day(s) old)</source>
        <translation>
            <numerusform>Datenbank vom %1 (%n Tag alt)</numerusform>
            <numerusform>Datenbank vom %1 (%n Tage alt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Database from %1 (today)</source>
        <translation>Datenbank vom %1 (heute)</translation>
    </message>
    <message>
        <source>Release Message</source>
        <translation>Nachricht freigeben</translation>
    </message>
    <message>
        <source>Deliver this message to %1?</source>
        <translation>Diese Nachricht an %1 zustellen?</translation>
    </message>
    <message>
        <source>It was kept because of %1. It is delivered as it is, without another scan.</source>
        <translation>Sie wurde wegen %1 zurückgehalten. Sie wird unverändert zugestellt, ohne erneute Prüfung.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Delete the message from %1?</source>
        <translation>Die Nachricht von %1 löschen?</translation>
    </message>
    <message>
        <source>It is deleted for good; %1 never receives it.</source>
        <translation>Sie wird endgültig gelöscht; %1 erhält sie nie.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>S&amp;can incoming mail for viruses</source>
        <translation>Eingehende Mail auf Viren &amp;prüfen</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>Nachrichten durchsuchen…</translation>
    </message>
    <message>
        <source>Scan &amp;time limit:</source>
        <translation>&amp;Zeitlimit je Prüfung:</translation>
    </message>
    <message>
        <source>A message whose scan takes longer is asked to come back later, and a stuck scanner is restarted.</source>
        <translation>Eine Nachricht, deren Prüfung länger dauert, wird gebeten, später wiederzukommen, und ein hängender Scanner wird neu gestartet.</translation>
    </message>
    <message>
        <source>Scan &amp;up to:</source>
        <translation>Prüfen &amp;bis:</translation>
    </message>
    <message>
        <source>How much of a message, and of each file unpacked from it, the scanner reads.</source>
        <translation>Wie viel einer Nachricht und jeder daraus entpackten Datei der Scanner liest.</translation>
    </message>
    <message>
        <source>Save memory when updating si&amp;gnatures</source>
        <translation>Beim Aktualisieren der Si&amp;gnaturen Speicher sparen</translation>
    </message>
    <message>
        <source>ClamAV&apos;s database takes about 1 GB of memory, twice that while a new one loads beside it. On: the scanner pauses instead and mail waits a minute or two.</source>
        <translation>ClamAVs Datenbank braucht etwa 1 GB Speicher, doppelt so viel, während eine neue daneben geladen wird. Ein: Der Scanner pausiert stattdessen, und Mail wartet ein bis zwei Minuten.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::CountersTiles</name>
    <message>
        <source>Today&apos;s counters</source>
        <translation>Heutige Zähler</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>Counter caption: messages received today</extracomment>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Deferred</source>
        <extracomment>Counter caption: deliveries postponed for a retry</extracomment>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Bounced</source>
        <extracomment>Counter caption: messages returned to their sender</extracomment>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Greylisted</source>
        <translation>Greylisting</translation>
    </message>
    <message>
        <source>Viruses</source>
        <extracomment>Counter caption: messages refused because of a virus</extracomment>
        <translation>Viren</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::DeviceSetupDialog</name>
    <message>
        <source>SSL/TLS</source>
        <extracomment>Connection security as mail programs name it: encrypted from the start (implicit TLS)</extracomment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <extracomment>Connection security as mail programs name it: STARTTLS upgrade</extracomment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save &amp;Thunderbird Settings…</source>
        <translation>&amp;Thunderbird-Einstellungen speichern…</translation>
    </message>
    <message>
        <source>Save &amp;Apple Profile…</source>
        <translation>&amp;Apple-Profil speichern…</translation>
    </message>
    <message>
        <source>Set Up a Device for %1</source>
        <translation>Ein Gerät für %1 einrichten</translation>
    </message>
    <message>
        <source>To read and send the mail of %1 on a computer, phone or tablet, add an account in its mail program with these settings. Most programs ask for the address and password first and fill in the rest; when one asks, type what is below.</source>
        <translation>Um die E-Mail von %1 auf einem Computer, Telefon oder Tablet zu lesen und zu senden, legen Sie in dessen E-Mail-Programm ein Konto mit diesen Einstellungen an. Die meisten Programme fragen zuerst nach Adresse und Passwort und ergänzen den Rest; fragt eines nach, geben Sie ein, was unten steht.</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Eingehende E-Mail</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>Ausgehende E-Mail</translation>
    </message>
    <message>
        <source>For a phone</source>
        <translation>Für ein Telefon</translation>
    </message>
    <message>
        <source>QR code with the mail settings</source>
        <translation>QR-Code mit den E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>Scan this with the phone&apos;s camera to see the servers, ports and user name as text; the password is not in it. On an iPhone or iPad, the Apple profile sets the account up by itself.</source>
        <translation>Scannen Sie ihn mit der Kamera des Telefons, um Server, Ports und Benutzernamen als Text zu sehen; das Passwort ist nicht enthalten. Auf einem iPhone oder iPad richtet das Apple-Profil das Konto von selbst ein.</translation>
    </message>
    <message>
        <source>A file Thunderbird and other programs read to set up the account (config-v1.1.xml)</source>
        <translation>Eine Datei, aus der Thunderbird und andere Programme das Konto einrichten (config-v1.1.xml)</translation>
    </message>
    <message>
        <source>A profile that sets up the account on an iPhone, iPad or Mac; open it there</source>
        <translation>Ein Profil, das das Konto auf einem iPhone, iPad oder Mac einrichtet; öffnen Sie es dort</translation>
    </message>
    <message>
        <source>Save Thunderbird Settings</source>
        <translation>Thunderbird-Einstellungen speichern</translation>
    </message>
    <message>
        <source>Autoconfig files (*.xml)</source>
        <translation>Autoconfig-Dateien (*.xml)</translation>
    </message>
    <message>
        <source>Save Apple Profile</source>
        <translation>Apple-Profil speichern</translation>
    </message>
    <message>
        <source>Apple profiles (*.mobileconfig)</source>
        <translation>Apple-Profile (*.mobileconfig)</translation>
    </message>
    <message>
        <source>%1: server</source>
        <translation>%1: Server</translation>
    </message>
    <message>
        <source>%1: port</source>
        <translation>%1: Port</translation>
    </message>
    <message>
        <source>%1: connection security</source>
        <translation>%1: Verbindungssicherheit</translation>
    </message>
    <message>
        <source>%1: user name</source>
        <translation>%1: Benutzername</translation>
    </message>
    <message>
        <source>%1: password</source>
        <translation>%1: Passwort</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Connection security:</source>
        <extracomment>Mail programs call this &quot;Connection security&quot; (SSL/TLS, STARTTLS)</extracomment>
        <translation>Verbindungssicherheit:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <extracomment>How the mail program proves who it is; &quot;Normal password&quot; is Thunderbird&apos;s word for it</extracomment>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Normal password (the one set for this user)</source>
        <translation>Passwort, normal (das für diesen Benutzer gesetzte)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1: copy the server</source>
        <translation>%1: Server kopieren</translation>
    </message>
    <message>
        <source>%1: copy the user name</source>
        <translation>%1: Benutzernamen kopieren</translation>
    </message>
    <message>
        <source>On This Computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>No mail program for this computer was found (Thunderbird, Evolution or KMail).</source>
        <translation>Auf diesem Computer wurde kein Mailprogramm gefunden (Thunderbird, Evolution oder KMail).</translation>
    </message>
    <message>
        <source>Add this account to a mail program on this computer in one step. Doorstep does not know the password: the program asks for it when it first connects.</source>
        <translation>Fügen Sie dieses Konto in einem Schritt zu einem Mailprogramm auf diesem Computer hinzu. Doorstep kennt das Passwort nicht: Das Programm fragt beim ersten Verbinden danach.</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <extracomment>%1 is a mail program: Thunderbird, Evolution or KMail</extracomment>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Adds %1 to %2 on this computer</source>
        <translation>Fügt %1 zu %2 auf diesem Computer hinzu</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::DryRunPane</name>
    <message>
        <source>not spam</source>
        <extracomment>Spam verdict in &quot;Spam score: 1.2 of 5.0 (not spam)&quot;</extracomment>
        <translation>kein Spam</translation>
    </message>
    <message>
        <source>spam</source>
        <extracomment>Spam verdict in &quot;Spam score: 5.2 of 5.0 (spam)&quot;</extracomment>
        <translation>Spam</translation>
    </message>
    <message>
        <source>refused</source>
        <extracomment>Spam verdict in &quot;Spam score: 20.0 of 5.0 (refused)&quot;: so spammy it is refused</extracomment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>not scored</source>
        <extracomment>Spam verdict: the filter could not score the message</extracomment>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>unknown verdict &quot;%1&quot;</source>
        <translation>unbekanntes Urteil „%1“</translation>
    </message>
    <message>
        <source>The spam filter is off.</source>
        <translation>Der Spamfilter ist aus.</translation>
    </message>
    <message>
        <source>Not scored: %1</source>
        <translation>Nicht bewertet: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>%1 the message&apos;s spam score, %2 the threshold, %3 the verdict (&quot;5.2 of 5.0 (spam)&quot;)</extracomment>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Rules that hit: %1</source>
        <translation>Zutreffende Regeln: %1</translation>
    </message>
    <message>
        <source>The global spam rule</source>
        <translation>Die globale Spam-Regel</translation>
    </message>
    <message>
        <source>This user&apos;s rules</source>
        <translation>Die Regeln dieses Benutzers</translation>
    </message>
    <message>
        <source>No rule: mail goes to the inbox</source>
        <translation>Keine Regel: die Nachricht kommt in den Posteingang</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Paste a whole message — its header lines, an empty line, then the text — and see where it would go with the current filters and rules. Nothing is delivered.</source>
        <translation>Fügen Sie eine ganze Nachricht ein — die Kopfzeilen, eine Leerzeile, dann den Text — und sehen Sie, wohin sie mit den aktuellen Filtern und Regeln ginge. Es wird nichts zugestellt.</translation>
    </message>
    <message>
        <source>Message to try</source>
        <translation>Nachricht zum Ausprobieren</translation>
    </message>
    <message>
        <source>From: someone@example.net
List-Id: &lt;debian-user.lists.debian.org&gt;
Subject: Hello

The text of the message…</source>
        <translation>From: jemand@example.net
List-Id: &lt;debian-user.lists.debian.org&gt;
Subject: Hallo

Der Text der Nachricht…</translation>
    </message>
    <message>
        <source>See where this message would go, without delivering it</source>
        <translation>Sehen, wohin diese Nachricht ginge, ohne sie zuzustellen</translation>
    </message>
    <message>
        <source>Greylisting:</source>
        <translation>Greylisting:</translation>
    </message>
    <message>
        <source>Antivirus:</source>
        <translation>Virenschutz:</translation>
    </message>
    <message>
        <source>Spam score:</source>
        <translation>Spam-Bewertung:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Entschieden von:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Aktionen:</translation>
    </message>
    <message>
        <source>Show &amp;how the rules matched</source>
        <translation>&amp;Zeigen, wie die Regeln gegriffen haben</translation>
    </message>
    <message>
        <source>How the rules matched</source>
        <translation>Wie die Regeln gegriffen haben</translation>
    </message>
    <message>
        <source>None: the message is not kept (discarded or only redirected)</source>
        <translation>Keiner: die Nachricht wird nicht behalten (verworfen oder nur umgeleitet)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <extracomment>The folder every mailbox has; the engine calls it INBOX</extracomment>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>None (keep it in the inbox)</source>
        <translation>Keine (im Posteingang behalten)</translation>
    </message>
    <message>
        <source>Global rules:</source>
        <translation>Globale Regeln:</translation>
    </message>
    <message>
        <source>User&apos;s rules:</source>
        <translation>Regeln des Benutzers:</translation>
    </message>
    <message>
        <source>No rule was looked at.</source>
        <translation>Keine Regel wurde geprüft.</translation>
    </message>
    <message>
        <source>Me&amp;ssage:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>The virus scan: the rules never see it</source>
        <translation>Der Virenscan: die Regeln sehen sie nie</translation>
    </message>
    <message>
        <source>The spam filter: refused before the rules</source>
        <translation>Der Spamfilter: vor den Regeln abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Pick from Mailbox…</source>
        <translation>Aus dem &amp;Postfach wählen…</translation>
    </message>
    <message>
        <source>Try a message this user already has, as if it arrived again now</source>
        <translation>Eine Nachricht testen, die dieser Benutzer schon hat, als käme sie jetzt noch einmal an</translation>
    </message>
    <message>
        <source>Tried the message “%1” from %2, now in %3, as if it arrived again:</source>
        <extracomment>%1 a message&apos;s subject, %2 its sender, %3 the folder it is in now</extracomment>
        <translation>Die Nachricht „%1“ von %2 (jetzt im Ordner „%3“) getestet, als käme sie noch einmal an:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>None: %1</source>
        <translation>Keiner: %1</translation>
    </message>
    <message>
        <source>None: the message is refused as spam while it is received</source>
        <translation>Keiner: die Nachricht wird beim Empfang als Spam abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Greylisting is off.</source>
        <translation>Greylisting ist aus.</translation>
    </message>
    <message>
        <source>The sender logged in to send it: greylisting does not apply.</source>
        <translation>Der Absender hat sich zum Senden angemeldet: Greylisting gilt nicht.</translation>
    </message>
    <message>
        <source>A program on this computer handed it over: greylisting does not apply.</source>
        <translation>Ein Programm auf diesem Computer hat sie übergeben: Greylisting gilt nicht.</translation>
    </message>
    <message>
        <source>The server %1 or the sender %2 is on greylisting&apos;s allow list: the message is taken at once.</source>
        <extracomment>%1 a server&apos;s address, %2 a sender&apos;s address</extracomment>
        <translation>Der Server %1 oder der Absender %2 steht auf der Ausnahmeliste des Greylistings: die Nachricht wird sofort angenommen.</translation>
    </message>
    <message>
        <source>The server %1 already passed greylisting for mail from %2 to %3: the message is taken at once.</source>
        <extracomment>%1 a server&apos;s address, %2 the sender, %3 the recipient</extracomment>
        <translation>Der Server %1 hat das Greylisting für Mail von %2 an %3 schon bestanden: die Nachricht wird sofort angenommen.</translation>
    </message>
    <message>
        <source>Mail from %1 to %2 through the server %3 is answered “try again later” and taken when it retries after %4.</source>
        <extracomment>%1 the sender, %2 the recipient, %3 a server&apos;s address, %4 how long (&quot;5 minutes&quot;)</extracomment>
        <translation>Mail von %1 an %2 über den Server %3 bekommt „später noch einmal versuchen“ zur Antwort und wird angenommen, wenn er es nach %4 erneut versucht.</translation>
    </message>
    <message>
        <source>Greylisting is on, but the message does not show which server sent it: a server seen for the first time waits %1 before its mail is taken.</source>
        <extracomment>%1 how long (&quot;5 minutes&quot;)</extracomment>
        <translation>Greylisting ist an, aber die Nachricht zeigt nicht, welcher Server sie gesendet hat: ein zum ersten Mal gesehener Server wartet %1, bevor seine Mail angenommen wird.</translation>
    </message>
    <message>
        <source>Virus scanning is off.</source>
        <translation>Der Virenscan ist aus.</translation>
    </message>
    <message>
        <source>No virus found.</source>
        <translation>Kein Virus gefunden.</translation>
    </message>
    <message>
        <source>Not scanned: the virus scanner is still loading its signatures (received mail waits for it).</source>
        <translation>Nicht geprüft: der Virenscanner lädt noch seine Signaturen (empfangene Mail wartet auf ihn).</translation>
    </message>
    <message>
        <source>Not scanned: the virus scanner is not running (received mail waits until it is back).</source>
        <translation>Nicht geprüft: der Virenscanner läuft nicht (empfangene Mail wartet, bis er wieder da ist).</translation>
    </message>
    <message>
        <source>Virus %1: the message is kept in the quarantine, not delivered.</source>
        <extracomment>%1 the virus&apos;s name as ClamAV gives it</extracomment>
        <translation>Virus %1: die Nachricht kommt in die Quarantäne und wird nicht zugestellt.</translation>
    </message>
    <message>
        <source>Virus %1: the message is refused while it is received.</source>
        <translation>Virus %1: die Nachricht wird schon beim Empfang abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::FiltersPage</name>
    <message>
        <source>Score a &amp;Sample…</source>
        <translation>&amp;Probe bewerten…</translation>
    </message>
    <message>
        <source>See the spam score of a message you paste, or of the GTUBE test message</source>
        <translation>Die Spam-Bewertung einer eingefügten Nachricht oder der GTUBE-Testnachricht sehen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Ask unknown servers to retry later; who skips it</source>
        <translation>Unbekannte Server später wiederkommen lassen; wer ausgenommen ist</translation>
    </message>
    <message>
        <source>Virus scanning with ClamAV, and the quarantine</source>
        <translation>Virenprüfung mit ClamAV und die Quarantäne</translation>
    </message>
    <message>
        <source>How spam is scored, marked, filed and refused</source>
        <translation>Wie Spam bewertet, markiert, abgelegt und abgelehnt wird</translation>
    </message>
    <message>
        <source>What keeps spam and viruses out: greylisting, the virus scanner and the spam filter.</source>
        <translation>Was Spam und Viren fernhält: Greylisting, der Virenscanner und der Spamfilter.</translation>
    </message>
    <message>
        <source>Gre&amp;ylisting</source>
        <extracomment>Tab of the Filters page</extracomment>
        <translation>Gre&amp;ylisting</translation>
    </message>
    <message>
        <source>Anti&amp;virus</source>
        <extracomment>Tab of the Filters page</extracomment>
        <translation>&amp;Virenschutz</translation>
    </message>
    <message>
        <source>Spa&amp;m</source>
        <extracomment>Tab of the Filters page</extracomment>
        <translation>Spa&amp;m</translation>
    </message>
    <message>
        <source>Filter &amp;Thresholds Wizard…</source>
        <translation>&amp;Assistent für Filterschwellen…</translation>
    </message>
    <message>
        <source>Choose the spam backend, thresholds and spam folder step by step</source>
        <translation>Spam-Bewerter, Schwellen und Spamordner Schritt für Schritt wählen</translation>
    </message>
    <message numerus="yes">
        <source>The Filter thresholds wizard saved %n spam setting(s). They apply to the next message.</source>
        <translation>
            <numerusform>Der Filterschwellen-Assistent hat %n Spam-Einstellung gespeichert. Sie gilt ab der nächsten Nachricht.</numerusform>
            <numerusform>Der Filterschwellen-Assistent hat %n Spam-Einstellungen gespeichert. Sie gelten ab der nächsten Nachricht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::GreylistPane</name>
    <message>
        <source>Add to the allow list</source>
        <translation>Zur Ausnahmeliste hinzufügen</translation>
    </message>
    <message>
        <source>Let mail from this server or sender skip greylisting</source>
        <translation>Mail von diesem Server oder Absender am Greylisting vorbeilassen</translation>
    </message>
    <message>
        <source>Remove from the allow list</source>
        <translation>Aus der Ausnahmeliste entfernen</translation>
    </message>
    <message>
        <source>Remove the selected pattern from the allow list</source>
        <translation>Das gewählte Muster aus der Ausnahmeliste entfernen</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Vergessen…</translation>
    </message>
    <message>
        <source>Forget triplet</source>
        <translation>Triplet vergessen</translation>
    </message>
    <message>
        <source>Forget the selected triplet: its next attempt waits again</source>
        <translation>Das gewählte Triplet vergessen: sein nächster Versuch wartet wieder</translation>
    </message>
    <message>
        <source>A server this one has not heard from is asked to try again in a few minutes. Real mail servers do; most spam programs never come back. Mail from the same server, sender and recipient then passes without waiting.</source>
        <translation>Ein Server, von dem dieser noch nichts gehört hat, wird gebeten, es in ein paar Minuten erneut zu versuchen. Echte Mailserver tun das; die meisten Spamprogramme kommen nie wieder. Mail vom selben Server, Absender und Empfänger kommt danach ohne Warten durch.</translation>
    </message>
    <message>
        <source>In sendmail: milter-greylist (greylist.conf: greylist, autowhite, timeout).</source>
        <translation>In sendmail: milter-greylist (greylist.conf: greylist, autowhite, timeout).</translation>
    </message>
    <message>
        <source>&amp;Greylist unknown senders</source>
        <translation>Unbekannte Absender &amp;greylisten</translation>
    </message>
    <message>
        <source>Off: mail is accepted at the first attempt.</source>
        <translation>Aus: Mail wird beim ersten Versuch angenommen.</translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <translation>&amp;Wartezeit:</translation>
    </message>
    <message>
        <source>How long a new sender must wait before its retry is accepted.</source>
        <translation>Wie lange ein neuer Absender warten muss, bis sein erneuter Versuch angenommen wird.</translation>
    </message>
    <message>
        <source>Wait for a retry &amp;up to:</source>
        <translation>Auf erneuten Versuch warten &amp;bis zu:</translation>
    </message>
    <message>
        <source>A first attempt that is not retried within this time is forgotten.</source>
        <translation>Ein erster Versuch, der in dieser Zeit nicht wiederholt wird, wird vergessen.</translation>
    </message>
    <message>
        <source>&amp;Remember passed senders for:</source>
        <translation>Durchgelassene Absender &amp;merken für:</translation>
    </message>
    <message>
        <source>A sender that passed is let through without waiting for this long after each message.</source>
        <translation>Ein durchgelassener Absender kommt nach jeder Nachricht so lange ohne Warten durch.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Save the greylisting settings</source>
        <translation>Die Greylisting-Einstellungen speichern</translation>
    </message>
    <message>
        <source>The greylisting settings were saved. They apply to the next connection.</source>
        <translation>Die Greylisting-Einstellungen wurden gespeichert. Sie gelten ab der nächsten Verbindung.</translation>
    </message>
    <message>
        <source>Allow &amp;list</source>
        <translation>Ausnahme&amp;liste</translation>
    </message>
    <message>
        <source>Allow list</source>
        <translation>Ausnahmeliste</translation>
    </message>
    <message>
        <source>Search the allow list</source>
        <translation>Ausnahmeliste durchsuchen</translation>
    </message>
    <message>
        <source>Nobody skips greylisting yet. Add a server (192.0.2.7, 192.0.2.0/24, *.example.net) or a sender (bob@example.net, @example.net) whose mail should never wait.</source>
        <translation>Noch niemand ist vom Greylisting ausgenommen. Fügen Sie einen Server (192.0.2.7, 192.0.2.0/24, *.example.net) oder einen Absender (bob@example.net, @example.net) hinzu, dessen Mail nie warten soll.</translation>
    </message>
    <message>
        <source>No pattern matches “%1”.</source>
        <translation>Kein Muster passt zu „%1“.</translation>
    </message>
    <message>
        <source>192.0.2.0/24, *.example.net or @example.net</source>
        <translation>192.0.2.0/24, *.example.net oder @example.net</translation>
    </message>
    <message>
        <source>Pattern to allow</source>
        <translation>Zu erlaubendes Muster</translation>
    </message>
    <message>
        <source>&amp;New pattern:</source>
        <translation>&amp;Neues Muster:</translation>
    </message>
    <message>
        <source>Greylisted senders</source>
        <translation>Gegreylistete Absender</translation>
    </message>
    <message>
        <source>Search senders…</source>
        <translation>Absender durchsuchen…</translation>
    </message>
    <message>
        <source>Search greylisted senders</source>
        <translation>Gegreylistete Absender durchsuchen</translation>
    </message>
    <message>
        <source>No sender has been greylisted yet. Each server, sender and recipient that is asked to retry appears here.</source>
        <translation>Noch kein Absender wurde gegreylistet. Jeder Server, Absender und Empfänger, der zum erneuten Versuch aufgefordert wird, erscheint hier.</translation>
    </message>
    <message>
        <source>No sender matches “%1”.</source>
        <translation>Kein Absender passt zu „%1“.</translation>
    </message>
    <message>
        <source>Remove %1 from the allow list?</source>
        <translation>%1 aus der Ausnahmeliste entfernen?</translation>
    </message>
    <message>
        <source>Mail that matches it is then greylisted like any other.</source>
        <translation>Passende Mail wird dann wie jede andere gegreylistet.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Forget mail from %1 to %2?</source>
        <translation>Mail von %1 an %2 vergessen?</translation>
    </message>
    <message>
        <source>Its next attempt from %1 is then asked to wait again, like a first one.</source>
        <translation>Ihr nächster Versuch aus %1 muss dann wieder warten, wie ein erster.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Allo&amp;w</source>
        <translation>&amp;Erlauben</translation>
    </message>
    <message>
        <source>Rem&amp;ove…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Senders greylisting remem&amp;bers</source>
        <translation>Vom Greylisting gemerkte Ab&amp;sender</translation>
    </message>
    <message>
        <source>Search patterns…</source>
        <translation>Muster durchsuchen…</translation>
    </message>
    <message>
        <source>IPv&amp;4 network size:</source>
        <translation>IPv&amp;4-Netzgröße:</translation>
    </message>
    <message>
        <source>Big providers retry from another address of the same network: addresses that share this many leading bits count as one server (24 bits: 256 addresses; 32 bits: each address alone).</source>
        <translation>Große Anbieter versuchen es von einer anderen Adresse desselben Netzes erneut: Adressen, die so viele führende Bits teilen, zählen als ein Server (24 Bit: 256 Adressen; 32 Bit: jede Adresse für sich).</translation>
    </message>
    <message>
        <source>IPv&amp;6 network size:</source>
        <translation>IPv&amp;6-Netzgröße:</translation>
    </message>
    <message>
        <source>The same for IPv6 addresses (64 bits: one home or server network; 128 bits: each address alone).</source>
        <translation>Dasselbe für IPv6-Adressen (64 Bit: ein Heim- oder Servernetz; 128 Bit: jede Adresse für sich).</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::InternetPage</name>
    <message>
        <source>Self-signed (made by this server)</source>
        <extracomment>Certificate source</extracomment>
        <translation>Selbstsigniert (von diesem Server erstellt)</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>Certificate source</extracomment>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt (ACME)</source>
        <extracomment>Certificate source: issued automatically by an ACME certificate authority</extracomment>
        <translation>Let&apos;s Encrypt (ACME)</translation>
    </message>
    <message>
        <source>Sign mail that leaves for other domains (&amp;DKIM)</source>
        <translation>E-Mails an andere Domains signieren (&amp;DKIM)</translation>
    </message>
    <message>
        <source>Add a second, &amp;Ed25519 signature</source>
        <translation>Eine zweite &amp;Ed25519-Signatur hinzufügen</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>No domains yet — add the domain your mail addresses end in on the Mailboxes &amp; Domains page; its checks then appear here.</source>
        <translation>Noch keine Domains — fügen Sie auf der Seite „Postfächer &amp; Domains“ die Domain hinzu, auf die Ihre E-Mail-Adressen enden; ihre Prüfungen erscheinen dann hier.</translation>
    </message>
    <message>
        <source>How other mail servers find and trust this one: its name, the DNS records of your domains, and its certificate. Fix what is red from the top: each failed check says what to publish at your DNS provider.</source>
        <translation>Wie andere Mailserver diesen Server finden und ihm vertrauen: sein Name, die DNS-Einträge Ihrer Domains und sein Zertifikat. Beheben Sie Rotes von oben nach unten: Jede fehlgeschlagene Prüfung sagt, was Sie bei Ihrem DNS-Anbieter veröffentlichen müssen.</translation>
    </message>
    <message>
        <source>In sendmail: confDOMAIN_NAME (Dj), confSERVER_CERT; ddclient for dynamic DNS.</source>
        <translation>In sendmail: confDOMAIN_NAME (Dj), confSERVER_CERT; ddclient für dynamisches DNS.</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Whether the world can reach this server and trusts its mail.</source>
        <translation>Ob dieser Server aus dem Internet erreichbar ist und seinen E-Mails vertraut wird.</translation>
    </message>
    <message>
        <source>DNS health</source>
        <translation>DNS-Zustand</translation>
    </message>
    <message>
        <source>Domain to check</source>
        <translation>Zu prüfende Domain</translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation>D&amp;omain:</translation>
    </message>
    <message>
        <source>Ask the DNS again whether the world can reach this domain (F5)</source>
        <translation>Erneut im DNS nachfragen, ob diese Domain aus dem Internet erreichbar ist (F5)</translation>
    </message>
    <message>
        <source>Copied to the clipboard:</source>
        <translation>In die Zwischenablage kopiert:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Fingerabdruck (SHA-256):</translation>
    </message>
    <message>
        <source>Name and signing</source>
        <translation>Name und Signatur</translation>
    </message>
    <message>
        <source>The host name is the name this server greets other servers with; your domains&apos; MX records point at it, and its certificate is made for it. DKIM signs the mail that leaves, so receivers can tell it really comes from your domain.</source>
        <translation>Der Hostname ist der Name, mit dem dieser Server andere Server begrüßt; die MX-Einträge Ihrer Domains zeigen auf ihn, und sein Zertifikat ist für ihn ausgestellt. DKIM signiert ausgehende E-Mails, damit Empfänger erkennen können, dass sie wirklich von Ihrer Domain kommen.</translation>
    </message>
    <message>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <source>The DNS name of the key is SELECTOR._domainkey.DOMAIN; a new selector makes new keys</source>
        <translation>Der DNS-Name des Schlüssels ist SELECTOR._domainkey.DOMAIN; ein neuer Selektor erzeugt neue Schlüssel</translation>
    </message>
    <message>
        <source>DKIM &amp;selector:</source>
        <translation>DKIM-&amp;Selektor:</translation>
    </message>
    <message>
        <source>RFC 8463: a short modern key beside the RSA one; receivers that do not know it use the RSA signature</source>
        <translation>RFC 8463: ein kurzer, moderner Schlüssel neben dem RSA-Schlüssel; Empfänger, die ihn nicht kennen, verwenden die RSA-Signatur</translation>
    </message>
    <message>
        <source>DNS blocklists the health check looks your address up in, comma-separated</source>
        <translation>DNS-Sperrlisten, in denen die Prüfung Ihre Adresse nachschlägt, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Blocklists:</source>
        <translation>Sperr&amp;listen:</translation>
    </message>
    <message>
        <source>In sendmail: confDOMAIN_NAME; for DKIM, opendkim&apos;s Selector and KeyTable.</source>
        <translation>In sendmail: confDOMAIN_NAME; für DKIM Selector und KeyTable von opendkim.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Save the host name and signing settings</source>
        <translation>Den Hostnamen und die Signatur-Einstellungen speichern</translation>
    </message>
    <message>
        <source>The health check did not run.</source>
        <translation>Die Prüfung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>This server itself</source>
        <translation>Dieser Server selbst</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n Tag)</numerusform>
            <numerusform>%1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Domain &amp;&amp; Dynamic DNS…</source>
        <translation>&amp;Domain &amp;&amp; dynamisches DNS…</translation>
    </message>
    <message>
        <source>Set the domain, this server&apos;s name and the dynamic DNS provider, and see the records to publish</source>
        <translation>Die Domain, den Namen dieses Servers und den Anbieter für dynamisches DNS festlegen und die zu veröffentlichenden Einträge sehen</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>Zer&amp;tifikate…</translation>
    </message>
    <message>
        <source>Get a trusted certificate from Let&apos;s Encrypt, import one, or make a self-signed one (Certificates wizard)</source>
        <translation>Ein vertrauenswürdiges Zertifikat von Let&apos;s Encrypt holen, eines importieren oder ein selbstsigniertes erstellen (Zertifikats-Assistent)</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::LogPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the events shown as a CSV or text file</source>
        <translation>Die angezeigten Ereignisse als CSV- oder Textdatei speichern</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>Er&amp;eignisse</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Search events…</source>
        <translation>Ereignisse suchen…</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Ereignisse suchen</translation>
    </message>
    <message>
        <source>No events yet. Mail received and delivered, refusals, problems and changes show up here as they happen.</source>
        <translation>Noch keine Ereignisse. Empfangene und zugestellte E-Mails, Abweisungen, Probleme und Änderungen erscheinen hier, sobald sie geschehen.</translation>
    </message>
    <message>
        <source>No events of the kind “%1”.</source>
        <translation>Keine Ereignisse der Art „%1“.</translation>
    </message>
    <message>
        <source>No event matches “%1”.</source>
        <translation>Kein Ereignis passt zu „%1“.</translation>
    </message>
    <message>
        <source>Show events of kind</source>
        <translation>Ereignisse dieser Art anzeigen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <extracomment>Event log filter: every kind</extracomment>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Copy the selected events</source>
        <translation>Die ausgewählten Ereignisse kopieren</translation>
    </message>
    <message>
        <source>Copy the selected events as text (Ctrl+C)</source>
        <translation>Die ausgewählten Ereignisse als Text kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>What the mail server did, as it happens.</source>
        <translation>Was der Mailserver getan hat, während es geschieht.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>doorstep-events-%1.csv</source>
        <extracomment>Default file name of an exported event log; keep it free of spaces</extracomment>
        <translation>doorstep-ereignisse-%1.csv</translation>
    </message>
    <message>
        <source>The events could not be saved to %1.</source>
        <translation>Die Ereignisse konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis in %1 gespeichert.</numerusform>
            <numerusform>%n Ereignisse in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::MailboxesPage</name>
    <message>
        <source>&amp;Remove Domain…</source>
        <translation>Domain &amp;entfernen…</translation>
    </message>
    <message>
        <source>Add &amp;User…</source>
        <translation>Ben&amp;utzer hinzufügen…</translation>
    </message>
    <message>
        <source>Add Do&amp;main…</source>
        <translation>Do&amp;main hinzufügen…</translation>
    </message>
    <message>
        <source>Mailboxes &amp; Domains</source>
        <translation>Postfächer &amp; Domains</translation>
    </message>
    <message>
        <source>The domains this server receives mail for, and who has a mailbox.</source>
        <translation>Die Domains, für die dieser Server E-Mails empfängt, und wer ein Postfach hat.</translation>
    </message>
    <message>
        <source>D&amp;omains</source>
        <translation>D&amp;omains</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>No domains yet — add the domain you receive mail for, such as example.org.</source>
        <translation>Noch keine Domains – fügen Sie die Domain hinzu, für die Sie E-Mails empfangen, z. B. example.org.</translation>
    </message>
    <message>
        <source>Give someone a mailbox and a login</source>
        <translation>Jemandem ein Postfach und eine Anmeldung geben</translation>
    </message>
    <message>
        <source>Add a domain first</source>
        <translation>Fügen Sie zuerst eine Domain hinzu</translation>
    </message>
    <message>
        <source>Stop receiving mail for %1?</source>
        <translation>Keine E-Mails mehr für %1 empfangen?</translation>
    </message>
    <message>
        <source>Mail to this domain will be refused. A domain can only be removed when it has no users or aliases left; mailboxes on disk are kept.</source>
        <translation>E-Mails an diese Domain werden abgewiesen. Eine Domain kann nur entfernt werden, wenn sie keine Benutzer oder Aliasse mehr hat; Postfächer auf der Festplatte bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Remove Domain</source>
        <translation>Domain &amp;entfernen</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Das Passwort von %1 wurde geändert.</translation>
    </message>
    <message>
        <source>Remove the user %1?</source>
        <translation>Den Benutzer %1 entfernen?</translation>
    </message>
    <message>
        <source>The login stops working and mail to the address is refused. The mailbox stays on disk.</source>
        <translation>Die Anmeldung funktioniert nicht mehr, und E-Mails an die Adresse werden abgewiesen. Das Postfach bleibt auf der Festplatte erhalten.</translation>
    </message>
    <message>
        <source>&amp;Remove User</source>
        <translation>Benutzer &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::MasqueradingPane</name>
    <message>
        <source>Masquerading</source>
        <translation>Maskierung</translation>
    </message>
    <message>
        <source>Masquerading gives mail from the computers on your network the domain the world knows, so that replies can reach it: dad@pc.datix.lan leaves as dad@datix.us.</source>
        <translation>Die Maskierung gibt E-Mails von den Rechnern in Ihrem Netz die Domain, die die Welt kennt, damit Antworten ankommen: dad@pc.datix.lan geht als dad@datix.us hinaus.</translation>
    </message>
    <message>
        <source>In sendmail: MASQUERADE_AS, MASQUERADE_DOMAIN and the features masquerade_envelope, masquerade_entire_domain and local_no_masquerade.</source>
        <translation>In sendmail: MASQUERADE_AS, MASQUERADE_DOMAIN und die Features masquerade_envelope, masquerade_entire_domain und local_no_masquerade.</translation>
    </message>
    <message>
        <source>&amp;Masquerade as:</source>
        <translation>&amp;Maskieren als:</translation>
    </message>
    <message>
        <source>Masquerade as</source>
        <translation>Maskieren als</translation>
    </message>
    <message>
        <source>The domain senders get instead of this server&apos;s own names: with datix.us here, dad@datix.lan leaves as dad@datix.us.</source>
        <translation>Die Domain, die Absender statt der eigenen Namen dieses Servers erhalten: mit datix.us hier geht dad@datix.lan als dad@datix.us hinaus.</translation>
    </message>
    <message>
        <source>Empty: senders stay as written</source>
        <translation>Leer: Absender bleiben, wie sie geschrieben sind</translation>
    </message>
    <message>
        <source>Al&amp;so for:</source>
        <translation>Auc&amp;h für:</translation>
    </message>
    <message>
        <source>Also masquerade</source>
        <translation>Auch maskieren</translation>
    </message>
    <message>
        <source>Other domains whose senders get it too, separated by commas: with datix.lan here, dad@datix.lan leaves as dad@datix.us.</source>
        <translation>Weitere Domains, deren Absender sie ebenfalls erhalten, durch Kommas getrennt: mit datix.lan hier geht dad@datix.lan als dad@datix.us hinaus.</translation>
    </message>
    <message>
        <source>datix.lan, home.lan</source>
        <extracomment>Example list of domains on a home network</extracomment>
        <translation>datix.lan, home.lan</translation>
    </message>
    <message>
        <source>&amp;Every computer inside those domains</source>
        <translation>&amp;Jeder Rechner innerhalb dieser Domains</translation>
    </message>
    <message>
        <source>Also senders on machines inside them: dad@pc.datix.lan leaves as dad@datix.us, not only dad@datix.lan.</source>
        <translation>Auch Absender auf Rechnern darin: dad@pc.datix.lan geht als dad@datix.us hinaus, nicht nur dad@datix.lan.</translation>
    </message>
    <message>
        <source>&amp;Rewrite the envelope sender too</source>
        <translation>Auch den &amp;Umschlag-Absender umschreiben</translation>
    </message>
    <message>
        <source>Change the hidden sender that delivery reports return to, not only the From line, so reports for dad@pc.datix.lan reach dad@datix.us.</source>
        <translation>Schreibt auch den verborgenen Absender um, an den Zustellberichte zurückgehen, nicht nur die From-Zeile, sodass Berichte für dad@pc.datix.lan bei dad@datix.us ankommen.</translation>
    </message>
    <message>
        <source>Not for mail between &amp;local users</source>
        <translation>Nicht für E-Mails zwischen &amp;lokalen Benutzern</translation>
    </message>
    <message>
        <source>Mail from dad@pc.datix.lan to a mailbox on this server keeps its sender as written; only mail leaving for the Internet is changed.</source>
        <translation>E-Mails von dad@pc.datix.lan an ein Postfach auf diesem Server behalten ihren Absender, wie er geschrieben ist; nur E-Mails ins Internet werden geändert.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Save the masquerading settings</source>
        <translation>Die Maskierungseinstellungen speichern</translation>
    </message>
    <message>
        <source>Masquerading was saved. It applies to mail sent from now on.</source>
        <translation>Die Maskierung wurde gespeichert. Sie gilt für E-Mails, die ab jetzt gesendet werden.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::MessagePickerDialog</name>
    <message>
        <source>Pick a Message of %1</source>
        <extracomment>Dialog title; %1 is a user&apos;s address</extracomment>
        <translation>Eine Nachricht von %1 wählen</translation>
    </message>
    <message>
        <source>The newest messages in all of this mailbox&apos;s folders. The one you pick is tried as if it arrived again now; it stays where it is.</source>
        <translation>Die neuesten Nachrichten in allen Ordnern dieses Postfachs. Die gewählte wird getestet, als käme sie jetzt noch einmal an; sie bleibt, wo sie ist.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>&amp;Try This Message</source>
        <translation>Diese Nachricht &amp;testen</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>This mailbox has no messages yet.</source>
        <translation>Dieses Postfach hat noch keine Nachrichten.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::OutboundNameDialog</name>
    <message>
        <source>Change Outbound Name</source>
        <translation>Ausgehenden Namen ändern</translation>
    </message>
    <message>
        <source>Add Outbound Name</source>
        <translation>Ausgehenden Namen hinzufügen</translation>
    </message>
    <message>
        <source>Mail from the local sender leaves this server with the other address as its sender, so that replies reach a real mailbox.</source>
        <translation>E-Mails des lokalen Absenders verlassen diesen Server mit der anderen Adresse als Absender, damit Antworten ein echtes Postfach erreichen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Add Outbound Name</source>
        <translation>Ausgehenden Namen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>dad@pc.home.lan or dad</source>
        <extracomment>Examples of a local sender: an address on the home network, or a login name</extracomment>
        <translation>dad@pc.home.lan oder dad</translation>
    </message>
    <message>
        <source>Local sender</source>
        <translation>Lokaler Absender</translation>
    </message>
    <message>
        <source>&amp;Local sender:</source>
        <translation>&amp;Lokaler Absender:</translation>
    </message>
    <message>
        <source>dad@example.org</source>
        <translation>dad@example.org</translation>
    </message>
    <message>
        <source>Leaves as</source>
        <translation>Geht hinaus als</translation>
    </message>
    <message>
        <source>Lea&amp;ves as:</source>
        <translation>&amp;Geht hinaus als:</translation>
    </message>
    <message>
        <source>Enter the sender as your computers write it, such as dad@pc.home.lan or dad.</source>
        <translation>Geben Sie den Absender so ein, wie Ihre Rechner ihn schreiben, zum Beispiel dad@pc.home.lan oder dad.</translation>
    </message>
    <message>
        <source>Enter the address mail should leave with, such as dad@example.org.</source>
        <translation>Geben Sie die Adresse ein, mit der E-Mails hinausgehen sollen, zum Beispiel dad@example.org.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::OverviewPage</name>
    <message>
        <source>Re&amp;load Settings</source>
        <translation>Einstellungen neu &amp;laden</translation>
    </message>
    <message>
        <source>Make the engine read its settings again and rebind its listeners</source>
        <translation>Die Engine ihre Einstellungen neu einlesen und ihre Listener neu binden lassen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Letzte Ereignisse</translation>
    </message>
    <message>
        <source>No events yet. Changes and mail problems will show up here as they happen.</source>
        <translation>Noch keine Ereignisse. Änderungen und Probleme mit E-Mails erscheinen hier, sobald sie auftreten.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Is mail flowing, and is anything wrong?</source>
        <translation>Läuft der E-Mail-Verkehr, und gibt es Probleme?</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Running for:</source>
        <extracomment>How long the engine has been running</extracomment>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Datenverzeichnis:</translation>
    </message>
    <message>
        <source>Mailboxes:</source>
        <extracomment>Number of mail domains and users</extracomment>
        <translation>Postfächer:</translation>
    </message>
    <message>
        <source>Incoming mail:</source>
        <extracomment>Listener: SMTP from other mail servers (port 25)</extracomment>
        <translation>Eingehende E-Mails:</translation>
    </message>
    <message>
        <source>Submission:</source>
        <extracomment>Listener: mail clients sending with a login (port 587)</extracomment>
        <translation>Einlieferung:</translation>
    </message>
    <message>
        <source>Submission over TLS:</source>
        <extracomment>Listener: mail clients sending over implicit TLS (port 465)</extracomment>
        <translation>Einlieferung über TLS:</translation>
    </message>
    <message>
        <source>—</source>
        <comment>value not known while the engine is not running</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>domains, users</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n Domain</numerusform>
            <numerusform>%n Domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>A listener that is switched off</extracomment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <extracomment>%1 is a duration (&quot;3 days, 4 hours&quot;), %2 a date and time</extracomment>
        <translation>%1 (seit %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>duration</comment>
        <extracomment>Two parts of a duration, e.g. &quot;3 days, 4 hours&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <source>The engine read its settings again.</source>
        <translation>Die Engine hat ihre Einstellungen neu eingelesen.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>The worst of the last DNS health checks; the Internet page shows each check</source>
        <translation>Das schlechteste Ergebnis der letzten DNS-Prüfungen; die Seite Internet zeigt jede Prüfung</translation>
    </message>
    <message>
        <source>On the Internet:</source>
        <extracomment>Overview row: how the world sees this server (the health checks)</extracomment>
        <translation>Im Internet:</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>every check passed</source>
        <translation>alle Prüfungen bestanden</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n problem(s) on the Internet page)</source>
        <extracomment>%1 is OK/Warning/Failed, %2 the first problem&apos;s sentence, %n how many problems</extracomment>
        <translation>
            <numerusform>%1 — %2 (%n Problem auf der Seite Internet)</numerusform>
            <numerusform>%1 — %2 (%n Probleme auf der Seite Internet)</numerusform>
        </translation>
    </message>
    <message>
        <source>The managed Dovecot, which serves the mailboxes to mail programs and runs the rules</source>
        <translation>Das verwaltete Dovecot, das die Postfächer für E-Mail-Programme bereitstellt und die Regeln ausführt</translation>
    </message>
    <message>
        <source>Mailbox access:</source>
        <extracomment>Overview row: IMAP/POP3 through the managed Dovecot</extracomment>
        <translation>Postfachzugriff:</translation>
    </message>
    <message>
        <source>IMAPS</source>
        <extracomment>Protocol names before their addresses on the Overview</extracomment>
        <translation>IMAPS</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>POP3S</source>
        <translation>POP3S</translation>
    </message>
    <message>
        <source>OK — %1</source>
        <extracomment>%1 lists the protocols with their addresses</extracomment>
        <translation>OK — %1</translation>
    </message>
    <message>
        <source>Off (imap.enabled): mail is delivered into the mailboxes without IMAP</source>
        <translation>Aus (imap.enabled): E-Mails werden ohne IMAP in die Postfächer zugestellt</translation>
    </message>
    <message>
        <source>Not installed — %1</source>
        <translation>Nicht installiert — %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Failed — %1</source>
        <translation>Fehlgeschlagen — %1</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::ProbeBox</name>
    <message>
        <source>Check Port &amp;25</source>
        <translation>Port &amp;25 prüfen</translation>
    </message>
    <message>
        <source>Set &amp;Up Smart Host</source>
        <translation>Smarthost &amp;einrichten</translation>
    </message>
    <message>
        <source>Try to reach a mail server&apos;s port 25 on the Internet from this computer</source>
        <translation>Von diesem Rechner aus versuchen, Port 25 eines Mailservers im Internet zu erreichen</translation>
    </message>
    <message>
        <source>Go to the smart host&apos;s fields</source>
        <translation>Zu den Feldern des Smarthosts gehen</translation>
    </message>
    <message>
        <source>Port 25 check</source>
        <translation>Prüfung von Port 25</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Port 25 check result: a mail server answered</extracomment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <extracomment>Port 25 check result: the connection was refused, usually by the Internet provider</extracomment>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Filtered</source>
        <extracomment>Port 25 check result: no answer at all</extracomment>
        <translation>Gefiltert</translation>
    </message>
    <message>
        <source>The port 25 check did not run.</source>
        <translation>Die Prüfung von Port 25 wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Checking port 25…</source>
        <translation>Port 25 wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Mail to other servers goes out on port 25, which many Internet providers block on home lines. Check whether yours does.</source>
        <translation>E-Mails an andere Server gehen über Port 25 hinaus, den viele Internetanbieter bei Privatanschlüssen sperren. Prüfen Sie, ob Ihrer das tut.</translation>
    </message>
    <message>
        <source>This line can deliver mail directly; your mail still goes through the smart host below.</source>
        <translation>Dieser Anschluss kann E-Mails direkt zustellen; Ihre E-Mails gehen trotzdem über den Smarthost unten.</translation>
    </message>
    <message>
        <source>This line can deliver mail directly to the recipients&apos; servers. A smart host is optional.</source>
        <translation>Dieser Anschluss kann E-Mails direkt an die Server der Empfänger zustellen. Ein Smarthost ist optional.</translation>
    </message>
    <message>
        <source>Your provider blocks port 25, but your mail goes through the smart host below, so it can leave.</source>
        <translation>Ihr Anbieter sperrt Port 25, aber Ihre E-Mails gehen über den Smarthost unten und können so hinaus.</translation>
    </message>
    <message>
        <source>Your provider blocks port 25: set a smart host, or mail to other servers cannot leave.</source>
        <translation>Ihr Anbieter sperrt Port 25: Richten Sie einen Smarthost ein, sonst können E-Mails an andere Server nicht hinaus.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::QueueDetailsPane</name>
    <message>
        <source>Message details</source>
        <translation>Nachrichtendetails</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <source>Received:</source>
        <extracomment>When the server accepted the message</extracomment>
        <translation>Empfangen:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>From:</source>
        <extracomment>The machine that handed the message to this server</extracomment>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Logged in as:</source>
        <extracomment>The user that logged in to send the message</extracomment>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Reci&amp;pients:</source>
        <translation>Em&amp;pfänger:</translation>
    </message>
    <message>
        <source>Recipients of the message</source>
        <translation>Empfänger der Nachricht</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Kopfzeilen:</translation>
    </message>
    <message>
        <source>Headers of the message</source>
        <translation>Kopfzeilen der Nachricht</translation>
    </message>
    <message>
        <source>Select a message to see its recipients and headers.</source>
        <translation>Wählen Sie eine Nachricht, um ihre Empfänger und Kopfzeilen zu sehen.</translation>
    </message>
    <message>
        <source>Message %1</source>
        <extracomment>Heading of the details of one queued message; %1 is its queue id</extracomment>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>%1, calling itself %2</source>
        <extracomment>%1 is an IP address, %2 the name the machine gave itself (HELO)</extracomment>
        <translation>%1, nennt sich %2</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <extracomment>%1 is the sending machine, %2 the listener (mta, submission, smtps)</extracomment>
        <translation>%1 (über %2)</translation>
    </message>
    <message>
        <source>nobody (no login)</source>
        <extracomment>The message was sent without logging in</extracomment>
        <translation>niemand (ohne Anmeldung)</translation>
    </message>
    <message>
        <source>Last reply of the receiving server</source>
        <translation>Letzte Antwort des empfangenden Servers</translation>
    </message>
    <message>
        <source>Last reply for %1:</source>
        <extracomment>%1 is a recipient&apos;s address</extracomment>
        <translation>Letzte Antwort für %1:</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::QueuePage</name>
    <message>
        <source>Retry &amp;Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Load the queue again now</source>
        <translation>Die Warteschlange jetzt neu laden</translation>
    </message>
    <message>
        <source>Messages this server accepted and has not yet delivered to every recipient. Deferred messages are tried again by themselves; after four days they go back to the sender.</source>
        <translation>Nachrichten, die dieser Server angenommen und noch nicht an jeden Empfänger zugestellt hat. Zurückgestellte Nachrichten werden von selbst erneut versucht; nach vier Tagen gehen sie an den Absender zurück.</translation>
    </message>
    <message>
        <source>In sendmail: /var/spool/mqueue, as mailq lists it.</source>
        <translation>In sendmail: /var/spool/mqueue, wie mailq es auflistet.</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation>Nachrichten in der Warteschlange</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>Nachrichten suchen…</translation>
    </message>
    <message>
        <source>Search queued messages</source>
        <translation>Nachrichten in der Warteschlange suchen</translation>
    </message>
    <message>
        <source>The queue is empty — every message has been delivered.</source>
        <translation>Die Warteschlange ist leer — jede Nachricht wurde zugestellt.</translation>
    </message>
    <message>
        <source>No message is in the state “%1”.</source>
        <translation>Keine Nachricht ist im Zustand „%1“.</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Keine Nachricht passt zu „%1“.</translation>
    </message>
    <message>
        <source>Show messages in state</source>
        <translation>Nachrichten in diesem Zustand anzeigen</translation>
    </message>
    <message>
        <source>All messages</source>
        <extracomment>Queue filter: every state</extracomment>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Try to deliver the selected message now</source>
        <translation>Die ausgewählte Nachricht jetzt zuzustellen versuchen</translation>
    </message>
    <message>
        <source>Remove message</source>
        <translation>Nachricht entfernen</translation>
    </message>
    <message>
        <source>Delete the selected message without delivering it</source>
        <translation>Die ausgewählte Nachricht löschen, ohne sie zuzustellen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Mail waiting to be delivered, and why.</source>
        <translation>E-Mails, die auf Zustellung warten, und warum.</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>Nichts wartet.</translation>
    </message>
    <message>
        <source>Select a message to see its recipients and headers.</source>
        <translation>Wählen Sie eine Nachricht, um ihre Empfänger und Kopfzeilen zu sehen.</translation>
    </message>
    <message>
        <source>Message %1 has left the queue.</source>
        <translation>Die Nachricht %1 hat die Warteschlange verlassen.</translation>
    </message>
    <message>
        <source>Message %1 is being tried again now.</source>
        <translation>Die Nachricht %1 wird jetzt erneut versucht.</translation>
    </message>
    <message>
        <source>It is deleted without being delivered to %1.</source>
        <translation>Sie wird gelöscht, ohne an %1 zugestellt zu werden.</translation>
    </message>
    <message>
        <source>It is deleted without being delivered to %1, and %2 is not told.</source>
        <translation>Sie wird gelöscht, ohne an %1 zugestellt zu werden, und %2 erfährt davon nichts.</translation>
    </message>
    <message>
        <source>Remove message %1 from the queue?</source>
        <translation>Die Nachricht %1 aus der Warteschlange entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove Message</source>
        <translation>Nachricht &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Bounce…</source>
        <translation>&amp;Zurückweisen…</translation>
    </message>
    <message>
        <source>Bounce message</source>
        <translation>Nachricht zurückweisen</translation>
    </message>
    <message>
        <source>Give up on the selected message: its sender gets a report that it could not be delivered</source>
        <translation>Die ausgewählte Nachricht aufgeben: Ihr Absender erhält einen Bericht, dass sie nicht zugestellt werden konnte</translation>
    </message>
    <message>
        <source>Delivery to %1 stops now. The message is itself a delivery report, so nobody is told.</source>
        <translation>Die Zustellung an %1 endet jetzt. Die Nachricht ist selbst ein Zustellbericht, daher wird niemand benachrichtigt.</translation>
    </message>
    <message>
        <source>Delivery to %1 stops now, and %2 gets a report that the message could not be delivered.</source>
        <translation>Die Zustellung an %1 endet jetzt, und %2 erhält einen Bericht, dass die Nachricht nicht zugestellt werden konnte.</translation>
    </message>
    <message>
        <source>Confirm Bounce</source>
        <extracomment>Title of the confirmation before returning a message to its sender</extracomment>
        <translation>Zurückweisen bestätigen</translation>
    </message>
    <message>
        <source>Bounce message %1 back to its sender?</source>
        <translation>Nachricht %1 an ihren Absender zurückweisen?</translation>
    </message>
    <message>
        <source>&amp;Bounce Message</source>
        <translation>Nachricht &amp;zurückweisen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::RawRulesEditor</name>
    <message>
        <source>The global rules run before every user&apos;s rules: mail the spam filter marked goes into the spam folder. They follow the spam settings on the Filters page and are shown here to read.</source>
        <translation>Die globalen Regeln laufen vor den Regeln jedes Benutzers: Nachrichten, die der Spamfilter markiert hat, kommen in den Spam-Ordner. Sie folgen den Spam-Einstellungen auf der Seite „Filter“ und werden hier nur zum Lesen gezeigt.</translation>
    </message>
    <message>
        <source>&amp;Import procmail…</source>
        <translation>procmail &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Apply Script</source>
        <translation>Skript über&amp;nehmen</translation>
    </message>
    <message>
        <source>Recipes that could &amp;not be imported (each is a comment in the script):</source>
        <translation>Nicht &amp;übersetzbare Rezepte (jedes steht als Kommentar im Skript):</translation>
    </message>
    <message>
        <source>The rules as a Sieve script, the language mail programs use through ManageSieve. Apply checks the script before it is stored.</source>
        <translation>Die Regeln als Sieve-Skript, der Sprache, die E-Mail-Programme über ManageSieve verwenden. Übernehmen prüft das Skript, bevor es gespeichert wird.</translation>
    </message>
    <message>
        <source>Sieve &amp;script:</source>
        <translation>&amp;Sieve-Skript:</translation>
    </message>
    <message>
        <source>Sieve script</source>
        <translation>Sieve-Skript</translation>
    </message>
    <message>
        <source>Recipes not imported</source>
        <translation>Nicht importierte Rezepte</translation>
    </message>
    <message>
        <source>Turn a .procmailrc into Sieve; you can read and change it here before you apply it</source>
        <translation>Eine .procmailrc in Sieve umwandeln; Sie können das Ergebnis hier lesen und ändern, bevor Sie es übernehmen</translation>
    </message>
    <message>
        <source>Check and store this script; it applies from the next message</source>
        <translation>Dieses Skript prüfen und speichern; es gilt ab der nächsten Nachricht</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::RelayPage</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Add Relay Client…</source>
        <translation>Relay-Client &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Let a machine send mail through this server (Relay client wizard)</source>
        <translation>Einen Rechner E-Mails über diesen Server senden lassen (Relay-Client-Assistent)</translation>
    </message>
    <message>
        <source>Machines listed here may send mail through this server to anyone without a password (Relay), are refused as soon as they connect (Reject), or are trusted without relaying (Trusted). Computers elsewhere log in with a password instead: the Relay client wizard sets up both.</source>
        <translation>Die hier aufgeführten Rechner dürfen über diesen Server ohne Passwort E-Mails an jeden senden (Weiterleiten), werden abgewiesen, sobald sie sich verbinden (Abweisen), oder werden ohne Weiterleitung als vertrauenswürdig behandelt (Vertraut). Rechner anderswo melden sich stattdessen mit einem Passwort an: Der Relay-Client-Assistent richtet beides ein.</translation>
    </message>
    <message>
        <source>In sendmail: the access file (Connect: RELAY, REJECT, OK).</source>
        <translation>In sendmail: die access-Datei (Connect: RELAY, REJECT, OK).</translation>
    </message>
    <message>
        <source>Relay &amp;clients</source>
        <translation>Relay-&amp;Clients</translation>
    </message>
    <message>
        <source>Relay clients</source>
        <translation>Relay-Clients</translation>
    </message>
    <message>
        <source>Search clients…</source>
        <translation>Clients suchen…</translation>
    </message>
    <message>
        <source>Search relay clients</source>
        <translation>Relay-Clients suchen</translation>
    </message>
    <message>
        <source>No relay clients yet — add the machines on your network that should send mail through this server with Add Relay Client.</source>
        <translation>Noch keine Relay-Clients — fügen Sie mit „Relay-Client hinzufügen“ die Rechner in Ihrem Netzwerk hinzu, die E-Mails über diesen Server senden sollen.</translation>
    </message>
    <message>
        <source>No relay client matches “%1”.</source>
        <translation>Kein Relay-Client passt zu „%1“.</translation>
    </message>
    <message>
        <source>Remove relay client</source>
        <translation>Relay-Client entfernen</translation>
    </message>
    <message>
        <source>Remove the selected machine from the relay clients</source>
        <translation>Den ausgewählten Rechner aus den Relay-Clients entfernen</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>The account %1 was created. It logs in with its password to send mail; you find it on the Mailboxes &amp; Domains page.</source>
        <translation>Das Konto %1 wurde angelegt. Es meldet sich mit seinem Passwort an, um E-Mails zu senden; Sie finden es auf der Seite „Postfächer &amp; Domains“.</translation>
    </message>
    <message>
        <source>Machines at %1 can then send mail only to this server&apos;s own addresses, unless they log in.</source>
        <translation>Rechner unter %1 können dann nur noch an die eigenen Adressen dieses Servers senden, außer sie melden sich an.</translation>
    </message>
    <message>
        <source>Machines at %1 may then connect again like anyone else.</source>
        <translation>Rechner unter %1 dürfen sich dann wieder wie alle anderen verbinden.</translation>
    </message>
    <message>
        <source>Machines at %1 are then checked like anyone else.</source>
        <translation>Rechner unter %1 werden dann wie alle anderen geprüft.</translation>
    </message>
    <message>
        <source>Remove the relay client %1?</source>
        <translation>Den Relay-Client %1 entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove Relay Client</source>
        <translation>Relay-Client &amp;entfernen</translation>
    </message>
    <message>
        <source>Send &amp;Test Message…</source>
        <translation>&amp;Testnachricht senden…</translation>
    </message>
    <message>
        <source>Send a test message to an address elsewhere and see what its server answers</source>
        <translation>Eine Testnachricht an eine Adresse anderswo senden und sehen, was deren Server antwortet</translation>
    </message>
    <message>
        <source>Relay Clie&amp;nts</source>
        <extracomment>Tab of the Relay page: the machines that may send through this server</extracomment>
        <translation>Relay-Clie&amp;nts</translation>
    </message>
    <message>
        <source>&amp;Sending</source>
        <extracomment>Tab of the Relay page: how mail leaves this server</extracomment>
        <translation>Ver&amp;sand</translation>
    </message>
    <message>
        <source>Which machines may send mail through this server</source>
        <translation>Welche Rechner E-Mails über diesen Server senden dürfen</translation>
    </message>
    <message>
        <source>How mail leaves this server: smart host, routes, port 25</source>
        <translation>Wie E-Mails diesen Server verlassen: Smarthost, Routen, Port 25</translation>
    </message>
    <message>
        <source>Which machines may send mail through this server, and how mail leaves it.</source>
        <translation>Welche Rechner E-Mails über diesen Server senden dürfen und wie E-Mails ihn verlassen.</translation>
    </message>
    <message>
        <source>The receiving server accepted the test message to %1. It answered:</source>
        <translation>Der empfangende Server hat die Testnachricht an %1 angenommen. Er antwortete:</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::RouteDialog</name>
    <message>
        <source>Change Route</source>
        <translation>Route ändern</translation>
    </message>
    <message>
        <source>Add Route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message>
        <source>Mail for this destination goes through the server you name here, instead of the smart host or the recipient&apos;s own server. For example: only mail to outlook.com through your provider&apos;s server.</source>
        <translation>E-Mails für dieses Ziel gehen über den Server, den Sie hier nennen, statt über den Smarthost oder den eigenen Server des Empfängers. Zum Beispiel: nur E-Mails an outlook.com über den Server Ihres Anbieters.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Add Route</source>
        <translation>Route &amp;hinzufügen</translation>
    </message>
    <message>
        <source>outlook.com or *.example.com</source>
        <extracomment>Examples of a route destination: one domain, or every domain inside one</extracomment>
        <translation>outlook.com oder *.example.com</translation>
    </message>
    <message>
        <source>Mail to</source>
        <translation>E-Mail an</translation>
    </message>
    <message>
        <source>&amp;Mail to:</source>
        <translation>E-&amp;Mail an:</translation>
    </message>
    <message>
        <source>Goes through</source>
        <translation>Geht über</translation>
    </message>
    <message>
        <source>&amp;Goes through:</source>
        <translation>&amp;Geht über:</translation>
    </message>
    <message>
        <source>Empty when the server needs no login</source>
        <translation>Leer, wenn der Server keine Anmeldung braucht</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Enter the password again</source>
        <translation>Passwort erneut eingeben</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Enter the domain this route is for, such as outlook.com, or *.example.com for every domain inside example.com.</source>
        <translation>Geben Sie die Domain ein, für die diese Route gilt, etwa outlook.com, oder *.example.com für jede Domain innerhalb von example.com.</translation>
    </message>
    <message>
        <source>Enter the server that takes this mail, such as smtp.provider.example:587.</source>
        <translation>Geben Sie den Server ein, der diese E-Mails annimmt, etwa smtp.provider.example:587.</translation>
    </message>
    <message>
        <source>Enter the login that goes with the password, or leave both empty.</source>
        <translation>Geben Sie die Anmeldung zum Passwort ein, oder lassen Sie beides leer.</translation>
    </message>
    <message>
        <source>Enter the password again: the server keeps it secret and replaces the whole route.</source>
        <translation>Geben Sie das Passwort erneut ein: Der Server hält es geheim und ersetzt die ganze Route.</translation>
    </message>
    <message>
        <source>smtp.provider.example:587</source>
        <extracomment>Examples of a next hop: a server name with a port, or an address in brackets</extracomment>
        <translation>smtp.provider.example:587</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::RuleBuilder</name>
    <message>
        <source>These rules were written by hand or by another program (a mail program through ManageSieve, or an imported .procmailrc), so the builder cannot show them without losing something. Change them in the raw editor.</source>
        <translation>Diese Regeln wurden von Hand oder von einem anderen Programm geschrieben (einem E-Mail-Programm über ManageSieve oder aus einer importierten .procmailrc), daher kann der Baukasten sie nicht zeigen, ohne etwas zu verlieren. Ändern Sie sie im Skript-Editor.</translation>
    </message>
    <message>
        <source>No rules yet — mail goes to the inbox. Add a rule to file mail into a folder.</source>
        <translation>Noch keine Regeln — Nachrichten kommen in den Posteingang. Fügen Sie eine Regel hinzu, um Nachrichten in einen Ordner abzulegen.</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Automatic repl&amp;y while away</source>
        <translation>Automatische Ant&amp;wort bei Abwesenheit</translation>
    </message>
    <message>
        <source>A&amp;pply Rules</source>
        <translation>Regeln über&amp;nehmen</translation>
    </message>
    <message>
        <source>Each rule files matching mail into a folder, which is created when the first message arrives. The first rule that matches decides; other mail goes to the inbox.</source>
        <translation>Jede Regel legt passende Nachrichten in einem Ordner ab, der mit der ersten Nachricht angelegt wird. Die erste passende Regel entscheidet; andere Nachrichten kommen in den Posteingang.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Add a rule that files mail into a folder</source>
        <translation>Eine Regel hinzufügen, die Nachrichten in einem Ordner ablegt</translation>
    </message>
    <message>
        <source>Answer every sender once, for example while you are on holiday</source>
        <translation>Jedem Absender einmal antworten, zum Beispiel während Sie im Urlaub sind</translation>
    </message>
    <message>
        <source>Away until Monday</source>
        <translation>Bis Montag abwesend</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Betre&amp;ff:</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Reply &amp;text:</source>
        <translation>Antworttex&amp;t:</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>The unit after the number of days in &quot;Answer each sender once every N days&quot;</extracomment>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Answer each sender once &amp;every:</source>
        <translation>Jedem Absender höchstens einmal a&amp;lle:</translation>
    </message>
    <message>
        <source>Sieve &quot;vacation&quot; (RFC 5230), like the vacation program.</source>
        <translation>Sieve „vacation“ (RFC 5230), wie das Programm vacation.</translation>
    </message>
    <message>
        <source>Store these rules; they apply from the next message</source>
        <translation>Diese Regeln speichern; sie gelten ab der nächsten Nachricht</translation>
    </message>
    <message>
        <source>&amp;Open the Raw Editor</source>
        <translation>Skript-Editor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Rule %1 needs the name of the header to look at.</source>
        <translation>Regel %1 braucht den Namen der Kopfzeile, die geprüft werden soll.</translation>
    </message>
    <message>
        <source>Rule %1 needs the text to look for.</source>
        <translation>Regel %1 braucht den gesuchten Text.</translation>
    </message>
    <message>
        <source>Rule %1 needs the folder the mail goes to.</source>
        <translation>Regel %1 braucht den Ordner, in den die Nachrichten kommen.</translation>
    </message>
    <message>
        <source>The automatic reply needs a text.</source>
        <translation>Die automatische Antwort braucht einen Text.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::RuleRowEdit</name>
    <message>
        <source>whose List-Id contains</source>
        <extracomment>Rule builder, in &quot;mail from the mailing list whose List-Id contains TEXT&quot;</extracomment>
        <translation>deren List-Id enthält</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Mail</source>
        <extracomment>Rule builder: the start of the sentence &quot;Mail from … goes to folder …&quot;</extracomment>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>from</source>
        <extracomment>Rule builder: &quot;Mail from …&quot;</extracomment>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Rule builder: &quot;Mail to …&quot;</extracomment>
        <translation>an</translation>
    </message>
    <message>
        <source>with subject</source>
        <extracomment>Rule builder: &quot;Mail with subject …&quot;</extracomment>
        <translation>mit Betreff</translation>
    </message>
    <message>
        <source>with header</source>
        <extracomment>Rule builder: &quot;Mail with header NAME …&quot;</extracomment>
        <translation>mit Kopfzeile</translation>
    </message>
    <message>
        <source>from the mailing list</source>
        <extracomment>Rule builder: &quot;Mail from the mailing list whose List-Id contains …&quot;</extracomment>
        <translation>von der Mailingliste</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Name der Kopfzeile</translation>
    </message>
    <message>
        <source>contains</source>
        <extracomment>Rule builder: &quot;Mail from … contains TEXT&quot;</extracomment>
        <translation>enthält</translation>
    </message>
    <message>
        <source>is</source>
        <extracomment>Rule builder: &quot;Mail from … is TEXT&quot; (exactly)</extracomment>
        <translation>ist</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>goes to folder</source>
        <extracomment>Rule builder: &quot;… goes to folder FOLDER&quot;</extracomment>
        <translation>kommen in den Ordner</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Diese Regel entfernen</translation>
    </message>
    <message>
        <source>Rule %1: what to look at</source>
        <extracomment>Screen reader name of a rule builder field; %1 is the rule&apos;s number</extracomment>
        <translation>Regel %1: was geprüft wird</translation>
    </message>
    <message>
        <source>Rule %1: header name</source>
        <translation>Regel %1: Name der Kopfzeile</translation>
    </message>
    <message>
        <source>Rule %1: how to compare</source>
        <translation>Regel %1: wie verglichen wird</translation>
    </message>
    <message>
        <source>Rule %1: text to look for</source>
        <translation>Regel %1: gesuchter Text</translation>
    </message>
    <message>
        <source>Rule %1: folder</source>
        <translation>Regel %1: Ordner</translation>
    </message>
    <message>
        <source>Remove rule %1</source>
        <translation>Regel %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::RulesPage</name>
    <message>
        <source>No users yet — add one on the Mailboxes &amp; Domains page</source>
        <translation>Noch keine Benutzer — fügen Sie einen auf der Seite „Postfächer &amp; Domains“ hinzu</translation>
    </message>
    <message>
        <source>Whose rules</source>
        <translation>Wessen Regeln</translation>
    </message>
    <message>
        <source>&amp;Rules of:</source>
        <extracomment>Label of the combo box that chooses whose mail rules are shown: a user or the global rules</extracomment>
        <translation>&amp;Regeln von:</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>&amp;Builder</source>
        <extracomment>Tab of the Rules page: rules made from ready-made sentences</extracomment>
        <translation>&amp;Baukasten</translation>
    </message>
    <message>
        <source>Ra&amp;w Editor</source>
        <extracomment>Tab of the Rules page: the Sieve script as text</extracomment>
        <translation>Skript-&amp;Editor</translation>
    </message>
    <message>
        <source>Try a &amp;Message</source>
        <extracomment>Tab of the Rules page: a dry run of a pasted message</extracomment>
        <translation>Nachricht &amp;ausprobieren</translation>
    </message>
    <message>
        <source>File mail into folders and answer while away, without writing Sieve</source>
        <translation>Nachrichten in Ordnern ablegen und bei Abwesenheit antworten, ohne Sieve zu schreiben</translation>
    </message>
    <message>
        <source>The rules as a Sieve script; import a .procmailrc</source>
        <translation>Die Regeln als Sieve-Skript; eine .procmailrc importieren</translation>
    </message>
    <message>
        <source>See where a message would go, without delivering it</source>
        <translation>Sehen, wohin eine Nachricht ginge, ohne sie zuzustellen</translation>
    </message>
    <message>
        <source>How mail is sorted into folders when it is delivered, and automatic replies.</source>
        <translation>Wie Nachrichten bei der Zustellung in Ordner sortiert werden, und automatische Antworten.</translation>
    </message>
    <message>
        <source>Global rules (spam)</source>
        <extracomment>The first entry of &quot;Rules of:&quot;: the rules every message goes through first</extracomment>
        <translation>Globale Regeln (Spam)</translation>
    </message>
    <message>
        <source>The rules of %1 are stored. They apply from the next message.</source>
        <translation>Die Regeln von %1 sind gespeichert. Sie gelten ab der nächsten Nachricht.</translation>
    </message>
    <message>
        <source>Import procmail Rules</source>
        <translation>procmail-Regeln importieren</translation>
    </message>
    <message>
        <source>procmail rules (.procmailrc procmailrc *.rc)</source>
        <extracomment>File dialog filter; keep &quot;procmailrc&quot; and the patterns as they are</extracomment>
        <translation>procmail-Regeln (.procmailrc procmailrc *.rc)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to be a .procmailrc.</source>
        <translation>„%1“ ist zu groß für eine .procmailrc.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The procmail rules are translated. Read them, then apply them.</source>
        <translation>Die procmail-Regeln sind übersetzt. Lesen Sie sie, dann übernehmen Sie sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n procmail recipe(s) could not be translated; they are listed below the script. Read the rest, then apply it.</source>
        <translation>
            <numerusform>%n procmail-Rezept konnte nicht übersetzt werden; es steht unter dem Skript. Lesen Sie den Rest, dann übernehmen Sie ihn.</numerusform>
            <numerusform>%n procmail-Rezepte konnten nicht übersetzt werden; sie stehen unter dem Skript. Lesen Sie den Rest, dann übernehmen Sie ihn.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Reload shows them; changes made here and not applied are then lost.</source>
        <translation>Neu laden zeigt sie; hier gemachte, nicht angewendete Änderungen gehen dann verloren.</translation>
    </message>
    <message>
        <source>The rules of %1 were changed elsewhere (a mail program, doorstepctl, or another control center).</source>
        <translation>Die Regeln von %1 wurden anderswo geändert (ein Mailprogramm, doorstepctl oder ein anderes Kontrollzentrum).</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::ScoreSampleDialog</name>
    <message>
        <source>Score a Sample</source>
        <translation>Probe bewerten</translation>
    </message>
    <message>
        <source>Paste a whole message — its header lines, an empty line, then the text — and see the score the spam filter gives it with the current settings. Nothing is delivered or counted.</source>
        <translation>Fügen Sie eine ganze Nachricht ein – ihre Kopfzeilen, eine Leerzeile, dann den Text – und sehen Sie die Bewertung, die der Spamfilter ihr mit den aktuellen Einstellungen gibt. Nichts wird zugestellt oder gezählt.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::SendingPane</name>
    <message>
        <source>A&amp;dd Route…</source>
        <translation>Rou&amp;te hinzufügen…</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message>
        <source>Send mail for a domain through a server of its own</source>
        <translation>E-Mails für eine Domain über einen eigenen Server senden</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Edit route</source>
        <translation>Route bearbeiten</translation>
    </message>
    <message>
        <source>Change the selected route</source>
        <translation>Die ausgewählte Route ändern</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>Route entfernen</translation>
    </message>
    <message>
        <source>Remove the selected route</source>
        <translation>Die ausgewählte Route entfernen</translation>
    </message>
    <message>
        <source>Mail to other people&apos;s addresses leaves this server here: straight to each recipient&apos;s mail server, or through your provider&apos;s server (a smart host) when your line cannot send it directly.</source>
        <translation>E-Mails an Adressen anderer Leute verlassen diesen Server hier: direkt zum Mailserver jedes Empfängers oder über den Server Ihres Anbieters (einen Smarthost), wenn Ihr Anschluss sie nicht direkt senden kann.</translation>
    </message>
    <message>
        <source>In sendmail: SMART_HOST, authinfo and mailertable.</source>
        <translation>In sendmail: SMART_HOST, authinfo und mailertable.</translation>
    </message>
    <message>
        <source>Port 25</source>
        <translation>Port 25</translation>
    </message>
    <message>
        <source>The sending settings were saved. They apply to the next delivery attempt.</source>
        <translation>Die Versandeinstellungen wurden gespeichert. Sie gelten ab dem nächsten Zustellversuch.</translation>
    </message>
    <message>
        <source>Smart host</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <source>Send all outgoing mail through another server, usually your Internet or mail provider&apos;s, with the login it gave you. Leave the server empty to deliver straight to each recipient&apos;s server.</source>
        <translation>Alle ausgehenden E-Mails über einen anderen Server senden, meist den Ihres Internet- oder E-Mail-Anbieters, mit der Anmeldung, die er Ihnen gegeben hat. Lassen Sie den Server leer, um direkt an den Server jedes Empfängers zuzustellen.</translation>
    </message>
    <message>
        <source>Empty: deliver directly</source>
        <translation>Leer: direkt zustellen</translation>
    </message>
    <message>
        <source>Smart host server</source>
        <translation>Smarthost-Server</translation>
    </message>
    <message>
        <source>Smart host port</source>
        <translation>Smarthost-Port</translation>
    </message>
    <message>
        <source>25 for a server that takes mail from anyone, 587 for a provider&apos;s login (with encryption), 465 for encryption from the start</source>
        <translation>25 für einen Server, der E-Mails von jedem annimmt, 587 für die Anmeldung bei einem Anbieter (mit Verschlüsselung), 465 für Verschlüsselung von Anfang an</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Empty when the server needs no login</source>
        <translation>Leer, wenn der Server keine Anmeldung braucht</translation>
    </message>
    <message>
        <source>Smart host login</source>
        <translation>Smarthost-Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password</source>
        <translation>Leer lassen, um das bisherige Passwort zu behalten</translation>
    </message>
    <message>
        <source>Smart host password</source>
        <translation>Smarthost-Passwort</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Smart host encryption</source>
        <translation>Smarthost-Verschlüsselung</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>Verschlüsse&amp;lung:</translation>
    </message>
    <message>
        <source>In sendmail: SMART_HOST, and the U: and P: of authinfo.</source>
        <translation>In sendmail: SMART_HOST sowie U: und P: in authinfo.</translation>
    </message>
    <message>
        <source>Fallback relay</source>
        <translation>Ausweich-Relay</translation>
    </message>
    <message>
        <source>When this line cannot deliver directly — port 25 is blocked, or the recipient&apos;s server refuses home connections — mail goes through this server instead of waiting. Leave it empty to keep trying directly.</source>
        <translation>Wenn dieser Anschluss nicht direkt zustellen kann — Port 25 ist gesperrt oder der Server des Empfängers lehnt Privatanschlüsse ab —, gehen E-Mails über diesen Server, statt zu warten. Leer lassen, um es weiter direkt zu versuchen.</translation>
    </message>
    <message>
        <source>smtp.provider.example:587</source>
        <translation>smtp.provider.example:587</translation>
    </message>
    <message>
        <source>Fallback relay server</source>
        <translation>Ausweich-Relay-Server</translation>
    </message>
    <message>
        <source>&amp;Fallback server:</source>
        <translation>A&amp;usweich-Server:</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Save the smart host and fallback relay</source>
        <translation>Smarthost und Ausweich-Relay speichern</translation>
    </message>
    <message>
        <source>&amp;Routes for particular domains</source>
        <translation>&amp;Routen für bestimmte Domains</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Search routes…</source>
        <translation>Routen suchen…</translation>
    </message>
    <message>
        <source>Search routes</source>
        <translation>Routen suchen</translation>
    </message>
    <message>
        <source>No routes — all mail leaves the same way. Add one with Add Route to send mail for some domains another way, such as only mail to outlook.com through your provider&apos;s server.</source>
        <translation>Keine Routen — alle E-Mails gehen auf demselben Weg hinaus. Fügen Sie mit „Route hinzufügen“ eine hinzu, um E-Mails für einige Domains anders zu senden, etwa nur E-Mails an outlook.com über den Server Ihres Anbieters.</translation>
    </message>
    <message>
        <source>No route matches “%1”.</source>
        <translation>Keine Route passt zu „%1“.</translation>
    </message>
    <message>
        <source>Mail for these domains goes through its own server, before the smart host and the recipient&apos;s server are considered. *.example.com means every domain inside example.com.</source>
        <translation>E-Mails für diese Domains gehen über ihren eigenen Server, bevor Smarthost und Server des Empfängers in Betracht kommen. *.example.com bedeutet jede Domain innerhalb von example.com.</translation>
    </message>
    <message>
        <source>In sendmail: mailertable.</source>
        <translation>In sendmail: mailertable.</translation>
    </message>
    <message>
        <source>Remove the route for %1?</source>
        <translation>Die Route für %1 entfernen?</translation>
    </message>
    <message>
        <source>Mail for %1 then no longer goes through %2, but through the smart host or straight to the recipient&apos;s server.</source>
        <translation>E-Mails für %1 gehen dann nicht mehr über %2, sondern über den Smarthost oder direkt zum Server des Empfängers.</translation>
    </message>
    <message>
        <source>&amp;Remove Route</source>
        <translation>Route &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::SetPasswordDialog</name>
    <message>
        <source>Set Password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>The new password works at once; mail programs that remembered the old one will ask for it.</source>
        <translation>Das neue Passwort gilt sofort; E-Mail-Programme, die sich das alte gemerkt haben, fragen danach.</translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation>Passwort &amp;festlegen</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::SpamPane</name>
    <message>
        <source>Every incoming message gets a spam score: the more signs of spam, the higher. From the threshold on it is marked and filed into the spam folder; from the reject threshold on it is refused. Try a message with Score a Sample.</source>
        <translation>Jede eingehende Nachricht erhält eine Spam-Bewertung: je mehr Anzeichen von Spam, desto höher. Ab der Schwelle wird sie markiert und im Spamordner abgelegt; ab der Ablehnungsschwelle wird sie abgelehnt. Probieren Sie eine Nachricht mit „Probe bewerten“ aus.</translation>
    </message>
    <message>
        <source>In sendmail: spamass-milter with SpamAssassin&apos;s required_score, and procmail filing into spamtrap.</source>
        <translation>In sendmail: spamass-milter mit required_score von SpamAssassin, und procmail, das in spamtrap ablegt.</translation>
    </message>
    <message>
        <source>Off: no message is scored, marked or filed as spam.</source>
        <translation>Aus: keine Nachricht wird als Spam bewertet, markiert oder abgelegt.</translation>
    </message>
    <message>
        <source>Scored &amp;by:</source>
        <translation>Bewertet &amp;von:</translation>
    </message>
    <message>
        <source>Built-in checks</source>
        <translation>Eingebaute Prüfungen</translation>
    </message>
    <message>
        <source>SpamAssassin (spamd)</source>
        <translation>SpamAssassin (spamd)</translation>
    </message>
    <message>
        <source>rspamd</source>
        <translation>rspamd</translation>
    </message>
    <message>
        <source>The built-in checks need nothing else; SpamAssassin and rspamd score better, once installed.</source>
        <translation>Die eingebauten Prüfungen brauchen nichts weiter; SpamAssassin und rspamd bewerten besser, sobald sie installiert sind.</translation>
    </message>
    <message>
        <source>Scorer &amp;address:</source>
        <translation>&amp;Adresse des Bewerters:</translation>
    </message>
    <message>
        <source>Where spamd or rspamd listens, as host:port. Empty: its usual port on this machine.</source>
        <translation>Wo spamd oder rspamd lauscht, als Host:Port. Leer: sein üblicher Port auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Empty: 127.0.0.1 and the usual port</source>
        <translation>Leer: 127.0.0.1 und der übliche Port</translation>
    </message>
    <message>
        <source>Spam &amp;from score:</source>
        <translation>Spam &amp;ab Bewertung:</translation>
    </message>
    <message>
        <source>Messages scoring at least this much are spam (SpamAssassin&apos;s usual: 5.0). Lower catches more, and more real mail by mistake.</source>
        <translation>Nachrichten mit mindestens dieser Bewertung sind Spam (üblich bei SpamAssassin: 5,0). Niedriger fängt mehr – und mehr echte Mail aus Versehen.</translation>
    </message>
    <message>
        <source>&amp;Refuse from score:</source>
        <translation>Ab&amp;lehnen ab Bewertung:</translation>
    </message>
    <message>
        <source>Messages scoring at least this much are refused at once, so nobody sees them; 0 refuses none.</source>
        <translation>Nachrichten mit mindestens dieser Bewertung werden sofort abgelehnt, niemand sieht sie; 0 lehnt keine ab.</translation>
    </message>
    <message>
        <source>Sub&amp;ject tag:</source>
        <translation>Betreff-&amp;Kennzeichen:</translation>
    </message>
    <message>
        <source>Put before the subject of spam. Empty: the subject stays as it is.</source>
        <translation>Wird dem Betreff von Spam vorangestellt. Leer: der Betreff bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Empty: leave the subject alone</source>
        <translation>Leer: Betreff unverändert lassen</translation>
    </message>
    <message>
        <source>The mailbox folder spam is filed into.</source>
        <translation>Der Postfachordner, in dem Spam abgelegt wird.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Save the spam settings</source>
        <translation>Die Spam-Einstellungen speichern</translation>
    </message>
    <message>
        <source>The spam settings were saved. They apply to the next message.</source>
        <translation>Die Spam-Einstellungen wurden gespeichert. Sie gelten ab der nächsten Nachricht.</translation>
    </message>
    <message>
        <source>Score &amp;incoming mail for spam</source>
        <translation>Eingehende Mail auf Spam &amp;bewerten</translation>
    </message>
    <message>
        <source>Spam f&amp;older:</source>
        <translation>Spam&amp;ordner:</translation>
    </message>
    <message>
        <source>Bloc&amp;klists:</source>
        <translation>Bloc&amp;klisten:</translation>
    </message>
    <message>
        <source>DNS blocklists the built-in checks ask about each sending server, separated by commas. Spamhaus refuses queries through public resolvers such as 8.8.8.8; such an answer counts as not listed.</source>
        <translation>DNS-Blocklisten, die die eingebauten Prüfungen zu jedem sendenden Server befragen, durch Kommas getrennt. Spamhaus verweigert Anfragen über öffentliche Resolver wie 8.8.8.8; eine solche Antwort zählt als nicht gelistet.</translation>
    </message>
    <message>
        <source>&amp;Wait for the scorer:</source>
        <translation>Auf den Bewerter &amp;warten:</translation>
    </message>
    <message>
        <source>A message spamd or rspamd has not scored by then is let in unscored, marked “unscanned”.</source>
        <translation>Eine Nachricht, die spamd oder rspamd bis dahin nicht bewertet hat, wird unbewertet eingelassen und als „unscanned“ markiert.</translation>
    </message>
    <message>
        <source>&amp;Largest message scored:</source>
        <translation>&amp;Größte bewertete Nachricht:</translation>
    </message>
    <message>
        <source>Bigger messages are let in unscored: spam is small, and scoring big mail is slow (0: score all).</source>
        <translation>Größere Nachrichten werden unbewertet eingelassen: Spam ist klein, und große Mails zu bewerten ist langsam (0: alle bewerten).</translation>
    </message>
    <message>
        <source>Filter Thresholds &amp;Wizard…</source>
        <translation>Filterschwellen-Assis&amp;tent…</translation>
    </message>
    <message>
        <source>Choose the spam backend, thresholds and spam folder step by step, and try them before saving</source>
        <translation>Spam-Bewerter, Schwellen und Spamordner Schritt für Schritt wählen und vor dem Speichern ausprobieren</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::StatisticsChart</name>
    <message numerus="yes">
        <source>Mail of the last %n day(s)</source>
        <translation>
            <numerusform>E-Mails des letzten Tages</numerusform>
            <numerusform>E-Mails der letzten %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>Date on the chart&apos;s day axis (QDate format): &quot;Nov 26&quot;; German &quot;26. Nov.&quot;</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message numerus="yes">
        <source>Totals of the last %n day(s): %1</source>
        <translation>
            <numerusform>Summen des letzten Tages: %1</numerusform>
            <numerusform>Summen der letzten %n Tage: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::TestMessageDialog</name>
    <message>
        <source>Send Test Message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Sends a short test message now, the way real mail to this address goes, and shows what the receiving server answered. Use an address at another provider that you can read.</source>
        <translation>Sendet jetzt eine kurze Testnachricht auf dem Weg, den echte E-Mails an diese Adresse nehmen, und zeigt, was der empfangende Server geantwortet hat. Nehmen Sie eine Adresse bei einem anderen Anbieter, die Sie lesen können.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>you@another-provider.example</source>
        <translation>sie@anderer-anbieter.example</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Senden &amp;an:</translation>
    </message>
    <message>
        <source>Enter the address to send the test message to.</source>
        <translation>Geben Sie die Adresse ein, an die die Testnachricht gehen soll.</translation>
    </message>
    <message>
        <source>The test message was not delivered.</source>
        <translation>Die Testnachricht wurde nicht zugestellt.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::UsersPane</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>&amp;Passwort festlegen…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Remo&amp;ve User…</source>
        <translation>Benutzer ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Search users…</source>
        <translation>Benutzer suchen…</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Users in %1</source>
        <translation>Benutzer in %1</translation>
    </message>
    <message>
        <source>Add a domain first; then add the people who get a mailbox in it.</source>
        <translation>Fügen Sie zuerst eine Domain hinzu und dann die Personen, die darin ein Postfach erhalten.</translation>
    </message>
    <message>
        <source>No user in %1 matches “%2”.</source>
        <translation>Kein Benutzer in %1 passt zu „%2“.</translation>
    </message>
    <message>
        <source>No users in %1 yet — add one with Add User. The address and password are what mail programs log in with.</source>
        <translation>Noch keine Benutzer in %1 – fügen Sie einen mit „Benutzer hinzufügen“ hinzu. Mit Adresse und Passwort melden sich E-Mail-Programme an.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Refuse this user&apos;s logins and mail; the mailbox is kept</source>
        <translation>Anmeldungen und E-Mails dieses Benutzers abweisen; das Postfach bleibt erhalten</translation>
    </message>
    <message>
        <source>Let this user log in and receive mail again</source>
        <translation>Diesen Benutzer wieder anmelden und E-Mails empfangen lassen</translation>
    </message>
    <message>
        <source>Se&amp;t Up a Device…</source>
        <translation>&amp;Gerät einrichten…</translation>
    </message>
    <message>
        <source>The settings to type into a mail program on a computer or phone</source>
        <translation>Die Einstellungen, die man in ein E-Mail-Programm auf einem Computer oder Telefon eingibt</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Tray::Notifier</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) need your attention</source>
        <translation>
            <numerusform>%n Ereignis erfordert Ihre Aufmerksamkeit</numerusform>
            <numerusform>%n Ereignisse erfordern Ihre Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>A virus was blocked: %1 in mail without a sender address</source>
        <extracomment>Notification: %1 is the virus&apos;s name (&quot;Win.Trojan.Agent&quot;), %2 the sender&apos;s address</extracomment>
        <translation>Ein Virus wurde abgewehrt: %1 in einer E-Mail ohne Absenderadresse</translation>
    </message>
    <message>
        <source>A virus was blocked: %1 in mail from %2</source>
        <translation>Ein Virus wurde abgewehrt: %1 in einer E-Mail von %2</translation>
    </message>
    <message>
        <source>Spam filter degraded: %1</source>
        <extracomment>Notification: %1 says what is wrong (&quot;Connection refused.&quot;)</extracomment>
        <translation>Spamfilter eingeschränkt: %1</translation>
    </message>
    <message>
        <source>Virus scanner degraded: %1</source>
        <extracomment>Notification: %1 says what is wrong (&quot;The database directory is empty.&quot;)</extracomment>
        <translation>Virenscanner eingeschränkt: %1</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Tray::TrayIcon</name>
    <message>
        <source>&amp;Open Doorstep</source>
        <translation>&amp;Doorstep öffnen</translation>
    </message>
    <message>
        <source>&amp;Pause Notifications</source>
        <translation>Benachrichtigungen &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Notify Me About</source>
        <translation>Be&amp;nachrichtigen bei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>Quits the control center; the mail server keeps running</extracomment>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Closes this program; mail keeps flowing</source>
        <translation>Beendet dieses Programm; E-Mails werden weiterhin zugestellt</translation>
    </message>
    <message>
        <source>Doorstep: %1
%2</source>
        <extracomment>Tray tooltip: %1 is a state word (&quot;OK&quot;), %2 a sentence</extracomment>
        <translation>Doorstep: %1
%2</translation>
    </message>
    <message>
        <source>Mail server: %1</source>
        <translation>Mailserver: %1</translation>
    </message>
    <message>
        <source>Today: %1 received, %2 delivered, %3 bounced, %4 rejected</source>
        <extracomment>Tray menu line with today&apos;s counters</extracomment>
        <translation>Heute: %1 empfangen, %2 zugestellt, %3 unzustellbar, %4 abgelehnt</translation>
    </message>
    <message>
        <source>Filtered: %1 greylisted, %2 viruses, %3 spam</source>
        <extracomment>Tray menu line with today&apos;s filter counters, under the &quot;Today:&quot; line</extracomment>
        <translation>Gefiltert: %1 gegreylistet, %2 Viren, %3 Spam</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::Confirmation</name>
    <message>
        <source>Confirm Removal</source>
        <extracomment>Title of a confirmation before removing something</extracomment>
        <translation>Entfernen bestätigen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::FieldErrorLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::HealthCheckView</name>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Mail server (MX)</source>
        <extracomment>Health check: the domain&apos;s MX record points at this server</extracomment>
        <translation>Mailserver (MX)</translation>
    </message>
    <message>
        <source>Address (A/AAAA)</source>
        <extracomment>Health check: the host name&apos;s A/AAAA records are the public address</extracomment>
        <translation>Adresse (A/AAAA)</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR)</source>
        <extracomment>Health check: the public address&apos;s reverse name (PTR) is the host name</extracomment>
        <translation>Reverse-DNS (PTR)</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Outgoing port 25</source>
        <extracomment>Health check: outgoing connections to port 25 are not blocked</extracomment>
        <translation>Ausgehender Port 25</translation>
    </message>
    <message>
        <source>Blocklist %1</source>
        <extracomment>Health check: %1 is a DNS blocklist such as zen.spamhaus.org</extracomment>
        <translation>Sperrliste %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>All %n checks passed.</source>
        <translation>
            <numerusform>%n Prüfung bestanden.</numerusform>
            <numerusform>Alle %n Prüfungen bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 — the records to publish are under the checks.</source>
        <extracomment>%1 and %2 are already &quot;N failed&quot; / &quot;N warnings&quot;</extracomment>
        <translation>%1, %2 — die zu veröffentlichenden Einträge stehen unter den Prüfungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Record to publish for %1</source>
        <translation>Zu veröffentlichender Eintrag für %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the record for %1</source>
        <translation>Den Eintrag für %1 kopieren</translation>
    </message>
    <message>
        <source>Copy this record to the clipboard</source>
        <translation>Diesen Eintrag in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::PasswordFields</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>The two passwords do not match. Type the same password twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::SampleMessageEditor</name>
    <message>
        <source>Use the &amp;GTUBE Test Message</source>
        <translation>&amp;GTUBE-Testnachricht verwenden</translation>
    </message>
    <message>
        <source>Use a C&amp;lean Message</source>
        <translation>&amp;Unbedenkliche Nachricht verwenden</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Bewerten</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Message to score</source>
        <translation>Zu bewertende Nachricht</translation>
    </message>
    <message>
        <source>From: someone@example.net
Subject: Hello

The text of the message…</source>
        <translation>From: jemand@example.net
Subject: Hallo

Der Text der Nachricht…</translation>
    </message>
    <message>
        <source>A test message that every spam filter scores as spam</source>
        <translation>Eine Testnachricht, die jeder Spamfilter als Spam bewertet</translation>
    </message>
    <message>
        <source>An ordinary message that should not count as spam</source>
        <translation>Eine gewöhnliche Nachricht, die nicht als Spam gelten sollte</translation>
    </message>
    <message>
        <source>Score the message with the spam filter</source>
        <translation>Die Nachricht mit dem Spamfilter bewerten</translation>
    </message>
    <message>
        <source>Test message for the spam filter</source>
        <translation>Testnachricht für den Spamfilter</translation>
    </message>
    <message>
        <source>This message carries the GTUBE test string, which every spam filter scores as spam:</source>
        <translation>Diese Nachricht enthält die GTUBE-Testzeichenkette, die jeder Spamfilter als Spam bewertet:</translation>
    </message>
    <message>
        <source>Lunch on Friday?</source>
        <translation>Mittagessen am Freitag?</translation>
    </message>
    <message>
        <source>Hi,

shall we have lunch on Friday at noon, at the usual place?

Anna</source>
        <translation>Hallo,

sollen wir am Freitag um zwölf zusammen essen, am üblichen Ort?

Anna</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::SettingsForm</name>
    <message>
        <source>Show the saved settings again</source>
        <translation>Die gespeicherten Einstellungen wieder anzeigen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::SpamScoreView</name>
    <message>
        <source>Not spam</source>
        <extracomment>Spam verdict: not spam</extracomment>
        <translation>Kein Spam</translation>
    </message>
    <message>
        <source>Score %1, below the threshold of %2: delivered to the inbox.</source>
        <translation>Bewertung %1, unter der Schwelle von %2: wird in den Posteingang zugestellt.</translation>
    </message>
    <message>
        <source>Spam</source>
        <extracomment>Spam verdict</extracomment>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Score %1, at or above the threshold of %2: marked and filed into the spam folder.</source>
        <translation>Bewertung %1, auf oder über der Schwelle von %2: wird markiert und im Spamordner abgelegt.</translation>
    </message>
    <message>
        <source>Refused</source>
        <extracomment>Spam verdict: so spammy it is refused</extracomment>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Score %1, at or above the reject threshold of %2: refused when it arrives.</source>
        <translation>Bewertung %1, auf oder über der Ablehnungsschwelle von %2: wird beim Eintreffen abgelehnt.</translation>
    </message>
    <message>
        <source>Not scored</source>
        <extracomment>Spam verdict: the filter could not score it</extracomment>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>The spam filter could not score it, so it would be delivered unscanned. The engine says: %1</source>
        <translation>Der Spamfilter konnte sie nicht bewerten, sie würde also ungeprüft zugestellt. Die Engine meldet: %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The engine gave a verdict this version does not know (%1).</source>
        <translation>Die Engine lieferte ein Urteil, das diese Version nicht kennt (%1).</translation>
    </message>
    <message>
        <source>Rules that hit: %1</source>
        <translation>Zutreffende Regeln: %1</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::StateBadge</name>
    <message>
        <source>Engine state: %1</source>
        <translation>Engine-Zustand: %1</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::TablePane</name>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::UnitField</name>
    <message>
        <source>seconds</source>
        <extracomment>Unit of a duration</extracomment>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <extracomment>Unit of a duration</extracomment>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <extracomment>Unit of a duration</extracomment>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <extracomment>Unit of a duration</extracomment>
        <translation>Tage</translation>
    </message>
    <message>
        <source>bytes</source>
        <extracomment>Unit of a size</extracomment>
        <translation>Byte</translation>
    </message>
    <message>
        <source>KiB</source>
        <extracomment>Unit of a size (1024 bytes)</extracomment>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <extracomment>Unit of a size (1024 KiB)</extracomment>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <extracomment>Unit of a size (1024 MiB)</extracomment>
        <translation>GiB</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::AcmePage</name>
    <message>
        <source>I agree to the certificate authority&apos;s &amp;terms of service</source>
        <translation>Ich stimme den &amp;Nutzungsbedingungen der Zertifizierungsstelle zu</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt</source>
        <translation>Let&apos;s Encrypt</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt writes to this address before the certificate expires, should renewing ever fail. The certificate is for the names below.</source>
        <translation>Let&apos;s Encrypt schreibt an diese Adresse, bevor das Zertifikat abläuft, falls die Erneuerung einmal fehlschlagen sollte. Das Zertifikat gilt für die Namen unten.</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>sie@example.org</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Host names, separated by commas; the first is the one this server greets with</source>
        <translation>Hostnamen, durch Kommas getrennt; der erste ist der, mit dem dieser Server andere begrüßt</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Namen:</translation>
    </message>
    <message>
        <source>Read them at &lt;a href=&quot;https://letsencrypt.org/repository/&quot;&gt;letsencrypt.org/repository&lt;/a&gt;.</source>
        <translation>Sie finden sie unter &lt;a href=&quot;https://letsencrypt.org/repository/&quot;&gt;letsencrypt.org/repository&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>ACME (RFC 8555) with the HTTP-01 challenge; settings acme.email and acme.http_port.</source>
        <translation>ACME (RFC 8555) mit der HTTP-01-Challenge; Einstellungen acme.email und acme.http_port.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt checks the names by connecting to http://%1/ — so for a minute, port 80 of your Internet line must lead to this computer: forward TCP port 80 in your router.</source>
        <translation>Let&apos;s Encrypt prüft die Namen, indem es sich mit http://%1/ verbindet — daher muss Port 80 Ihres Internetanschlusses für eine Minute zu diesem Rechner führen: Leiten Sie TCP-Port 80 in Ihrem Router weiter.</translation>
    </message>
    <message>
        <source>This server answers on port %1 (acme.http_port): forward port 80 of the router to port %1 here.</source>
        <translation>Dieser Server antwortet auf Port %1 (acme.http_port): Leiten Sie Port 80 des Routers an Port %1 dieses Rechners weiter.</translation>
    </message>
    <message>
        <source>Enter an e-mail address that reaches you, such as you@example.org.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, unter der Sie erreichbar sind, z. B. sie@example.org.</translation>
    </message>
    <message>
        <source>Enter at least the host name, such as mail.example.org.</source>
        <translation>Geben Sie mindestens den Hostnamen ein, z. B. mail.example.org.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt issues certificates only to those who agree to its terms.</source>
        <translation>Let&apos;s Encrypt stellt Zertifikate nur aus, wenn seinen Bedingungen zugestimmt wird.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::CertificateChoicePage</name>
    <message>
        <source>&amp;Let&apos;s Encrypt (recommended)</source>
        <translation>&amp;Let&apos;s Encrypt (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Import files from another certificate authority</source>
        <translation>Dateien einer anderen Zertifizierungsstelle &amp;importieren</translation>
    </message>
    <message>
        <source>A &amp;self-signed certificate, now</source>
        <translation>Ein &amp;selbstsigniertes Zertifikat, sofort</translation>
    </message>
    <message>
        <source>Which certificate?</source>
        <translation>Welches Zertifikat?</translation>
    </message>
    <message>
        <source>A certificate lets mail programs and other servers talk to this one over an encrypted connection, and check that it really is this server.</source>
        <translation>Mit einem Zertifikat können E-Mail-Programme und andere Server über eine verschlüsselte Verbindung mit diesem Server sprechen und prüfen, dass es wirklich dieser Server ist.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt</source>
        <translation>Let&apos;s Encrypt</translation>
    </message>
    <message>
        <source>Free and trusted everywhere. Doorstep gets it now and renews it by itself before it expires. Let&apos;s Encrypt must reach this computer on port 80 for a moment.</source>
        <translation>Kostenlos und überall als vertrauenswürdig anerkannt. Doorstep holt es jetzt und erneuert es selbstständig, bevor es abläuft. Let&apos;s Encrypt muss diesen Rechner kurz über Port 80 erreichen können.</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>You bought a certificate, or your organisation gives you one: choose its files (certificate, private key, chain).</source>
        <translation>Sie haben ein Zertifikat gekauft oder erhalten eines von Ihrer Organisation: Wählen Sie seine Dateien (Zertifikat, privater Schlüssel, Kette).</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>Made by this server alone. Other mail servers still encrypt with it, but mail programs ask whether to trust it.</source>
        <translation>Von diesem Server allein erstellt. Andere Mailserver verschlüsseln trotzdem damit, aber E-Mail-Programme fragen, ob sie ihm vertrauen sollen.</translation>
    </message>
    <message>
        <source>In sendmail: confSERVER_CERT, confSERVER_KEY and confCACERT.</source>
        <translation>In sendmail: confSERVER_CERT, confSERVER_KEY und confCACERT.</translation>
    </message>
    <message>
        <source>The engine&apos;s settings could not be read.</source>
        <translation>Die Einstellungen der Engine konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::CertificateResultPage</name>
    <message>
        <source>The new certificate is in use</source>
        <translation>Das neue Zertifikat wird verwendet</translation>
    </message>
    <message>
        <source>New connections use it from now on.</source>
        <translation>Neue Verbindungen verwenden es ab jetzt.</translation>
    </message>
    <message>
        <source>Reading the certificate…</source>
        <translation>Zertifikat wird gelesen…</translation>
    </message>
    <message>
        <source>this server itself</source>
        <translation>dieser Server selbst</translation>
    </message>
    <message>
        <source>For: %1
Issued by: %2
Valid until: %3</source>
        <translation>Für: %1
Ausgestellt von: %2
Gültig bis: %3</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::CertificateReviewPage</name>
    <message>
        <source>Ready to change the certificate</source>
        <translation>Bereit, das Zertifikat zu ändern</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Apply makes this change; Cancel leaves everything as it was.</source>
        <translation>Noch hat sich nichts geändert. „Anwenden“ nimmt diese Änderung vor; „Abbrechen“ lässt alles, wie es war.</translation>
    </message>
    <message>
        <source>Certificate request in progress</source>
        <translation>Zertifikatsanforderung läuft</translation>
    </message>
    <message>
        <source>Ask Let&apos;s Encrypt for a certificate for %1, with %2 as the contact address. It replaces the certificate in use as soon as it is issued, without dropping connections, and is renewed by itself.</source>
        <translation>Bei Let&apos;s Encrypt ein Zertifikat für %1 anfordern, mit %2 als Kontaktadresse. Es ersetzt das verwendete Zertifikat, sobald es ausgestellt ist, ohne Verbindungen zu trennen, und wird selbstständig erneuert.</translation>
    </message>
    <message>
        <source>Check the certificate against the key of the request made on this server, then use it.</source>
        <translation>Das Zertifikat mit dem Schlüssel der auf diesem Server erstellten Anforderung abgleichen und es dann verwenden.</translation>
    </message>
    <message>
        <source>Check the certificate, its key and chain, then use them in place of the certificate in use.</source>
        <translation>Das Zertifikat, seinen Schlüssel und die Kette prüfen und sie dann anstelle des verwendeten Zertifikats einsetzen.</translation>
    </message>
    <message>
        <source>Make a new self-signed certificate for %1 and use it in place of the certificate in use.</source>
        <translation>Ein neues selbstsigniertes Zertifikat für %1 erstellen und es anstelle des verwendeten Zertifikats einsetzen.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::CertificateWizard</name>
    <message>
        <source>“%1” is not a host name: write it as mail.example.org.</source>
        <translation>„%1“ ist kein Hostname: Schreiben Sie ihn in der Form mail.example.org.</translation>
    </message>
    <message>
        <source>Certificates Wizard</source>
        <translation>Zertifikats-Assistent</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Opening the account at the certificate authority…</source>
        <extracomment>ACME progress step</extracomment>
        <translation>Konto bei der Zertifizierungsstelle wird eröffnet…</translation>
    </message>
    <message>
        <source>Ordering the certificate…</source>
        <extracomment>ACME progress step</extracomment>
        <translation>Zertifikat wird bestellt…</translation>
    </message>
    <message>
        <source>Proving the names are yours: the certificate authority connects to this server…</source>
        <extracomment>ACME progress step: the CA connects to this server to check the names</extracomment>
        <translation>Nachweis, dass die Namen Ihnen gehören: Die Zertifizierungsstelle verbindet sich mit diesem Server…</translation>
    </message>
    <message>
        <source>The names are proven.</source>
        <extracomment>ACME progress step</extracomment>
        <translation>Die Namen sind nachgewiesen.</translation>
    </message>
    <message>
        <source>Asking for the signed certificate…</source>
        <extracomment>ACME progress step</extracomment>
        <translation>Signiertes Zertifikat wird angefordert…</translation>
    </message>
    <message>
        <source>Downloading the certificate…</source>
        <extracomment>ACME progress step</extracomment>
        <translation>Zertifikat wird heruntergeladen…</translation>
    </message>
    <message>
        <source>The certificate is issued and in use.</source>
        <extracomment>ACME progress step</extracomment>
        <translation>Das Zertifikat ist ausgestellt und wird verwendet.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <extracomment>ACME progress step</extracomment>
        <translation>Die Anforderung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::ChoicePage</name>
    <message>
        <source>A machine on &amp;my network</source>
        <translation>Ein Rechner in &amp;meinem Netzwerk</translation>
    </message>
    <message>
        <source>A computer &amp;elsewhere</source>
        <translation>Ein Rechner &amp;anderswo</translation>
    </message>
    <message>
        <source>Which machine should send mail through this server?</source>
        <translation>Welcher Rechner soll E-Mails über diesen Server senden?</translation>
    </message>
    <message>
        <source>Printers, scanners, servers and other computers can hand their mail to this server, which delivers it for them. Choose where the machine is.</source>
        <translation>Drucker, Scanner, Server und andere Rechner können ihre E-Mails an diesen Server übergeben, der sie für sie zustellt. Wählen Sie, wo sich der Rechner befindet.</translation>
    </message>
    <message>
        <source>A machine on my network</source>
        <translation>Ein Rechner in meinem Netzwerk</translation>
    </message>
    <message>
        <source>It sends without a password: this server recognises it by its IP address. For printers, scanners and computers at home or in the office.</source>
        <translation>Er sendet ohne Passwort: Dieser Server erkennt ihn an seiner IP-Adresse. Für Drucker, Scanner und Rechner zu Hause oder im Büro.</translation>
    </message>
    <message>
        <source>A computer elsewhere</source>
        <translation>Ein Rechner anderswo</translation>
    </message>
    <message>
        <source>It logs in with a name and password of its own, so it can send from anywhere: a laptop, or a server at a hosting company.</source>
        <translation>Er meldet sich mit eigenem Namen und Passwort an und kann so von überall senden: ein Laptop oder ein Server bei einem Hoster.</translation>
    </message>
    <message>
        <source>In sendmail: a RELAY line in the access file, or a client with this server as its SMART_HOST and an AuthInfo line with its login.</source>
        <translation>In sendmail: eine RELAY-Zeile in der access-Datei, oder ein Client mit diesem Server als SMART_HOST und einer AuthInfo-Zeile mit seiner Anmeldung.</translation>
    </message>
    <message>
        <source>The wizard could not ask the engine about this server.</source>
        <translation>Der Assistent konnte die Engine nicht nach diesem Server fragen.</translation>
    </message>
    <message>
        <source>A computer elsewhere needs an account in one of your domains: add a domain on the Mailboxes &amp; Domains page first.</source>
        <translation>Ein Rechner anderswo braucht ein Konto in einer Ihrer Domains: Fügen Sie zuerst auf der Seite „Postfächer &amp; Domains“ eine Domain hinzu.</translation>
    </message>
    <message>
        <source>A computer elsewhere logs in on the submission port, and this server has it switched off.</source>
        <translation>Ein Rechner anderswo meldet sich am Submission-Port an, und dieser Server hat ihn ausgeschaltet.</translation>
    </message>
    <message>
        <source>This server does not listen for incoming mail (the MTA listener is off), so machines on your network cannot send through it.</source>
        <translation>Dieser Server nimmt keine eingehenden E-Mails an (der MTA-Listener ist aus), daher können Rechner in Ihrem Netzwerk nicht über ihn senden.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::ConfigurationPage</name>
    <message>
        <source>Set up the machine</source>
        <translation>Den Rechner einrichten</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>Erzeugtes Passwort</translation>
    </message>
    <message>
        <source>Copy Pass&amp;word</source>
        <translation>Pass&amp;wort kopieren</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Das Passwort kopieren</translation>
    </message>
    <message>
        <source>Configuration for the machine&apos;s mail program</source>
        <translation>Konfiguration für das E-Mail-Programm des Rechners</translation>
    </message>
    <message>
        <source>sendmail</source>
        <extracomment>Product name</extracomment>
        <translation>sendmail</translation>
    </message>
    <message>
        <source>Postfix</source>
        <extracomment>Product name</extracomment>
        <translation>Postfix</translation>
    </message>
    <message>
        <source>msmtp</source>
        <extracomment>Product name</extracomment>
        <translation>msmtp</translation>
    </message>
    <message>
        <source>Thunderbird</source>
        <extracomment>Product name</extracomment>
        <translation>Thunderbird</translation>
    </message>
    <message>
        <source>%1 configuration</source>
        <translation>%1-Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 configuration</source>
        <translation>Die %1-Konfiguration kopieren</translation>
    </message>
    <message>
        <source>The account %1 is ready. Enter these settings on the computer. The password is shown only now: copy it before you close this window, Doorstep does not keep it.</source>
        <translation>Das Konto %1 ist bereit. Geben Sie diese Einstellungen auf dem Rechner ein. Das Passwort wird nur jetzt angezeigt: Kopieren Sie es, bevor Sie dieses Fenster schließen, Doorstep speichert es nicht.</translation>
    </message>
    <message>
        <source>%1 may now send mail through this server. Enter these settings on the machine; it needs no password.</source>
        <translation>%1 darf jetzt E-Mails über diesen Server senden. Geben Sie diese Einstellungen auf dem Rechner ein; er braucht kein Passwort.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::DdnsPage</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Your address on the Internet</source>
        <translation>Ihre Adresse im Internet</translation>
    </message>
    <message>
        <source>Most home lines get a new address now and then. A dynamic DNS provider keeps your host name pointed at it: Doorstep tells the provider each time the address changes.</source>
        <translation>Die meisten Privatanschlüsse erhalten ab und zu eine neue Adresse. Ein Anbieter für dynamisches DNS lässt Ihren Hostnamen stets auf sie zeigen: Doorstep teilt dem Anbieter jede Änderung der Adresse mit.</translation>
    </message>
    <message>
        <source>None: my address does not change, or I update the DNS myself</source>
        <translation>Keiner: Meine Adresse ändert sich nicht, oder ich aktualisiere das DNS selbst</translation>
    </message>
    <message>
        <source>Namecheap</source>
        <translation>Namecheap</translation>
    </message>
    <message>
        <source>DynDNS2 (No-IP, Dyn, a router&apos;s “custom” provider)</source>
        <extracomment>Dynamic DNS provider: the DynDNS2 protocol that No-IP, Dyn and many routers speak</extracomment>
        <translation>DynDNS2 (No-IP, Dyn, der „benutzerdefinierte“ Anbieter eines Routers)</translation>
    </message>
    <message>
        <source>DuckDNS</source>
        <translation>DuckDNS</translation>
    </message>
    <message>
        <source>Cloudflare</source>
        <translation>Cloudflare</translation>
    </message>
    <message>
        <source>My own DNS server (RFC 2136 with a TSIG key)</source>
        <extracomment>Dynamic DNS provider: your own DNS server, updated with RFC 2136 and a TSIG key</extracomment>
        <translation>Mein eigener DNS-Server (RFC 2136 mit einem TSIG-Schlüssel)</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>D&amp;omain at the provider:</source>
        <translation>D&amp;omain beim Anbieter:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>TSIG &amp;key name:</source>
        <translation>TSIG-Schlüssel&amp;name:</translation>
    </message>
    <message>
        <source>TSIG &amp;algorithm:</source>
        <translation>TSIG-A&amp;lgorithmus:</translation>
    </message>
    <message>
        <source>TSIG s&amp;ecret:</source>
        <translation>TSIG-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Save these provider settings and send one real update now; the provider&apos;s answer appears here</source>
        <translation>Diese Anbietereinstellungen speichern und jetzt eine echte Aktualisierung senden; die Antwort des Anbieters erscheint hier</translation>
    </message>
    <message>
        <source>In the seed&apos;s setup: ddclient, run every hour (ddns.interval).</source>
        <translation>In der bisherigen Einrichtung: ddclient, stündlich ausgeführt (ddns.interval).</translation>
    </message>
    <message>
        <source>Looking up your public address…</source>
        <translation>Ihre öffentliche Adresse wird ermittelt…</translation>
    </message>
    <message>
        <source>Your public address could not be read: %1</source>
        <translation>Ihre öffentliche Adresse konnte nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>Your public address is %1.</source>
        <translation>Ihre öffentliche Adresse ist %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Your public address is not known: %1</source>
        <translation>Ihre öffentliche Adresse ist nicht bekannt: %1</translation>
    </message>
    <message>
        <source>Your public address is looked up when the first update or check runs.</source>
        <translation>Ihre öffentliche Adresse wird bei der ersten Aktualisierung oder Prüfung ermittelt.</translation>
    </message>
    <message>
        <source>Then the host name&apos;s address record is yours to keep right; the health check on the last page says when it is not.</source>
        <translation>Dann müssen Sie selbst dafür sorgen, dass der Adresseintrag des Hostnamens stimmt; die Prüfung auf der letzten Seite zeigt an, wenn er nicht stimmt.</translation>
    </message>
    <message>
        <source>mail, or @ for the domain itself</source>
        <translation>mail, oder @ für die Domain selbst</translation>
    </message>
    <message>
        <source>Dynamic DNS pass&amp;word:</source>
        <translation>Pass&amp;wort für dynamisches DNS:</translation>
    </message>
    <message>
        <source>In Namecheap&apos;s Advanced DNS page, turn on Dynamic DNS and copy its password (not your account password).</source>
        <translation>Schalten Sie auf der Namecheap-Seite „Advanced DNS“ Dynamic DNS ein und kopieren Sie das dortige Passwort (nicht Ihr Kontopasswort).</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <source>home.example.org</source>
        <translation>home.example.org</translation>
    </message>
    <message>
        <source>the provider&apos;s update server, such as dynupdate.no-ip.com</source>
        <translation>der Aktualisierungsserver des Anbieters, z. B. dynupdate.no-ip.com</translation>
    </message>
    <message>
        <source>No-IP, Dyn and many others speak this protocol: your account&apos;s user name and password (or its update key).</source>
        <translation>No-IP, Dyn und viele andere sprechen dieses Protokoll: Benutzername und Passwort Ihres Kontos (oder sein Update-Schlüssel).</translation>
    </message>
    <message>
        <source>&amp;Subdomain:</source>
        <translation>&amp;Subdomain:</translation>
    </message>
    <message>
        <source>myhome (for myhome.duckdns.org)</source>
        <translation>zuhause (für zuhause.duckdns.org)</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Your DuckDNS token is on duckdns.org once you are logged in.</source>
        <translation>Ihr DuckDNS-Token finden Sie auf duckdns.org, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>Make an API token in Cloudflare&apos;s dashboard with the permission Zone · DNS · Edit for this domain.</source>
        <translation>Erstellen Sie im Cloudflare-Dashboard ein API-Token mit der Berechtigung Zone · DNS · Edit für diese Domain.</translation>
    </message>
    <message>
        <source>ns1.example.org or 192.0.2.53:53</source>
        <translation>ns1.example.org oder 192.0.2.53:53</translation>
    </message>
    <message>
        <source>Your DNS server must allow this key to update the zone (BIND: allow-update { key NAME; };).</source>
        <translation>Ihr DNS-Server muss diesem Schlüssel erlauben, die Zone zu aktualisieren (BIND: allow-update { key NAME; };).</translation>
    </message>
    <message>
        <source>Enter the name to keep up to date.</source>
        <translation>Geben Sie den Namen ein, der aktuell gehalten werden soll.</translation>
    </message>
    <message>
        <source>Enter the domain as the provider knows it, such as example.org.</source>
        <translation>Geben Sie die Domain so ein, wie der Anbieter sie kennt, z. B. example.org.</translation>
    </message>
    <message>
        <source>Enter the user name of your account at the provider.</source>
        <translation>Geben Sie den Benutzernamen Ihres Kontos beim Anbieter ein.</translation>
    </message>
    <message>
        <source>Enter the DNS server that takes the updates.</source>
        <translation>Geben Sie den DNS-Server ein, der die Aktualisierungen annimmt.</translation>
    </message>
    <message>
        <source>Enter the TSIG key&apos;s name.</source>
        <translation>Geben Sie den Namen des TSIG-Schlüssels ein.</translation>
    </message>
    <message>
        <source>Sending an update…</source>
        <translation>Aktualisierung wird gesendet…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>%1 is the provider&apos;s answer or the engine&apos;s refusal, a sentence</extracomment>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>It works: %1</source>
        <extracomment>%1 is the provider&apos;s answer, a sentence</extracomment>
        <translation>Es funktioniert: %1</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::DomainNamePage</name>
    <message>
        <source>Your domain</source>
        <translation>Ihre Domain</translation>
    </message>
    <message>
        <source>The domain is what your mail addresses end in (you@example.org). The host name is this server&apos;s own name on the Internet: the domain&apos;s mail is sent to it.</source>
        <translation>Die Domain ist das, worauf Ihre E-Mail-Adressen enden (sie@example.org). Der Hostname ist der eigene Name dieses Servers im Internet: Die E-Mails der Domain werden an ihn gesendet.</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <source>&amp;Host name of this server:</source>
        <translation>&amp;Hostname dieses Servers:</translation>
    </message>
    <message>
        <source>In sendmail: local-host-names and confDOMAIN_NAME (Dj).</source>
        <translation>In sendmail: local-host-names und confDOMAIN_NAME (Dj).</translation>
    </message>
    <message>
        <source>The engine&apos;s settings could not be read.</source>
        <translation>Die Einstellungen der Engine konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Enter your domain, such as example.org.</source>
        <translation>Geben Sie Ihre Domain ein, z. B. example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name: write it as example.org.</source>
        <translation>„%1“ ist kein Domainname: Schreiben Sie ihn in der Form example.org.</translation>
    </message>
    <message>
        <source>Enter this server&apos;s name, such as mail.example.org.</source>
        <translation>Geben Sie den Namen dieses Servers ein, z. B. mail.example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a host name: write it as mail.example.org.</source>
        <translation>„%1“ ist kein Hostname: Schreiben Sie ihn in der Form mail.example.org.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::DomainRecordsPage</name>
    <message>
        <source>Check &amp;Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Publish these records</source>
        <translation>Diese Einträge veröffentlichen</translation>
    </message>
    <message>
        <source>Add the records below at the company that runs your domain&apos;s DNS (where you bought it), with Copy and paste. New records take minutes to hours to show: this page checks again every minute until all are right. You can also close it and check on the Internet page.</source>
        <translation>Tragen Sie die Einträge unten per Kopieren und Einfügen bei der Firma ein, die das DNS Ihrer Domain betreibt (dort, wo Sie die Domain gekauft haben). Neue Einträge brauchen Minuten bis Stunden, bis sie sichtbar werden: Diese Seite prüft jede Minute erneut, bis alle stimmen. Sie können sie auch schließen und auf der Seite „Internet“ prüfen.</translation>
    </message>
    <message>
        <source>Copied to the clipboard:</source>
        <translation>In die Zwischenablage kopiert:</translation>
    </message>
    <message>
        <source>Checked at %1: everything is right.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>Geprüft um %1: Alles stimmt.</translation>
    </message>
    <message>
        <source>Checked at %1; checking again every minute.</source>
        <translation>Geprüft um %1; es wird jede Minute erneut geprüft.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::DomainReviewPage</name>
    <message>
        <source>Ready to make the change</source>
        <translation>Bereit für die Änderung</translation>
    </message>
    <message>
        <source>Apply makes these changes; Cancel leaves everything as it was (a Test already saved the provider&apos;s settings).</source>
        <translation>„Anwenden“ nimmt diese Änderungen vor; „Abbrechen“ lässt alles, wie es war (ein Test hat die Anbietereinstellungen bereits gespeichert).</translation>
    </message>
    <message>
        <source>• Receive mail for %1.</source>
        <translation>• E-Mails für %1 empfangen.</translation>
    </message>
    <message>
        <source>• This server&apos;s host name becomes %1.</source>
        <translation>• Der Hostname dieses Servers wird %1.</translation>
    </message>
    <message>
        <source>• No dynamic DNS: you keep the address record of %1 right yourself.</source>
        <translation>• Kein dynamisches DNS: Sie halten den Adresseintrag von %1 selbst aktuell.</translation>
    </message>
    <message>
        <source>• Keep %1 pointed at this line&apos;s address through %2.</source>
        <translation>• %1 über %2 stets auf die Adresse dieses Anschlusses zeigen lassen.</translation>
    </message>
    <message>
        <source>Then the next page shows the DNS records to publish, and checks them until all are right.</source>
        <translation>Danach zeigt die nächste Seite die zu veröffentlichenden DNS-Einträge und prüft sie, bis alle stimmen.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::DomainWizard</name>
    <message>
        <source>Domain &amp; Dynamic DNS Wizard</source>
        <translation>Assistent für Domain &amp; dynamisches DNS</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::ElsewherePage</name>
    <message>
        <source>scanner</source>
        <comment>default name of a relay client&apos;s account</comment>
        <translation>scanner</translation>
    </message>
    <message>
        <source>A computer elsewhere</source>
        <translation>Ein Rechner anderswo</translation>
    </message>
    <message>
        <source>Doorstep makes an account for the computer: an address and a strong password it logs in with. You will see the password once, on the last page. Mail sent to the address lands in a mailbox of its own.</source>
        <translation>Doorstep legt ein Konto für den Rechner an: eine Adresse und ein starkes Passwort, mit denen er sich anmeldet. Sie sehen das Passwort einmal, auf der letzten Seite. An die Adresse gesendete E-Mails landen in einem eigenen Postfach.</translation>
    </message>
    <message>
        <source>Account name before the @</source>
        <translation>Kontoname vor dem @</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>Domain des Kontos</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>In sendmail: the client&apos;s authinfo file (“U:” and “P:”). The computer logs in with SMTP AUTH on the submission port.</source>
        <translation>In sendmail: die authinfo-Datei des Clients („U:“ und „P:“). Der Rechner meldet sich mit SMTP AUTH am Submission-Port an.</translation>
    </message>
    <message>
        <source>Add a domain first: the account&apos;s address belongs to one.</source>
        <translation>Fügen Sie zuerst eine Domain hinzu: Die Adresse des Kontos gehört zu einer.</translation>
    </message>
    <message>
        <source>Enter a name for the account, such as scanner or backup-server.</source>
        <translation>Geben Sie einen Namen für das Konto ein, zum Beispiel scanner oder backup-server.</translation>
    </message>
    <message>
        <source>Use letters, digits, dots, dashes and underscores only, such as scanner or backup-server.</source>
        <translation>Verwenden Sie nur Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche, zum Beispiel scanner oder backup-server.</translation>
    </message>
    <message>
        <source>There is already a user %1. Choose another name, such as %2.</source>
        <translation>Es gibt bereits einen Benutzer %1. Wählen Sie einen anderen Namen, zum Beispiel %2.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholds::BackendPage</name>
    <message>
        <source>&amp;Built-in checks</source>
        <translation>&amp;Eingebaute Prüfungen</translation>
    </message>
    <message>
        <source>&amp;SpamAssassin (spamd)</source>
        <translation>&amp;SpamAssassin (spamd)</translation>
    </message>
    <message>
        <source>&amp;rspamd</source>
        <translation>&amp;rspamd</translation>
    </message>
    <message>
        <source>Spam scoring is off at the moment. Applying this wizard turns it on.</source>
        <translation>Die Spam-Bewertung ist zurzeit aus. Wenn Sie diesen Assistenten anwenden, wird sie eingeschaltet.</translation>
    </message>
    <message>
        <source>&amp;Use it anyway: mail is accepted unscanned while it does not answer</source>
        <translation>&amp;Trotzdem verwenden: Solange er nicht antwortet, wird Mail ungeprüft angenommen</translation>
    </message>
    <message>
        <source>Who scores your mail?</source>
        <translation>Wer bewertet Ihre Mail?</translation>
    </message>
    <message>
        <source>Every message that arrives gets a spam score: each sign of spam adds points. Choose what does the scoring. Before you go on, Doorstep checks that it answers.</source>
        <translation>Jede ankommende Nachricht erhält eine Spam-Bewertung: Jedes Anzeichen von Spam bringt Punkte. Wählen Sie, wer bewertet. Bevor es weitergeht, prüft Doorstep, ob er antwortet.</translation>
    </message>
    <message>
        <source>Works at once, with nothing else to install. It recognises the GTUBE test message, messages without a date, message ID or subject, and senders on DNS blocklists. It catches less spam than the other two.</source>
        <translation>Funktioniert sofort, ohne weitere Installation. Erkennt die GTUBE-Testnachricht, Nachrichten ohne Datum, Message-ID oder Betreff und Absender auf DNS-Sperrlisten. Fängt weniger Spam als die beiden anderen.</translation>
    </message>
    <message>
        <source>SpamAssassin, the spam filter of many sendmail setups, with thousands of rules. It must be installed and running, here or on another machine (on Debian: the package spamd); Doorstep hands it every message and takes its score.</source>
        <translation>SpamAssassin, der Spamfilter vieler sendmail-Installationen, mit Tausenden von Regeln. Er muss installiert sein und laufen, hier oder auf einem anderen Rechner (unter Debian: das Paket spamd); Doorstep übergibt ihm jede Nachricht und übernimmt seine Bewertung.</translation>
    </message>
    <message>
        <source>A fast, modern spam filter. It must be installed and running, here or on another machine (on Debian: the package rspamd); Doorstep hands it every message and takes its score.</source>
        <translation>Ein schneller, moderner Spamfilter. Er muss installiert sein und laufen, hier oder auf einem anderen Rechner (unter Debian: das Paket rspamd); Doorstep übergibt ihm jede Nachricht und übernimmt seine Bewertung.</translation>
    </message>
    <message>
        <source>Where it listens</source>
        <translation>Erreichbar unter</translation>
    </message>
    <message>
        <source>As host:port. Leave it empty for its usual place on this machine.</source>
        <translation>Als Host:Port. Leer lassen für den üblichen Ort auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Where it &amp;listens:</source>
        <translation>Erreichbar &amp;unter:</translation>
    </message>
    <message>
        <source>In sendmail: spamass-milter handing mail to SpamAssassin&apos;s spamd, or rspamd&apos;s milter. The built-in checks are Doorstep&apos;s own.</source>
        <translation>In sendmail: spamass-milter, der Mail an spamd von SpamAssassin übergibt, oder der Milter von rspamd. Die eingebauten Prüfungen sind Doorsteps eigene.</translation>
    </message>
    <message>
        <source>The wizard could not read the spam settings.</source>
        <translation>Der Assistent konnte die Spam-Einstellungen nicht lesen.</translation>
    </message>
    <message>
        <source>Trying the built-in checks with a test message…</source>
        <translation>Die eingebauten Prüfungen werden mit einer Testnachricht ausprobiert…</translation>
    </message>
    <message numerus="yes">
        <source>Asking %1 at %2 to score a test message… (it has up to %n second(s) to answer)</source>
        <translation>
            <numerusform>%1 unter %2 wird gebeten, eine Testnachricht zu bewerten… (Antwortzeit bis zu %n Sekunde)</numerusform>
            <numerusform>%1 unter %2 wird gebeten, eine Testnachricht zu bewerten… (Antwortzeit bis zu %n Sekunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not answer. Start it, correct the address, or choose the built-in checks. The engine says: %2</source>
        <translation>%1 antwortet nicht. Starten Sie ihn, korrigieren Sie die Adresse oder wählen Sie die eingebauten Prüfungen. Die Engine meldet: %2</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholds::ReviewPage</name>
    <message>
        <source>Ready to save</source>
        <translation>Bereit zum Speichern</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Apply saves these settings at once, and the next message that arrives is scored with them; Cancel leaves everything as it was.</source>
        <translation>Noch hat sich nichts geändert. „Anwenden“ speichert diese Einstellungen auf einmal, und die nächste ankommende Nachricht wird damit bewertet; „Abbrechen“ lässt alles, wie es war.</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A setting&apos;s value now → after applying</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <translation>%1: von %2 zu %3</translation>
    </message>
    <message>
        <source>Nothing to change: these are the settings in effect. Apply closes the wizard.</source>
        <translation>Nichts zu ändern: Das sind die geltenden Einstellungen. „Anwenden“ schließt den Assistenten.</translation>
    </message>
    <message>
        <source>Apply changes these spam settings:</source>
        <translation>„Anwenden“ ändert diese Spam-Einstellungen:</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholds::SpamHandlingPage</name>
    <message>
        <source>What happens to spam?</source>
        <translation>Was geschieht mit Spam?</translation>
    </message>
    <message>
        <source>Spam is not thrown away: it is filed into a folder of its own in each mailbox, beside the inbox, where people can look for a message that was taken for spam by mistake. Its subject can start with a tag, so that it stands out in any mail program.</source>
        <translation>Spam wird nicht weggeworfen: Er wird in jedem Postfach in einem eigenen Ordner neben dem Posteingang abgelegt, wo man nach einer Nachricht suchen kann, die irrtümlich für Spam gehalten wurde. Sein Betreff kann mit einem Kennzeichen beginnen, damit er in jedem Mailprogramm auffällt.</translation>
    </message>
    <message>
        <source>Subject tag</source>
        <translation>Betreff-Kennzeichen</translation>
    </message>
    <message>
        <source>Empty: leave the subject alone</source>
        <translation>Leer: Betreff unverändert lassen</translation>
    </message>
    <message>
        <source>Subject &amp;tag:</source>
        <translation>Betreff-&amp;Kennzeichen:</translation>
    </message>
    <message>
        <source>Put before the subject of spam, such as [SPAM]. Empty: subjects stay as they are.</source>
        <translation>Wird dem Betreff von Spam vorangestellt, etwa [SPAM]. Leer: Betreffzeilen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Spam folder</source>
        <translation>Spamordner</translation>
    </message>
    <message>
        <source>Spam &amp;folder:</source>
        <translation>Spam&amp;ordner:</translation>
    </message>
    <message>
        <source>The folder in each mailbox that spam goes to; mail programs show it beside the inbox.</source>
        <translation>Der Ordner in jedem Postfach, in den Spam kommt; Mailprogramme zeigen ihn neben dem Posteingang.</translation>
    </message>
    <message>
        <source>In the seed&apos;s setup: SpamAssassin&apos;s rewrite_header Subject, and procmail filing spam into the spamtrap folder.</source>
        <translation>In der bisherigen Einrichtung: rewrite_header Subject von SpamAssassin, und procmail, das Spam im Ordner spamtrap ablegt.</translation>
    </message>
    <message>
        <source>Enter a folder name, such as spamtrap or Junk.</source>
        <translation>Geben Sie einen Ordnernamen ein, etwa spamtrap oder Junk.</translation>
    </message>
    <message>
        <source>A folder name cannot start with a dot or contain “/” or “..”. Use a plain name, such as spamtrap or Junk.</source>
        <translation>Ein Ordnername darf nicht mit einem Punkt beginnen und weder „/“ noch „..“ enthalten. Verwenden Sie einen einfachen Namen, etwa spamtrap oder Junk.</translation>
    </message>
    <message>
        <source>A folder name cannot contain control characters. Use a plain name, such as spamtrap or Junk.</source>
        <translation>Ein Ordnername darf keine Steuerzeichen enthalten. Verwenden Sie einen einfachen Namen, etwa spamtrap oder Junk.</translation>
    </message>
    <message>
        <source>Cheap watches</source>
        <translation>Billige Uhren</translation>
    </message>
    <message>
        <source>A spam message “%1” arrives as “%2” in the folder %3.</source>
        <translation>Eine Spam-Nachricht „%1“ kommt als „%2“ im Ordner %3 an.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholds::ThresholdsPage</name>
    <message>
        <source>Spam from score</source>
        <translation>Spam ab Bewertung</translation>
    </message>
    <message>
        <source>Refuse from score</source>
        <translation>Ablehnen ab Bewertung</translation>
    </message>
    <message>
        <source>When is a message spam?</source>
        <translation>Wann ist eine Nachricht Spam?</translation>
    </message>
    <message>
        <source>The more signs of spam a message shows, the higher its score. From the first score on it counts as spam: it is marked and filed away, and people can still look at it. From the second it is refused when it arrives, and nobody ever sees it.</source>
        <translation>Je mehr Anzeichen von Spam eine Nachricht zeigt, desto höher ihre Bewertung. Ab der ersten Bewertung gilt sie als Spam: Sie wird markiert und abgelegt, und man kann sie sich noch ansehen. Ab der zweiten wird sie beim Eintreffen abgelehnt, und niemand bekommt sie je zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Spam from score:</source>
        <translation>&amp;Spam ab Bewertung:</translation>
    </message>
    <message>
        <source>5.0 is SpamAssassin&apos;s usual choice. Lower catches more spam, and more good mail by mistake; higher lets more spam into the inbox.</source>
        <translation>5,0 ist die übliche Wahl von SpamAssassin. Niedriger fängt mehr Spam – und aus Versehen mehr gute Mail; höher lässt mehr Spam in den Posteingang.</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>The reject threshold&apos;s value that turns refusing off</extracomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>&amp;Refuse from score:</source>
        <translation>Ab&amp;lehnen ab Bewertung:</translation>
    </message>
    <message>
        <source>Refusing is final, so choose a score well above the first one, such as 15, or Never (0) to keep all spam in the spam folder.</source>
        <translation>Ablehnen ist endgültig, wählen Sie also eine Bewertung deutlich über der ersten, etwa 15, oder Nie (0), um allen Spam im Spamordner zu behalten.</translation>
    </message>
    <message>
        <source>In SpamAssassin: required_score in local.cf (the seed&apos;s 5.0). Refusing is what spamass-milter&apos;s -r option did.</source>
        <translation>In SpamAssassin: required_score in local.cf (bisher 5.0). Ablehnen entspricht der Option -r von spamass-milter.</translation>
    </message>
    <message>
        <source>At 0 every message would count as spam. Choose a score above 0, such as 5.0.</source>
        <translation>Bei 0 würde jede Nachricht als Spam gelten. Wählen Sie eine Bewertung über 0, etwa 5,0.</translation>
    </message>
    <message>
        <source>Refusing must start above %1, where spam starts, or be Never: otherwise spam is refused before anyone could find it in the spam folder.</source>
        <translation>Das Ablehnen muss über %1 beginnen, wo Spam beginnt, oder Nie sein: Sonst wird Spam abgelehnt, bevor ihn jemand im Spamordner finden könnte.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholds::TryPage</name>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>See what your choices do before anything is saved. Paste a whole message — its header lines, an empty line, then the text — or take one of the samples, and score it. Nothing is delivered. You can also go on without trying.</source>
        <translation>Sehen Sie, was Ihre Wahl bewirkt, bevor etwas gespeichert wird. Fügen Sie eine ganze Nachricht ein – ihre Kopfzeilen, eine Leerzeile, dann den Text – oder nehmen Sie eines der Beispiele, und lassen Sie sie bewerten. Nichts wird zugestellt. Sie können auch ohne Ausprobieren weitermachen.</translation>
    </message>
    <message>
        <source>Scoring: %1. Spam from %2, refused from %3.</source>
        <translation>Bewertung: %1. Spam ab %2, abgelehnt ab %3.</translation>
    </message>
    <message>
        <source>Scoring: %1. Spam from %2, never refused.</source>
        <translation>Bewertung: %1. Spam ab %2, nie abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholdsWizard</name>
    <message>
        <source>Filter Thresholds Wizard</source>
        <translation>Filterschwellen-Assistent</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Spam scoring</source>
        <translation>Spam-Bewertung</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>Where it listens</source>
        <translation>Erreichbar unter</translation>
    </message>
    <message>
        <source>Spam from score</source>
        <translation>Spam ab Bewertung</translation>
    </message>
    <message>
        <source>Refused from score</source>
        <translation>Abgelehnt ab Bewertung</translation>
    </message>
    <message>
        <source>Subject tag</source>
        <translation>Betreff-Kennzeichen</translation>
    </message>
    <message>
        <source>Spam folder</source>
        <translation>Spamordner</translation>
    </message>
    <message>
        <source>Built-in checks</source>
        <translation>Eingebaute Prüfungen</translation>
    </message>
    <message>
        <source>SpamAssassin (spamd)</source>
        <extracomment>Product names</extracomment>
        <translation>SpamAssassin (spamd)</translation>
    </message>
    <message>
        <source>rspamd</source>
        <extracomment>Product name</extracomment>
        <translation>rspamd</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>the usual place</source>
        <translation>der übliche Ort</translation>
    </message>
    <message>
        <source>the usual place (%1)</source>
        <translation>der übliche Ort (%1)</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>Spam is refused from this score: never</extracomment>
        <translation>nie</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>No subject tag</extracomment>
        <translation>keines</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::ImportPage</name>
    <message>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Choose the files your certificate authority gave you, in PEM form (text that starts with “-----BEGIN”). The key may be left empty when the request was made here (doorstepctl cert request).</source>
        <translation>Wählen Sie die Dateien, die Sie von Ihrer Zertifizierungsstelle erhalten haben, im PEM-Format (Text, der mit „-----BEGIN“ beginnt). Der Schlüssel kann leer bleiben, wenn die Anforderung hier erstellt wurde (doorstepctl cert request).</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei des privaten Schlüssels</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>C&amp;hain (intermediates):</source>
        <translation>&amp;Kette (Zwischenzertifikate):</translation>
    </message>
    <message>
        <source>Chain file</source>
        <translation>Kettendatei</translation>
    </message>
    <message>
        <source>Choose the chain</source>
        <translation>Kette auswählen</translation>
    </message>
    <message>
        <source>In sendmail: confSERVER_CERT, confSERVER_KEY and confCACERT.</source>
        <translation>In sendmail: confSERVER_CERT, confSERVER_KEY und confCACERT.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the %1</source>
        <translation>Durchsuchen: %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation>Wählen Sie die Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a PEM file: it should be text that starts with “-----BEGIN”.</source>
        <translation>%1 ist keine PEM-Datei: Sie sollte Text enthalten, der mit „-----BEGIN“ beginnt.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::NetworkPage</name>
    <message>
        <source>A machine on my network</source>
        <translation>Ein Rechner in meinem Netzwerk</translation>
    </message>
    <message>
        <source>Enter the machine&apos;s IP address, or a network to let every machine in it send. List only machines you control: they may send mail to anyone through this server without a password.</source>
        <translation>Geben Sie die IP-Adresse des Rechners ein, oder ein Netzwerk, damit jeder Rechner darin senden darf. Tragen Sie nur Rechner ein, die Sie kontrollieren: Diese dürfen über diesen Server ohne Passwort E-Mails an jeden senden.</translation>
    </message>
    <message>
        <source>192.168.1.20 or 192.168.1.0/24</source>
        <extracomment>Examples of an IP address and a network</extracomment>
        <translation>192.168.1.20 oder 192.168.1.0/24</translation>
    </message>
    <message>
        <source>IP address or network</source>
        <translation>IP-Adresse oder Netzwerk</translation>
    </message>
    <message>
        <source>&amp;IP address or network:</source>
        <translation>&amp;IP-Adresse oder Netzwerk:</translation>
    </message>
    <message>
        <source>Scanner in the office</source>
        <translation>Scanner im Büro</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Kommentar (optional):</translation>
    </message>
    <message>
        <source>In sendmail: the access file, such as “Connect:192.168.1 RELAY”.</source>
        <translation>In sendmail: die access-Datei, etwa „Connect:192.168.1 RELAY“.</translation>
    </message>
    <message>
        <source>Write an address such as 192.168.1.20 or a network such as 192.168.1.0/24.</source>
        <translation>Schreiben Sie eine Adresse wie 192.168.1.20 oder ein Netzwerk wie 192.168.1.0/24.</translation>
    </message>
    <message>
        <source>Enter the machine&apos;s IP address or network.</source>
        <translation>Geben Sie die IP-Adresse oder das Netzwerk des Rechners ein.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a network.</source>
        <translation>„%1“ ist kein Netzwerk.</translation>
    </message>
    <message>
        <source>A network this large would let a big part of the Internet send mail through your server. Enter a smaller one, such as 192.168.1.0/24.</source>
        <translation>Ein so großes Netzwerk würde einem großen Teil des Internets erlauben, E-Mails über Ihren Server zu senden. Geben Sie ein kleineres ein, zum Beispiel 192.168.1.0/24.</translation>
    </message>
    <message>
        <source>%1 is one address inside the network %2: enter %2 for the whole network, or %1 alone for one machine.</source>
        <translation>%1 ist eine einzelne Adresse im Netzwerk %2: Geben Sie %2 für das ganze Netzwerk ein, oder nur %1 für einen Rechner.</translation>
    </message>
    <message>
        <source>%1 is already a relay client. To change it, remove it on the Relay page first.</source>
        <translation>%1 ist bereits ein Relay-Client. Um ihn zu ändern, entfernen Sie ihn zuerst auf der Seite „Relay“.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::RelayClientWizard</name>
    <message>
        <source>Relay Client Wizard</source>
        <translation>Relay-Client-Assistent</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::ReviewPage</name>
    <message>
        <source>Ready to make the change</source>
        <translation>Bereit für die Änderung</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Apply makes this change; Cancel leaves everything as it was.</source>
        <translation>Noch hat sich nichts geändert. „Anwenden“ nimmt diese Änderung vor; „Abbrechen“ lässt alles, wie es war.</translation>
    </message>
    <message>
        <source>Add %1 to the relay clients: machines there may send mail to anyone through this server without a password.</source>
        <translation>%1 zu den Relay-Clients hinzufügen: Rechner dort dürfen über diesen Server ohne Passwort E-Mails an jeden senden.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Create the user %1 with a new, generated password. It can log in to send mail from anywhere, and mail to %1 is kept in its mailbox.</source>
        <translation>Den Benutzer %1 mit einem neuen, erzeugten Passwort anlegen. Er kann sich anmelden, um von überall E-Mails zu senden, und E-Mails an %1 landen in seinem Postfach.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::SelfSignedPage</name>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>This server signs its own certificate for these names, valid for ten years. Mail programs show its fingerprint once and ask whether to trust it.</source>
        <translation>Dieser Server signiert sein eigenes Zertifikat für diese Namen, zehn Jahre gültig. E-Mail-Programme zeigen einmal seinen Fingerabdruck und fragen, ob sie ihm vertrauen sollen.</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Namen:</translation>
    </message>
    <message>
        <source>Enter at least the host name, such as mail.example.org.</source>
        <translation>Geben Sie mindestens den Hostnamen ein, z. B. mail.example.org.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::WizardPage</name>
    <message>
        <source>Go back to change it.</source>
        <translation>Gehen Sie zurück, um es zu ändern.</translation>
    </message>
</context>
<context>
    <name>EngineState</name>
    <message>
        <source>OK</source>
        <extracomment>Engine state badge: everything works</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Starting</source>
        <extracomment>Engine state badge</extracomment>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Engine state badge: running with problems</extracomment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Not running</source>
        <extracomment>Engine state badge</extracomment>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <extracomment>Engine state badge: the engine cannot be contacted</extracomment>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>The engine is running.</source>
        <translation>Die Engine läuft.</translation>
    </message>
    <message>
        <source>The engine is starting.</source>
        <translation>Die Engine startet.</translation>
    </message>
    <message>
        <source>The engine is running with problems.</source>
        <translation>Die Engine läuft mit Problemen.</translation>
    </message>
    <message>
        <source>The engine is running with problems: %1</source>
        <translation>Die Engine läuft mit Problemen: %1</translation>
    </message>
    <message>
        <source>The engine reports a state this program does not know: &apos;%1&apos;.</source>
        <translation>Die Engine meldet einen Zustand, den dieses Programm nicht kennt: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No mail is received or delivered while the engine is stopped.</source>
        <translation>Solange die Engine gestoppt ist, werden keine E-Mails empfangen oder zugestellt.</translation>
    </message>
    <message>
        <source>The engine cannot be reached.</source>
        <translation>Die Engine ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The engine cannot be reached. %1</source>
        <translation>Die Engine ist nicht erreichbar. %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Engine state badge: a state this version does not know</extracomment>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Deferred</source>
        <extracomment>Event kind: delivery postponed, will retry</extracomment>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Bounced</source>
        <extracomment>Event kind: a message was returned to its sender</extracomment>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Greylisted</source>
        <translation>Greylisting</translation>
    </message>
    <message>
        <source>Virus</source>
        <translation>Virus</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Queue stuck</source>
        <translation>Warteschlange hängt</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>Filterproblem</translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>Zertifikat läuft ab</translation>
    </message>
    <message>
        <source>Certificate renewed</source>
        <translation>Zertifikat erneuert</translation>
    </message>
    <message>
        <source>Address changed</source>
        <extracomment>Event kind: the public IP address changed</extracomment>
        <translation>Adresse geändert</translation>
    </message>
    <message>
        <source>Health check</source>
        <extracomment>Event kind: a DNS/health check changed its result</extracomment>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <source>Configuration</source>
        <extracomment>Event kind: the configuration was changed</extracomment>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Bounced messages</source>
        <translation>Unzustellbare Nachrichten</translation>
    </message>
    <message>
        <source>Mail stuck in the queue</source>
        <translation>In der Warteschlange hängende E-Mails</translation>
    </message>
    <message>
        <source>Blocked viruses</source>
        <translation>Blockierte Viren</translation>
    </message>
    <message>
        <source>Filter problems</source>
        <translation>Filterprobleme</translation>
    </message>
    <message>
        <source>Certificates near expiry</source>
        <translation>Bald ablaufende Zertifikate</translation>
    </message>
    <message>
        <source>Public address changes</source>
        <translation>Änderungen der öffentlichen Adresse</translation>
    </message>
    <message>
        <source>Failing health checks</source>
        <translation>Fehlgeschlagene Zustandsprüfungen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) bounced</source>
        <translation>
            <numerusform>%n Nachricht unzustellbar</numerusform>
            <numerusform>%n Nachrichten unzustellbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stuck in the queue</source>
        <translation>
            <numerusform>%n Nachricht hängt in der Warteschlange</numerusform>
            <numerusform>%n Nachrichten hängen in der Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virus(es) blocked</source>
        <translation>
            <numerusform>%n Virus blockiert</numerusform>
            <numerusform>%n Viren blockiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter problem(s)</source>
        <translation>
            <numerusform>%n Filterproblem</numerusform>
            <numerusform>%n Filterprobleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) near expiry</source>
        <translation>
            <numerusform>%n Zertifikat läuft bald ab</numerusform>
            <numerusform>%n Zertifikate laufen bald ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The public address changed %n time(s)</source>
        <translation>
            <numerusform>Die öffentliche Adresse hat sich %n Mal geändert</numerusform>
            <numerusform>Die öffentliche Adresse hat sich %n Mal geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n health check(s) changed</source>
        <translation>
            <numerusform>%n Zustandsprüfung geändert</numerusform>
            <numerusform>%n Zustandsprüfungen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s): %1</source>
        <extracomment>%1 is an event kind such as &quot;Spam&quot;</extracomment>
        <translation>
            <numerusform>%n Ereignis: %1</numerusform>
            <numerusform>%n Ereignisse: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailbox access</source>
        <extracomment>Event kind: the IMAP server (Dovecot) started, stopped or failed</extracomment>
        <translation>Postfachzugriff</translation>
    </message>
    <message>
        <source>Mailbox access (IMAP) problems</source>
        <translation>Probleme beim Postfachzugriff (IMAP)</translation>
    </message>
    <message numerus="yes">
        <source>Mailbox access changed %n time(s)</source>
        <translation>
            <numerusform>Postfachzugriff hat sich %n Mal geändert</numerusform>
            <numerusform>Postfachzugriff hat sich %n Mal geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Evolution</name>
    <message>
        <source>%1 is already set up in Evolution.</source>
        <translation>%1 ist in Evolution bereits eingerichtet.</translation>
    </message>
    <message>
        <source>Could not create Evolution&apos;s settings folder %1.</source>
        <translation>Der Einstellungsordner %1 von Evolution konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write Evolution&apos;s settings in %1: %2</source>
        <translation>Die Einstellungen von Evolution in %1 konnten nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 was added to Evolution. Evolution asks for the mailbox&apos;s password when it first connects.</source>
        <translation>%1 wurde zu Evolution hinzugefügt. Evolution fragt beim ersten Verbinden nach dem Passwort des Postfachs.</translation>
    </message>
</context>
<context>
    <name>KMail</name>
    <message>
        <source>KMail&apos;s mail store (Akonadi) refused to set up the account: %1</source>
        <translation>Der Mailspeicher von KMail (Akonadi) hat das Einrichten des Kontos abgelehnt: %1</translation>
    </message>
    <message>
        <source>KMail&apos;s mail store (Akonadi) did not start the new IMAP account in time. Open KMail and check its accounts.</source>
        <translation>Der Mailspeicher von KMail (Akonadi) hat das neue IMAP-Konto nicht rechtzeitig gestartet. Öffnen Sie KMail und prüfen Sie seine Konten.</translation>
    </message>
    <message>
        <source>%1 is already set up in KMail.</source>
        <translation>%1 ist in KMail bereits eingerichtet.</translation>
    </message>
    <message>
        <source>KMail&apos;s mail store (Akonadi) is not running. Start KMail once, then try again.</source>
        <translation>Der Mailspeicher von KMail (Akonadi) läuft nicht. Starten Sie KMail einmal und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 was added to KMail for reading mail, but its outgoing server could not be added: %2</source>
        <translation>%1 wurde zu KMail zum Lesen von E-Mails hinzugefügt, aber sein Postausgangsserver konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>%1 was added to KMail for reading and sending mail. KMail asks for the mailbox&apos;s password when it first connects.</source>
        <translation>%1 wurde zu KMail zum Lesen und Senden von E-Mails hinzugefügt. KMail fragt beim ersten Verbinden nach dem Passwort des Postfachs.</translation>
    </message>
</context>
<context>
    <name>KMailSending</name>
    <message>
        <source>Could not read KMail&apos;s settings in %1: %2</source>
        <translation>Die Einstellungen von KMail in %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not write KMail&apos;s settings in %1: %2</source>
        <translation>Die Einstellungen von KMail in %1 konnten nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>KMail&apos;s settings in %1 are being changed by another program. Try again in a moment.</source>
        <translation>Die Einstellungen von KMail in %1 werden gerade von einem anderen Programm geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>KMail already has an outgoing server %1 (port %2) for %3.</source>
        <translation>KMail hat bereits einen Postausgangsserver %1 (Port %2) für %3.</translation>
    </message>
    <message>
        <source>KMail already has an identity for %1.</source>
        <translation>KMail hat bereits eine Identität für %1.</translation>
    </message>
    <message>
        <source>Could not create the settings folder %1.</source>
        <translation>Der Einstellungsordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>MailAccount</name>
    <message>
        <source>The server offers no IMAP for %1, so a mail program on this computer cannot be set up for it: turn on &apos;imap.enabled&apos; first.</source>
        <translation>Der Server bietet für %1 kein IMAP an, daher kann kein Mailprogramm auf diesem Computer dafür eingerichtet werden: Schalten Sie zuerst „imap.enabled“ ein.</translation>
    </message>
    <message>
        <source>The server offers no SMTP for %1, so a mail program on this computer cannot be set up for it: give &apos;listeners.smtps&apos; or &apos;listeners.submission&apos; an address first.</source>
        <translation>Der Server bietet für %1 kein SMTP an, daher kann kein Mailprogramm auf diesem Computer dafür eingerichtet werden: Geben Sie zuerst „listeners.smtps“ oder „listeners.submission“ eine Adresse.</translation>
    </message>
</context>
<context>
    <name>Thunderbird</name>
    <message>
        <source>Thunderbird is running. Quit Thunderbird, then try again: it writes its settings back when it quits, and the new account would be lost.</source>
        <translation>Thunderbird läuft. Beenden Sie Thunderbird und versuchen Sie es dann erneut: Es schreibt beim Beenden seine Einstellungen zurück, und das neue Konto ginge verloren.</translation>
    </message>
    <message>
        <source>Could not read Thunderbird&apos;s settings in %1: %2</source>
        <translation>Die Einstellungen von Thunderbird in %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is already set up in Thunderbird.</source>
        <translation>%1 ist in Thunderbird bereits eingerichtet.</translation>
    </message>
    <message>
        <source>Could not write Thunderbird&apos;s settings in %1: %2</source>
        <translation>Die Einstellungen von Thunderbird in %1 konnten nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 was added to Thunderbird. Start Thunderbird: it asks for the mailbox&apos;s password when it first connects.</source>
        <translation>%1 wurde zu Thunderbird hinzugefügt. Starten Sie Thunderbird: Es fragt beim ersten Verbinden nach dem Passwort des Postfachs.</translation>
    </message>
</context>
<context>
    <name>ThunderbirdProfile</name>
    <message>
        <source>Thunderbird has no profile on this computer yet. Start Thunderbird once, then try again.</source>
        <translation>Thunderbird hat auf diesem Computer noch kein Profil. Starten Sie Thunderbird einmal und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>TlsMode</name>
    <message>
        <source>Encrypt when offered</source>
        <extracomment>TLS mode: encrypt with STARTTLS when the server offers it</extracomment>
        <translation>Verschlüsseln, wenn angeboten</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <extracomment>TLS mode: STARTTLS required, never in the clear</extracomment>
        <translation>Immer verschlüsseln</translation>
    </message>
    <message>
        <source>Always encrypt, check certificate</source>
        <extracomment>TLS mode: STARTTLS required and the server&apos;s certificate checked</extracomment>
        <translation>Immer verschlüsseln, Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Encrypted from the start (port 465)</source>
        <extracomment>TLS mode: TLS from the first byte, as on port 465</extracomment>
        <translation>Von Anfang an verschlüsselt (Port 465)</translation>
    </message>
    <message>
        <source>Encrypts (STARTTLS) when the server offers it and sends in the clear otherwise; the certificate is not checked. Works with every server.</source>
        <translation>Verschlüsselt (STARTTLS), wenn der Server es anbietet, und sendet sonst unverschlüsselt; das Zertifikat wird nicht geprüft. Funktioniert mit jedem Server.</translation>
    </message>
    <message>
        <source>Sends only after STARTTLS, never in the clear; the certificate is not checked. For providers&apos; port 587.</source>
        <translation>Sendet nur nach STARTTLS, nie unverschlüsselt; das Zertifikat wird nicht geprüft. Für Port 587 von Anbietern.</translation>
    </message>
    <message>
        <source>Sends only after STARTTLS, and only to a server whose certificate is valid for its name.</source>
        <translation>Sendet nur nach STARTTLS und nur an einen Server, dessen Zertifikat für seinen Namen gültig ist.</translation>
    </message>
    <message>
        <source>Speaks TLS from the first byte, as providers&apos; port 465 (SMTPS) expects.</source>
        <translation>Spricht TLS ab dem ersten Byte, wie es Port 465 (SMTPS) von Anbietern erwartet.</translation>
    </message>
</context>
</TS>
