<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
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
        <translation>Gebruik: doorstepctl [--session | --system] [--json] OPDRACHT [ARGUMENTEN]

Bestuurt de engine van de Doorstep-mailserver via D-Bus.

Opties (vóór OPDRACHT):
  --session   met een engine op de sessiebus praten (doorstepd --session)
  --system    met de systeem-engine praten (de standaard)
  --json      resultaten als JSON tonen, voor scripts
  --help      deze hulp tonen
  --version   de versie tonen

Opdrachten:
</translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 the engine refused (its reason is printed), 2 usage error, 3 the engine is not reachable.
</source>
        <translation>
Afsluitstatus: 0 gelukt, 1 de engine weigerde (de reden wordt getoond), 2 gebruiksfout, 3 de engine is niet bereikbaar.
</translation>
    </message>
    <message>
        <source>doorstepctl: the Doorstep engine is not reachable on the %1 bus (%2).</source>
        <translation>doorstepctl: de Doorstep-engine is niet bereikbaar op de %1 (%2).</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessiebus</translation>
    </message>
    <message>
        <source>system</source>
        <translation>systeembus</translation>
    </message>
    <message>
        <source>Usage: doorstepctl %1</source>
        <translation>Gebruik: doorstepctl %1</translation>
    </message>
    <message>
        <source>doorstepctl: unknown option &apos;%1&apos;; see doorstepctl --help</source>
        <translation>doorstepctl: onbekende optie &apos;%1&apos;; zie doorstepctl --help</translation>
    </message>
    <message>
        <source>doorstepctl: &apos;%1&apos; needs one of:</source>
        <translation>doorstepctl: &apos;%1&apos; vereist een van deze opdrachten:</translation>
    </message>
    <message>
        <source>doorstepctl: unknown verb &apos;%1&apos;; see doorstepctl --help</source>
        <translation>doorstepctl: onbekende opdracht &apos;%1&apos;; zie doorstepctl --help</translation>
    </message>
    <message>
        <source>doorstepctl: wrong number of arguments for &apos;%1&apos;</source>
        <translation>doorstepctl: verkeerd aantal argumenten voor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>doorstepctl: cannot connect to the %1 bus: %2</source>
        <translation>doorstepctl: kan geen verbinding maken met de %1: %2</translation>
    </message>
    <message>
        <source>doorstepctl: the Doorstep engine is not running on the %1 bus. Start it with %2.</source>
        <translation>doorstepctl: de Doorstep-engine draait niet op de %1. Start deze met %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ACTIEF</translation>
    </message>
    <message>
        <source>MAILBOX</source>
        <translation>MAILBOX</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>TARGETS</source>
        <translation>DOELEN</translation>
    </message>
    <message>
        <source>LOCAL</source>
        <translation>LOKAAL</translation>
    </message>
    <message>
        <source>EXTERNAL</source>
        <translation>EXTERN</translation>
    </message>
    <message>
        <source>the domains this server receives mail for</source>
        <translation>de domeinen waarvoor deze server e-mail ontvangt</translation>
    </message>
    <message>
        <source>receive mail for DOMAIN</source>
        <translation>e-mail voor DOMAIN ontvangen</translation>
    </message>
    <message>
        <source>stop receiving mail for DOMAIN (it must have no users or aliases)</source>
        <translation>geen e-mail meer voor DOMAIN ontvangen (het mag geen gebruikers of aliassen hebben)</translation>
    </message>
    <message>
        <source>mailbox users with their mailbox size</source>
        <translation>mailboxgebruikers met de grootte van hun mailbox</translation>
    </message>
    <message>
        <source>add a user (password asked without echo, or one line on stdin)</source>
        <translation>een gebruiker toevoegen (wachtwoord wordt verborgen gevraagd, of één regel op stdin)</translation>
    </message>
    <message>
        <source>change a user&apos;s password</source>
        <translation>het wachtwoord van een gebruiker wijzigen</translation>
    </message>
    <message>
        <source>let a user log in and receive mail again</source>
        <translation>een gebruiker weer laten aanmelden en e-mail laten ontvangen</translation>
    </message>
    <message>
        <source>refuse a user&apos;s logins and mail, keeping the mailbox</source>
        <translation>aanmeldingen en e-mail van een gebruiker weigeren; de mailbox blijft bewaard</translation>
    </message>
    <message>
        <source>remove a user (the mailbox stays on disk)</source>
        <translation>een gebruiker verwijderen (de mailbox blijft op schijf staan)</translation>
    </message>
    <message>
        <source>incoming aliases and catch-alls</source>
        <translation>inkomende aliassen en catch-alls</translation>
    </message>
    <message>
        <source>deliver ADDRESS (or @domain, or a bare name) to TARGETS, comma-separated</source>
        <translation>ADDRESS (of @domain, of een losse naam) afleveren bij TARGETS, door komma&apos;s gescheiden</translation>
    </message>
    <message>
        <source>remove an alias</source>
        <translation>een alias verwijderen</translation>
    </message>
    <message>
        <source>outbound names (genericstable)</source>
        <translation>uitgaande namen (genericstable)</translation>
    </message>
    <message>
        <source>mail from LOCAL leaves as EXTERNAL</source>
        <translation>e-mail van LOCAL vertrekt als EXTERNAL</translation>
    </message>
    <message>
        <source>remove an outbound name</source>
        <translation>een uitgaande naam verwijderen</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 u</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Looptijd</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Listeners</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domeinen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>DAYS must be a number, not &apos;%1&apos;</source>
        <translation>DAYS moet een getal zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos;</source>
        <translation>onbekend argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>doorstepctl: the engine stopped.</source>
        <translation>doorstepctl: de engine is gestopt.</translation>
    </message>
    <message>
        <source>show the engine&apos;s state, listeners and today&apos;s counters</source>
        <translation>status, listeners en tellers van vandaag van de engine tonen</translation>
    </message>
    <message>
        <source>daily counters of the last DAYS days (default 7)</source>
        <translation>dagtellers van de laatste DAYS dagen (standaard 7)</translation>
    </message>
    <message>
        <source>recent events; --follow keeps printing new ones</source>
        <translation>recente gebeurtenissen; met --follow worden nieuwe doorlopend getoond</translation>
    </message>
    <message>
        <source>read the configuration again and apply it</source>
        <translation>de configuratie opnieuw inlezen en toepassen</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>geen wachtwoord op standaardinvoer</translation>
    </message>
    <message>
        <source>no password entered</source>
        <translation>geen wachtwoord ingevoerd</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Herhalen: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>de twee wachtwoorden verschillen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATROON</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTIE</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>LAATST GEZIEN</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>OPMERKING</translation>
    </message>
    <message>
        <source>machines allowed to relay, refused or trusted</source>
        <translation>machines die mogen doorsturen (relay), geweigerd worden of vertrouwd zijn</translation>
    </message>
    <message>
        <source>add an address, network, host or *.domain (default RELAY)</source>
        <translation>een adres, netwerk, host of *.domain toevoegen (standaard RELAY)</translation>
    </message>
    <message>
        <source>remove a relay client</source>
        <translation>een relay-client verwijderen</translation>
    </message>
    <message>
        <source>Value of %1: </source>
        <translation>Waarde van %1: </translation>
    </message>
    <message>
        <source>secret, write-only</source>
        <translation>geheim, alleen schrijven</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>standaard %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>een van %1</translation>
    </message>
    <message>
        <source>comma-separated %1</source>
        <translation>%1, door komma&apos;s gescheiden</translation>
    </message>
    <message>
        <source>There is no setting &apos;%1&apos;.</source>
        <translation>Er is geen instelling &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>every setting with its value</source>
        <translation>alle instellingen met hun waarde</translation>
    </message>
    <message>
        <source>the value of one setting</source>
        <translation>de waarde van één instelling</translation>
    </message>
    <message>
        <source>change a setting (lists comma-separated; VALUE - reads a secret from the terminal or stdin)</source>
        <translation>een instelling wijzigen (lijsten door komma&apos;s gescheiden; VALUE - leest een geheim van de terminal of stdin)</translation>
    </message>
    <message>
        <source>type, default, range and help of the settings</source>
        <translation>type, standaardwaarde, bereik en hulp van de instellingen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>De wachtrij is leeg.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>AFZENDER</translation>
    </message>
    <message>
        <source>RECIPIENTS</source>
        <translation>ONTVANGERS</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>NEXT ATTEMPT</source>
        <translation>VOLGENDE POGING</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>POGINGEN</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>LAATSTE FOUT</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>From client</source>
        <translation>Van client</translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation>Aangemeld als</translation>
    </message>
    <message>
        <source>RECIPIENT</source>
        <translation>ONTVANGER</translation>
    </message>
    <message>
        <source>DELIVERS TO</source>
        <translation>BEZORGD AAN</translation>
    </message>
    <message>
        <source>There is no certificate yet.</source>
        <translation>Er is nog geen certificaat.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Uitgever</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>messages waiting for delivery</source>
        <translation>berichten die op bezorging wachten</translation>
    </message>
    <message>
        <source>one message: envelope, each recipient&apos;s state, headers</source>
        <translation>één bericht: envelop, status van elke ontvanger, headers</translation>
    </message>
    <message>
        <source>try to deliver a message now</source>
        <translation>een bericht nu proberen te bezorgen</translation>
    </message>
    <message>
        <source>delete a message from the queue without delivering it</source>
        <translation>een bericht uit de wachtrij verwijderen zonder het te bezorgen</translation>
    </message>
    <message>
        <source>the TLS certificate in use</source>
        <translation>het gebruikte TLS-certificaat</translation>
    </message>
    <message>
        <source>make a new self-signed certificate (default: identity.hostname)</source>
        <translation>een nieuw zelfondertekend certificaat maken (standaard: identity.hostname)</translation>
    </message>
    <message>
        <source>give up on a message now and tell its sender</source>
        <translation>een bericht nu opgeven en de afzender op de hoogte brengen</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>BESTEMMING</translation>
    </message>
    <message>
        <source>NEXT HOP</source>
        <translation>VOLGENDE SERVER</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Password of %1 at %2: </source>
        <translation>Wachtwoord van %1 bij %2: </translation>
    </message>
    <message>
        <source>whether this line can send on port 25</source>
        <translation>of deze verbinding via poort 25 kan verzenden</translation>
    </message>
    <message>
        <source>send a test message to a remote address now; prints the remote&apos;s answer</source>
        <translation>nu een testbericht naar een extern adres sturen; toont het antwoord van de andere kant</translation>
    </message>
    <message>
        <source>per-destination routes (mailertable)</source>
        <translation>routes per bestemming (mailertable)</translation>
    </message>
    <message>
        <source>send mail for a domain (or *.domain) through a next hop; with LOGIN the password is asked</source>
        <translation>e-mail voor een domein (of *.domein) via een volgende server sturen; met LOGIN wordt om het wachtwoord gevraagd</translation>
    </message>
    <message>
        <source>remove a route</source>
        <translation>een route verwijderen</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>Kan &apos;%1&apos; niet lezen: %2.</translation>
    </message>
    <message>
        <source>spam: filed into the spam folder</source>
        <translation>spam: in de spammap gezet</translation>
    </message>
    <message>
        <source>spam: refused</source>
        <translation>spam: geweigerd</translation>
    </message>
    <message>
        <source>not spam</source>
        <translation>geen spam</translation>
    </message>
    <message>
        <source>not scored: %1</source>
        <translation>niet beoordeeld: %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 (spam from %2)</source>
        <translation>%1 (spam vanaf %2)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>spam score of a message with the configured backend (- reads stdin); nothing is delivered</source>
        <translation>spamscore van een bericht met de ingestelde backend (- leest standaardinvoer); er wordt niets afgeleverd</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>Database date</source>
        <translation>Datum van de database</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>The quarantine is empty.</source>
        <translation>De quarantaine is leeg.</translation>
    </message>
    <message>
        <source>QUARANTINED</source>
        <translation>IN QUARANTAINE SINDS</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REDEN</translation>
    </message>
    <message>
        <source>the virus scanner: state, signatures, database date</source>
        <translation>de virusscanner: status, signaturen, datum van de database</translation>
    </message>
    <message>
        <source>messages kept in the quarantine</source>
        <translation>berichten in de quarantaine</translation>
    </message>
    <message>
        <source>deliver a quarantined message to its recipients</source>
        <translation>een bericht uit de quarantaine bij de ontvangers bezorgen</translation>
    </message>
    <message>
        <source>delete a quarantined message for good</source>
        <translation>een bericht uit de quarantaine definitief verwijderen</translation>
    </message>
    <message>
        <source>MAX must be a whole number, not &apos;%1&apos;.</source>
        <translation>MAX moet een geheel getal zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message>
        <source>passed %1</source>
        <translation>%1 doorgelaten</translation>
    </message>
    <message>
        <source>TRIPLET</source>
        <translation>TRIPLET</translation>
    </message>
    <message>
        <source>greylisted triplets (network,sender,recipient), most recent first</source>
        <translation>triplets op de greylist (netwerk,afzender,ontvanger), nieuwste eerst</translation>
    </message>
    <message>
        <source>clients and senders that skip greylisting</source>
        <translation>clients en afzenders die greylisting overslaan</translation>
    </message>
    <message>
        <source>let an address, network, host, *.domain, sender or @domain skip greylisting</source>
        <translation>een adres, netwerk, host, *.domein, afzender of @domein greylisting laten overslaan</translation>
    </message>
    <message>
        <source>remove a pattern from the greylist allow list</source>
        <translation>een patroon van de uitzonderingslijst van greylisting verwijderen</translation>
    </message>
    <message>
        <source>forget a triplet as listed (network,sender,recipient)</source>
        <translation>een triplet zoals vermeld vergeten (netwerk,afzender,ontvanger)</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Bereikbaar</translation>
    </message>
    <message>
        <source>try a spam backend before saving it (builtin, spamd, rspamd; ADDRESS host:port, default its usual port here; - reads stdin)</source>
        <translation>een spambeoordelaar uitproberen voordat hij wordt opgeslagen (builtin, spamd, rspamd; ADDRESS host:poort, anders zijn gebruikelijke poort op deze machine; - leest van stdin)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE.</source>
        <translation>‘%1’ heeft niet de vorm KEY=VALUE.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice.</source>
        <translation>‘%1’ is twee keer opgegeven.</translation>
    </message>
    <message>
        <source>change several settings at once, all or none (values as for set)</source>
        <translation>meerdere instellingen tegelijk wijzigen, alle of geen (waarden zoals bij set)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value.</source>
        <translation>&apos;%1&apos; heeft een waarde nodig.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Onbekende optie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>make a key and a certificate signing request (CSR) to give a CA (default: identity.hostname)</source>
        <translation>een sleutel en een certificaataanvraag (CSR) voor een CA maken (standaard: identity.hostname)</translation>
    </message>
    <message>
        <source>use a certificate from a CA: PEM files, &apos;-&apos; for stdin, KEY &apos;&apos; for the key of &apos;cert request&apos;</source>
        <translation>een certificaat van een CA gebruiken: PEM-bestanden, &apos;-&apos; voor stdin, KEY &apos;&apos; voor de sleutel van &apos;cert request&apos;</translation>
    </message>
    <message>
        <source>get a certificate with ACME (Let&apos;s Encrypt), agreeing to the CA&apos;s terms; names are checked over HTTP on acme.http_port</source>
        <translation>een certificaat via ACME (Let&apos;s Encrypt) halen en met de voorwaarden van de CA instemmen; de namen worden via HTTP op acme.http_port gecontroleerd</translation>
    </message>
    <message>
        <source>renew the certificate the way it was made (ACME or self-signed)</source>
        <translation>het certificaat vernieuwen zoals het gemaakt is (ACME of zelfondertekend)</translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation>Volgende vernieuwing</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Openbaar adres</translation>
    </message>
    <message>
        <source>Address from</source>
        <translation>Adres uit</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Laatste bijwerking</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Laatst verzonden</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Laatste resultaat</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Volgende poging</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>geen gepland</translation>
    </message>
    <message>
        <source>Renewal error</source>
        <translation>Fout bij vernieuwen</translation>
    </message>
    <message>
        <source>the DNS TXT records of DOMAIN&apos;s DKIM keys (made if missing), as zone-file lines: NAME TXT and the value in quoted strings of at most 255 bytes; --json gives each value as one string, as a web DNS panel wants it</source>
        <translation>de DNS-TXT-records van de DKIM-sleutels van DOMAIN (ontbrekende worden aangemaakt) als zonebestandregels: NAME TXT en de waarde in strings tussen aanhalingstekens van hoogstens 255 bytes; --json geeft elke waarde als één string, zoals een DNS-webformulier die verwacht</translation>
    </message>
    <message>
        <source>dynamic DNS: provider, host, public address, last update and result</source>
        <translation>dynamische DNS: aanbieder, host, openbaar adres, laatste bijwerking en resultaat</translation>
    </message>
    <message>
        <source>send the public address to the dynamic DNS provider now; prints its answer</source>
        <translation>het openbare adres nu naar de aanbieder van dynamische DNS sturen; toont zijn antwoord</translation>
    </message>
    <message>
        <source>publish:</source>
        <translation>publiceren:</translation>
    </message>
    <message>
        <source>ask the DNS whether the world can reach DOMAIN and trusts its mail (MX, address, reverse name, SPF, DKIM, DMARC, blocklists, certificate, port 25), with the records to publish</source>
        <translation>in de DNS nagaan of DOMAIN vanaf internet bereikbaar is en of de e-mail ervan wordt vertrouwd (MX, adres, omgekeerde naam, SPF, DKIM, DMARC, blokkeerlijsten, certificaat, poort 25), met de te publiceren records</translation>
    </message>
    <message>
        <source>Greylisting</source>
        <translation>Greylisting</translation>
    </message>
    <message>
        <source>Antivirus</source>
        <translation>Antivirus</translation>
    </message>
    <message>
        <source>Spam score</source>
        <translation>Spamscore</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>%1 the score, %2 the threshold, %3 spam/ham/reject</extracomment>
        <translation>%1 van %2 (%3)</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>none (not kept)</source>
        <translation>geen (niet bewaard)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>niet overgenomen: %1</translation>
    </message>
    <message>
        <source>a user&apos;s Sieve rules (&quot;&quot; = the global rules)</source>
        <translation>de Sieve-regels van een gebruiker (&quot;&quot; = de globale regels)</translation>
    </message>
    <message>
        <source>check and store a user&apos;s Sieve rules (- reads stdin; an empty file removes them)</source>
        <translation>de Sieve-regels van een gebruiker controleren en opslaan (- leest stdin; een leeg bestand verwijdert ze)</translation>
    </message>
    <message>
        <source>dry run: where a message would go, after greylisting, antivirus and spam (- reads stdin)</source>
        <translation>proefdraaien: waar een bericht na greylisting, antivirus en spamcontrole heen zou gaan (- leest stdin)</translation>
    </message>
    <message>
        <source>turn a .procmailrc into Sieve (printed, not stored); recipes left out go to stderr</source>
        <translation>een .procmailrc omzetten in Sieve (getoond, niet opgeslagen); weggelaten recepten gaan naar stderr</translation>
    </message>
    <message>
        <source>mail-program settings of a user (--json adds the autoconfig and Apple profile files)</source>
        <translation>instellingen voor het mailprogramma van een gebruiker (--json voegt de autoconfig- en Apple-profielbestanden toe)</translation>
    </message>
    <message>
        <source>Mailbox access</source>
        <extracomment>doorstepctl status: the managed Dovecot (IMAP, POP3, ManageSieve)</extracomment>
        <translation>Postvaktoegang</translation>
    </message>
    <message>
        <source>not scored (the spam filter is off)</source>
        <translation>niet beoordeeld (het spamfilter staat uit)</translation>
    </message>
    <message>
        <source>none (kept in the inbox)</source>
        <translation>geen (blijft in het Postvak IN)</translation>
    </message>
    <message>
        <source>COUNT must be a number from 1 to 500, not &apos;%1&apos;.</source>
        <translation>AANTAL moet een getal van 1 tot 500 zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>ARRIVED</source>
        <translation>ONTVANGEN</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VAN</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ONDERWERP</translation>
    </message>
    <message>
        <source>the newest messages of a user&apos;s mailbox (20 unless COUNT), to try one</source>
        <translation>de nieuwste berichten in de mailbox van een gebruiker (20, tenzij AANTAL), om er een te proberen</translation>
    </message>
    <message>
        <source>dry run of a message from the mailbox (ID from rules messages)</source>
        <translation>proefrun van een bericht uit de mailbox (ID uit rules messages)</translation>
    </message>
</context>
<context>
    <name>ClientConfiguration</name>
    <message>
        <source>Server Name:</source>
        <extracomment>Field of Thunderbird&apos;s outgoing server (SMTP) dialog</extracomment>
        <translation>Servernaam:</translation>
    </message>
    <message>
        <source>Port:</source>
        <extracomment>Field of Thunderbird&apos;s outgoing server (SMTP) dialog</extracomment>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Connection security:</source>
        <extracomment>Field of Thunderbird&apos;s outgoing server (SMTP) dialog; the values are STARTTLS and SSL/TLS</extracomment>
        <translation>Verbindingsbeveiliging:</translation>
    </message>
    <message>
        <source>Authentication method:</source>
        <extracomment>Field of Thunderbird&apos;s outgoing server (SMTP) dialog; value as Thunderbird names it</extracomment>
        <translation>Authenticatiemethode:</translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation>Normaal wachtwoord</translation>
    </message>
    <message>
        <source>User Name:</source>
        <extracomment>Field of Thunderbird&apos;s outgoing server (SMTP) dialog</extracomment>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Password:</source>
        <extracomment>Thunderbird asks for the password when it first sends</extracomment>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>%1 (Thunderbird asks for it when it first sends)</source>
        <translation>%1 (Thunderbird vraagt erom bij de eerste verzending)</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Geen authenticatie</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed: confirm the security exception when Thunderbird asks, after checking that its SHA-256 fingerprint is %1.</source>
        <translation>Het certificaat van de server is zelfondertekend: bevestig de beveiligingsuitzondering als Thunderbird erom vraagt, nadat u hebt gecontroleerd dat de SHA-256-vingerafdruk %1 is.</translation>
    </message>
    <message>
        <source>Add the lines to sendmail.mc and run the commands as root. sendmail cannot use port %1 (TLS from the start): switch on the submission listener of this server for sendmail clients.</source>
        <translation>Voeg de regels toe aan sendmail.mc en voer de opdrachten uit als root. sendmail kan poort %1 (TLS vanaf het begin) niet gebruiken: schakel voor sendmail-clients de submission-listener van deze server in.</translation>
    </message>
    <message>
        <source>Add the lines to sendmail.mc and the files named in the comments, then run the commands as root.</source>
        <translation>Voeg de regels toe aan sendmail.mc en aan de bestanden die in het commentaar staan, en voer daarna de opdrachten uit als root.</translation>
    </message>
    <message>
        <source>Add the lines to the files named in the comments, then run the commands as root.</source>
        <translation>Voeg de regels toe aan de bestanden die in het commentaar staan, en voer daarna de opdrachten uit als root.</translation>
    </message>
    <message>
        <source>Save this as ~/.msmtprc of the user who sends (chmod 600 ~/.msmtprc: it holds the password).</source>
        <translation>Sla dit op als ~/.msmtprc van de gebruiker die verstuurt (chmod 600 ~/.msmtprc: het bestand bevat het wachtwoord).</translation>
    </message>
    <message>
        <source>Save this as ~/.msmtprc of the user who sends.</source>
        <translation>Sla dit op als ~/.msmtprc van de gebruiker die verstuurt.</translation>
    </message>
    <message>
        <source>In Thunderbird: Account Settings, Outgoing Server (SMTP), Add, then fill in these fields.</source>
        <translation>In Thunderbird: Accountinstellingen, Server voor uitgaande post (SMTP), Toevoegen, en vul dan deze velden in.</translation>
    </message>
</context>
<context>
    <name>ClientError</name>
    <message>
        <source>The engine did not accept this value.</source>
        <translation>De engine heeft deze waarde niet geaccepteerd.</translation>
    </message>
    <message>
        <source>The engine does not know this item.</source>
        <translation>De engine kent dit item niet.</translation>
    </message>
    <message>
        <source>This item already exists.</source>
        <translation>Dit item bestaat al.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>U hebt geen toestemming om dit te doen.</translation>
    </message>
    <message>
        <source>The engine could not do this.</source>
        <translation>De engine kon dit niet uitvoeren.</translation>
    </message>
    <message>
        <source>The Doorstep engine is not running.</source>
        <translation>De Doorstep-engine draait niet.</translation>
    </message>
    <message>
        <source>The engine does not understand this request (is it another version?).</source>
        <translation>De engine begrijpt dit verzoek niet (is het een andere versie?).</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Application</name>
    <message>
        <source>The control center of the Doorstep mail server.</source>
        <translation>Het beheercentrum van de Doorstep-mailserver.</translation>
    </message>
    <message>
        <source>Manage the engine on the session bus (doorstepd --session).</source>
        <translation>De engine op de sessiebus beheren (doorstepd --session).</translation>
    </message>
    <message>
        <source>Manage the system engine (the default).</source>
        <translation>De systeem-engine beheren (de standaard).</translation>
    </message>
    <message>
        <source>Start hidden in the tray.</source>
        <translation>Verborgen in het systeemvak starten.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::DomainOffer</name>
    <message>
        <source>&amp;Set Up Domain…</source>
        <translation>Domein &amp;instellen…</translation>
    </message>
    <message>
        <source>Open the Domain &amp; Dynamic DNS wizard</source>
        <translation>De assistent voor domein &amp; dynamische DNS openen</translation>
    </message>
    <message>
        <source>Not Now</source>
        <extracomment>Declines the offer to set up a domain, until the control center starts again</extracomment>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Doorstep does not know your mail domain yet.</source>
        <translation>Doorstep kent uw maildomein nog niet.</translation>
    </message>
    <message>
        <source>Tell it your domain, and it keeps your home address in DNS, gets a certificate and shows which DNS records the world needs to find your server.</source>
        <translation>Geef uw domein op, dan houdt Doorstep uw thuisadres in DNS bij, haalt een certificaat en laat zien welke DNS-records de wereld nodig heeft om uw server te vinden.</translation>
    </message>
    <message>
        <source>Set up your domain</source>
        <translation>Uw domein instellen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::EngineBanner</name>
    <message>
        <source>Engine not running</source>
        <translation>Engine draait niet</translation>
    </message>
    <message>
        <source>Cannot connect to the system bus, so the engine cannot be reached.</source>
        <translation>Kan geen verbinding maken met de systeembus, dus de engine is niet bereikbaar.</translation>
    </message>
    <message>
        <source>Cannot connect to the session bus, so the engine cannot be reached.</source>
        <translation>Kan geen verbinding maken met de sessiebus, dus de engine is niet bereikbaar.</translation>
    </message>
    <message>
        <source>Check that D-Bus is running, then start this program again.</source>
        <translation>Controleer of D-Bus draait en start dit programma daarna opnieuw.</translation>
    </message>
    <message>
        <source>Start it with: %1</source>
        <extracomment>%1 is a command line</extracomment>
        <translation>Start deze met: %1</translation>
    </message>
    <message>
        <source>The Doorstep engine is not running.</source>
        <translation>De Doorstep-engine draait niet.</translation>
    </message>
    <message>
        <source>This window reconnects by itself as soon as the engine starts.</source>
        <translation>Dit venster maakt vanzelf opnieuw verbinding zodra de engine start.</translation>
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
        <translation>Pagina&apos;s</translation>
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
        <translation>Catch-all</translation>
    </message>
    <message>
        <source>Local name</source>
        <extracomment>Kind of incoming address: a bare name such as &quot;root&quot;, for mail from programs</extracomment>
        <translation>Lokale naam</translation>
    </message>
    <message>
        <source>Every address in %1 that has no mailbox or alias of its own</source>
        <translation>Elk adres in %1 zonder eigen mailbox of alias</translation>
    </message>
    <message>
        <source>Mail that programs on this server send to “%1”</source>
        <translation>E-mail die programma’s op deze server naar ‘%1’ sturen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column header: alias, catch-all or local name</extracomment>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Delivers to</source>
        <extracomment>Column header: the addresses an alias delivers to</extracomment>
        <translation>Bezorgen bij</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::AllowListModel</name>
    <message>
        <source>Sender</source>
        <extracomment>Allow-list pattern that matches the envelope sender</extracomment>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>Sending server</source>
        <extracomment>Allow-list pattern that matches the connecting server&apos;s address or name</extracomment>
        <translation>Verzendende server</translation>
    </message>
    <message>
        <source>Pattern</source>
        <extracomment>Column header: an address, network, host name or sender domain</extracomment>
        <translation>Patroon</translation>
    </message>
    <message>
        <source>Matches</source>
        <extracomment>Column header: whether the pattern matches the sender or the sending server</extracomment>
        <translation>Komt overeen met</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::DomainModel</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n gebruiker</numerusform>
            <numerusform>%n gebruikers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::EngineStatus</name>
    <message>
        <source>The system bus is not available.</source>
        <translation>De systeembus is niet beschikbaar.</translation>
    </message>
    <message>
        <source>The session bus is not available.</source>
        <translation>De sessiebus is niet beschikbaar.</translation>
    </message>
    <message>
        <source>You may not read its status; ask to be added to the group &apos;doorstep&apos;.</source>
        <translation>U mag de status niet lezen; vraag of u aan de groep &apos;doorstep&apos; wordt toegevoegd.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::EventModel</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column header: the kind of event</extracomment>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>Column header: what happened</extracomment>
        <translation>Gebeurtenis</translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) of this kind (%1) in that second, not listed one by one</source>
        <extracomment>One row of the event log standing for a burst of events of one kind (%1)</extracomment>
        <translation>
            <numerusform>nog %n gebeurtenis van deze soort (%1) in die seconde, niet afzonderlijk vermeld</numerusform>
            <numerusform>nog %n gebeurtenissen van deze soort (%1) in die seconde, niet afzonderlijk vermeld</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::GreylistModel</name>
    <message>
        <source>Waiting</source>
        <extracomment>Greylisted triplet whose retry has not come yet</extracomment>
        <translation>Wacht</translation>
    </message>
    <message numerus="yes">
        <source>Passed (%n)</source>
        <translation>
            <numerusform>Doorgelaten (%n)</numerusform>
            <numerusform>Doorgelaten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked to retry later; accepted when it does after the delay.</source>
        <translation>Gevraagd het later opnieuw te proberen; aangenomen als dat na de wachttijd gebeurt.</translation>
    </message>
    <message>
        <source>Retried and accepted: mail from it passes without waiting.</source>
        <translation>Opnieuw geprobeerd en aangenomen: mail ervan komt zonder wachten door.</translation>
    </message>
    <message>
        <source>Network</source>
        <extracomment>Column header: the network the sending server is in</extracomment>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: waiting or passed</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last seen</source>
        <extracomment>Column header: the latest attempt</extracomment>
        <translation>Laatst gezien</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::OutboundNameModel</name>
    <message>
        <source>Local sender</source>
        <extracomment>Column header: a sender address or login name on this network</extracomment>
        <translation>Lokale afzender</translation>
    </message>
    <message>
        <source>Leaves as</source>
        <extracomment>Column header: the address mail from the local sender gets on the Internet</extracomment>
        <translation>Gaat uit als</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::QuarantineModel</name>
    <message>
        <source>Kept since</source>
        <extracomment>Column header: when the message was put in the quarantine</extracomment>
        <translation>Vastgehouden sinds</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Column header: why the message is kept (the virus found)</extracomment>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::QueueModel</name>
    <message>
        <source>Waiting</source>
        <extracomment>Queue state: accepted, not tried yet</extracomment>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Deferred</source>
        <extracomment>Queue state: tried, failed for now, will be tried again</extracomment>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>Delivering</source>
        <extracomment>Queue state: a delivery attempt is running now</extracomment>
        <translation>Wordt bezorgd</translation>
    </message>
    <message>
        <source>Delivered</source>
        <extracomment>Recipient state</extracomment>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Recipient state: given up, returned to the sender</extracomment>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>%1 is a state this version does not know</extracomment>
        <translation>Onbekend (%1)</translation>
    </message>
    <message>
        <source>Accepted and not tried yet.</source>
        <translation>Aangenomen en nog niet geprobeerd.</translation>
    </message>
    <message>
        <source>Tried and failed for now; it will be tried again.</source>
        <translation>Geprobeerd en voorlopig mislukt; het wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>A delivery attempt is running now.</source>
        <translation>Er loopt nu een bezorgpoging.</translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation>Afgeleverd.</translation>
    </message>
    <message>
        <source>Given up; the sender gets a delivery report.</source>
        <translation>Opgegeven; de afzender krijgt een bezorgrapport.</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>Next delivery attempt: due now</extracomment>
        <translation>nu</translation>
    </message>
    <message>
        <source>The empty sender: this is a delivery report, which is never answered.</source>
        <translation>De lege afzender: dit is een bezorgrapport, waarop nooit wordt geantwoord.</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>Column header: the queue id of a message</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: waiting, deferred or delivering</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <extracomment>Column header: when delivery will be tried again</extracomment>
        <translation>Volgende poging</translation>
    </message>
    <message>
        <source>Attempts</source>
        <extracomment>Column header: number of delivery attempts so far</extracomment>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Last error</source>
        <extracomment>Column header: why the last delivery attempt failed</extracomment>
        <translation>Laatste fout</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::QueueRecipientModel</name>
    <message>
        <source>A mailbox on this server</source>
        <translation>Een mailbox op deze server</translation>
    </message>
    <message>
        <source>Another mail server</source>
        <translation>Een andere mailserver</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Delivers to</source>
        <extracomment>Column header: the mailbox or address an alias resolved to</extracomment>
        <translation>Bezorgd bij</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Volgende poging</translation>
    </message>
    <message>
        <source>Last reply</source>
        <extracomment>Column header: what the other mail server answered last time</extracomment>
        <translation>Laatste antwoord</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::RelayClientModel</name>
    <message>
        <source>Relay</source>
        <extracomment>Relay client action RELAY: may send mail anywhere through this server</extracomment>
        <translation>Doorsturen</translation>
    </message>
    <message>
        <source>Reject</source>
        <extracomment>Relay client action REJECT: refused when it connects</extracomment>
        <translation>Weigeren</translation>
    </message>
    <message>
        <source>Trusted</source>
        <extracomment>Relay client action OK: trusted, but may not relay</extracomment>
        <translation>Vertrouwd</translation>
    </message>
    <message>
        <source>May send mail to anyone through this server without a password (RELAY).</source>
        <translation>Mag zonder wachtwoord via deze server e-mail naar iedereen sturen (RELAY).</translation>
    </message>
    <message>
        <source>Refused as soon as it connects (REJECT).</source>
        <translation>Wordt geweigerd zodra hij verbinding maakt (REJECT).</translation>
    </message>
    <message>
        <source>Trusted: skips greylisting and sender checks, but may not send to other domains (OK).</source>
        <translation>Vertrouwd: slaat greylisting en afzendercontroles over, maar mag niet naar andere domeinen sturen (OK).</translation>
    </message>
    <message>
        <source>An action this version does not know (%1).</source>
        <translation>Een actie die deze versie niet kent (%1).</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>A relay client that has never connected</extracomment>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Machine or network</source>
        <extracomment>Column header: an IP address, network or host name</extracomment>
        <translation>Machine of netwerk</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: relay, reject or trusted</extracomment>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Last seen</source>
        <extracomment>Column header: when the machine last connected</extracomment>
        <translation>Laatst gezien</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::RouteModel</name>
    <message>
        <source>Every domain inside %1, not %1 itself</source>
        <extracomment>%1 is a domain such as example.com</extracomment>
        <translation>Elk domein binnen %1, niet %1 zelf</translation>
    </message>
    <message>
        <source>Sends without logging in</source>
        <translation>Verstuurt zonder aan te melden</translation>
    </message>
    <message>
        <source>Logs in as %1 (only inside TLS)</source>
        <translation>Meldt zich aan als %1 (alleen binnen TLS)</translation>
    </message>
    <message>
        <source>Mail to</source>
        <extracomment>Column header: the domain a route is for</extracomment>
        <translation>E-mail aan</translation>
    </message>
    <message>
        <source>Goes through</source>
        <extracomment>Column header: the server mail for the domain is handed to</extracomment>
        <translation>Gaat via</translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>Column header: the login name at that server</extracomment>
        <translation>Login</translation>
    </message>
    <message>
        <source>Encryption</source>
        <extracomment>Column header: the TLS mode</extracomment>
        <translation>Versleuteling</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Models::UserModel</name>
    <message>
        <source>Enabled</source>
        <extracomment>Whether a user may log in and receive mail</extracomment>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: enabled or disabled</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mailbox size</source>
        <extracomment>Column header: mailbox size on disk</extracomment>
        <translation>Mailboxgrootte</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::AddDomainDialog</name>
    <message>
        <source>Add Domain</source>
        <translation>Domein toevoegen</translation>
    </message>
    <message>
        <source>Mail to addresses in this domain is delivered to mailboxes on this server. Its DNS MX record has to point here.</source>
        <translation>E-mail aan adressen in dit domein wordt afgeleverd in mailboxen op deze server. Het MX-record van het domein in de DNS moet naar deze server wijzen.</translation>
    </message>
    <message>
        <source>&amp;Add Domain</source>
        <translation>Domein &amp;toevoegen</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domein:</translation>
    </message>
    <message>
        <source>Enter the domain you receive mail for, such as example.org.</source>
        <translation>Voer het domein in waarvoor u e-mail ontvangt, zoals example.org.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <source>A user has a mailbox and logs in with the full address and this password, in mail programs and to send mail through this server.</source>
        <translation>Een gebruiker heeft een mailbox en meldt zich aan met het volledige adres en dit wachtwoord, in e-mailprogramma&apos;s en om e-mail via deze server te versturen.</translation>
    </message>
    <message>
        <source>Add &amp;User</source>
        <translation>Gebruiker &amp;toevoegen</translation>
    </message>
    <message>
        <source>alice</source>
        <extracomment>Example of the part of an address before the @</extracomment>
        <translation>anna</translation>
    </message>
    <message>
        <source>Name before the @</source>
        <translation>Naam vóór de @</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Add a domain first: every user belongs to one.</source>
        <translation>Voeg eerst een domein toe: elke gebruiker hoort bij een domein.</translation>
    </message>
    <message>
        <source>Enter the name before the @, such as alice.</source>
        <translation>Voer de naam vóór de @ in, zoals anna.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::AddressesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <source>Add &amp;Address…</source>
        <translation>&amp;Adres toevoegen…</translation>
    </message>
    <message>
        <source>Add Out&amp;bound Name…</source>
        <translation>&amp;Uitgaande naam toevoegen…</translation>
    </message>
    <message>
        <source>Give a mailbox another address, or catch all mail for a domain</source>
        <translation>Een mailbox een extra adres geven, of alle e-mail voor een domein opvangen</translation>
    </message>
    <message>
        <source>Change the sender address of mail leaving this server</source>
        <translation>Het afzenderadres wijzigen van e-mail die deze server verlaat</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Extra addresses that deliver to mailboxes, and the names mail leaves with.</source>
        <translation>Extra adressen die bij mailboxen bezorgen, en de namen waarmee e-mail vertrekt.</translation>
    </message>
    <message>
        <source>An alias is an extra address that delivers to one or more mailboxes: mail to info@example.org can reach alice and bob. A catch-all, written @example.org, receives the mail sent to every address of the domain that has no mailbox or alias of its own.</source>
        <translation>Een alias is een extra adres dat bij een of meer mailboxen bezorgt: e-mail aan info@example.org kan alice en bob bereiken. Een catch-all, geschreven als @example.org, ontvangt de e-mail aan elk adres van het domein dat geen eigen mailbox of alias heeft.</translation>
    </message>
    <message>
        <source>In sendmail: virtusertable and /etc/aliases.</source>
        <translation>In sendmail: virtusertable en /etc/aliases.</translation>
    </message>
    <message>
        <source>&amp;Incoming addresses</source>
        <translation>&amp;Inkomende adressen</translation>
    </message>
    <message>
        <source>Incoming addresses</source>
        <translation>Inkomende adressen</translation>
    </message>
    <message>
        <source>Search addresses…</source>
        <translation>Zoek adressen…</translation>
    </message>
    <message>
        <source>Search incoming addresses</source>
        <translation>Zoek inkomende adressen</translation>
    </message>
    <message>
        <source>No aliases yet — add one with Add Address to give a mailbox another address such as info@ or sales@, or a catch-all for a whole domain.</source>
        <translation>Nog geen aliassen — voeg er een toe met ‘Adres toevoegen’ om een mailbox een extra adres te geven, zoals info@ of sales@, of een catch-all voor een heel domein.</translation>
    </message>
    <message>
        <source>No address matches “%1”.</source>
        <translation>Geen adres komt overeen met ‘%1’.</translation>
    </message>
    <message>
        <source>Change where the selected address delivers to</source>
        <translation>Wijzigen bij wie het geselecteerde adres bezorgt</translation>
    </message>
    <message>
        <source>Outbound &amp;names</source>
        <translation>Uitgaande &amp;namen</translation>
    </message>
    <message>
        <source>Outbound names</source>
        <translation>Uitgaande namen</translation>
    </message>
    <message>
        <source>Search names…</source>
        <translation>Zoek namen…</translation>
    </message>
    <message>
        <source>Search outbound names</source>
        <translation>Zoek uitgaande namen</translation>
    </message>
    <message>
        <source>No outbound names — add one with Add Outbound Name when a computer on your network sends as a local name, such as dad@pc.home.lan, that should leave as a real address.</source>
        <translation>Geen uitgaande namen — voeg er een toe met ‘Uitgaande naam toevoegen’ als een computer in uw netwerk verstuurt met een lokale naam, zoals dad@pc.home.lan, die als een echt adres moet vertrekken.</translation>
    </message>
    <message>
        <source>No name matches “%1”.</source>
        <translation>Geen naam komt overeen met ‘%1’.</translation>
    </message>
    <message>
        <source>Change the address the selected sender leaves as</source>
        <translation>Het adres wijzigen waarmee de geselecteerde afzender vertrekt</translation>
    </message>
    <message>
        <source>An outbound name changes the sender of mail leaving this server: mail from dad@pc.home.lan goes out as dad@example.org.</source>
        <translation>Een uitgaande naam wijzigt de afzender van e-mail die deze server verlaat: e-mail van dad@pc.home.lan vertrekt als dad@example.org.</translation>
    </message>
    <message>
        <source>In sendmail: genericstable.</source>
        <translation>In sendmail: genericstable.</translation>
    </message>
    <message>
        <source>Stop catching mail for unknown addresses in %1?</source>
        <translation>Geen e-mail voor onbekende adressen in %1 meer opvangen?</translation>
    </message>
    <message>
        <source>Mail to addresses in %1 that have no mailbox or alias of their own will be refused instead of going to %2.</source>
        <translation>E-mail aan adressen in %1 zonder eigen mailbox of alias wordt dan geweigerd in plaats van naar %2 te gaan.</translation>
    </message>
    <message>
        <source>Remove the address %1?</source>
        <translation>Het adres %1 verwijderen?</translation>
    </message>
    <message>
        <source>Mail to %1 will no longer reach %2. Senders get an error unless a catch-all takes it.</source>
        <translation>E-mail aan %1 bereikt %2 niet meer. Afzenders krijgen een foutmelding, tenzij een catch-all het opvangt.</translation>
    </message>
    <message>
        <source>&amp;Remove Address</source>
        <translation>Adres &amp;verwijderen</translation>
    </message>
    <message>
        <source>Remove the outbound name of %1?</source>
        <translation>De uitgaande naam van %1 verwijderen?</translation>
    </message>
    <message>
        <source>Mail from %1 will leave with this sender unchanged instead of as %2.</source>
        <translation>E-mail van %1 vertrekt dan met een ongewijzigde afzender in plaats van als %2.</translation>
    </message>
    <message>
        <source>&amp;Remove Outbound Name</source>
        <translation>Uitgaande naam &amp;verwijderen</translation>
    </message>
    <message>
        <source>In&amp;coming</source>
        <extracomment>Tab of the Addresses page: aliases and catch-alls of mail coming in</extracomment>
        <translation>&amp;Inkomend</translation>
    </message>
    <message>
        <source>&amp;Outgoing</source>
        <extracomment>Tab of the Addresses page: outbound names and masquerading of mail going out</extracomment>
        <translation>&amp;Uitgaand</translation>
    </message>
    <message>
        <source>Extra addresses that deliver to mailboxes</source>
        <translation>Extra adressen die in postvakken bezorgen</translation>
    </message>
    <message>
        <source>The sender addresses mail leaves with</source>
        <translation>De afzenderadressen waarmee e-mail vertrekt</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::AliasDialog</name>
    <message>
        <source>Change Address</source>
        <translation>Adres wijzigen</translation>
    </message>
    <message>
        <source>Add Address</source>
        <translation>Adres toevoegen</translation>
    </message>
    <message>
        <source>Mail to this address is delivered to the addresses below: mailboxes on this server, other aliases, or addresses elsewhere.</source>
        <translation>E-mail aan dit adres wordt bezorgd bij de adressen hieronder: mailboxen op deze server, andere aliassen of adressen elders.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Add Address</source>
        <translation>Adres &amp;toevoegen</translation>
    </message>
    <message>
        <source>info@example.org, @example.org or root</source>
        <extracomment>Examples of an alias address, a catch-all and a local name</extracomment>
        <translation>info@example.org, @example.org of root</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>A full address; @ and a domain for a catch-all that receives mail for every address of the domain without a mailbox or alias of its own; or a bare name such as root for mail from programs on this server.</source>
        <translation>Een volledig adres; @ en een domein voor een catch-all die e-mail ontvangt voor elk adres van het domein zonder eigen mailbox of alias; of een kale naam zoals root voor e-mail van programma’s op deze server.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Delivers to</source>
        <translation>Bezorgen bij</translation>
    </message>
    <message>
        <source>alice@example.org, bob@example.org</source>
        <translation>alice@example.org, bob@example.org</translation>
    </message>
    <message>
        <source>One or more addresses, separated by commas or one per line. Ctrl+Enter saves.</source>
        <translation>Een of meer adressen, gescheiden door komma’s of één per regel. Ctrl+Enter slaat op.</translation>
    </message>
    <message>
        <source>&amp;Delivers to:</source>
        <translation>&amp;Bezorgen bij:</translation>
    </message>
    <message>
        <source>Enter the address that should receive mail, such as info@example.org.</source>
        <translation>Voer het adres in dat e-mail moet ontvangen, bijvoorbeeld info@example.org.</translation>
    </message>
    <message>
        <source>An address cannot contain spaces.</source>
        <translation>Een adres mag geen spaties bevatten.</translation>
    </message>
    <message>
        <source>Enter at least one address to deliver to, such as alice@example.org.</source>
        <translation>Voer ten minste één adres in om bij te bezorgen, bijvoorbeeld alice@example.org.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::AntivirusPane</name>
    <message>
        <source>Re&amp;lease…</source>
        <translation>&amp;Vrijgeven…</translation>
    </message>
    <message>
        <source>Release message</source>
        <translation>Bericht vrijgeven</translation>
    </message>
    <message>
        <source>Deliver the selected message to its recipients as it is, unscanned</source>
        <translation>Het gekozen bericht ongewijzigd en ongescand bij de ontvangers afleveren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Bericht verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected message for good</source>
        <translation>Het gekozen bericht definitief verwijderen</translation>
    </message>
    <message>
        <source>Every incoming message can be checked for viruses with ClamAV&apos;s signature database, which the freshclam service keeps up to date. A message with a virus is refused, or kept in the quarantine below where nobody reads it.</source>
        <translation>Elk binnenkomend bericht kan op virussen worden gecontroleerd met de handtekeningendatabase van ClamAV, die de dienst freshclam actueel houdt. Een bericht met een virus wordt geweigerd, of vastgehouden in de quarantaine hieronder, waar niemand het leest.</translation>
    </message>
    <message>
        <source>In sendmail: clamav-milter with clamd.</source>
        <translation>In sendmail: clamav-milter met clamd.</translation>
    </message>
    <message>
        <source>Virus scanner</source>
        <translation>Virusscanner</translation>
    </message>
    <message>
        <source>While the scanner has no database, mail is asked to come back later rather than let in unscanned.</source>
        <translation>Zolang de scanner geen database heeft, wordt mail gevraagd later terug te komen in plaats van ongescand binnengelaten te worden.</translation>
    </message>
    <message>
        <source>&amp;When a virus is found:</source>
        <translation>&amp;Als een virus gevonden wordt:</translation>
    </message>
    <message>
        <source>Refuse the message</source>
        <translation>Bericht weigeren</translation>
    </message>
    <message>
        <source>Keep it in the quarantine</source>
        <translation>In de quarantaine vasthouden</translation>
    </message>
    <message>
        <source>A refused message goes back to its sender&apos;s server; a kept one waits here until you release or delete it.</source>
        <translation>Een geweigerd bericht gaat terug naar de server van de afzender; een vastgehouden bericht wacht hier tot u het vrijgeeft of verwijdert.</translation>
    </message>
    <message>
        <source>Data&amp;base folder:</source>
        <translation>Data&amp;basemap:</translation>
    </message>
    <message>
        <source>Where freshclam puts ClamAV&apos;s signatures.</source>
        <translation>Waar freshclam de handtekeningen van ClamAV neerzet.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>Her&amp;stellen</translation>
    </message>
    <message>
        <source>Save the antivirus settings</source>
        <translation>De antivirusinstellingen opslaan</translation>
    </message>
    <message>
        <source>&amp;Quarantine</source>
        <translation>&amp;Quarantaine</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Search the quarantine</source>
        <translation>Quarantaine doorzoeken</translation>
    </message>
    <message>
        <source>The quarantine is empty. Messages with a virus are kept here when the action is “Keep it in the quarantine”.</source>
        <translation>De quarantaine is leeg. Berichten met een virus worden hier vastgehouden als de actie „In de quarantaine vasthouden” is.</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Geen bericht komt overeen met „%1”.</translation>
    </message>
    <message>
        <source>The antivirus settings were saved. They apply to the next message.</source>
        <translation>De antivirusinstellingen zijn opgeslagen. Ze gelden vanaf het volgende bericht.</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Virus scanner state</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Every incoming message is scanned.</source>
        <translation>Elk binnenkomend bericht wordt gescand.</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Virus scanner state: switched off in the settings</extracomment>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Mail is not scanned for viruses. Switch scanning on below.</source>
        <translation>Mail wordt niet op virussen gescand. Zet het scannen hieronder aan.</translation>
    </message>
    <message>
        <source>Loading</source>
        <extracomment>Virus scanner state: reading its database</extracomment>
        <translation>Laden</translation>
    </message>
    <message>
        <source>The scanner is reading its database; mail is asked to come back in a moment.</source>
        <translation>De scanner leest zijn database; mail wordt gevraagd zo terug te komen.</translation>
    </message>
    <message>
        <source>A new database is being read; scanning goes on meanwhile.</source>
        <translation>Er wordt een nieuwe database gelezen; het scannen gaat intussen door.</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Virus scanner state</extracomment>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>The scanner cannot scan, so mail is asked to come back later. The engine says: %1</source>
        <translation>De scanner kan niet scannen, dus wordt mail gevraagd later terug te komen. De engine meldt: %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>The engine reports a state this version does not know (%1).</source>
        <translation>De engine meldt een status die deze versie niet kent (%1).</translation>
    </message>
    <message>
        <source>%1 signatures loaded</source>
        <translation>%1 handtekeningen geladen</translation>
    </message>
    <message numerus="yes">
        <source>Database from %1 (%n day(s) old) — is freshclam running?</source>
        <translation>
            <numerusform>Database van %1 (%n dag oud) — draait freshclam?</numerusform>
            <numerusform>Database van %1 (%n dagen oud) — draait freshclam?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Database from %1 (%n day(s) old)</source>
        <translation>
            <numerusform>Database van %1 (%n dag oud)</numerusform>
            <numerusform>Database van %1 (%n dagen oud)</numerusform>
        </translation>
    </message>
    <message>
        <source>Database from %1 (today)</source>
        <translation>Database van %1 (vandaag)</translation>
    </message>
    <message>
        <source>Release Message</source>
        <translation>Bericht vrijgeven</translation>
    </message>
    <message>
        <source>Deliver this message to %1?</source>
        <translation>Dit bericht bij %1 afleveren?</translation>
    </message>
    <message>
        <source>It was kept because of %1. It is delivered as it is, without another scan.</source>
        <translation>Het werd vastgehouden vanwege %1. Het wordt ongewijzigd afgeleverd, zonder nieuwe scan.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Vrijgeven</translation>
    </message>
    <message>
        <source>Delete the message from %1?</source>
        <translation>Het bericht van %1 verwijderen?</translation>
    </message>
    <message>
        <source>It is deleted for good; %1 never receives it.</source>
        <translation>Het wordt definitief verwijderd; %1 ontvangt het nooit.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>S&amp;can incoming mail for viruses</source>
        <translation>Binnenkomende mail op virussen &amp;scannen</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>Berichten doorzoeken…</translation>
    </message>
    <message>
        <source>Scan &amp;time limit:</source>
        <translation>&amp;Tijdslimiet per scan:</translation>
    </message>
    <message>
        <source>A message whose scan takes longer is asked to come back later, and a stuck scanner is restarted.</source>
        <translation>Een bericht waarvan de scan langer duurt, wordt gevraagd later terug te komen, en een vastgelopen scanner wordt herstart.</translation>
    </message>
    <message>
        <source>Scan &amp;up to:</source>
        <translation>Scannen &amp;tot:</translation>
    </message>
    <message>
        <source>How much of a message, and of each file unpacked from it, the scanner reads.</source>
        <translation>Hoeveel van een bericht, en van elk bestand dat eruit wordt uitgepakt, de scanner leest.</translation>
    </message>
    <message>
        <source>Save memory when updating si&amp;gnatures</source>
        <translation>Geheugen sparen bij het bijwerken van si&amp;gnaturen</translation>
    </message>
    <message>
        <source>ClamAV&apos;s database takes about 1 GB of memory, twice that while a new one loads beside it. On: the scanner pauses instead and mail waits a minute or two.</source>
        <translation>De database van ClamAV gebruikt ongeveer 1 GB geheugen, het dubbele terwijl er een nieuwe naast wordt geladen. Aan: de scanner pauzeert in plaats daarvan en e-mail wacht een minuut of twee.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::CountersTiles</name>
    <message>
        <source>Today&apos;s counters</source>
        <translation>Tellers van vandaag</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>Counter caption: messages received today</extracomment>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Deferred</source>
        <extracomment>Counter caption: deliveries postponed for a retry</extracomment>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>Bounced</source>
        <extracomment>Counter caption: messages returned to their sender</extracomment>
        <translation>Onbestelbaar</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Greylisted</source>
        <translation>Greylisting</translation>
    </message>
    <message>
        <source>Viruses</source>
        <extracomment>Counter caption: messages refused because of a virus</extracomment>
        <translation>Virussen</translation>
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
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Save &amp;Thunderbird Settings…</source>
        <translation>&amp;Thunderbird-instellingen opslaan…</translation>
    </message>
    <message>
        <source>Save &amp;Apple Profile…</source>
        <translation>&amp;Apple-profiel opslaan…</translation>
    </message>
    <message>
        <source>Set Up a Device for %1</source>
        <translation>Een apparaat instellen voor %1</translation>
    </message>
    <message>
        <source>To read and send the mail of %1 on a computer, phone or tablet, add an account in its mail program with these settings. Most programs ask for the address and password first and fill in the rest; when one asks, type what is below.</source>
        <translation>Om de mail van %1 op een computer, telefoon of tablet te lezen en te versturen, voegt u in het mailprogramma daarvan een account toe met deze instellingen. De meeste programma’s vragen eerst het adres en wachtwoord en vullen de rest zelf in; vraagt een programma erom, typ dan wat hieronder staat.</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Inkomende mail</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>Uitgaande mail</translation>
    </message>
    <message>
        <source>For a phone</source>
        <translation>Voor een telefoon</translation>
    </message>
    <message>
        <source>QR code with the mail settings</source>
        <translation>QR-code met de mailinstellingen</translation>
    </message>
    <message>
        <source>Scan this with the phone&apos;s camera to see the servers, ports and user name as text; the password is not in it. On an iPhone or iPad, the Apple profile sets the account up by itself.</source>
        <translation>Scan deze met de camera van de telefoon om de servers, poorten en gebruikersnaam als tekst te zien; het wachtwoord staat er niet in. Op een iPhone of iPad stelt het Apple-profiel het account zelf in.</translation>
    </message>
    <message>
        <source>A file Thunderbird and other programs read to set up the account (config-v1.1.xml)</source>
        <translation>Een bestand waarmee Thunderbird en andere programma’s het account instellen (config-v1.1.xml)</translation>
    </message>
    <message>
        <source>A profile that sets up the account on an iPhone, iPad or Mac; open it there</source>
        <translation>Een profiel dat het account instelt op een iPhone, iPad of Mac; open het daar</translation>
    </message>
    <message>
        <source>Save Thunderbird Settings</source>
        <translation>Thunderbird-instellingen opslaan</translation>
    </message>
    <message>
        <source>Autoconfig files (*.xml)</source>
        <translation>Autoconfig-bestanden (*.xml)</translation>
    </message>
    <message>
        <source>Save Apple Profile</source>
        <translation>Apple-profiel opslaan</translation>
    </message>
    <message>
        <source>Apple profiles (*.mobileconfig)</source>
        <translation>Apple-profielen (*.mobileconfig)</translation>
    </message>
    <message>
        <source>%1: server</source>
        <translation>%1: server</translation>
    </message>
    <message>
        <source>%1: port</source>
        <translation>%1: poort</translation>
    </message>
    <message>
        <source>%1: connection security</source>
        <translation>%1: verbindingsbeveiliging</translation>
    </message>
    <message>
        <source>%1: user name</source>
        <translation>%1: gebruikersnaam</translation>
    </message>
    <message>
        <source>%1: password</source>
        <translation>%1: wachtwoord</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Connection security:</source>
        <extracomment>Mail programs call this &quot;Connection security&quot; (SSL/TLS, STARTTLS)</extracomment>
        <translation>Verbindingsbeveiliging:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <extracomment>How the mail program proves who it is; &quot;Normal password&quot; is Thunderbird&apos;s word for it</extracomment>
        <translation>Authenticatie:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Normal password (the one set for this user)</source>
        <translation>Normaal wachtwoord (het wachtwoord van deze gebruiker)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Kon %1 niet opslaan.</translation>
    </message>
    <message>
        <source>%1: copy the server</source>
        <translation>%1: server kopiëren</translation>
    </message>
    <message>
        <source>%1: copy the user name</source>
        <translation>%1: gebruikersnaam kopiëren</translation>
    </message>
    <message>
        <source>On This Computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <source>No mail program for this computer was found (Thunderbird, Evolution or KMail).</source>
        <translation>Er is op deze computer geen mailprogramma gevonden (Thunderbird, Evolution of KMail).</translation>
    </message>
    <message>
        <source>Add this account to a mail program on this computer in one step. Doorstep does not know the password: the program asks for it when it first connects.</source>
        <translation>Voeg dit account in één stap toe aan een mailprogramma op deze computer. Doorstep kent het wachtwoord niet: het programma vraagt erom bij de eerste verbinding.</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <extracomment>%1 is a mail program: Thunderbird, Evolution or KMail</extracomment>
        <translation>Aan %1 toevoegen</translation>
    </message>
    <message>
        <source>Adds %1 to %2 on this computer</source>
        <translation>Voegt %1 toe aan %2 op deze computer</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::DryRunPane</name>
    <message>
        <source>not spam</source>
        <extracomment>Spam verdict in &quot;Spam score: 1.2 of 5.0 (not spam)&quot;</extracomment>
        <translation>geen spam</translation>
    </message>
    <message>
        <source>spam</source>
        <extracomment>Spam verdict in &quot;Spam score: 5.2 of 5.0 (spam)&quot;</extracomment>
        <translation>spam</translation>
    </message>
    <message>
        <source>refused</source>
        <extracomment>Spam verdict in &quot;Spam score: 20.0 of 5.0 (refused)&quot;: so spammy it is refused</extracomment>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>not scored</source>
        <extracomment>Spam verdict: the filter could not score the message</extracomment>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>unknown verdict &quot;%1&quot;</source>
        <translation>onbekend oordeel ‘%1’</translation>
    </message>
    <message>
        <source>The spam filter is off.</source>
        <translation>Het spamfilter staat uit.</translation>
    </message>
    <message>
        <source>Not scored: %1</source>
        <translation>Niet beoordeeld: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>%1 the message&apos;s spam score, %2 the threshold, %3 the verdict (&quot;5.2 of 5.0 (spam)&quot;)</extracomment>
        <translation>%1 van %2 (%3)</translation>
    </message>
    <message>
        <source>Rules that hit: %1</source>
        <translation>Regels die raakten: %1</translation>
    </message>
    <message>
        <source>The global spam rule</source>
        <translation>De globale spamregel</translation>
    </message>
    <message>
        <source>This user&apos;s rules</source>
        <translation>De regels van deze gebruiker</translation>
    </message>
    <message>
        <source>No rule: mail goes to the inbox</source>
        <translation>Geen regel: het bericht gaat naar het Postvak IN</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Onbekend (%1)</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>&amp;Proberen</translation>
    </message>
    <message>
        <source>Paste a whole message — its header lines, an empty line, then the text — and see where it would go with the current filters and rules. Nothing is delivered.</source>
        <translation>Plak een heel bericht — de kopregels, een lege regel, dan de tekst — en zie waar het met de huidige filters en regels terecht zou komen. Er wordt niets afgeleverd.</translation>
    </message>
    <message>
        <source>Message to try</source>
        <translation>Bericht om te proberen</translation>
    </message>
    <message>
        <source>From: someone@example.net
List-Id: &lt;debian-user.lists.debian.org&gt;
Subject: Hello

The text of the message…</source>
        <translation>From: iemand@example.net
List-Id: &lt;debian-user.lists.debian.org&gt;
Subject: Hallo

De tekst van het bericht…</translation>
    </message>
    <message>
        <source>See where this message would go, without delivering it</source>
        <translation>Zien waar dit bericht terecht zou komen, zonder het af te leveren</translation>
    </message>
    <message>
        <source>Greylisting:</source>
        <translation>Greylisting:</translation>
    </message>
    <message>
        <source>Antivirus:</source>
        <translation>Antivirus:</translation>
    </message>
    <message>
        <source>Spam score:</source>
        <translation>Spamscore:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Besloten door:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Acties:</translation>
    </message>
    <message>
        <source>Show &amp;how the rules matched</source>
        <translation>&amp;Tonen hoe de regels toegepast werden</translation>
    </message>
    <message>
        <source>How the rules matched</source>
        <translation>Hoe de regels toegepast werden</translation>
    </message>
    <message>
        <source>None: the message is not kept (discarded or only redirected)</source>
        <translation>Geen: het bericht wordt niet bewaard (weggegooid of alleen doorgestuurd)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <extracomment>The folder every mailbox has; the engine calls it INBOX</extracomment>
        <translation>Postvak IN</translation>
    </message>
    <message>
        <source>None (keep it in the inbox)</source>
        <translation>Geen (in het Postvak IN houden)</translation>
    </message>
    <message>
        <source>Global rules:</source>
        <translation>Globale regels:</translation>
    </message>
    <message>
        <source>User&apos;s rules:</source>
        <translation>Regels van de gebruiker:</translation>
    </message>
    <message>
        <source>No rule was looked at.</source>
        <translation>Er is geen regel bekeken.</translation>
    </message>
    <message>
        <source>Me&amp;ssage:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>The virus scan: the rules never see it</source>
        <translation>De virusscan: de regels zien het nooit</translation>
    </message>
    <message>
        <source>The spam filter: refused before the rules</source>
        <translation>Het spamfilter: geweigerd vóór de regels</translation>
    </message>
    <message>
        <source>&amp;Pick from Mailbox…</source>
        <translation>Uit &amp;mailbox kiezen…</translation>
    </message>
    <message>
        <source>Try a message this user already has, as if it arrived again now</source>
        <translation>Een bericht proberen dat deze gebruiker al heeft, alsof het nu opnieuw binnenkomt</translation>
    </message>
    <message>
        <source>Tried the message “%1” from %2, now in %3, as if it arrived again:</source>
        <extracomment>%1 a message&apos;s subject, %2 its sender, %3 the folder it is in now</extracomment>
        <translation>Het bericht „%1” van %2 (nu in de map „%3”) geprobeerd alsof het opnieuw binnenkwam:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <source>None: %1</source>
        <translation>Geen: %1</translation>
    </message>
    <message>
        <source>None: the message is refused as spam while it is received</source>
        <translation>Geen: het bericht wordt bij ontvangst als spam geweigerd</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message>
        <source>Greylisting is off.</source>
        <translation>Greylisting staat uit.</translation>
    </message>
    <message>
        <source>The sender logged in to send it: greylisting does not apply.</source>
        <translation>De afzender heeft zich aangemeld om het te versturen: greylisting is niet van toepassing.</translation>
    </message>
    <message>
        <source>A program on this computer handed it over: greylisting does not apply.</source>
        <translation>Een programma op deze computer heeft het aangeleverd: greylisting is niet van toepassing.</translation>
    </message>
    <message>
        <source>The server %1 or the sender %2 is on greylisting&apos;s allow list: the message is taken at once.</source>
        <extracomment>%1 a server&apos;s address, %2 a sender&apos;s address</extracomment>
        <translation>De server %1 of de afzender %2 staat op de uitzonderingslijst van greylisting: het bericht wordt meteen aangenomen.</translation>
    </message>
    <message>
        <source>The server %1 already passed greylisting for mail from %2 to %3: the message is taken at once.</source>
        <extracomment>%1 a server&apos;s address, %2 the sender, %3 the recipient</extracomment>
        <translation>De server %1 is al door greylisting gekomen voor mail van %2 aan %3: het bericht wordt meteen aangenomen.</translation>
    </message>
    <message>
        <source>Mail from %1 to %2 through the server %3 is answered “try again later” and taken when it retries after %4.</source>
        <extracomment>%1 the sender, %2 the recipient, %3 a server&apos;s address, %4 how long (&quot;5 minutes&quot;)</extracomment>
        <translation>Mail van %1 aan %2 via de server %3 krijgt „probeer het later opnieuw” als antwoord en wordt aangenomen als die het na %4 opnieuw probeert.</translation>
    </message>
    <message>
        <source>Greylisting is on, but the message does not show which server sent it: a server seen for the first time waits %1 before its mail is taken.</source>
        <extracomment>%1 how long (&quot;5 minutes&quot;)</extracomment>
        <translation>Greylisting staat aan, maar het bericht laat niet zien welke server het verstuurde: een server die voor het eerst wordt gezien wacht %1 voordat zijn mail wordt aangenomen.</translation>
    </message>
    <message>
        <source>Virus scanning is off.</source>
        <translation>De virusscan staat uit.</translation>
    </message>
    <message>
        <source>No virus found.</source>
        <translation>Geen virus gevonden.</translation>
    </message>
    <message>
        <source>Not scanned: the virus scanner is still loading its signatures (received mail waits for it).</source>
        <translation>Niet gescand: de virusscanner laadt nog zijn handtekeningen (ontvangen mail wacht erop).</translation>
    </message>
    <message>
        <source>Not scanned: the virus scanner is not running (received mail waits until it is back).</source>
        <translation>Niet gescand: de virusscanner draait niet (ontvangen mail wacht tot hij terug is).</translation>
    </message>
    <message>
        <source>Virus %1: the message is kept in the quarantine, not delivered.</source>
        <extracomment>%1 the virus&apos;s name as ClamAV gives it</extracomment>
        <translation>Virus %1: het bericht gaat in quarantaine en wordt niet afgeleverd.</translation>
    </message>
    <message>
        <source>Virus %1: the message is refused while it is received.</source>
        <translation>Virus %1: het bericht wordt al bij ontvangst geweigerd.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::FiltersPage</name>
    <message>
        <source>Score a &amp;Sample…</source>
        <translation>&amp;Proef beoordelen…</translation>
    </message>
    <message>
        <source>See the spam score of a message you paste, or of the GTUBE test message</source>
        <translation>De spamscore zien van een geplakt bericht, of van het GTUBE-testbericht</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Ask unknown servers to retry later; who skips it</source>
        <translation>Onbekende servers later terug laten komen; wie het overslaat</translation>
    </message>
    <message>
        <source>Virus scanning with ClamAV, and the quarantine</source>
        <translation>Virusscannen met ClamAV, en de quarantaine</translation>
    </message>
    <message>
        <source>How spam is scored, marked, filed and refused</source>
        <translation>Hoe spam wordt beoordeeld, gemarkeerd, opgeborgen en geweigerd</translation>
    </message>
    <message>
        <source>What keeps spam and viruses out: greylisting, the virus scanner and the spam filter.</source>
        <translation>Wat spam en virussen buiten houdt: greylisting, de virusscanner en het spamfilter.</translation>
    </message>
    <message>
        <source>Gre&amp;ylisting</source>
        <extracomment>Tab of the Filters page</extracomment>
        <translation>Gre&amp;ylisting</translation>
    </message>
    <message>
        <source>Anti&amp;virus</source>
        <extracomment>Tab of the Filters page</extracomment>
        <translation>Anti&amp;virus</translation>
    </message>
    <message>
        <source>Spa&amp;m</source>
        <extracomment>Tab of the Filters page</extracomment>
        <translation>Spa&amp;m</translation>
    </message>
    <message>
        <source>Filter &amp;Thresholds Wizard…</source>
        <translation>Assistent voor &amp;filterdrempels…</translation>
    </message>
    <message>
        <source>Choose the spam backend, thresholds and spam folder step by step</source>
        <translation>Spambeoordelaar, drempels en spammap stap voor stap kiezen</translation>
    </message>
    <message numerus="yes">
        <source>The Filter thresholds wizard saved %n spam setting(s). They apply to the next message.</source>
        <translation>
            <numerusform>De assistent voor filterdrempels heeft %n spaminstelling opgeslagen. Die geldt vanaf het volgende bericht.</numerusform>
            <numerusform>De assistent voor filterdrempels heeft %n spaminstellingen opgeslagen. Ze gelden vanaf het volgende bericht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::GreylistPane</name>
    <message>
        <source>Add to the allow list</source>
        <translation>Aan de uitzonderingslijst toevoegen</translation>
    </message>
    <message>
        <source>Let mail from this server or sender skip greylisting</source>
        <translation>Mail van deze server of afzender greylisting laten overslaan</translation>
    </message>
    <message>
        <source>Remove from the allow list</source>
        <translation>Uit de uitzonderingslijst verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected pattern from the allow list</source>
        <translation>Het gekozen patroon uit de uitzonderingslijst verwijderen</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Vergeten…</translation>
    </message>
    <message>
        <source>Forget triplet</source>
        <translation>Triplet vergeten</translation>
    </message>
    <message>
        <source>Forget the selected triplet: its next attempt waits again</source>
        <translation>Het gekozen triplet vergeten: de volgende poging wacht weer</translation>
    </message>
    <message>
        <source>A server this one has not heard from is asked to try again in a few minutes. Real mail servers do; most spam programs never come back. Mail from the same server, sender and recipient then passes without waiting.</source>
        <translation>Een server waarvan deze nog niets heeft gehoord, wordt gevraagd het over een paar minuten opnieuw te proberen. Echte mailservers doen dat; de meeste spamprogramma&apos;s komen nooit terug. Mail van dezelfde server, afzender en ontvanger komt daarna zonder wachten door.</translation>
    </message>
    <message>
        <source>In sendmail: milter-greylist (greylist.conf: greylist, autowhite, timeout).</source>
        <translation>In sendmail: milter-greylist (greylist.conf: greylist, autowhite, timeout).</translation>
    </message>
    <message>
        <source>&amp;Greylist unknown senders</source>
        <translation>Onbekende afzenders &amp;greylisten</translation>
    </message>
    <message>
        <source>Off: mail is accepted at the first attempt.</source>
        <translation>Uit: mail wordt bij de eerste poging aangenomen.</translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <translation>&amp;Wachttijd:</translation>
    </message>
    <message>
        <source>How long a new sender must wait before its retry is accepted.</source>
        <translation>Hoe lang een nieuwe afzender moet wachten voordat een nieuwe poging wordt aangenomen.</translation>
    </message>
    <message>
        <source>Wait for a retry &amp;up to:</source>
        <translation>Op een nieuwe poging wachten &amp;tot:</translation>
    </message>
    <message>
        <source>A first attempt that is not retried within this time is forgotten.</source>
        <translation>Een eerste poging die binnen deze tijd niet wordt herhaald, wordt vergeten.</translation>
    </message>
    <message>
        <source>&amp;Remember passed senders for:</source>
        <translation>Doorgelaten afzenders &amp;onthouden gedurende:</translation>
    </message>
    <message>
        <source>A sender that passed is let through without waiting for this long after each message.</source>
        <translation>Een doorgelaten afzender komt na elk bericht zo lang zonder wachten door.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>Her&amp;stellen</translation>
    </message>
    <message>
        <source>Save the greylisting settings</source>
        <translation>De greylistinginstellingen opslaan</translation>
    </message>
    <message>
        <source>The greylisting settings were saved. They apply to the next connection.</source>
        <translation>De greylistinginstellingen zijn opgeslagen. Ze gelden vanaf de volgende verbinding.</translation>
    </message>
    <message>
        <source>Allow &amp;list</source>
        <translation>Uitzonderings&amp;lijst</translation>
    </message>
    <message>
        <source>Allow list</source>
        <translation>Uitzonderingslijst</translation>
    </message>
    <message>
        <source>Search the allow list</source>
        <translation>Uitzonderingslijst doorzoeken</translation>
    </message>
    <message>
        <source>Nobody skips greylisting yet. Add a server (192.0.2.7, 192.0.2.0/24, *.example.net) or a sender (bob@example.net, @example.net) whose mail should never wait.</source>
        <translation>Nog niemand slaat greylisting over. Voeg een server (192.0.2.7, 192.0.2.0/24, *.example.net) of een afzender (bob@example.net, @example.net) toe waarvan de mail nooit moet wachten.</translation>
    </message>
    <message>
        <source>No pattern matches “%1”.</source>
        <translation>Geen patroon komt overeen met „%1”.</translation>
    </message>
    <message>
        <source>192.0.2.0/24, *.example.net or @example.net</source>
        <translation>192.0.2.0/24, *.example.net of @example.net</translation>
    </message>
    <message>
        <source>Pattern to allow</source>
        <translation>Toe te staan patroon</translation>
    </message>
    <message>
        <source>&amp;New pattern:</source>
        <translation>&amp;Nieuw patroon:</translation>
    </message>
    <message>
        <source>Greylisted senders</source>
        <translation>Gegreyliste afzenders</translation>
    </message>
    <message>
        <source>Search senders…</source>
        <translation>Afzenders doorzoeken…</translation>
    </message>
    <message>
        <source>Search greylisted senders</source>
        <translation>Gegreyliste afzenders doorzoeken</translation>
    </message>
    <message>
        <source>No sender has been greylisted yet. Each server, sender and recipient that is asked to retry appears here.</source>
        <translation>Er is nog geen afzender gegreylist. Elke server, afzender en ontvanger die gevraagd wordt het opnieuw te proberen, verschijnt hier.</translation>
    </message>
    <message>
        <source>No sender matches “%1”.</source>
        <translation>Geen afzender komt overeen met „%1”.</translation>
    </message>
    <message>
        <source>Remove %1 from the allow list?</source>
        <translation>%1 uit de uitzonderingslijst verwijderen?</translation>
    </message>
    <message>
        <source>Mail that matches it is then greylisted like any other.</source>
        <translation>Mail die ermee overeenkomt, wordt dan zoals alle andere gegreylist.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Forget mail from %1 to %2?</source>
        <translation>Mail van %1 aan %2 vergeten?</translation>
    </message>
    <message>
        <source>Its next attempt from %1 is then asked to wait again, like a first one.</source>
        <translation>De volgende poging vanuit %1 moet dan weer wachten, zoals een eerste.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergeten</translation>
    </message>
    <message>
        <source>Allo&amp;w</source>
        <translation>Toe&amp;staan</translation>
    </message>
    <message>
        <source>Rem&amp;ove…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <source>Senders greylisting remem&amp;bers</source>
        <translation>Door greylisting onthouden af&amp;zenders</translation>
    </message>
    <message>
        <source>Search patterns…</source>
        <translation>Patronen doorzoeken…</translation>
    </message>
    <message>
        <source>IPv&amp;4 network size:</source>
        <translation>IPv&amp;4-netwerkgrootte:</translation>
    </message>
    <message>
        <source>Big providers retry from another address of the same network: addresses that share this many leading bits count as one server (24 bits: 256 addresses; 32 bits: each address alone).</source>
        <translation>Grote providers proberen het opnieuw vanaf een ander adres in hetzelfde netwerk: adressen die zoveel voorloopbits delen, tellen als één server (24 bits: 256 adressen; 32 bits: elk adres apart).</translation>
    </message>
    <message>
        <source>IPv&amp;6 network size:</source>
        <translation>IPv&amp;6-netwerkgrootte:</translation>
    </message>
    <message>
        <source>The same for IPv6 addresses (64 bits: one home or server network; 128 bits: each address alone).</source>
        <translation>Hetzelfde voor IPv6-adressen (64 bits: één thuis- of servernetwerk; 128 bits: elk adres apart).</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::InternetPage</name>
    <message>
        <source>Self-signed (made by this server)</source>
        <extracomment>Certificate source</extracomment>
        <translation>Zelfondertekend (door deze server gemaakt)</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>Certificate source</extracomment>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt (ACME)</source>
        <extracomment>Certificate source: issued automatically by an ACME certificate authority</extracomment>
        <translation>Let&apos;s Encrypt (ACME)</translation>
    </message>
    <message>
        <source>Sign mail that leaves for other domains (&amp;DKIM)</source>
        <translation>E-mail naar andere domeinen ondertekenen (&amp;DKIM)</translation>
    </message>
    <message>
        <source>Add a second, &amp;Ed25519 signature</source>
        <translation>Een tweede &amp;Ed25519-handtekening toevoegen</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>No domains yet — add the domain your mail addresses end in on the Mailboxes &amp; Domains page; its checks then appear here.</source>
        <translation>Nog geen domeinen — voeg op de pagina ‘Mailboxen &amp; domeinen’ het domein toe waarop uw e-mailadressen eindigen; de controles ervan verschijnen dan hier.</translation>
    </message>
    <message>
        <source>How other mail servers find and trust this one: its name, the DNS records of your domains, and its certificate. Fix what is red from the top: each failed check says what to publish at your DNS provider.</source>
        <translation>Hoe andere mailservers deze server vinden en vertrouwen: de naam, de DNS-records van uw domeinen en het certificaat. Los wat rood is van boven naar beneden op: elke mislukte controle zegt wat u bij uw DNS-provider moet publiceren.</translation>
    </message>
    <message>
        <source>In sendmail: confDOMAIN_NAME (Dj), confSERVER_CERT; ddclient for dynamic DNS.</source>
        <translation>In sendmail: confDOMAIN_NAME (Dj), confSERVER_CERT; ddclient voor dynamische DNS.</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Whether the world can reach this server and trusts its mail.</source>
        <translation>Of deze server vanaf internet bereikbaar is en of de e-mail ervan wordt vertrouwd.</translation>
    </message>
    <message>
        <source>DNS health</source>
        <translation>DNS-status</translation>
    </message>
    <message>
        <source>Domain to check</source>
        <translation>Te controleren domein</translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation>D&amp;omein:</translation>
    </message>
    <message>
        <source>Ask the DNS again whether the world can reach this domain (F5)</source>
        <translation>Opnieuw in de DNS nagaan of dit domein vanaf internet bereikbaar is (F5)</translation>
    </message>
    <message>
        <source>Copied to the clipboard:</source>
        <translation>Naar het klembord gekopieerd:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Uitgegeven door:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Geldig tot:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Vingerafdruk (SHA-256):</translation>
    </message>
    <message>
        <source>Name and signing</source>
        <translation>Naam en ondertekening</translation>
    </message>
    <message>
        <source>The host name is the name this server greets other servers with; your domains&apos; MX records point at it, and its certificate is made for it. DKIM signs the mail that leaves, so receivers can tell it really comes from your domain.</source>
        <translation>De hostnaam is de naam waarmee deze server andere servers begroet; de MX-records van uw domeinen wijzen ernaar, en het certificaat is ervoor gemaakt. DKIM ondertekent de e-mail die vertrekt, zodat ontvangers kunnen zien dat die echt van uw domein komt.</translation>
    </message>
    <message>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostnaam:</translation>
    </message>
    <message>
        <source>The DNS name of the key is SELECTOR._domainkey.DOMAIN; a new selector makes new keys</source>
        <translation>De DNS-naam van de sleutel is SELECTOR._domainkey.DOMAIN; een nieuwe selector maakt nieuwe sleutels</translation>
    </message>
    <message>
        <source>DKIM &amp;selector:</source>
        <translation>DKIM-se&amp;lector:</translation>
    </message>
    <message>
        <source>RFC 8463: a short modern key beside the RSA one; receivers that do not know it use the RSA signature</source>
        <translation>RFC 8463: een korte, moderne sleutel naast de RSA-sleutel; ontvangers die hem niet kennen, gebruiken de RSA-handtekening</translation>
    </message>
    <message>
        <source>DNS blocklists the health check looks your address up in, comma-separated</source>
        <translation>DNS-blokkeerlijsten waarin de controle uw adres opzoekt, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>&amp;Blocklists:</source>
        <translation>&amp;Blokkeerlijsten:</translation>
    </message>
    <message>
        <source>In sendmail: confDOMAIN_NAME; for DKIM, opendkim&apos;s Selector and KeyTable.</source>
        <translation>In sendmail: confDOMAIN_NAME; voor DKIM Selector en KeyTable van opendkim.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>Her&amp;stellen</translation>
    </message>
    <message>
        <source>Save the host name and signing settings</source>
        <translation>De hostnaam en de ondertekeningsinstellingen opslaan</translation>
    </message>
    <message>
        <source>The health check did not run.</source>
        <translation>De controle is niet uitgevoerd.</translation>
    </message>
    <message>
        <source>This server itself</source>
        <translation>Deze server zelf</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (over %n dag)</numerusform>
            <numerusform>%1 (over %n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Domain &amp;&amp; Dynamic DNS…</source>
        <translation>&amp;Domein &amp;&amp; dynamische DNS…</translation>
    </message>
    <message>
        <source>Set the domain, this server&apos;s name and the dynamic DNS provider, and see the records to publish</source>
        <translation>Het domein, de naam van deze server en de provider voor dynamische DNS instellen, en de te publiceren records zien</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>Certi&amp;ficaten…</translation>
    </message>
    <message>
        <source>Get a trusted certificate from Let&apos;s Encrypt, import one, or make a self-signed one (Certificates wizard)</source>
        <translation>Een vertrouwd certificaat van Let&apos;s Encrypt halen, er een importeren of een zelfondertekend certificaat maken (assistent voor certificaten)</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::LogPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Save the events shown as a CSV or text file</source>
        <translation>De getoonde gebeurtenissen opslaan als CSV- of tekstbestand</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>Ge&amp;beurtenissen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>Search events…</source>
        <translation>Zoek gebeurtenissen…</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Zoek gebeurtenissen</translation>
    </message>
    <message>
        <source>No events yet. Mail received and delivered, refusals, problems and changes show up here as they happen.</source>
        <translation>Nog geen gebeurtenissen. Ontvangen en afgeleverde e-mail, weigeringen, problemen en wijzigingen verschijnen hier zodra ze gebeuren.</translation>
    </message>
    <message>
        <source>No events of the kind “%1”.</source>
        <translation>Geen gebeurtenissen van de soort ‘%1’.</translation>
    </message>
    <message>
        <source>No event matches “%1”.</source>
        <translation>Geen gebeurtenis komt overeen met ‘%1’.</translation>
    </message>
    <message>
        <source>Show events of kind</source>
        <translation>Gebeurtenissen van deze soort tonen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <extracomment>Event log filter: every kind</extracomment>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Copy the selected events</source>
        <translation>De geselecteerde gebeurtenissen kopiëren</translation>
    </message>
    <message>
        <source>Copy the selected events as text (Ctrl+C)</source>
        <translation>De geselecteerde gebeurtenissen als tekst kopiëren (Ctrl+C)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>What the mail server did, as it happens.</source>
        <translation>Wat de mailserver deed, terwijl het gebeurt.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Gebeurtenissen exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
    <message>
        <source>doorstep-events-%1.csv</source>
        <extracomment>Default file name of an exported event log; keep it free of spaces</extracomment>
        <translation>doorstep-gebeurtenissen-%1.csv</translation>
    </message>
    <message>
        <source>The events could not be saved to %1.</source>
        <translation>De gebeurtenissen konden niet worden opgeslagen in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1.</source>
        <translation>
            <numerusform>%n gebeurtenis opgeslagen in %1.</numerusform>
            <numerusform>%n gebeurtenissen opgeslagen in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::MailboxesPage</name>
    <message>
        <source>&amp;Remove Domain…</source>
        <translation>Domein &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Add &amp;User…</source>
        <translation>&amp;Gebruiker toevoegen…</translation>
    </message>
    <message>
        <source>Add Do&amp;main…</source>
        <translation>Do&amp;mein toevoegen…</translation>
    </message>
    <message>
        <source>Mailboxes &amp; Domains</source>
        <translation>Mailboxen &amp; domeinen</translation>
    </message>
    <message>
        <source>The domains this server receives mail for, and who has a mailbox.</source>
        <translation>De domeinen waarvoor deze server e-mail ontvangt, en wie een mailbox heeft.</translation>
    </message>
    <message>
        <source>D&amp;omains</source>
        <translation>D&amp;omeinen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domeinen</translation>
    </message>
    <message>
        <source>No domains yet — add the domain you receive mail for, such as example.org.</source>
        <translation>Nog geen domeinen – voeg het domein toe waarvoor u e-mail ontvangt, zoals example.org.</translation>
    </message>
    <message>
        <source>Give someone a mailbox and a login</source>
        <translation>Iemand een mailbox en een login geven</translation>
    </message>
    <message>
        <source>Add a domain first</source>
        <translation>Voeg eerst een domein toe</translation>
    </message>
    <message>
        <source>Stop receiving mail for %1?</source>
        <translation>Geen e-mail meer ontvangen voor %1?</translation>
    </message>
    <message>
        <source>Mail to this domain will be refused. A domain can only be removed when it has no users or aliases left; mailboxes on disk are kept.</source>
        <translation>E-mail aan dit domein wordt geweigerd. Een domein kan alleen worden verwijderd als het geen gebruikers of aliassen meer heeft; mailboxen op schijf blijven bewaard.</translation>
    </message>
    <message>
        <source>&amp;Remove Domain</source>
        <translation>Domein &amp;verwijderen</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Het wachtwoord van %1 is gewijzigd.</translation>
    </message>
    <message>
        <source>Remove the user %1?</source>
        <translation>De gebruiker %1 verwijderen?</translation>
    </message>
    <message>
        <source>The login stops working and mail to the address is refused. The mailbox stays on disk.</source>
        <translation>De login werkt niet meer en e-mail aan het adres wordt geweigerd. De mailbox blijft op schijf staan.</translation>
    </message>
    <message>
        <source>&amp;Remove User</source>
        <translation>Gebruiker &amp;verwijderen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::MasqueradingPane</name>
    <message>
        <source>Masquerading</source>
        <translation>Maskering</translation>
    </message>
    <message>
        <source>Masquerading gives mail from the computers on your network the domain the world knows, so that replies can reach it: dad@pc.datix.lan leaves as dad@datix.us.</source>
        <translation>Maskering geeft e-mail van de computers in uw netwerk het domein dat de wereld kent, zodat antwoorden aankomen: dad@pc.datix.lan vertrekt als dad@datix.us.</translation>
    </message>
    <message>
        <source>In sendmail: MASQUERADE_AS, MASQUERADE_DOMAIN and the features masquerade_envelope, masquerade_entire_domain and local_no_masquerade.</source>
        <translation>In sendmail: MASQUERADE_AS, MASQUERADE_DOMAIN en de features masquerade_envelope, masquerade_entire_domain en local_no_masquerade.</translation>
    </message>
    <message>
        <source>&amp;Masquerade as:</source>
        <translation>&amp;Maskeren als:</translation>
    </message>
    <message>
        <source>Masquerade as</source>
        <translation>Maskeren als</translation>
    </message>
    <message>
        <source>The domain senders get instead of this server&apos;s own names: with datix.us here, dad@datix.lan leaves as dad@datix.us.</source>
        <translation>Het domein dat afzenders krijgen in plaats van de eigen namen van deze server: met datix.us hier vertrekt dad@datix.lan als dad@datix.us.</translation>
    </message>
    <message>
        <source>Empty: senders stay as written</source>
        <translation>Leeg: afzenders blijven zoals ze geschreven zijn</translation>
    </message>
    <message>
        <source>Al&amp;so for:</source>
        <translation>Oo&amp;k voor:</translation>
    </message>
    <message>
        <source>Also masquerade</source>
        <translation>Ook maskeren</translation>
    </message>
    <message>
        <source>Other domains whose senders get it too, separated by commas: with datix.lan here, dad@datix.lan leaves as dad@datix.us.</source>
        <translation>Andere domeinen waarvan de afzenders het ook krijgen, gescheiden door komma’s: met datix.lan hier vertrekt dad@datix.lan als dad@datix.us.</translation>
    </message>
    <message>
        <source>datix.lan, home.lan</source>
        <extracomment>Example list of domains on a home network</extracomment>
        <translation>datix.lan, home.lan</translation>
    </message>
    <message>
        <source>&amp;Every computer inside those domains</source>
        <translation>&amp;Elke computer binnen die domeinen</translation>
    </message>
    <message>
        <source>Also senders on machines inside them: dad@pc.datix.lan leaves as dad@datix.us, not only dad@datix.lan.</source>
        <translation>Ook afzenders op machines daarbinnen: dad@pc.datix.lan vertrekt als dad@datix.us, niet alleen dad@datix.lan.</translation>
    </message>
    <message>
        <source>&amp;Rewrite the envelope sender too</source>
        <translation>Ook de envelop-afzender he&amp;rschrijven</translation>
    </message>
    <message>
        <source>Change the hidden sender that delivery reports return to, not only the From line, so reports for dad@pc.datix.lan reach dad@datix.us.</source>
        <translation>Wijzigt ook de verborgen afzender waar bezorgrapporten naar teruggaan, niet alleen de From-regel, zodat rapporten voor dad@pc.datix.lan bij dad@datix.us aankomen.</translation>
    </message>
    <message>
        <source>Not for mail between &amp;local users</source>
        <translation>Niet voor e-mail tussen &amp;lokale gebruikers</translation>
    </message>
    <message>
        <source>Mail from dad@pc.datix.lan to a mailbox on this server keeps its sender as written; only mail leaving for the Internet is changed.</source>
        <translation>E-mail van dad@pc.datix.lan aan een postvak op deze server houdt de afzender zoals geschreven; alleen e-mail die naar het internet gaat wordt gewijzigd.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Toe&amp;passen</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Save the masquerading settings</source>
        <translation>De maskeringsinstellingen opslaan</translation>
    </message>
    <message>
        <source>Masquerading was saved. It applies to mail sent from now on.</source>
        <translation>De maskering is opgeslagen. Ze geldt voor e-mail die vanaf nu wordt verstuurd.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::MessagePickerDialog</name>
    <message>
        <source>Pick a Message of %1</source>
        <extracomment>Dialog title; %1 is a user&apos;s address</extracomment>
        <translation>Een bericht van %1 kiezen</translation>
    </message>
    <message>
        <source>The newest messages in all of this mailbox&apos;s folders. The one you pick is tried as if it arrived again now; it stays where it is.</source>
        <translation>De nieuwste berichten in alle mappen van deze mailbox. Het gekozen bericht wordt geprobeerd alsof het nu opnieuw binnenkomt; het blijft waar het is.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>&amp;Try This Message</source>
        <translation>Dit bericht &amp;proberen</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Postvak IN</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <source>This mailbox has no messages yet.</source>
        <translation>Deze mailbox heeft nog geen berichten.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::OutboundNameDialog</name>
    <message>
        <source>Change Outbound Name</source>
        <translation>Uitgaande naam wijzigen</translation>
    </message>
    <message>
        <source>Add Outbound Name</source>
        <translation>Uitgaande naam toevoegen</translation>
    </message>
    <message>
        <source>Mail from the local sender leaves this server with the other address as its sender, so that replies reach a real mailbox.</source>
        <translation>E-mail van de lokale afzender verlaat deze server met het andere adres als afzender, zodat antwoorden een echte mailbox bereiken.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Add Outbound Name</source>
        <translation>Uitgaande naam &amp;toevoegen</translation>
    </message>
    <message>
        <source>dad@pc.home.lan or dad</source>
        <extracomment>Examples of a local sender: an address on the home network, or a login name</extracomment>
        <translation>dad@pc.home.lan of dad</translation>
    </message>
    <message>
        <source>Local sender</source>
        <translation>Lokale afzender</translation>
    </message>
    <message>
        <source>&amp;Local sender:</source>
        <translation>&amp;Lokale afzender:</translation>
    </message>
    <message>
        <source>dad@example.org</source>
        <translation>dad@example.org</translation>
    </message>
    <message>
        <source>Leaves as</source>
        <translation>Gaat uit als</translation>
    </message>
    <message>
        <source>Lea&amp;ves as:</source>
        <translation>&amp;Gaat uit als:</translation>
    </message>
    <message>
        <source>Enter the sender as your computers write it, such as dad@pc.home.lan or dad.</source>
        <translation>Voer de afzender in zoals uw computers die schrijven, bijvoorbeeld dad@pc.home.lan of dad.</translation>
    </message>
    <message>
        <source>Enter the address mail should leave with, such as dad@example.org.</source>
        <translation>Voer het adres in waarmee e-mail moet vertrekken, bijvoorbeeld dad@example.org.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::OverviewPage</name>
    <message>
        <source>Re&amp;load Settings</source>
        <translation>Instellingen opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>Make the engine read its settings again and rebind its listeners</source>
        <translation>De engine de instellingen opnieuw laten inlezen en de listeners opnieuw laten binden</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Recente gebeurtenissen</translation>
    </message>
    <message>
        <source>No events yet. Changes and mail problems will show up here as they happen.</source>
        <translation>Nog geen gebeurtenissen. Wijzigingen en problemen met e-mail verschijnen hier zodra ze zich voordoen.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Is mail flowing, and is anything wrong?</source>
        <translation>Loopt het e-mailverkeer, en is er iets mis?</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>Running for:</source>
        <extracomment>How long the engine has been running</extracomment>
        <translation>Looptijd:</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Gegevensmap:</translation>
    </message>
    <message>
        <source>Mailboxes:</source>
        <extracomment>Number of mail domains and users</extracomment>
        <translation>Mailboxen:</translation>
    </message>
    <message>
        <source>Incoming mail:</source>
        <extracomment>Listener: SMTP from other mail servers (port 25)</extracomment>
        <translation>Inkomende e-mail:</translation>
    </message>
    <message>
        <source>Submission:</source>
        <extracomment>Listener: mail clients sending with a login (port 587)</extracomment>
        <translation>Verzending:</translation>
    </message>
    <message>
        <source>Submission over TLS:</source>
        <extracomment>Listener: mail clients sending over implicit TLS (port 465)</extracomment>
        <translation>Verzending via TLS:</translation>
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
            <numerusform>%n domein</numerusform>
            <numerusform>%n domeinen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n gebruiker</numerusform>
            <numerusform>%n gebruikers</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>A listener that is switched off</extracomment>
        <translation>Uit</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <extracomment>%1 is a duration (&quot;3 days, 4 hours&quot;), %2 a date and time</extracomment>
        <translation>%1 (sinds %2)</translation>
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
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln uur</numerusform>
            <numerusform>%Ln uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuut</numerusform>
            <numerusform>%Ln minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>minder dan een minuut</translation>
    </message>
    <message>
        <source>The engine read its settings again.</source>
        <translation>De engine heeft de instellingen opnieuw ingelezen.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Laatste dag</numerusform>
            <numerusform>Laatste %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>The worst of the last DNS health checks; the Internet page shows each check</source>
        <translation>Het slechtste resultaat van de laatste DNS-controles; de pagina Internet toont elke controle</translation>
    </message>
    <message>
        <source>On the Internet:</source>
        <extracomment>Overview row: how the world sees this server (the health checks)</extracomment>
        <translation>Op internet:</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>every check passed</source>
        <translation>alle controles geslaagd</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n problem(s) on the Internet page)</source>
        <extracomment>%1 is OK/Warning/Failed, %2 the first problem&apos;s sentence, %n how many problems</extracomment>
        <translation>
            <numerusform>%1 — %2 (%n probleem op de pagina Internet)</numerusform>
            <numerusform>%1 — %2 (%n problemen op de pagina Internet)</numerusform>
        </translation>
    </message>
    <message>
        <source>The managed Dovecot, which serves the mailboxes to mail programs and runs the rules</source>
        <translation>De beheerde Dovecot, die de postvakken aan mailprogramma&apos;s aanbiedt en de regels uitvoert</translation>
    </message>
    <message>
        <source>Mailbox access:</source>
        <extracomment>Overview row: IMAP/POP3 through the managed Dovecot</extracomment>
        <translation>Postvaktoegang:</translation>
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
        <translation>Uit (imap.enabled): mail wordt zonder IMAP in de postvakken afgeleverd</translation>
    </message>
    <message>
        <source>Not installed — %1</source>
        <translation>Niet geïnstalleerd — %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <source>Failed — %1</source>
        <translation>Mislukt — %1</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::ProbeBox</name>
    <message>
        <source>Check Port &amp;25</source>
        <translation>Poort &amp;25 controleren</translation>
    </message>
    <message>
        <source>Set &amp;Up Smart Host</source>
        <translation>Smarthost &amp;instellen</translation>
    </message>
    <message>
        <source>Try to reach a mail server&apos;s port 25 on the Internet from this computer</source>
        <translation>Vanaf deze computer proberen poort 25 van een mailserver op het internet te bereiken</translation>
    </message>
    <message>
        <source>Go to the smart host&apos;s fields</source>
        <translation>Naar de velden van de smarthost gaan</translation>
    </message>
    <message>
        <source>Port 25 check</source>
        <translation>Controle van poort 25</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Port 25 check result: a mail server answered</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Blocked</source>
        <extracomment>Port 25 check result: the connection was refused, usually by the Internet provider</extracomment>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>Filtered</source>
        <extracomment>Port 25 check result: no answer at all</extracomment>
        <translation>Gefilterd</translation>
    </message>
    <message>
        <source>The port 25 check did not run.</source>
        <translation>De controle van poort 25 is niet uitgevoerd.</translation>
    </message>
    <message>
        <source>Checking port 25…</source>
        <translation>Poort 25 wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>Mail to other servers goes out on port 25, which many Internet providers block on home lines. Check whether yours does.</source>
        <translation>E-mail naar andere servers gaat via poort 25, die veel internetproviders op thuisverbindingen blokkeren. Controleer of de uwe dat doet.</translation>
    </message>
    <message>
        <source>This line can deliver mail directly; your mail still goes through the smart host below.</source>
        <translation>Deze verbinding kan e-mail direct bezorgen; uw e-mail gaat nog steeds via de smarthost hieronder.</translation>
    </message>
    <message>
        <source>This line can deliver mail directly to the recipients&apos; servers. A smart host is optional.</source>
        <translation>Deze verbinding kan e-mail direct bij de servers van de ontvangers bezorgen. Een smarthost is optioneel.</translation>
    </message>
    <message>
        <source>Your provider blocks port 25, but your mail goes through the smart host below, so it can leave.</source>
        <translation>Uw provider blokkeert poort 25, maar uw e-mail gaat via de smarthost hieronder en kan dus vertrekken.</translation>
    </message>
    <message>
        <source>Your provider blocks port 25: set a smart host, or mail to other servers cannot leave.</source>
        <translation>Uw provider blokkeert poort 25: stel een smarthost in, anders kan e-mail naar andere servers niet vertrekken.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::QueueDetailsPane</name>
    <message>
        <source>Message details</source>
        <translation>Berichtdetails</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Afzender:</translation>
    </message>
    <message>
        <source>Received:</source>
        <extracomment>When the server accepted the message</extracomment>
        <translation>Ontvangen:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Grootte:</translation>
    </message>
    <message>
        <source>From:</source>
        <extracomment>The machine that handed the message to this server</extracomment>
        <translation>Van:</translation>
    </message>
    <message>
        <source>Logged in as:</source>
        <extracomment>The user that logged in to send the message</extracomment>
        <translation>Aangemeld als:</translation>
    </message>
    <message>
        <source>Reci&amp;pients:</source>
        <translation>Ont&amp;vangers:</translation>
    </message>
    <message>
        <source>Recipients of the message</source>
        <translation>Ontvangers van het bericht</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Headers:</translation>
    </message>
    <message>
        <source>Headers of the message</source>
        <translation>Headers van het bericht</translation>
    </message>
    <message>
        <source>Select a message to see its recipients and headers.</source>
        <translation>Selecteer een bericht om de ontvangers en headers te zien.</translation>
    </message>
    <message>
        <source>Message %1</source>
        <extracomment>Heading of the details of one queued message; %1 is its queue id</extracomment>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <source>%1, calling itself %2</source>
        <extracomment>%1 is an IP address, %2 the name the machine gave itself (HELO)</extracomment>
        <translation>%1, noemt zich %2</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <extracomment>%1 is the sending machine, %2 the listener (mta, submission, smtps)</extracomment>
        <translation>%1 (via %2)</translation>
    </message>
    <message>
        <source>nobody (no login)</source>
        <extracomment>The message was sent without logging in</extracomment>
        <translation>niemand (niet aangemeld)</translation>
    </message>
    <message>
        <source>Last reply of the receiving server</source>
        <translation>Laatste antwoord van de ontvangende server</translation>
    </message>
    <message>
        <source>Last reply for %1:</source>
        <extracomment>%1 is a recipient&apos;s address</extracomment>
        <translation>Laatste antwoord voor %1:</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::QueuePage</name>
    <message>
        <source>Retry &amp;Now</source>
        <translation>&amp;Nu opnieuw proberen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <source>Load the queue again now</source>
        <translation>De wachtrij nu opnieuw laden</translation>
    </message>
    <message>
        <source>Messages this server accepted and has not yet delivered to every recipient. Deferred messages are tried again by themselves; after four days they go back to the sender.</source>
        <translation>Berichten die deze server heeft aangenomen en nog niet bij elke ontvanger heeft afgeleverd. Uitgestelde berichten worden vanzelf opnieuw geprobeerd; na vier dagen gaan ze terug naar de afzender.</translation>
    </message>
    <message>
        <source>In sendmail: /var/spool/mqueue, as mailq lists it.</source>
        <translation>In sendmail: /var/spool/mqueue, zoals mailq het toont.</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Berichten</translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation>Berichten in de wachtrij</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>Zoek berichten…</translation>
    </message>
    <message>
        <source>Search queued messages</source>
        <translation>Zoek berichten in de wachtrij</translation>
    </message>
    <message>
        <source>The queue is empty — every message has been delivered.</source>
        <translation>De wachtrij is leeg — elk bericht is afgeleverd.</translation>
    </message>
    <message>
        <source>No message is in the state “%1”.</source>
        <translation>Geen bericht heeft de status ‘%1’.</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Geen bericht komt overeen met ‘%1’.</translation>
    </message>
    <message>
        <source>Show messages in state</source>
        <translation>Berichten met deze status tonen</translation>
    </message>
    <message>
        <source>All messages</source>
        <extracomment>Queue filter: every state</extracomment>
        <translation>Alle berichten</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Nu opnieuw proberen</translation>
    </message>
    <message>
        <source>Try to deliver the selected message now</source>
        <translation>Het geselecteerde bericht nu proberen te bezorgen</translation>
    </message>
    <message>
        <source>Remove message</source>
        <translation>Bericht verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected message without delivering it</source>
        <translation>Het geselecteerde bericht verwijderen zonder het te bezorgen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>Mail waiting to be delivered, and why.</source>
        <translation>E-mail die op bezorging wacht, en waarom.</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>Er wacht niets.</translation>
    </message>
    <message>
        <source>Select a message to see its recipients and headers.</source>
        <translation>Selecteer een bericht om de ontvangers en headers te zien.</translation>
    </message>
    <message>
        <source>Message %1 has left the queue.</source>
        <translation>Het bericht %1 heeft de wachtrij verlaten.</translation>
    </message>
    <message>
        <source>Message %1 is being tried again now.</source>
        <translation>Het bericht %1 wordt nu opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>It is deleted without being delivered to %1.</source>
        <translation>Het wordt verwijderd zonder bij %1 te worden bezorgd.</translation>
    </message>
    <message>
        <source>It is deleted without being delivered to %1, and %2 is not told.</source>
        <translation>Het wordt verwijderd zonder bij %1 te worden bezorgd, en %2 krijgt daar geen bericht van.</translation>
    </message>
    <message>
        <source>Remove message %1 from the queue?</source>
        <translation>Het bericht %1 uit de wachtrij verwijderen?</translation>
    </message>
    <message>
        <source>&amp;Remove Message</source>
        <translation>Bericht &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Bounce…</source>
        <translation>&amp;Terugsturen…</translation>
    </message>
    <message>
        <source>Bounce message</source>
        <translation>Bericht terugsturen</translation>
    </message>
    <message>
        <source>Give up on the selected message: its sender gets a report that it could not be delivered</source>
        <translation>Het geselecteerde bericht opgeven: de afzender krijgt een rapport dat het niet bezorgd kon worden</translation>
    </message>
    <message>
        <source>Delivery to %1 stops now. The message is itself a delivery report, so nobody is told.</source>
        <translation>De bezorging aan %1 stopt nu. Het bericht is zelf een bezorgrapport, dus niemand wordt ingelicht.</translation>
    </message>
    <message>
        <source>Delivery to %1 stops now, and %2 gets a report that the message could not be delivered.</source>
        <translation>De bezorging aan %1 stopt nu, en %2 krijgt een rapport dat het bericht niet bezorgd kon worden.</translation>
    </message>
    <message>
        <source>Confirm Bounce</source>
        <extracomment>Title of the confirmation before returning a message to its sender</extracomment>
        <translation>Terugsturen bevestigen</translation>
    </message>
    <message>
        <source>Bounce message %1 back to its sender?</source>
        <translation>Bericht %1 terugsturen naar de afzender?</translation>
    </message>
    <message>
        <source>&amp;Bounce Message</source>
        <translation>Bericht &amp;terugsturen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::RawRulesEditor</name>
    <message>
        <source>The global rules run before every user&apos;s rules: mail the spam filter marked goes into the spam folder. They follow the spam settings on the Filters page and are shown here to read.</source>
        <translation>De globale regels lopen vóór de regels van elke gebruiker: berichten die het spamfilter markeerde gaan naar de spammap. Ze volgen de spaminstellingen op de pagina ‘Filters’ en worden hier getoond om te lezen.</translation>
    </message>
    <message>
        <source>&amp;Import procmail…</source>
        <translation>procmail &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Apply Script</source>
        <translation>Script &amp;toepassen</translation>
    </message>
    <message>
        <source>Recipes that could &amp;not be imported (each is a comment in the script):</source>
        <translation>Recepten die &amp;niet geïmporteerd konden worden (elk staat als commentaar in het script):</translation>
    </message>
    <message>
        <source>The rules as a Sieve script, the language mail programs use through ManageSieve. Apply checks the script before it is stored.</source>
        <translation>De regels als Sieve-script, de taal die e-mailprogramma’s via ManageSieve gebruiken. Toepassen controleert het script voordat het wordt opgeslagen.</translation>
    </message>
    <message>
        <source>Sieve &amp;script:</source>
        <translation>&amp;Sieve-script:</translation>
    </message>
    <message>
        <source>Sieve script</source>
        <translation>Sieve-script</translation>
    </message>
    <message>
        <source>Recipes not imported</source>
        <translation>Niet geïmporteerde recepten</translation>
    </message>
    <message>
        <source>Turn a .procmailrc into Sieve; you can read and change it here before you apply it</source>
        <translation>Een .procmailrc omzetten naar Sieve; u kunt het hier lezen en wijzigen voordat u het toepast</translation>
    </message>
    <message>
        <source>Check and store this script; it applies from the next message</source>
        <translation>Dit script controleren en opslaan; het geldt vanaf het volgende bericht</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::RelayPage</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Add Relay Client…</source>
        <translation>Relay-client &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Let a machine send mail through this server (Relay client wizard)</source>
        <translation>Een machine e-mail via deze server laten versturen (assistent voor relay-clients)</translation>
    </message>
    <message>
        <source>Machines listed here may send mail through this server to anyone without a password (Relay), are refused as soon as they connect (Reject), or are trusted without relaying (Trusted). Computers elsewhere log in with a password instead: the Relay client wizard sets up both.</source>
        <translation>Machines in deze lijst mogen via deze server zonder wachtwoord e-mail naar iedereen sturen (Doorsturen), worden geweigerd zodra ze verbinding maken (Weigeren), of worden vertrouwd zonder door te sturen (Vertrouwd). Computers elders melden zich in plaats daarvan aan met een wachtwoord: de assistent voor relay-clients regelt beide.</translation>
    </message>
    <message>
        <source>In sendmail: the access file (Connect: RELAY, REJECT, OK).</source>
        <translation>In sendmail: het access-bestand (Connect: RELAY, REJECT, OK).</translation>
    </message>
    <message>
        <source>Relay &amp;clients</source>
        <translation>Relay-&amp;clients</translation>
    </message>
    <message>
        <source>Relay clients</source>
        <translation>Relay-clients</translation>
    </message>
    <message>
        <source>Search clients…</source>
        <translation>Zoek clients…</translation>
    </message>
    <message>
        <source>Search relay clients</source>
        <translation>Zoek relay-clients</translation>
    </message>
    <message>
        <source>No relay clients yet — add the machines on your network that should send mail through this server with Add Relay Client.</source>
        <translation>Nog geen relay-clients — voeg met ‘Relay-client toevoegen’ de machines in uw netwerk toe die e-mail via deze server moeten versturen.</translation>
    </message>
    <message>
        <source>No relay client matches “%1”.</source>
        <translation>Geen relay-client komt overeen met ‘%1’.</translation>
    </message>
    <message>
        <source>Remove relay client</source>
        <translation>Relay-client verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected machine from the relay clients</source>
        <translation>De geselecteerde machine uit de relay-clients verwijderen</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>The account %1 was created. It logs in with its password to send mail; you find it on the Mailboxes &amp; Domains page.</source>
        <translation>Het account %1 is aangemaakt. Het meldt zich aan met zijn wachtwoord om e-mail te versturen; u vindt het op de pagina ‘Mailboxen &amp; domeinen’.</translation>
    </message>
    <message>
        <source>Machines at %1 can then send mail only to this server&apos;s own addresses, unless they log in.</source>
        <translation>Machines op %1 kunnen dan alleen nog naar de eigen adressen van deze server sturen, tenzij ze zich aanmelden.</translation>
    </message>
    <message>
        <source>Machines at %1 may then connect again like anyone else.</source>
        <translation>Machines op %1 mogen dan weer verbinding maken zoals iedereen.</translation>
    </message>
    <message>
        <source>Machines at %1 are then checked like anyone else.</source>
        <translation>Machines op %1 worden dan gecontroleerd zoals iedereen.</translation>
    </message>
    <message>
        <source>Remove the relay client %1?</source>
        <translation>De relay-client %1 verwijderen?</translation>
    </message>
    <message>
        <source>&amp;Remove Relay Client</source>
        <translation>Relay-client &amp;verwijderen</translation>
    </message>
    <message>
        <source>Send &amp;Test Message…</source>
        <translation>&amp;Testbericht versturen…</translation>
    </message>
    <message>
        <source>Send a test message to an address elsewhere and see what its server answers</source>
        <translation>Een testbericht naar een adres elders sturen en zien wat de server daarvan antwoordt</translation>
    </message>
    <message>
        <source>Relay Clie&amp;nts</source>
        <extracomment>Tab of the Relay page: the machines that may send through this server</extracomment>
        <translation>Relay-clie&amp;nts</translation>
    </message>
    <message>
        <source>&amp;Sending</source>
        <extracomment>Tab of the Relay page: how mail leaves this server</extracomment>
        <translation>Ver&amp;zenden</translation>
    </message>
    <message>
        <source>Which machines may send mail through this server</source>
        <translation>Welke machines e-mail via deze server mogen versturen</translation>
    </message>
    <message>
        <source>How mail leaves this server: smart host, routes, port 25</source>
        <translation>Hoe e-mail deze server verlaat: smarthost, routes, poort 25</translation>
    </message>
    <message>
        <source>Which machines may send mail through this server, and how mail leaves it.</source>
        <translation>Welke machines e-mail via deze server mogen versturen, en hoe e-mail hem verlaat.</translation>
    </message>
    <message>
        <source>The receiving server accepted the test message to %1. It answered:</source>
        <translation>De ontvangende server heeft het testbericht aan %1 aangenomen. Hij antwoordde:</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::RouteDialog</name>
    <message>
        <source>Change Route</source>
        <translation>Route wijzigen</translation>
    </message>
    <message>
        <source>Add Route</source>
        <translation>Route toevoegen</translation>
    </message>
    <message>
        <source>Mail for this destination goes through the server you name here, instead of the smart host or the recipient&apos;s own server. For example: only mail to outlook.com through your provider&apos;s server.</source>
        <translation>E-mail voor deze bestemming gaat via de server die u hier noemt, in plaats van via de smarthost of de eigen server van de ontvanger. Bijvoorbeeld: alleen e-mail aan outlook.com via de server van uw provider.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Add Route</source>
        <translation>Route &amp;toevoegen</translation>
    </message>
    <message>
        <source>outlook.com or *.example.com</source>
        <extracomment>Examples of a route destination: one domain, or every domain inside one</extracomment>
        <translation>outlook.com of *.example.com</translation>
    </message>
    <message>
        <source>Mail to</source>
        <translation>E-mail aan</translation>
    </message>
    <message>
        <source>&amp;Mail to:</source>
        <translation>E-&amp;mail aan:</translation>
    </message>
    <message>
        <source>Goes through</source>
        <translation>Gaat via</translation>
    </message>
    <message>
        <source>&amp;Goes through:</source>
        <translation>&amp;Gaat via:</translation>
    </message>
    <message>
        <source>Empty when the server needs no login</source>
        <translation>Leeg als de server geen login nodig heeft</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Enter the password again</source>
        <translation>Voer het wachtwoord opnieuw in</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>V&amp;ersleuteling:</translation>
    </message>
    <message>
        <source>Enter the domain this route is for, such as outlook.com, or *.example.com for every domain inside example.com.</source>
        <translation>Voer het domein in waarvoor deze route geldt, zoals outlook.com, of *.example.com voor elk domein binnen example.com.</translation>
    </message>
    <message>
        <source>Enter the server that takes this mail, such as smtp.provider.example:587.</source>
        <translation>Voer de server in die deze e-mail aanneemt, zoals smtp.provider.example:587.</translation>
    </message>
    <message>
        <source>Enter the login that goes with the password, or leave both empty.</source>
        <translation>Voer de login in die bij het wachtwoord hoort, of laat beide leeg.</translation>
    </message>
    <message>
        <source>Enter the password again: the server keeps it secret and replaces the whole route.</source>
        <translation>Voer het wachtwoord opnieuw in: de server houdt het geheim en vervangt de hele route.</translation>
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
        <translation>Deze regels zijn met de hand of door een ander programma geschreven (een e-mailprogramma via ManageSieve, of een geïmporteerde .procmailrc), dus de bouwer kan ze niet tonen zonder iets te verliezen. Wijzig ze in de scripteditor.</translation>
    </message>
    <message>
        <source>No rules yet — mail goes to the inbox. Add a rule to file mail into a folder.</source>
        <translation>Nog geen regels — berichten gaan naar het Postvak IN. Voeg een regel toe om berichten in een map op te bergen.</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel toe&amp;voegen</translation>
    </message>
    <message>
        <source>Automatic repl&amp;y while away</source>
        <translation>Automatisch antwoorden bij &amp;afwezigheid</translation>
    </message>
    <message>
        <source>A&amp;pply Rules</source>
        <translation>Regels toe&amp;passen</translation>
    </message>
    <message>
        <source>Each rule files matching mail into a folder, which is created when the first message arrives. The first rule that matches decides; other mail goes to the inbox.</source>
        <translation>Elke regel bergt passende berichten op in een map, die bij het eerste bericht wordt aangemaakt. De eerste regel die past beslist; andere berichten gaan naar het Postvak IN.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Add a rule that files mail into a folder</source>
        <translation>Een regel toevoegen die berichten in een map opbergt</translation>
    </message>
    <message>
        <source>Answer every sender once, for example while you are on holiday</source>
        <translation>Elke afzender één keer antwoorden, bijvoorbeeld terwijl u op vakantie bent</translation>
    </message>
    <message>
        <source>Away until Monday</source>
        <translation>Afwezig tot maandag</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Antwoordtekst</translation>
    </message>
    <message>
        <source>Reply &amp;text:</source>
        <translation>Antwoord&amp;tekst:</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>The unit after the number of days in &quot;Answer each sender once every N days&quot;</extracomment>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Answer each sender once &amp;every:</source>
        <translation>Elke afzender hoogstens één &amp;keer per:</translation>
    </message>
    <message>
        <source>Sieve &quot;vacation&quot; (RFC 5230), like the vacation program.</source>
        <translation>Sieve ‘vacation’ (RFC 5230), zoals het programma vacation.</translation>
    </message>
    <message>
        <source>Store these rules; they apply from the next message</source>
        <translation>Deze regels opslaan; ze gelden vanaf het volgende bericht</translation>
    </message>
    <message>
        <source>&amp;Open the Raw Editor</source>
        <translation>Scripteditor o&amp;penen</translation>
    </message>
    <message>
        <source>Rule %1 needs the name of the header to look at.</source>
        <translation>Regel %1 heeft de naam van de kopregel nodig die bekeken moet worden.</translation>
    </message>
    <message>
        <source>Rule %1 needs the text to look for.</source>
        <translation>Regel %1 heeft de tekst nodig waarnaar gezocht wordt.</translation>
    </message>
    <message>
        <source>Rule %1 needs the folder the mail goes to.</source>
        <translation>Regel %1 heeft de map nodig waar de berichten heen gaan.</translation>
    </message>
    <message>
        <source>The automatic reply needs a text.</source>
        <translation>Het automatische antwoord heeft een tekst nodig.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::RuleRowEdit</name>
    <message>
        <source>whose List-Id contains</source>
        <extracomment>Rule builder, in &quot;mail from the mailing list whose List-Id contains TEXT&quot;</extracomment>
        <translation>waarvan de List-Id bevat</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Mail</source>
        <extracomment>Rule builder: the start of the sentence &quot;Mail from … goes to folder …&quot;</extracomment>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>from</source>
        <extracomment>Rule builder: &quot;Mail from …&quot;</extracomment>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Rule builder: &quot;Mail to …&quot;</extracomment>
        <translation>aan</translation>
    </message>
    <message>
        <source>with subject</source>
        <extracomment>Rule builder: &quot;Mail with subject …&quot;</extracomment>
        <translation>met onderwerp</translation>
    </message>
    <message>
        <source>with header</source>
        <extracomment>Rule builder: &quot;Mail with header NAME …&quot;</extracomment>
        <translation>met kopregel</translation>
    </message>
    <message>
        <source>from the mailing list</source>
        <extracomment>Rule builder: &quot;Mail from the mailing list whose List-Id contains …&quot;</extracomment>
        <translation>van de mailinglijst</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Naam van de kopregel</translation>
    </message>
    <message>
        <source>contains</source>
        <extracomment>Rule builder: &quot;Mail from … contains TEXT&quot;</extracomment>
        <translation>bevat</translation>
    </message>
    <message>
        <source>is</source>
        <extracomment>Rule builder: &quot;Mail from … is TEXT&quot; (exactly)</extracomment>
        <translation>is</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>goes to folder</source>
        <extracomment>Rule builder: &quot;… goes to folder FOLDER&quot;</extracomment>
        <translation>gaan naar de map</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Deze regel verwijderen</translation>
    </message>
    <message>
        <source>Rule %1: what to look at</source>
        <extracomment>Screen reader name of a rule builder field; %1 is the rule&apos;s number</extracomment>
        <translation>Regel %1: wat bekeken wordt</translation>
    </message>
    <message>
        <source>Rule %1: header name</source>
        <translation>Regel %1: naam van de kopregel</translation>
    </message>
    <message>
        <source>Rule %1: how to compare</source>
        <translation>Regel %1: hoe vergeleken wordt</translation>
    </message>
    <message>
        <source>Rule %1: text to look for</source>
        <translation>Regel %1: tekst om naar te zoeken</translation>
    </message>
    <message>
        <source>Rule %1: folder</source>
        <translation>Regel %1: map</translation>
    </message>
    <message>
        <source>Remove rule %1</source>
        <translation>Regel %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::RulesPage</name>
    <message>
        <source>No users yet — add one on the Mailboxes &amp; Domains page</source>
        <translation>Nog geen gebruikers — voeg er een toe op de pagina ‘Mailboxen &amp; domeinen’</translation>
    </message>
    <message>
        <source>Whose rules</source>
        <translation>Wiens regels</translation>
    </message>
    <message>
        <source>&amp;Rules of:</source>
        <extracomment>Label of the combo box that chooses whose mail rules are shown: a user or the global rules</extracomment>
        <translation>&amp;Regels van:</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>&amp;Builder</source>
        <extracomment>Tab of the Rules page: rules made from ready-made sentences</extracomment>
        <translation>Bou&amp;wer</translation>
    </message>
    <message>
        <source>Ra&amp;w Editor</source>
        <extracomment>Tab of the Rules page: the Sieve script as text</extracomment>
        <translation>Script&amp;editor</translation>
    </message>
    <message>
        <source>Try a &amp;Message</source>
        <extracomment>Tab of the Rules page: a dry run of a pasted message</extracomment>
        <translation>Bericht &amp;uitproberen</translation>
    </message>
    <message>
        <source>File mail into folders and answer while away, without writing Sieve</source>
        <translation>Berichten in mappen opbergen en bij afwezigheid antwoorden, zonder Sieve te schrijven</translation>
    </message>
    <message>
        <source>The rules as a Sieve script; import a .procmailrc</source>
        <translation>De regels als Sieve-script; een .procmailrc importeren</translation>
    </message>
    <message>
        <source>See where a message would go, without delivering it</source>
        <translation>Zien waar een bericht terecht zou komen, zonder het af te leveren</translation>
    </message>
    <message>
        <source>How mail is sorted into folders when it is delivered, and automatic replies.</source>
        <translation>Hoe berichten bij het afleveren in mappen worden gesorteerd, en automatische antwoorden.</translation>
    </message>
    <message>
        <source>Global rules (spam)</source>
        <extracomment>The first entry of &quot;Rules of:&quot;: the rules every message goes through first</extracomment>
        <translation>Globale regels (spam)</translation>
    </message>
    <message>
        <source>The rules of %1 are stored. They apply from the next message.</source>
        <translation>De regels van %1 zijn opgeslagen. Ze gelden vanaf het volgende bericht.</translation>
    </message>
    <message>
        <source>Import procmail Rules</source>
        <translation>procmail-regels importeren</translation>
    </message>
    <message>
        <source>procmail rules (.procmailrc procmailrc *.rc)</source>
        <extracomment>File dialog filter; keep &quot;procmailrc&quot; and the patterns as they are</extracomment>
        <translation>procmail-regels (.procmailrc procmailrc *.rc)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to be a .procmailrc.</source>
        <translation>‘%1’ is te groot voor een .procmailrc.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>‘%1’ kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>The procmail rules are translated. Read them, then apply them.</source>
        <translation>De procmail-regels zijn vertaald. Lees ze en pas ze dan toe.</translation>
    </message>
    <message numerus="yes">
        <source>%n procmail recipe(s) could not be translated; they are listed below the script. Read the rest, then apply it.</source>
        <translation>
            <numerusform>%n procmail-recept kon niet vertaald worden; het staat onder het script. Lees de rest en pas die dan toe.</numerusform>
            <numerusform>%n procmail-recepten konden niet vertaald worden; ze staan onder het script. Lees de rest en pas die dan toe.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Opnieuw laden</translation>
    </message>
    <message>
        <source>Reload shows them; changes made here and not applied are then lost.</source>
        <translation>Opnieuw laden toont ze; wijzigingen die hier zijn gemaakt en niet toegepast gaan dan verloren.</translation>
    </message>
    <message>
        <source>The rules of %1 were changed elsewhere (a mail program, doorstepctl, or another control center).</source>
        <translation>De regels van %1 zijn elders gewijzigd (een mailprogramma, doorstepctl of een ander beheercentrum).</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::ScoreSampleDialog</name>
    <message>
        <source>Score a Sample</source>
        <translation>Proef beoordelen</translation>
    </message>
    <message>
        <source>Paste a whole message — its header lines, an empty line, then the text — and see the score the spam filter gives it with the current settings. Nothing is delivered or counted.</source>
        <translation>Plak een heel bericht — de kopregels, een lege regel, dan de tekst — en zie de score die het spamfilter het met de huidige instellingen geeft. Er wordt niets afgeleverd of geteld.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::SendingPane</name>
    <message>
        <source>A&amp;dd Route…</source>
        <translation>Route toevoe&amp;gen…</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>Route toevoegen</translation>
    </message>
    <message>
        <source>Send mail for a domain through a server of its own</source>
        <translation>E-mail voor een domein via een eigen server versturen</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <source>Edit route</source>
        <translation>Route bewerken</translation>
    </message>
    <message>
        <source>Change the selected route</source>
        <translation>De geselecteerde route wijzigen</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>Route verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected route</source>
        <translation>De geselecteerde route verwijderen</translation>
    </message>
    <message>
        <source>Mail to other people&apos;s addresses leaves this server here: straight to each recipient&apos;s mail server, or through your provider&apos;s server (a smart host) when your line cannot send it directly.</source>
        <translation>E-mail aan adressen van anderen verlaat deze server hier: rechtstreeks naar de mailserver van elke ontvanger, of via de server van uw provider (een smarthost) als uw verbinding het niet direct kan versturen.</translation>
    </message>
    <message>
        <source>In sendmail: SMART_HOST, authinfo and mailertable.</source>
        <translation>In sendmail: SMART_HOST, authinfo en mailertable.</translation>
    </message>
    <message>
        <source>Port 25</source>
        <translation>Poort 25</translation>
    </message>
    <message>
        <source>The sending settings were saved. They apply to the next delivery attempt.</source>
        <translation>De verzendinstellingen zijn opgeslagen. Ze gelden vanaf de volgende bezorgpoging.</translation>
    </message>
    <message>
        <source>Smart host</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <source>Send all outgoing mail through another server, usually your Internet or mail provider&apos;s, with the login it gave you. Leave the server empty to deliver straight to each recipient&apos;s server.</source>
        <translation>Alle uitgaande e-mail via een andere server versturen, meestal die van uw internet- of e-mailprovider, met de login die u van hem kreeg. Laat de server leeg om rechtstreeks bij de server van elke ontvanger te bezorgen.</translation>
    </message>
    <message>
        <source>Empty: deliver directly</source>
        <translation>Leeg: direct bezorgen</translation>
    </message>
    <message>
        <source>Smart host server</source>
        <translation>Smarthost-server</translation>
    </message>
    <message>
        <source>Smart host port</source>
        <translation>Smarthost-poort</translation>
    </message>
    <message>
        <source>25 for a server that takes mail from anyone, 587 for a provider&apos;s login (with encryption), 465 for encryption from the start</source>
        <translation>25 voor een server die e-mail van iedereen aanneemt, 587 voor de login bij een provider (met versleuteling), 465 voor versleuteling vanaf het begin</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Empty when the server needs no login</source>
        <translation>Leeg als de server geen login nodig heeft</translation>
    </message>
    <message>
        <source>Smart host login</source>
        <translation>Smarthost-login</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password</source>
        <translation>Leeg laten om het huidige wachtwoord te houden</translation>
    </message>
    <message>
        <source>Smart host password</source>
        <translation>Smarthost-wachtwoord</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Wacht&amp;woord:</translation>
    </message>
    <message>
        <source>Smart host encryption</source>
        <translation>Smarthost-versleuteling</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>Versleu&amp;teling:</translation>
    </message>
    <message>
        <source>In sendmail: SMART_HOST, and the U: and P: of authinfo.</source>
        <translation>In sendmail: SMART_HOST, en de U: en P: van authinfo.</translation>
    </message>
    <message>
        <source>Fallback relay</source>
        <translation>Uitwijkrelay</translation>
    </message>
    <message>
        <source>When this line cannot deliver directly — port 25 is blocked, or the recipient&apos;s server refuses home connections — mail goes through this server instead of waiting. Leave it empty to keep trying directly.</source>
        <translation>Als deze verbinding niet direct kan bezorgen — poort 25 is geblokkeerd, of de server van de ontvanger weigert thuisverbindingen — gaat e-mail via deze server in plaats van te wachten. Laat leeg om het direct te blijven proberen.</translation>
    </message>
    <message>
        <source>smtp.provider.example:587</source>
        <translation>smtp.provider.example:587</translation>
    </message>
    <message>
        <source>Fallback relay server</source>
        <translation>Uitwijkrelay-server</translation>
    </message>
    <message>
        <source>&amp;Fallback server:</source>
        <translation>&amp;Uitwijkserver:</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Toe&amp;passen</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Save the smart host and fallback relay</source>
        <translation>Smarthost en uitwijkrelay opslaan</translation>
    </message>
    <message>
        <source>&amp;Routes for particular domains</source>
        <translation>&amp;Routes voor bepaalde domeinen</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>Search routes…</source>
        <translation>Zoek routes…</translation>
    </message>
    <message>
        <source>Search routes</source>
        <translation>Zoek routes</translation>
    </message>
    <message>
        <source>No routes — all mail leaves the same way. Add one with Add Route to send mail for some domains another way, such as only mail to outlook.com through your provider&apos;s server.</source>
        <translation>Geen routes — alle e-mail vertrekt op dezelfde manier. Voeg er een toe met ‘Route toevoegen’ om e-mail voor sommige domeinen anders te versturen, zoals alleen e-mail aan outlook.com via de server van uw provider.</translation>
    </message>
    <message>
        <source>No route matches “%1”.</source>
        <translation>Geen route komt overeen met ‘%1’.</translation>
    </message>
    <message>
        <source>Mail for these domains goes through its own server, before the smart host and the recipient&apos;s server are considered. *.example.com means every domain inside example.com.</source>
        <translation>E-mail voor deze domeinen gaat via een eigen server, voordat de smarthost en de server van de ontvanger aan bod komen. *.example.com betekent elk domein binnen example.com.</translation>
    </message>
    <message>
        <source>In sendmail: mailertable.</source>
        <translation>In sendmail: mailertable.</translation>
    </message>
    <message>
        <source>Remove the route for %1?</source>
        <translation>De route voor %1 verwijderen?</translation>
    </message>
    <message>
        <source>Mail for %1 then no longer goes through %2, but through the smart host or straight to the recipient&apos;s server.</source>
        <translation>E-mail voor %1 gaat dan niet meer via %2, maar via de smarthost of rechtstreeks naar de server van de ontvanger.</translation>
    </message>
    <message>
        <source>&amp;Remove Route</source>
        <translation>Route &amp;verwijderen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::SetPasswordDialog</name>
    <message>
        <source>Set Password</source>
        <translation>Wachtwoord instellen</translation>
    </message>
    <message>
        <source>The new password works at once; mail programs that remembered the old one will ask for it.</source>
        <translation>Het nieuwe wachtwoord werkt meteen; e-mailprogramma&apos;s die het oude hebben onthouden, vragen erom.</translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation>Wachtwoord &amp;instellen</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Gebruiker:</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::SpamPane</name>
    <message>
        <source>Every incoming message gets a spam score: the more signs of spam, the higher. From the threshold on it is marked and filed into the spam folder; from the reject threshold on it is refused. Try a message with Score a Sample.</source>
        <translation>Elk binnenkomend bericht krijgt een spamscore: hoe meer tekenen van spam, hoe hoger. Vanaf de drempel wordt het gemarkeerd en in de spammap opgeborgen; vanaf de weigerdrempel wordt het geweigerd. Probeer een bericht met „Proef beoordelen”.</translation>
    </message>
    <message>
        <source>In sendmail: spamass-milter with SpamAssassin&apos;s required_score, and procmail filing into spamtrap.</source>
        <translation>In sendmail: spamass-milter met required_score van SpamAssassin, en procmail dat in spamtrap opbergt.</translation>
    </message>
    <message>
        <source>Off: no message is scored, marked or filed as spam.</source>
        <translation>Uit: geen bericht wordt als spam beoordeeld, gemarkeerd of opgeborgen.</translation>
    </message>
    <message>
        <source>Scored &amp;by:</source>
        <translation>Beoordeeld &amp;door:</translation>
    </message>
    <message>
        <source>Built-in checks</source>
        <translation>Ingebouwde controles</translation>
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
        <translation>De ingebouwde controles hebben niets anders nodig; SpamAssassin en rspamd beoordelen beter, zodra ze geïnstalleerd zijn.</translation>
    </message>
    <message>
        <source>Scorer &amp;address:</source>
        <translation>&amp;Adres van de beoordelaar:</translation>
    </message>
    <message>
        <source>Where spamd or rspamd listens, as host:port. Empty: its usual port on this machine.</source>
        <translation>Waar spamd of rspamd luistert, als host:poort. Leeg: de gebruikelijke poort op deze machine.</translation>
    </message>
    <message>
        <source>Empty: 127.0.0.1 and the usual port</source>
        <translation>Leeg: 127.0.0.1 en de gebruikelijke poort</translation>
    </message>
    <message>
        <source>Spam &amp;from score:</source>
        <translation>Spam &amp;vanaf score:</translation>
    </message>
    <message>
        <source>Messages scoring at least this much are spam (SpamAssassin&apos;s usual: 5.0). Lower catches more, and more real mail by mistake.</source>
        <translation>Berichten met minstens deze score zijn spam (gebruikelijk bij SpamAssassin: 5,0). Lager vangt meer, en meer echte mail per ongeluk.</translation>
    </message>
    <message>
        <source>&amp;Refuse from score:</source>
        <translation>&amp;Weigeren vanaf score:</translation>
    </message>
    <message>
        <source>Messages scoring at least this much are refused at once, so nobody sees them; 0 refuses none.</source>
        <translation>Berichten met minstens deze score worden meteen geweigerd, zodat niemand ze ziet; 0 weigert er geen.</translation>
    </message>
    <message>
        <source>Sub&amp;ject tag:</source>
        <translation>Onder&amp;werplabel:</translation>
    </message>
    <message>
        <source>Put before the subject of spam. Empty: the subject stays as it is.</source>
        <translation>Wordt voor het onderwerp van spam gezet. Leeg: het onderwerp blijft zoals het is.</translation>
    </message>
    <message>
        <source>Empty: leave the subject alone</source>
        <translation>Leeg: onderwerp ongemoeid laten</translation>
    </message>
    <message>
        <source>The mailbox folder spam is filed into.</source>
        <translation>De postvakmap waarin spam wordt opgeborgen.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>Her&amp;stellen</translation>
    </message>
    <message>
        <source>Save the spam settings</source>
        <translation>De spaminstellingen opslaan</translation>
    </message>
    <message>
        <source>The spam settings were saved. They apply to the next message.</source>
        <translation>De spaminstellingen zijn opgeslagen. Ze gelden vanaf het volgende bericht.</translation>
    </message>
    <message>
        <source>Score &amp;incoming mail for spam</source>
        <translation>Binnenkomende mail op spam &amp;beoordelen</translation>
    </message>
    <message>
        <source>Spam f&amp;older:</source>
        <translation>Spam&amp;map:</translation>
    </message>
    <message>
        <source>Bloc&amp;klists:</source>
        <translation>Bloc&amp;klijsten:</translation>
    </message>
    <message>
        <source>DNS blocklists the built-in checks ask about each sending server, separated by commas. Spamhaus refuses queries through public resolvers such as 8.8.8.8; such an answer counts as not listed.</source>
        <translation>DNS-blokkeerlijsten die de ingebouwde controles over elke verzendende server raadplegen, gescheiden door komma&apos;s. Spamhaus weigert vragen via openbare resolvers zoals 8.8.8.8; zo&apos;n antwoord telt als niet vermeld.</translation>
    </message>
    <message>
        <source>&amp;Wait for the scorer:</source>
        <translation>&amp;Wachten op de beoordelaar:</translation>
    </message>
    <message>
        <source>A message spamd or rspamd has not scored by then is let in unscored, marked “unscanned”.</source>
        <translation>Een bericht dat spamd of rspamd dan nog niet heeft beoordeeld, wordt onbeoordeeld binnengelaten, gemarkeerd als „unscanned”.</translation>
    </message>
    <message>
        <source>&amp;Largest message scored:</source>
        <translation>&amp;Grootste beoordeelde bericht:</translation>
    </message>
    <message>
        <source>Bigger messages are let in unscored: spam is small, and scoring big mail is slow (0: score all).</source>
        <translation>Grotere berichten worden onbeoordeeld binnengelaten: spam is klein, en grote e-mail beoordelen is traag (0: alles beoordelen).</translation>
    </message>
    <message>
        <source>Filter Thresholds &amp;Wizard…</source>
        <translation>Assistent voor filter&amp;drempels…</translation>
    </message>
    <message>
        <source>Choose the spam backend, thresholds and spam folder step by step, and try them before saving</source>
        <translation>Spambeoordelaar, drempels en spammap stap voor stap kiezen en vóór het opslaan uitproberen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::StatisticsChart</name>
    <message numerus="yes">
        <source>Mail of the last %n day(s)</source>
        <translation>
            <numerusform>E-mail van de laatste dag</numerusform>
            <numerusform>E-mail van de laatste %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>Date on the chart&apos;s day axis (QDate format): &quot;Nov 26&quot;; German &quot;26. Nov.&quot;</extracomment>
        <translation>d MMM</translation>
    </message>
    <message numerus="yes">
        <source>Totals of the last %n day(s): %1</source>
        <translation>
            <numerusform>Totalen van de laatste dag: %1</numerusform>
            <numerusform>Totalen van de laatste %n dagen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::TestMessageDialog</name>
    <message>
        <source>Send Test Message</source>
        <translation>Testbericht versturen</translation>
    </message>
    <message>
        <source>Sends a short test message now, the way real mail to this address goes, and shows what the receiving server answered. Use an address at another provider that you can read.</source>
        <translation>Verstuurt nu een kort testbericht langs de weg die echte e-mail aan dit adres neemt, en toont wat de ontvangende server antwoordde. Gebruik een adres bij een andere provider dat u kunt lezen.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Versturen</translation>
    </message>
    <message>
        <source>you@another-provider.example</source>
        <translation>u@andere-provider.example</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Versturen naar</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Versturen &amp;naar:</translation>
    </message>
    <message>
        <source>Enter the address to send the test message to.</source>
        <translation>Voer het adres in waar het testbericht naartoe moet.</translation>
    </message>
    <message>
        <source>The test message was not delivered.</source>
        <translation>Het testbericht is niet bezorgd.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Pages::UsersPane</name>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>&amp;Wachtwoord instellen…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <source>Remo&amp;ve User…</source>
        <translation>Gebruiker ve&amp;rwijderen…</translation>
    </message>
    <message>
        <source>Search users…</source>
        <translation>Zoek gebruikers…</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Gebruikers zoeken</translation>
    </message>
    <message>
        <source>Users in %1</source>
        <translation>Gebruikers in %1</translation>
    </message>
    <message>
        <source>Add a domain first; then add the people who get a mailbox in it.</source>
        <translation>Voeg eerst een domein toe; voeg daarna de mensen toe die er een mailbox in krijgen.</translation>
    </message>
    <message>
        <source>No user in %1 matches “%2”.</source>
        <translation>Geen gebruiker in %1 komt overeen met “%2”.</translation>
    </message>
    <message>
        <source>No users in %1 yet — add one with Add User. The address and password are what mail programs log in with.</source>
        <translation>Nog geen gebruikers in %1 – voeg er een toe met Gebruiker toevoegen. E-mailprogramma&apos;s melden zich aan met het adres en het wachtwoord.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Inschakelen</translation>
    </message>
    <message>
        <source>Refuse this user&apos;s logins and mail; the mailbox is kept</source>
        <translation>Aanmeldingen en e-mail van deze gebruiker weigeren; de mailbox blijft bewaard</translation>
    </message>
    <message>
        <source>Let this user log in and receive mail again</source>
        <translation>Deze gebruiker weer laten aanmelden en e-mail laten ontvangen</translation>
    </message>
    <message>
        <source>Se&amp;t Up a Device…</source>
        <translation>&amp;Apparaat instellen…</translation>
    </message>
    <message>
        <source>The settings to type into a mail program on a computer or phone</source>
        <translation>De instellingen om in een mailprogramma op een computer of telefoon te typen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Tray::Notifier</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) need your attention</source>
        <translation>
            <numerusform>%n gebeurtenis vraagt uw aandacht</numerusform>
            <numerusform>%n gebeurtenissen vragen uw aandacht</numerusform>
        </translation>
    </message>
    <message>
        <source>A virus was blocked: %1 in mail without a sender address</source>
        <extracomment>Notification: %1 is the virus&apos;s name (&quot;Win.Trojan.Agent&quot;), %2 the sender&apos;s address</extracomment>
        <translation>Er is een virus tegengehouden: %1 in e-mail zonder afzenderadres</translation>
    </message>
    <message>
        <source>A virus was blocked: %1 in mail from %2</source>
        <translation>Er is een virus tegengehouden: %1 in e-mail van %2</translation>
    </message>
    <message>
        <source>Spam filter degraded: %1</source>
        <extracomment>Notification: %1 says what is wrong (&quot;Connection refused.&quot;)</extracomment>
        <translation>Spamfilter werkt beperkt: %1</translation>
    </message>
    <message>
        <source>Virus scanner degraded: %1</source>
        <extracomment>Notification: %1 says what is wrong (&quot;The database directory is empty.&quot;)</extracomment>
        <translation>Virusscanner werkt beperkt: %1</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Tray::TrayIcon</name>
    <message>
        <source>&amp;Open Doorstep</source>
        <translation>Doorstep &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Pause Notifications</source>
        <translation>Meldingen &amp;pauzeren</translation>
    </message>
    <message>
        <source>&amp;Notify Me About</source>
        <translation>&amp;Meldingen voor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>Quits the control center; the mail server keeps running</extracomment>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Closes this program; mail keeps flowing</source>
        <translation>Sluit dit programma af; de e-mail wordt gewoon verder bezorgd</translation>
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
        <translation>Vandaag: %1 ontvangen, %2 afgeleverd, %3 onbestelbaar, %4 geweigerd</translation>
    </message>
    <message>
        <source>Filtered: %1 greylisted, %2 viruses, %3 spam</source>
        <extracomment>Tray menu line with today&apos;s filter counters, under the &quot;Today:&quot; line</extracomment>
        <translation>Gefilterd: %1 gegreylist, %2 virussen, %3 spam</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::Confirmation</name>
    <message>
        <source>Confirm Removal</source>
        <extracomment>Title of a confirmation before removing something</extracomment>
        <translation>Verwijderen bevestigen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::FieldErrorLabel</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::HealthCheckView</name>
    <message>
        <source>Not checked yet.</source>
        <translation>Nog niet gecontroleerd.</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Mail server (MX)</source>
        <extracomment>Health check: the domain&apos;s MX record points at this server</extracomment>
        <translation>Mailserver (MX)</translation>
    </message>
    <message>
        <source>Address (A/AAAA)</source>
        <extracomment>Health check: the host name&apos;s A/AAAA records are the public address</extracomment>
        <translation>Adres (A/AAAA)</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR)</source>
        <extracomment>Health check: the public address&apos;s reverse name (PTR) is the host name</extracomment>
        <translation>Reverse DNS (PTR)</translation>
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
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>Outgoing port 25</source>
        <extracomment>Health check: outgoing connections to port 25 are not blocked</extracomment>
        <translation>Uitgaande poort 25</translation>
    </message>
    <message>
        <source>Blocklist %1</source>
        <extracomment>Health check: %1 is a DNS blocklist such as zen.spamhaus.org</extracomment>
        <translation>Blokkeerlijst %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message numerus="yes">
        <source>All %n checks passed.</source>
        <translation>
            <numerusform>%n controle geslaagd.</numerusform>
            <numerusform>Alle %n controles geslaagd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 — the records to publish are under the checks.</source>
        <extracomment>%1 and %2 are already &quot;N failed&quot; / &quot;N warnings&quot;</extracomment>
        <translation>%1, %2 — de te publiceren records staan onder de controles.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Record to publish for %1</source>
        <translation>Te publiceren record voor %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy the record for %1</source>
        <translation>Het record voor %1 kopiëren</translation>
    </message>
    <message>
        <source>Copy this record to the clipboard</source>
        <translation>Dit record naar het klembord kopiëren</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Melding sluiten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::PasswordFields</name>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Minstens 8 tekens</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Wachtwoord &amp;herhalen:</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Voer een wachtwoord in.</translation>
    </message>
    <message>
        <source>The two passwords do not match. Type the same password twice.</source>
        <translation>De twee wachtwoorden komen niet overeen. Typ twee keer hetzelfde wachtwoord.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::SampleMessageEditor</name>
    <message>
        <source>Use the &amp;GTUBE Test Message</source>
        <translation>&amp;GTUBE-testbericht gebruiken</translation>
    </message>
    <message>
        <source>Use a C&amp;lean Message</source>
        <translation>Een &amp;normaal bericht gebruiken</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Beoordelen</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>Message to score</source>
        <translation>Te beoordelen bericht</translation>
    </message>
    <message>
        <source>From: someone@example.net
Subject: Hello

The text of the message…</source>
        <translation>From: iemand@example.net
Subject: Hallo

De tekst van het bericht…</translation>
    </message>
    <message>
        <source>A test message that every spam filter scores as spam</source>
        <translation>Een testbericht dat elk spamfilter als spam beoordeelt</translation>
    </message>
    <message>
        <source>An ordinary message that should not count as spam</source>
        <translation>Een gewoon bericht dat niet als spam hoort te gelden</translation>
    </message>
    <message>
        <source>Score the message with the spam filter</source>
        <translation>Het bericht met het spamfilter beoordelen</translation>
    </message>
    <message>
        <source>Test message for the spam filter</source>
        <translation>Testbericht voor het spamfilter</translation>
    </message>
    <message>
        <source>This message carries the GTUBE test string, which every spam filter scores as spam:</source>
        <translation>Dit bericht bevat de GTUBE-testtekenreeks, die elk spamfilter als spam beoordeelt:</translation>
    </message>
    <message>
        <source>Lunch on Friday?</source>
        <translation>Lunch op vrijdag?</translation>
    </message>
    <message>
        <source>Hi,

shall we have lunch on Friday at noon, at the usual place?

Anna</source>
        <translation>Hoi,

zullen we vrijdag om twaalf uur lunchen, op de gebruikelijke plek?

Anna</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::SettingsForm</name>
    <message>
        <source>Show the saved settings again</source>
        <translation>De opgeslagen instellingen opnieuw tonen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::SpamScoreView</name>
    <message>
        <source>Not spam</source>
        <extracomment>Spam verdict: not spam</extracomment>
        <translation>Geen spam</translation>
    </message>
    <message>
        <source>Score %1, below the threshold of %2: delivered to the inbox.</source>
        <translation>Score %1, onder de drempel van %2: wordt in het Postvak IN afgeleverd.</translation>
    </message>
    <message>
        <source>Spam</source>
        <extracomment>Spam verdict</extracomment>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Score %1, at or above the threshold of %2: marked and filed into the spam folder.</source>
        <translation>Score %1, op of boven de drempel van %2: wordt gemarkeerd en in de spammap opgeborgen.</translation>
    </message>
    <message>
        <source>Refused</source>
        <extracomment>Spam verdict: so spammy it is refused</extracomment>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Score %1, at or above the reject threshold of %2: refused when it arrives.</source>
        <translation>Score %1, op of boven de weigerdrempel van %2: wordt bij aankomst geweigerd.</translation>
    </message>
    <message>
        <source>Not scored</source>
        <extracomment>Spam verdict: the filter could not score it</extracomment>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>The spam filter could not score it, so it would be delivered unscanned. The engine says: %1</source>
        <translation>Het spamfilter kon het niet beoordelen, dus het zou ongescand worden afgeleverd. De engine meldt: %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>The engine gave a verdict this version does not know (%1).</source>
        <translation>De engine gaf een oordeel dat deze versie niet kent (%1).</translation>
    </message>
    <message>
        <source>Rules that hit: %1</source>
        <translation>Geraakte regels: %1</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::StateBadge</name>
    <message>
        <source>Engine state: %1</source>
        <translation>Status van de engine: %1</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::TablePane</name>
    <message>
        <source>Search…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Niets komt overeen met ‘%1’.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Widgets::UnitField</name>
    <message>
        <source>seconds</source>
        <extracomment>Unit of a duration</extracomment>
        <translation>seconden</translation>
    </message>
    <message>
        <source>minutes</source>
        <extracomment>Unit of a duration</extracomment>
        <translation>minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <extracomment>Unit of a duration</extracomment>
        <translation>uur</translation>
    </message>
    <message>
        <source>days</source>
        <extracomment>Unit of a duration</extracomment>
        <translation>dagen</translation>
    </message>
    <message>
        <source>bytes</source>
        <extracomment>Unit of a size</extracomment>
        <translation>bytes</translation>
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
        <translation>Ik ga akkoord met de &amp;gebruiksvoorwaarden van de certificaatautoriteit</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt</source>
        <translation>Let&apos;s Encrypt</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt writes to this address before the certificate expires, should renewing ever fail. The certificate is for the names below.</source>
        <translation>Let&apos;s Encrypt schrijft naar dit adres voordat het certificaat verloopt, mocht het vernieuwen ooit mislukken. Het certificaat is voor de namen hieronder.</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>u@example.org</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>Host names, separated by commas; the first is the one this server greets with</source>
        <translation>Hostnamen, gescheiden door komma&apos;s; de eerste is de naam waarmee deze server begroet</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Namen:</translation>
    </message>
    <message>
        <source>Read them at &lt;a href=&quot;https://letsencrypt.org/repository/&quot;&gt;letsencrypt.org/repository&lt;/a&gt;.</source>
        <translation>U vindt ze op &lt;a href=&quot;https://letsencrypt.org/repository/&quot;&gt;letsencrypt.org/repository&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>ACME (RFC 8555) with the HTTP-01 challenge; settings acme.email and acme.http_port.</source>
        <translation>ACME (RFC 8555) met de HTTP-01-challenge; instellingen acme.email en acme.http_port.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt checks the names by connecting to http://%1/ — so for a minute, port 80 of your Internet line must lead to this computer: forward TCP port 80 in your router.</source>
        <translation>Let&apos;s Encrypt controleert de namen door verbinding te maken met http://%1/ — dus moet poort 80 van uw internetverbinding een minuut lang naar deze computer leiden: stuur TCP-poort 80 door in uw router.</translation>
    </message>
    <message>
        <source>This server answers on port %1 (acme.http_port): forward port 80 of the router to port %1 here.</source>
        <translation>Deze server antwoordt op poort %1 (acme.http_port): stuur poort 80 van de router door naar poort %1 op deze computer.</translation>
    </message>
    <message>
        <source>Enter an e-mail address that reaches you, such as you@example.org.</source>
        <translation>Voer een e-mailadres in waarop u bereikbaar bent, zoals u@example.org.</translation>
    </message>
    <message>
        <source>Enter at least the host name, such as mail.example.org.</source>
        <translation>Voer ten minste de hostnaam in, zoals mail.example.org.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt issues certificates only to those who agree to its terms.</source>
        <translation>Let&apos;s Encrypt geeft alleen certificaten uit aan wie met de voorwaarden akkoord gaat.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::CertificateChoicePage</name>
    <message>
        <source>&amp;Let&apos;s Encrypt (recommended)</source>
        <translation>&amp;Let&apos;s Encrypt (aanbevolen)</translation>
    </message>
    <message>
        <source>&amp;Import files from another certificate authority</source>
        <translation>Bestanden van een andere certificaatautoriteit &amp;importeren</translation>
    </message>
    <message>
        <source>A &amp;self-signed certificate, now</source>
        <translation>Een &amp;zelfondertekend certificaat, nu meteen</translation>
    </message>
    <message>
        <source>Which certificate?</source>
        <translation>Welk certificaat?</translation>
    </message>
    <message>
        <source>A certificate lets mail programs and other servers talk to this one over an encrypted connection, and check that it really is this server.</source>
        <translation>Met een certificaat kunnen e-mailprogramma&apos;s en andere servers via een versleutelde verbinding met deze server praten, en controleren dat het echt deze server is.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt</source>
        <translation>Let&apos;s Encrypt</translation>
    </message>
    <message>
        <source>Free and trusted everywhere. Doorstep gets it now and renews it by itself before it expires. Let&apos;s Encrypt must reach this computer on port 80 for a moment.</source>
        <translation>Gratis en overal vertrouwd. Doorstep haalt het nu op en vernieuwt het vanzelf voordat het verloopt. Let&apos;s Encrypt moet deze computer even via poort 80 kunnen bereiken.</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Bestanden importeren</translation>
    </message>
    <message>
        <source>You bought a certificate, or your organisation gives you one: choose its files (certificate, private key, chain).</source>
        <translation>U hebt een certificaat gekocht, of uw organisatie geeft u er een: kies de bestanden ervan (certificaat, privésleutel, keten).</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Zelfondertekend</translation>
    </message>
    <message>
        <source>Made by this server alone. Other mail servers still encrypt with it, but mail programs ask whether to trust it.</source>
        <translation>Alleen door deze server gemaakt. Andere mailservers versleutelen er toch mee, maar e-mailprogramma&apos;s vragen of ze het moeten vertrouwen.</translation>
    </message>
    <message>
        <source>In sendmail: confSERVER_CERT, confSERVER_KEY and confCACERT.</source>
        <translation>In sendmail: confSERVER_CERT, confSERVER_KEY en confCACERT.</translation>
    </message>
    <message>
        <source>The engine&apos;s settings could not be read.</source>
        <translation>De instellingen van de engine konden niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::CertificateResultPage</name>
    <message>
        <source>The new certificate is in use</source>
        <translation>Het nieuwe certificaat is in gebruik</translation>
    </message>
    <message>
        <source>New connections use it from now on.</source>
        <translation>Nieuwe verbindingen gebruiken het vanaf nu.</translation>
    </message>
    <message>
        <source>Reading the certificate…</source>
        <translation>Certificaat wordt gelezen…</translation>
    </message>
    <message>
        <source>this server itself</source>
        <translation>deze server zelf</translation>
    </message>
    <message>
        <source>For: %1
Issued by: %2
Valid until: %3</source>
        <translation>Voor: %1
Uitgegeven door: %2
Geldig tot: %3</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::CertificateReviewPage</name>
    <message>
        <source>Ready to change the certificate</source>
        <translation>Klaar om het certificaat te wijzigen</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Apply makes this change; Cancel leaves everything as it was.</source>
        <translation>Er is nog niets gewijzigd. ‘Toepassen’ voert deze wijziging uit; ‘Annuleren’ laat alles zoals het was.</translation>
    </message>
    <message>
        <source>Certificate request in progress</source>
        <translation>Certificaataanvraag loopt</translation>
    </message>
    <message>
        <source>Ask Let&apos;s Encrypt for a certificate for %1, with %2 as the contact address. It replaces the certificate in use as soon as it is issued, without dropping connections, and is renewed by itself.</source>
        <translation>Bij Let&apos;s Encrypt een certificaat voor %1 aanvragen, met %2 als contactadres. Het vervangt het huidige certificaat zodra het is uitgegeven, zonder verbindingen te verbreken, en wordt vanzelf vernieuwd.</translation>
    </message>
    <message>
        <source>Check the certificate against the key of the request made on this server, then use it.</source>
        <translation>Het certificaat controleren tegen de sleutel van de aanvraag die op deze server is gemaakt, en het daarna gebruiken.</translation>
    </message>
    <message>
        <source>Check the certificate, its key and chain, then use them in place of the certificate in use.</source>
        <translation>Het certificaat, de sleutel en de keten controleren, en ze daarna gebruiken in plaats van het huidige certificaat.</translation>
    </message>
    <message>
        <source>Make a new self-signed certificate for %1 and use it in place of the certificate in use.</source>
        <translation>Een nieuw zelfondertekend certificaat voor %1 maken en het gebruiken in plaats van het huidige certificaat.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::CertificateWizard</name>
    <message>
        <source>“%1” is not a host name: write it as mail.example.org.</source>
        <translation>‘%1’ is geen hostnaam: schrijf hem als mail.example.org.</translation>
    </message>
    <message>
        <source>Certificates Wizard</source>
        <translation>Assistent voor certificaten</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>Opening the account at the certificate authority…</source>
        <extracomment>ACME progress step</extracomment>
        <translation>Account bij de certificaatautoriteit wordt geopend…</translation>
    </message>
    <message>
        <source>Ordering the certificate…</source>
        <extracomment>ACME progress step</extracomment>
        <translation>Certificaat wordt besteld…</translation>
    </message>
    <message>
        <source>Proving the names are yours: the certificate authority connects to this server…</source>
        <extracomment>ACME progress step: the CA connects to this server to check the names</extracomment>
        <translation>Bewijzen dat de namen van u zijn: de certificaatautoriteit maakt verbinding met deze server…</translation>
    </message>
    <message>
        <source>The names are proven.</source>
        <extracomment>ACME progress step</extracomment>
        <translation>De namen zijn bewezen.</translation>
    </message>
    <message>
        <source>Asking for the signed certificate…</source>
        <extracomment>ACME progress step</extracomment>
        <translation>Ondertekend certificaat wordt aangevraagd…</translation>
    </message>
    <message>
        <source>Downloading the certificate…</source>
        <extracomment>ACME progress step</extracomment>
        <translation>Certificaat wordt gedownload…</translation>
    </message>
    <message>
        <source>The certificate is issued and in use.</source>
        <extracomment>ACME progress step</extracomment>
        <translation>Het certificaat is uitgegeven en in gebruik.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <extracomment>ACME progress step</extracomment>
        <translation>De aanvraag is mislukt.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::ChoicePage</name>
    <message>
        <source>A machine on &amp;my network</source>
        <translation>Een machine in &amp;mijn netwerk</translation>
    </message>
    <message>
        <source>A computer &amp;elsewhere</source>
        <translation>Een computer &amp;elders</translation>
    </message>
    <message>
        <source>Which machine should send mail through this server?</source>
        <translation>Welke machine moet e-mail via deze server versturen?</translation>
    </message>
    <message>
        <source>Printers, scanners, servers and other computers can hand their mail to this server, which delivers it for them. Choose where the machine is.</source>
        <translation>Printers, scanners, servers en andere computers kunnen hun e-mail aan deze server overdragen, die het voor hen bezorgt. Kies waar de machine staat.</translation>
    </message>
    <message>
        <source>A machine on my network</source>
        <translation>Een machine in mijn netwerk</translation>
    </message>
    <message>
        <source>It sends without a password: this server recognises it by its IP address. For printers, scanners and computers at home or in the office.</source>
        <translation>Hij verstuurt zonder wachtwoord: deze server herkent hem aan zijn IP-adres. Voor printers, scanners en computers thuis of op kantoor.</translation>
    </message>
    <message>
        <source>A computer elsewhere</source>
        <translation>Een computer elders</translation>
    </message>
    <message>
        <source>It logs in with a name and password of its own, so it can send from anywhere: a laptop, or a server at a hosting company.</source>
        <translation>Hij meldt zich aan met een eigen naam en wachtwoord, en kan zo van overal versturen: een laptop, of een server bij een hostingbedrijf.</translation>
    </message>
    <message>
        <source>In sendmail: a RELAY line in the access file, or a client with this server as its SMART_HOST and an AuthInfo line with its login.</source>
        <translation>In sendmail: een RELAY-regel in het access-bestand, of een client met deze server als SMART_HOST en een AuthInfo-regel met zijn aanmelding.</translation>
    </message>
    <message>
        <source>The wizard could not ask the engine about this server.</source>
        <translation>De assistent kon de engine niets over deze server vragen.</translation>
    </message>
    <message>
        <source>A computer elsewhere needs an account in one of your domains: add a domain on the Mailboxes &amp; Domains page first.</source>
        <translation>Een computer elders heeft een account in een van uw domeinen nodig: voeg eerst een domein toe op de pagina ‘Mailboxen &amp; domeinen’.</translation>
    </message>
    <message>
        <source>A computer elsewhere logs in on the submission port, and this server has it switched off.</source>
        <translation>Een computer elders meldt zich aan op de submission-poort, en deze server heeft die uitgeschakeld.</translation>
    </message>
    <message>
        <source>This server does not listen for incoming mail (the MTA listener is off), so machines on your network cannot send through it.</source>
        <translation>Deze server luistert niet naar inkomende e-mail (de MTA-listener staat uit), dus machines in uw netwerk kunnen er niet via versturen.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::ConfigurationPage</name>
    <message>
        <source>Set up the machine</source>
        <translation>De machine instellen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>Gegenereerd wachtwoord</translation>
    </message>
    <message>
        <source>Copy Pass&amp;word</source>
        <translation>Wachtwoord &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Het wachtwoord kopiëren</translation>
    </message>
    <message>
        <source>Configuration for the machine&apos;s mail program</source>
        <translation>Configuratie voor het e-mailprogramma van de machine</translation>
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
        <translation>%1-configuratie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opiëren</translation>
    </message>
    <message>
        <source>Copy the %1 configuration</source>
        <translation>De %1-configuratie kopiëren</translation>
    </message>
    <message>
        <source>The account %1 is ready. Enter these settings on the computer. The password is shown only now: copy it before you close this window, Doorstep does not keep it.</source>
        <translation>Het account %1 is klaar. Voer deze instellingen in op de computer. Het wachtwoord wordt alleen nu getoond: kopieer het voordat u dit venster sluit, Doorstep bewaart het niet.</translation>
    </message>
    <message>
        <source>%1 may now send mail through this server. Enter these settings on the machine; it needs no password.</source>
        <translation>%1 mag nu e-mail via deze server versturen. Voer deze instellingen in op de machine; er is geen wachtwoord nodig.</translation>
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
        <translation>Uw adres op internet</translation>
    </message>
    <message>
        <source>Most home lines get a new address now and then. A dynamic DNS provider keeps your host name pointed at it: Doorstep tells the provider each time the address changes.</source>
        <translation>De meeste thuisverbindingen krijgen af en toe een nieuw adres. Een provider voor dynamische DNS zorgt dat uw hostnaam ernaar blijft wijzen: Doorstep meldt het de provider telkens als het adres verandert.</translation>
    </message>
    <message>
        <source>None: my address does not change, or I update the DNS myself</source>
        <translation>Geen: mijn adres verandert niet, of ik werk de DNS zelf bij</translation>
    </message>
    <message>
        <source>Namecheap</source>
        <translation>Namecheap</translation>
    </message>
    <message>
        <source>DynDNS2 (No-IP, Dyn, a router&apos;s “custom” provider)</source>
        <extracomment>Dynamic DNS provider: the DynDNS2 protocol that No-IP, Dyn and many routers speak</extracomment>
        <translation>DynDNS2 (No-IP, Dyn, de ‘aangepaste’ provider van een router)</translation>
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
        <translation>Mijn eigen DNS-server (RFC 2136 met een TSIG-sleutel)</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>D&amp;omain at the provider:</source>
        <translation>D&amp;omein bij de provider:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Wacht&amp;woord:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>TSIG &amp;key name:</source>
        <translation>TSIG-sleutel&amp;naam:</translation>
    </message>
    <message>
        <source>TSIG &amp;algorithm:</source>
        <translation>TSIG-&amp;algoritme:</translation>
    </message>
    <message>
        <source>TSIG s&amp;ecret:</source>
        <translation>TSIG-g&amp;eheim:</translation>
    </message>
    <message>
        <source>Save these provider settings and send one real update now; the provider&apos;s answer appears here</source>
        <translation>Deze providerinstellingen opslaan en nu één echte update versturen; het antwoord van de provider verschijnt hier</translation>
    </message>
    <message>
        <source>In the seed&apos;s setup: ddclient, run every hour (ddns.interval).</source>
        <translation>In de oude installatie: ddclient, elk uur uitgevoerd (ddns.interval).</translation>
    </message>
    <message>
        <source>Looking up your public address…</source>
        <translation>Uw openbare adres wordt opgezocht…</translation>
    </message>
    <message>
        <source>Your public address could not be read: %1</source>
        <translation>Uw openbare adres kon niet worden bepaald: %1</translation>
    </message>
    <message>
        <source>Your public address is %1.</source>
        <translation>Uw openbare adres is %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Your public address is not known: %1</source>
        <translation>Uw openbare adres is niet bekend: %1</translation>
    </message>
    <message>
        <source>Your public address is looked up when the first update or check runs.</source>
        <translation>Uw openbare adres wordt opgezocht bij de eerste update of controle.</translation>
    </message>
    <message>
        <source>Then the host name&apos;s address record is yours to keep right; the health check on the last page says when it is not.</source>
        <translation>Dan moet u er zelf voor zorgen dat het adresrecord van de hostnaam klopt; de controle op de laatste pagina meldt het als dat niet zo is.</translation>
    </message>
    <message>
        <source>mail, or @ for the domain itself</source>
        <translation>mail, of @ voor het domein zelf</translation>
    </message>
    <message>
        <source>Dynamic DNS pass&amp;word:</source>
        <translation>Wacht&amp;woord voor dynamische DNS:</translation>
    </message>
    <message>
        <source>In Namecheap&apos;s Advanced DNS page, turn on Dynamic DNS and copy its password (not your account password).</source>
        <translation>Zet op de pagina ‘Advanced DNS’ van Namecheap Dynamic DNS aan en kopieer het wachtwoord daarvan (niet uw accountwachtwoord).</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostnaam:</translation>
    </message>
    <message>
        <source>home.example.org</source>
        <translation>home.example.org</translation>
    </message>
    <message>
        <source>the provider&apos;s update server, such as dynupdate.no-ip.com</source>
        <translation>de updateserver van de provider, zoals dynupdate.no-ip.com</translation>
    </message>
    <message>
        <source>No-IP, Dyn and many others speak this protocol: your account&apos;s user name and password (or its update key).</source>
        <translation>No-IP, Dyn en vele andere spreken dit protocol: de gebruikersnaam en het wachtwoord van uw account (of de updatesleutel ervan).</translation>
    </message>
    <message>
        <source>&amp;Subdomain:</source>
        <translation>&amp;Subdomein:</translation>
    </message>
    <message>
        <source>myhome (for myhome.duckdns.org)</source>
        <translation>thuis (voor thuis.duckdns.org)</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Your DuckDNS token is on duckdns.org once you are logged in.</source>
        <translation>Uw DuckDNS-token staat op duckdns.org zodra u bent aangemeld.</translation>
    </message>
    <message>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;token:</translation>
    </message>
    <message>
        <source>Make an API token in Cloudflare&apos;s dashboard with the permission Zone · DNS · Edit for this domain.</source>
        <translation>Maak in het dashboard van Cloudflare een API-token met de machtiging Zone · DNS · Edit voor dit domein.</translation>
    </message>
    <message>
        <source>ns1.example.org or 192.0.2.53:53</source>
        <translation>ns1.example.org of 192.0.2.53:53</translation>
    </message>
    <message>
        <source>Your DNS server must allow this key to update the zone (BIND: allow-update { key NAME; };).</source>
        <translation>Uw DNS-server moet deze sleutel toestaan de zone bij te werken (BIND: allow-update { key NAME; };).</translation>
    </message>
    <message>
        <source>Enter the name to keep up to date.</source>
        <translation>Voer de naam in die actueel moet blijven.</translation>
    </message>
    <message>
        <source>Enter the domain as the provider knows it, such as example.org.</source>
        <translation>Voer het domein in zoals de provider het kent, bijvoorbeeld example.org.</translation>
    </message>
    <message>
        <source>Enter the user name of your account at the provider.</source>
        <translation>Voer de gebruikersnaam van uw account bij de provider in.</translation>
    </message>
    <message>
        <source>Enter the DNS server that takes the updates.</source>
        <translation>Voer de DNS-server in die de updates aanneemt.</translation>
    </message>
    <message>
        <source>Enter the TSIG key&apos;s name.</source>
        <translation>Voer de naam van de TSIG-sleutel in.</translation>
    </message>
    <message>
        <source>Sending an update…</source>
        <translation>Update wordt verstuurd…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>%1 is the provider&apos;s answer or the engine&apos;s refusal, a sentence</extracomment>
        <translation>Mislukt: %1</translation>
    </message>
    <message>
        <source>It works: %1</source>
        <extracomment>%1 is the provider&apos;s answer, a sentence</extracomment>
        <translation>Het werkt: %1</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::DomainNamePage</name>
    <message>
        <source>Your domain</source>
        <translation>Uw domein</translation>
    </message>
    <message>
        <source>The domain is what your mail addresses end in (you@example.org). The host name is this server&apos;s own name on the Internet: the domain&apos;s mail is sent to it.</source>
        <translation>Het domein is waarop uw e-mailadressen eindigen (u@example.org). De hostnaam is de eigen naam van deze server op internet: de e-mail van het domein wordt ernaartoe gestuurd.</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domein:</translation>
    </message>
    <message>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <source>&amp;Host name of this server:</source>
        <translation>&amp;Hostnaam van deze server:</translation>
    </message>
    <message>
        <source>In sendmail: local-host-names and confDOMAIN_NAME (Dj).</source>
        <translation>In sendmail: local-host-names en confDOMAIN_NAME (Dj).</translation>
    </message>
    <message>
        <source>The engine&apos;s settings could not be read.</source>
        <translation>De instellingen van de engine konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>Enter your domain, such as example.org.</source>
        <translation>Voer uw domein in, zoals example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name: write it as example.org.</source>
        <translation>‘%1’ is geen domeinnaam: schrijf hem als example.org.</translation>
    </message>
    <message>
        <source>Enter this server&apos;s name, such as mail.example.org.</source>
        <translation>Voer de naam van deze server in, zoals mail.example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a host name: write it as mail.example.org.</source>
        <translation>‘%1’ is geen hostnaam: schrijf hem als mail.example.org.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::DomainRecordsPage</name>
    <message>
        <source>Check &amp;Again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>Publish these records</source>
        <translation>Publiceer deze records</translation>
    </message>
    <message>
        <source>Add the records below at the company that runs your domain&apos;s DNS (where you bought it), with Copy and paste. New records take minutes to hours to show: this page checks again every minute until all are right. You can also close it and check on the Internet page.</source>
        <translation>Voeg de records hieronder met kopiëren en plakken toe bij het bedrijf dat de DNS van uw domein beheert (waar u het domein hebt gekocht). Nieuwe records zijn pas na minuten tot uren zichtbaar: deze pagina controleert elke minuut opnieuw tot alles klopt. U kunt haar ook sluiten en op de pagina ‘Internet’ controleren.</translation>
    </message>
    <message>
        <source>Copied to the clipboard:</source>
        <translation>Naar het klembord gekopieerd:</translation>
    </message>
    <message>
        <source>Checked at %1: everything is right.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>Gecontroleerd om %1: alles klopt.</translation>
    </message>
    <message>
        <source>Checked at %1; checking again every minute.</source>
        <translation>Gecontroleerd om %1; elke minuut wordt opnieuw gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::DomainReviewPage</name>
    <message>
        <source>Ready to make the change</source>
        <translation>Klaar om de wijziging te maken</translation>
    </message>
    <message>
        <source>Apply makes these changes; Cancel leaves everything as it was (a Test already saved the provider&apos;s settings).</source>
        <translation>‘Toepassen’ voert deze wijzigingen uit; ‘Annuleren’ laat alles zoals het was (een test heeft de providerinstellingen al opgeslagen).</translation>
    </message>
    <message>
        <source>• Receive mail for %1.</source>
        <translation>• E-mail voor %1 ontvangen.</translation>
    </message>
    <message>
        <source>• This server&apos;s host name becomes %1.</source>
        <translation>• De hostnaam van deze server wordt %1.</translation>
    </message>
    <message>
        <source>• No dynamic DNS: you keep the address record of %1 right yourself.</source>
        <translation>• Geen dynamische DNS: u houdt het adresrecord van %1 zelf actueel.</translation>
    </message>
    <message>
        <source>• Keep %1 pointed at this line&apos;s address through %2.</source>
        <translation>• %1 via %2 naar het adres van deze verbinding laten blijven wijzen.</translation>
    </message>
    <message>
        <source>Then the next page shows the DNS records to publish, and checks them until all are right.</source>
        <translation>Daarna toont de volgende pagina de te publiceren DNS-records en controleert ze tot alles klopt.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::DomainWizard</name>
    <message>
        <source>Domain &amp; Dynamic DNS Wizard</source>
        <translation>Assistent voor domein &amp; dynamische DNS</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
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
        <translation>Een computer elders</translation>
    </message>
    <message>
        <source>Doorstep makes an account for the computer: an address and a strong password it logs in with. You will see the password once, on the last page. Mail sent to the address lands in a mailbox of its own.</source>
        <translation>Doorstep maakt een account voor de computer: een adres en een sterk wachtwoord waarmee hij zich aanmeldt. U ziet het wachtwoord één keer, op de laatste pagina. E-mail aan het adres komt in een eigen mailbox terecht.</translation>
    </message>
    <message>
        <source>Account name before the @</source>
        <translation>Accountnaam vóór de @</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>Domein van het account</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>In sendmail: the client&apos;s authinfo file (“U:” and “P:”). The computer logs in with SMTP AUTH on the submission port.</source>
        <translation>In sendmail: het authinfo-bestand van de client (‘U:’ en ‘P:’). De computer meldt zich aan met SMTP AUTH op de submission-poort.</translation>
    </message>
    <message>
        <source>Add a domain first: the account&apos;s address belongs to one.</source>
        <translation>Voeg eerst een domein toe: het adres van het account hoort bij een domein.</translation>
    </message>
    <message>
        <source>Enter a name for the account, such as scanner or backup-server.</source>
        <translation>Voer een naam in voor het account, bijvoorbeeld scanner of backup-server.</translation>
    </message>
    <message>
        <source>Use letters, digits, dots, dashes and underscores only, such as scanner or backup-server.</source>
        <translation>Gebruik alleen letters, cijfers, punten, streepjes en liggende streepjes, bijvoorbeeld scanner of backup-server.</translation>
    </message>
    <message>
        <source>There is already a user %1. Choose another name, such as %2.</source>
        <translation>Er is al een gebruiker %1. Kies een andere naam, bijvoorbeeld %2.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholds::BackendPage</name>
    <message>
        <source>&amp;Built-in checks</source>
        <translation>&amp;Ingebouwde controles</translation>
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
        <translation>Spambeoordeling staat op dit moment uit. Als u deze assistent toepast, wordt ze ingeschakeld.</translation>
    </message>
    <message>
        <source>&amp;Use it anyway: mail is accepted unscanned while it does not answer</source>
        <translation>&amp;Toch gebruiken: zolang hij niet antwoordt, wordt mail ongescand aangenomen</translation>
    </message>
    <message>
        <source>Who scores your mail?</source>
        <translation>Wie beoordeelt uw mail?</translation>
    </message>
    <message>
        <source>Every message that arrives gets a spam score: each sign of spam adds points. Choose what does the scoring. Before you go on, Doorstep checks that it answers.</source>
        <translation>Elk binnenkomend bericht krijgt een spamscore: elk teken van spam levert punten op. Kies wie de score bepaalt. Voordat u verdergaat, controleert Doorstep of hij antwoordt.</translation>
    </message>
    <message>
        <source>Works at once, with nothing else to install. It recognises the GTUBE test message, messages without a date, message ID or subject, and senders on DNS blocklists. It catches less spam than the other two.</source>
        <translation>Werkt meteen, zonder verdere installatie. Herkent het GTUBE-testbericht, berichten zonder datum, bericht-ID of onderwerp, en afzenders op DNS-blokkeerlijsten. Vangt minder spam dan de andere twee.</translation>
    </message>
    <message>
        <source>SpamAssassin, the spam filter of many sendmail setups, with thousands of rules. It must be installed and running, here or on another machine (on Debian: the package spamd); Doorstep hands it every message and takes its score.</source>
        <translation>SpamAssassin, het spamfilter van veel sendmail-installaties, met duizenden regels. Het moet geïnstalleerd zijn en draaien, hier of op een andere machine (op Debian: het pakket spamd); Doorstep geeft het elk bericht en neemt de score over.</translation>
    </message>
    <message>
        <source>A fast, modern spam filter. It must be installed and running, here or on another machine (on Debian: the package rspamd); Doorstep hands it every message and takes its score.</source>
        <translation>Een snel, modern spamfilter. Het moet geïnstalleerd zijn en draaien, hier of op een andere machine (op Debian: het pakket rspamd); Doorstep geeft het elk bericht en neemt de score over.</translation>
    </message>
    <message>
        <source>Where it listens</source>
        <translation>Luistert op</translation>
    </message>
    <message>
        <source>As host:port. Leave it empty for its usual place on this machine.</source>
        <translation>Als host:poort. Laat het leeg voor de gebruikelijke plek op deze machine.</translation>
    </message>
    <message>
        <source>Where it &amp;listens:</source>
        <translation>Luistert &amp;op:</translation>
    </message>
    <message>
        <source>In sendmail: spamass-milter handing mail to SpamAssassin&apos;s spamd, or rspamd&apos;s milter. The built-in checks are Doorstep&apos;s own.</source>
        <translation>In sendmail: spamass-milter die mail aan spamd van SpamAssassin doorgeeft, of de milter van rspamd. De ingebouwde controles zijn van Doorstep zelf.</translation>
    </message>
    <message>
        <source>The wizard could not read the spam settings.</source>
        <translation>De assistent kon de spaminstellingen niet lezen.</translation>
    </message>
    <message>
        <source>Trying the built-in checks with a test message…</source>
        <translation>De ingebouwde controles worden met een testbericht uitgeprobeerd…</translation>
    </message>
    <message numerus="yes">
        <source>Asking %1 at %2 to score a test message… (it has up to %n second(s) to answer)</source>
        <translation>
            <numerusform>%1 op %2 wordt gevraagd een testbericht te beoordelen… (het heeft tot %n seconde om te antwoorden)</numerusform>
            <numerusform>%1 op %2 wordt gevraagd een testbericht te beoordelen… (het heeft tot %n seconden om te antwoorden)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not answer. Start it, correct the address, or choose the built-in checks. The engine says: %2</source>
        <translation>%1 antwoordt niet. Start het, verbeter het adres of kies de ingebouwde controles. De engine meldt: %2</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholds::ReviewPage</name>
    <message>
        <source>Ready to save</source>
        <translation>Klaar om op te slaan</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Apply saves these settings at once, and the next message that arrives is scored with them; Cancel leaves everything as it was.</source>
        <translation>Er is nog niets gewijzigd. ‘Toepassen’ slaat deze instellingen in één keer op, en het volgende binnenkomende bericht wordt ermee beoordeeld; ‘Annuleren’ laat alles zoals het was.</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Wat er verandert</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A setting&apos;s value now → after applying</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <translation>%1: van %2 naar %3</translation>
    </message>
    <message>
        <source>Nothing to change: these are the settings in effect. Apply closes the wizard.</source>
        <translation>Niets te wijzigen: dit zijn de geldende instellingen. ‘Toepassen’ sluit de assistent.</translation>
    </message>
    <message>
        <source>Apply changes these spam settings:</source>
        <translation>‘Toepassen’ wijzigt deze spaminstellingen:</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholds::SpamHandlingPage</name>
    <message>
        <source>What happens to spam?</source>
        <translation>Wat gebeurt er met spam?</translation>
    </message>
    <message>
        <source>Spam is not thrown away: it is filed into a folder of its own in each mailbox, beside the inbox, where people can look for a message that was taken for spam by mistake. Its subject can start with a tag, so that it stands out in any mail program.</source>
        <translation>Spam wordt niet weggegooid: het wordt in elk postvak in een eigen map naast het Postvak IN opgeborgen, waar men kan zoeken naar een bericht dat per ongeluk voor spam is aangezien. Het onderwerp kan met een label beginnen, zodat het in elk mailprogramma opvalt.</translation>
    </message>
    <message>
        <source>Subject tag</source>
        <translation>Onderwerplabel</translation>
    </message>
    <message>
        <source>Empty: leave the subject alone</source>
        <translation>Leeg: onderwerp ongemoeid laten</translation>
    </message>
    <message>
        <source>Subject &amp;tag:</source>
        <translation>Onder&amp;werplabel:</translation>
    </message>
    <message>
        <source>Put before the subject of spam, such as [SPAM]. Empty: subjects stay as they are.</source>
        <translation>Komt vóór het onderwerp van spam, bijvoorbeeld [SPAM]. Leeg: onderwerpen blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Spam folder</source>
        <translation>Spammap</translation>
    </message>
    <message>
        <source>Spam &amp;folder:</source>
        <translation>Spam&amp;map:</translation>
    </message>
    <message>
        <source>The folder in each mailbox that spam goes to; mail programs show it beside the inbox.</source>
        <translation>De map in elk postvak waar spam naartoe gaat; mailprogramma&apos;s tonen hem naast het Postvak IN.</translation>
    </message>
    <message>
        <source>In the seed&apos;s setup: SpamAssassin&apos;s rewrite_header Subject, and procmail filing spam into the spamtrap folder.</source>
        <translation>In de oude installatie: rewrite_header Subject van SpamAssassin, en procmail dat spam in de map spamtrap opbergt.</translation>
    </message>
    <message>
        <source>Enter a folder name, such as spamtrap or Junk.</source>
        <translation>Voer een mapnaam in, bijvoorbeeld spamtrap of Junk.</translation>
    </message>
    <message>
        <source>A folder name cannot start with a dot or contain “/” or “..”. Use a plain name, such as spamtrap or Junk.</source>
        <translation>Een mapnaam mag niet met een punt beginnen en geen ‘/’ of ‘..’ bevatten. Gebruik een eenvoudige naam, bijvoorbeeld spamtrap of Junk.</translation>
    </message>
    <message>
        <source>A folder name cannot contain control characters. Use a plain name, such as spamtrap or Junk.</source>
        <translation>Een mapnaam mag geen stuurtekens bevatten. Gebruik een eenvoudige naam, bijvoorbeeld spamtrap of Junk.</translation>
    </message>
    <message>
        <source>Cheap watches</source>
        <translation>Goedkope horloges</translation>
    </message>
    <message>
        <source>A spam message “%1” arrives as “%2” in the folder %3.</source>
        <translation>Een spambericht ‘%1’ komt aan als ‘%2’ in de map %3.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholds::ThresholdsPage</name>
    <message>
        <source>Spam from score</source>
        <translation>Spam vanaf score</translation>
    </message>
    <message>
        <source>Refuse from score</source>
        <translation>Weigeren vanaf score</translation>
    </message>
    <message>
        <source>When is a message spam?</source>
        <translation>Wanneer is een bericht spam?</translation>
    </message>
    <message>
        <source>The more signs of spam a message shows, the higher its score. From the first score on it counts as spam: it is marked and filed away, and people can still look at it. From the second it is refused when it arrives, and nobody ever sees it.</source>
        <translation>Hoe meer tekenen van spam een bericht vertoont, hoe hoger de score. Vanaf de eerste score geldt het als spam: het wordt gemarkeerd en opgeborgen, en men kan het nog bekijken. Vanaf de tweede wordt het bij aankomst geweigerd, en niemand krijgt het ooit te zien.</translation>
    </message>
    <message>
        <source>&amp;Spam from score:</source>
        <translation>&amp;Spam vanaf score:</translation>
    </message>
    <message>
        <source>5.0 is SpamAssassin&apos;s usual choice. Lower catches more spam, and more good mail by mistake; higher lets more spam into the inbox.</source>
        <translation>5,0 is de gebruikelijke keuze van SpamAssassin. Lager vangt meer spam, en per ongeluk meer goede mail; hoger laat meer spam in het Postvak IN.</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>The reject threshold&apos;s value that turns refusing off</extracomment>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>&amp;Refuse from score:</source>
        <translation>&amp;Weigeren vanaf score:</translation>
    </message>
    <message>
        <source>Refusing is final, so choose a score well above the first one, such as 15, or Never (0) to keep all spam in the spam folder.</source>
        <translation>Weigeren is definitief, kies dus een score ruim boven de eerste, bijvoorbeeld 15, of Nooit (0) om alle spam in de spammap te houden.</translation>
    </message>
    <message>
        <source>In SpamAssassin: required_score in local.cf (the seed&apos;s 5.0). Refusing is what spamass-milter&apos;s -r option did.</source>
        <translation>In SpamAssassin: required_score in local.cf (voorheen 5.0). Weigeren is wat de optie -r van spamass-milter deed.</translation>
    </message>
    <message>
        <source>At 0 every message would count as spam. Choose a score above 0, such as 5.0.</source>
        <translation>Bij 0 zou elk bericht als spam gelden. Kies een score boven 0, bijvoorbeeld 5,0.</translation>
    </message>
    <message>
        <source>Refusing must start above %1, where spam starts, or be Never: otherwise spam is refused before anyone could find it in the spam folder.</source>
        <translation>Weigeren moet boven %1 beginnen, waar spam begint, of Nooit zijn: anders wordt spam geweigerd voordat iemand het in de spammap kan vinden.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholds::TryPage</name>
    <message>
        <source>Try it</source>
        <translation>Uitproberen</translation>
    </message>
    <message>
        <source>See what your choices do before anything is saved. Paste a whole message — its header lines, an empty line, then the text — or take one of the samples, and score it. Nothing is delivered. You can also go on without trying.</source>
        <translation>Bekijk wat uw keuzes doen voordat er iets wordt opgeslagen. Plak een volledig bericht – de kopregels, een lege regel, dan de tekst – of neem een van de voorbeelden, en laat het beoordelen. Er wordt niets afgeleverd. U kunt ook verder zonder uit te proberen.</translation>
    </message>
    <message>
        <source>Scoring: %1. Spam from %2, refused from %3.</source>
        <translation>Beoordeling: %1. Spam vanaf %2, geweigerd vanaf %3.</translation>
    </message>
    <message>
        <source>Scoring: %1. Spam from %2, never refused.</source>
        <translation>Beoordeling: %1. Spam vanaf %2, nooit geweigerd.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::FilterThresholdsWizard</name>
    <message>
        <source>Filter Thresholds Wizard</source>
        <translation>Assistent voor filterdrempels</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>Spam scoring</source>
        <translation>Spambeoordeling</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <source>Where it listens</source>
        <translation>Luistert op</translation>
    </message>
    <message>
        <source>Spam from score</source>
        <translation>Spam vanaf score</translation>
    </message>
    <message>
        <source>Refused from score</source>
        <translation>Geweigerd vanaf score</translation>
    </message>
    <message>
        <source>Subject tag</source>
        <translation>Onderwerplabel</translation>
    </message>
    <message>
        <source>Spam folder</source>
        <translation>Spammap</translation>
    </message>
    <message>
        <source>Built-in checks</source>
        <translation>Ingebouwde controles</translation>
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
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>the usual place</source>
        <translation>de gebruikelijke plek</translation>
    </message>
    <message>
        <source>the usual place (%1)</source>
        <translation>de gebruikelijke plek (%1)</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>Spam is refused from this score: never</extracomment>
        <translation>nooit</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>No subject tag</extracomment>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::ImportPage</name>
    <message>
        <source>Import files</source>
        <translation>Bestanden importeren</translation>
    </message>
    <message>
        <source>Choose the files your certificate authority gave you, in PEM form (text that starts with “-----BEGIN”). The key may be left empty when the request was made here (doorstepctl cert request).</source>
        <translation>Kies de bestanden die u van uw certificaatautoriteit hebt gekregen, in PEM-vorm (tekst die begint met ‘-----BEGIN’). De sleutel mag leeg blijven als de aanvraag hier is gemaakt (doorstepctl cert request).</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificaat:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Certificaatbestand</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Certificaat kiezen</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privé&amp;sleutel:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Bestand met de privésleutel</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Privésleutel kiezen</translation>
    </message>
    <message>
        <source>C&amp;hain (intermediates):</source>
        <translation>&amp;Keten (tussencertificaten):</translation>
    </message>
    <message>
        <source>Chain file</source>
        <translation>Ketenbestand</translation>
    </message>
    <message>
        <source>Choose the chain</source>
        <translation>Keten kiezen</translation>
    </message>
    <message>
        <source>In sendmail: confSERVER_CERT, confSERVER_KEY and confCACERT.</source>
        <translation>In sendmail: confSERVER_CERT, confSERVER_KEY en confCACERT.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Browse for the %1</source>
        <translation>Bladeren naar het %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-bestanden (*.pem *.crt *.cer *.key);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation>Kies het bestand.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is not a PEM file: it should be text that starts with “-----BEGIN”.</source>
        <translation>%1 is geen PEM-bestand: het moet tekst zijn die begint met ‘-----BEGIN’.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::NetworkPage</name>
    <message>
        <source>A machine on my network</source>
        <translation>Een machine in mijn netwerk</translation>
    </message>
    <message>
        <source>Enter the machine&apos;s IP address, or a network to let every machine in it send. List only machines you control: they may send mail to anyone through this server without a password.</source>
        <translation>Voer het IP-adres van de machine in, of een netwerk om elke machine daarin te laten versturen. Voer alleen machines in die u beheert: ze mogen via deze server zonder wachtwoord e-mail naar iedereen sturen.</translation>
    </message>
    <message>
        <source>192.168.1.20 or 192.168.1.0/24</source>
        <extracomment>Examples of an IP address and a network</extracomment>
        <translation>192.168.1.20 of 192.168.1.0/24</translation>
    </message>
    <message>
        <source>IP address or network</source>
        <translation>IP-adres of netwerk</translation>
    </message>
    <message>
        <source>&amp;IP address or network:</source>
        <translation>&amp;IP-adres of netwerk:</translation>
    </message>
    <message>
        <source>Scanner in the office</source>
        <translation>Scanner op kantoor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Opmerking (optioneel):</translation>
    </message>
    <message>
        <source>In sendmail: the access file, such as “Connect:192.168.1 RELAY”.</source>
        <translation>In sendmail: het access-bestand, zoals ‘Connect:192.168.1 RELAY’.</translation>
    </message>
    <message>
        <source>Write an address such as 192.168.1.20 or a network such as 192.168.1.0/24.</source>
        <translation>Schrijf een adres zoals 192.168.1.20 of een netwerk zoals 192.168.1.0/24.</translation>
    </message>
    <message>
        <source>Enter the machine&apos;s IP address or network.</source>
        <translation>Voer het IP-adres of het netwerk van de machine in.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>‘%1’ is geen IP-adres.</translation>
    </message>
    <message>
        <source>“%1” is not a network.</source>
        <translation>‘%1’ is geen netwerk.</translation>
    </message>
    <message>
        <source>A network this large would let a big part of the Internet send mail through your server. Enter a smaller one, such as 192.168.1.0/24.</source>
        <translation>Met een netwerk van deze omvang zou een groot deel van internet e-mail via uw server kunnen versturen. Voer een kleiner netwerk in, bijvoorbeeld 192.168.1.0/24.</translation>
    </message>
    <message>
        <source>%1 is one address inside the network %2: enter %2 for the whole network, or %1 alone for one machine.</source>
        <translation>%1 is één adres binnen het netwerk %2: voer %2 in voor het hele netwerk, of alleen %1 voor één machine.</translation>
    </message>
    <message>
        <source>%1 is already a relay client. To change it, remove it on the Relay page first.</source>
        <translation>%1 is al een relay-client. Verwijder hem eerst op de pagina ‘Relay’ om hem te wijzigen.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::RelayClientWizard</name>
    <message>
        <source>Relay Client Wizard</source>
        <translation>Assistent voor relay-clients</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::ReviewPage</name>
    <message>
        <source>Ready to make the change</source>
        <translation>Klaar om de wijziging te maken</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Apply makes this change; Cancel leaves everything as it was.</source>
        <translation>Er is nog niets gewijzigd. ‘Toepassen’ voert deze wijziging uit; ‘Annuleren’ laat alles zoals het was.</translation>
    </message>
    <message>
        <source>Add %1 to the relay clients: machines there may send mail to anyone through this server without a password.</source>
        <translation>%1 toevoegen aan de relay-clients: machines daar mogen via deze server zonder wachtwoord e-mail naar iedereen sturen.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
    <message>
        <source>Create the user %1 with a new, generated password. It can log in to send mail from anywhere, and mail to %1 is kept in its mailbox.</source>
        <translation>De gebruiker %1 aanmaken met een nieuw, gegenereerd wachtwoord. Hij kan zich aanmelden om van overal e-mail te versturen, en e-mail aan %1 komt in zijn mailbox terecht.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::SelfSignedPage</name>
    <message>
        <source>Self-signed</source>
        <translation>Zelfondertekend</translation>
    </message>
    <message>
        <source>This server signs its own certificate for these names, valid for ten years. Mail programs show its fingerprint once and ask whether to trust it.</source>
        <translation>Deze server ondertekent zijn eigen certificaat voor deze namen, tien jaar geldig. E-mailprogramma&apos;s tonen één keer de vingerafdruk en vragen of ze het moeten vertrouwen.</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Namen:</translation>
    </message>
    <message>
        <source>Enter at least the host name, such as mail.example.org.</source>
        <translation>Voer ten minste de hostnaam in, zoals mail.example.org.</translation>
    </message>
</context>
<context>
    <name>Doorstep::Ui::Wizards::WizardPage</name>
    <message>
        <source>Go back to change it.</source>
        <translation>Ga terug om het te wijzigen.</translation>
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
        <translation>Opstarten</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Engine state badge: running with problems</extracomment>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Not running</source>
        <extracomment>Engine state badge</extracomment>
        <translation>Draait niet</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <extracomment>Engine state badge: the engine cannot be contacted</extracomment>
        <translation>Niet bereikbaar</translation>
    </message>
    <message>
        <source>The engine is running.</source>
        <translation>De engine draait.</translation>
    </message>
    <message>
        <source>The engine is starting.</source>
        <translation>De engine wordt gestart.</translation>
    </message>
    <message>
        <source>The engine is running with problems.</source>
        <translation>De engine draait met problemen.</translation>
    </message>
    <message>
        <source>The engine is running with problems: %1</source>
        <translation>De engine draait met problemen: %1</translation>
    </message>
    <message>
        <source>The engine reports a state this program does not know: &apos;%1&apos;.</source>
        <translation>De engine meldt een status die dit programma niet kent: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No mail is received or delivered while the engine is stopped.</source>
        <translation>Zolang de engine gestopt is, wordt er geen e-mail ontvangen of afgeleverd.</translation>
    </message>
    <message>
        <source>The engine cannot be reached.</source>
        <translation>De engine is niet bereikbaar.</translation>
    </message>
    <message>
        <source>The engine cannot be reached. %1</source>
        <translation>De engine is niet bereikbaar. %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Engine state badge: a state this version does not know</extracomment>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Deferred</source>
        <extracomment>Event kind: delivery postponed, will retry</extracomment>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>Bounced</source>
        <extracomment>Event kind: a message was returned to its sender</extracomment>
        <translation>Onbestelbaar</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
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
        <translation>Wachtrij vastgelopen</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>Filterprobleem</translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>Certificaat verloopt</translation>
    </message>
    <message>
        <source>Certificate renewed</source>
        <translation>Certificaat vernieuwd</translation>
    </message>
    <message>
        <source>Address changed</source>
        <extracomment>Event kind: the public IP address changed</extracomment>
        <translation>Adres gewijzigd</translation>
    </message>
    <message>
        <source>Health check</source>
        <extracomment>Event kind: a DNS/health check changed its result</extracomment>
        <translation>Statuscontrole</translation>
    </message>
    <message>
        <source>Configuration</source>
        <extracomment>Event kind: the configuration was changed</extracomment>
        <translation>Configuratie</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Aanmelden mislukt</translation>
    </message>
    <message>
        <source>Bounced messages</source>
        <translation>Onbestelbare berichten</translation>
    </message>
    <message>
        <source>Mail stuck in the queue</source>
        <translation>Vastgelopen e-mail in de wachtrij</translation>
    </message>
    <message>
        <source>Blocked viruses</source>
        <translation>Geblokkeerde virussen</translation>
    </message>
    <message>
        <source>Filter problems</source>
        <translation>Filterproblemen</translation>
    </message>
    <message>
        <source>Certificates near expiry</source>
        <translation>Bijna verlopen certificaten</translation>
    </message>
    <message>
        <source>Public address changes</source>
        <translation>Wijzigingen van het openbare adres</translation>
    </message>
    <message>
        <source>Failing health checks</source>
        <translation>Mislukte statuscontroles</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) bounced</source>
        <translation>
            <numerusform>%n bericht onbestelbaar</numerusform>
            <numerusform>%n berichten onbestelbaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stuck in the queue</source>
        <translation>
            <numerusform>%n bericht zit vast in de wachtrij</numerusform>
            <numerusform>%n berichten zitten vast in de wachtrij</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virus(es) blocked</source>
        <translation>
            <numerusform>%n virus geblokkeerd</numerusform>
            <numerusform>%n virussen geblokkeerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter problem(s)</source>
        <translation>
            <numerusform>%n filterprobleem</numerusform>
            <numerusform>%n filterproblemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) near expiry</source>
        <translation>
            <numerusform>%n certificaat verloopt binnenkort</numerusform>
            <numerusform>%n certificaten verlopen binnenkort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The public address changed %n time(s)</source>
        <translation>
            <numerusform>Het openbare adres is %n keer gewijzigd</numerusform>
            <numerusform>Het openbare adres is %n keer gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n health check(s) changed</source>
        <translation>
            <numerusform>%n statuscontrole gewijzigd</numerusform>
            <numerusform>%n statuscontroles gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s): %1</source>
        <extracomment>%1 is an event kind such as &quot;Spam&quot;</extracomment>
        <translation>
            <numerusform>%n gebeurtenis: %1</numerusform>
            <numerusform>%n gebeurtenissen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailbox access</source>
        <extracomment>Event kind: the IMAP server (Dovecot) started, stopped or failed</extracomment>
        <translation>Postvaktoegang</translation>
    </message>
    <message>
        <source>Mailbox access (IMAP) problems</source>
        <translation>Problemen met postvaktoegang (IMAP)</translation>
    </message>
    <message numerus="yes">
        <source>Mailbox access changed %n time(s)</source>
        <translation>
            <numerusform>Postvaktoegang is %n keer veranderd</numerusform>
            <numerusform>Postvaktoegang is %n keer veranderd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Evolution</name>
    <message>
        <source>%1 is already set up in Evolution.</source>
        <translation>%1 is al ingesteld in Evolution.</translation>
    </message>
    <message>
        <source>Could not create Evolution&apos;s settings folder %1.</source>
        <translation>Kon de instellingenmap %1 van Evolution niet aanmaken.</translation>
    </message>
    <message>
        <source>Could not write Evolution&apos;s settings in %1: %2</source>
        <translation>Kon de instellingen van Evolution in %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1 was added to Evolution. Evolution asks for the mailbox&apos;s password when it first connects.</source>
        <translation>%1 is aan Evolution toegevoegd. Evolution vraagt bij de eerste verbinding om het wachtwoord van de mailbox.</translation>
    </message>
</context>
<context>
    <name>KMail</name>
    <message>
        <source>KMail&apos;s mail store (Akonadi) refused to set up the account: %1</source>
        <translation>De mailopslag van KMail (Akonadi) weigerde het account in te stellen: %1</translation>
    </message>
    <message>
        <source>KMail&apos;s mail store (Akonadi) did not start the new IMAP account in time. Open KMail and check its accounts.</source>
        <translation>De mailopslag van KMail (Akonadi) heeft het nieuwe IMAP-account niet op tijd gestart. Open KMail en controleer de accounts.</translation>
    </message>
    <message>
        <source>%1 is already set up in KMail.</source>
        <translation>%1 is al ingesteld in KMail.</translation>
    </message>
    <message>
        <source>KMail&apos;s mail store (Akonadi) is not running. Start KMail once, then try again.</source>
        <translation>De mailopslag van KMail (Akonadi) is niet actief. Start KMail één keer en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>%1 was added to KMail for reading mail, but its outgoing server could not be added: %2</source>
        <translation>%1 is aan KMail toegevoegd om e-mail te lezen, maar de server voor uitgaande e-mail kon niet worden toegevoegd: %2</translation>
    </message>
    <message>
        <source>%1 was added to KMail for reading and sending mail. KMail asks for the mailbox&apos;s password when it first connects.</source>
        <translation>%1 is aan KMail toegevoegd om e-mail te lezen en te verzenden. KMail vraagt om het wachtwoord van de mailbox wanneer het voor het eerst verbinding maakt.</translation>
    </message>
</context>
<context>
    <name>KMailSending</name>
    <message>
        <source>Could not read KMail&apos;s settings in %1: %2</source>
        <translation>Kon de instellingen van KMail in %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Could not write KMail&apos;s settings in %1: %2</source>
        <translation>Kon de instellingen van KMail in %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>KMail&apos;s settings in %1 are being changed by another program. Try again in a moment.</source>
        <translation>De instellingen van KMail in %1 worden door een ander programma gewijzigd. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>KMail already has an outgoing server %1 (port %2) for %3.</source>
        <translation>KMail heeft al een server voor uitgaande e-mail %1 (poort %2) voor %3.</translation>
    </message>
    <message>
        <source>KMail already has an identity for %1.</source>
        <translation>KMail heeft al een identiteit voor %1.</translation>
    </message>
    <message>
        <source>Could not create the settings folder %1.</source>
        <translation>Kon de instellingenmap %1 niet aanmaken.</translation>
    </message>
</context>
<context>
    <name>MailAccount</name>
    <message>
        <source>The server offers no IMAP for %1, so a mail program on this computer cannot be set up for it: turn on &apos;imap.enabled&apos; first.</source>
        <translation>De server biedt geen IMAP voor %1, dus kan er geen mailprogramma op deze computer voor worden ingesteld: zet eerst &apos;imap.enabled&apos; aan.</translation>
    </message>
    <message>
        <source>The server offers no SMTP for %1, so a mail program on this computer cannot be set up for it: give &apos;listeners.smtps&apos; or &apos;listeners.submission&apos; an address first.</source>
        <translation>De server biedt geen SMTP voor %1, dus kan er geen mailprogramma op deze computer voor worden ingesteld: geef eerst &apos;listeners.smtps&apos; of &apos;listeners.submission&apos; een adres.</translation>
    </message>
</context>
<context>
    <name>Thunderbird</name>
    <message>
        <source>Thunderbird is running. Quit Thunderbird, then try again: it writes its settings back when it quits, and the new account would be lost.</source>
        <translation>Thunderbird is actief. Sluit Thunderbird af en probeer het dan opnieuw: het schrijft bij het afsluiten zijn instellingen terug, en het nieuwe account zou verloren gaan.</translation>
    </message>
    <message>
        <source>Could not read Thunderbird&apos;s settings in %1: %2</source>
        <translation>Kon de instellingen van Thunderbird in %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is already set up in Thunderbird.</source>
        <translation>%1 is al ingesteld in Thunderbird.</translation>
    </message>
    <message>
        <source>Could not write Thunderbird&apos;s settings in %1: %2</source>
        <translation>Kon de instellingen van Thunderbird in %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1 was added to Thunderbird. Start Thunderbird: it asks for the mailbox&apos;s password when it first connects.</source>
        <translation>%1 is aan Thunderbird toegevoegd. Start Thunderbird: het vraagt bij de eerste verbinding om het wachtwoord van de mailbox.</translation>
    </message>
</context>
<context>
    <name>ThunderbirdProfile</name>
    <message>
        <source>Thunderbird has no profile on this computer yet. Start Thunderbird once, then try again.</source>
        <translation>Thunderbird heeft op deze computer nog geen profiel. Start Thunderbird één keer en probeer het dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>TlsMode</name>
    <message>
        <source>Encrypt when offered</source>
        <extracomment>TLS mode: encrypt with STARTTLS when the server offers it</extracomment>
        <translation>Versleutelen indien aangeboden</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <extracomment>TLS mode: STARTTLS required, never in the clear</extracomment>
        <translation>Altijd versleutelen</translation>
    </message>
    <message>
        <source>Always encrypt, check certificate</source>
        <extracomment>TLS mode: STARTTLS required and the server&apos;s certificate checked</extracomment>
        <translation>Altijd versleutelen, certificaat controleren</translation>
    </message>
    <message>
        <source>Encrypted from the start (port 465)</source>
        <extracomment>TLS mode: TLS from the first byte, as on port 465</extracomment>
        <translation>Versleuteld vanaf het begin (poort 465)</translation>
    </message>
    <message>
        <source>Encrypts (STARTTLS) when the server offers it and sends in the clear otherwise; the certificate is not checked. Works with every server.</source>
        <translation>Versleutelt (STARTTLS) als de server het aanbiedt en verstuurt anders onversleuteld; het certificaat wordt niet gecontroleerd. Werkt met elke server.</translation>
    </message>
    <message>
        <source>Sends only after STARTTLS, never in the clear; the certificate is not checked. For providers&apos; port 587.</source>
        <translation>Verstuurt alleen na STARTTLS, nooit onversleuteld; het certificaat wordt niet gecontroleerd. Voor poort 587 van providers.</translation>
    </message>
    <message>
        <source>Sends only after STARTTLS, and only to a server whose certificate is valid for its name.</source>
        <translation>Verstuurt alleen na STARTTLS, en alleen naar een server waarvan het certificaat geldig is voor zijn naam.</translation>
    </message>
    <message>
        <source>Speaks TLS from the first byte, as providers&apos; port 465 (SMTPS) expects.</source>
        <translation>Spreekt TLS vanaf de eerste byte, zoals poort 465 (SMTPS) van providers verwacht.</translation>
    </message>
</context>
</TS>
