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
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
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
    <name>Doorstep::Ui::Pages::StatisticsChart</name>
    <message>
        <source>Mail of the last 7 days</source>
        <translation>E-mail van de laatste 7 dagen</translation>
    </message>
    <message>
        <source>Totals of the last 7 days: %1</source>
        <translation>Totalen van de laatste 7 dagen: %1</translation>
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
    <name>Doorstep::Ui::Widgets::StateBadge</name>
    <message>
        <source>Engine state: %1</source>
        <translation>Status van de engine: %1</translation>
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
</context>
</TS>
