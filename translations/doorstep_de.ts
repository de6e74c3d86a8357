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
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
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
    <name>Doorstep::Ui::Pages::StatisticsChart</name>
    <message>
        <source>Mail of the last 7 days</source>
        <translation>E-Mails der letzten 7 Tage</translation>
    </message>
    <message>
        <source>Totals of the last 7 days: %1</source>
        <translation>Summen der letzten 7 Tage: %1</translation>
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
    <name>Doorstep::Ui::Widgets::StateBadge</name>
    <message>
        <source>Engine state: %1</source>
        <translation>Engine-Zustand: %1</translation>
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
</context>
</TS>
