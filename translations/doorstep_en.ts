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
        <source>Last 7 days</source>
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
    <name>Doorstep::Ui::Pages::StatisticsChart</name>
    <message>
        <source>Mail of the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals of the last 7 days: %1</source>
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
    <name>Doorstep::Ui::Widgets::StateBadge</name>
    <message>
        <source>Engine state: %1</source>
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
</context>
</TS>
