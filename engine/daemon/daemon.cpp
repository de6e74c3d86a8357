#include "engine/daemon/daemon.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QTcpSocket>
#include <QThreadPool>

#include "engine/core/clock.h"
#include "engine/core/enginestate.h"
#include "engine/core/eventlog.h"
#include "engine/core/log.h"
#include "engine/core/settingsregistry.h"
#include "engine/daemon/datadirectory.h"
#include "engine/daemon/dnschallengebridge.h"
#include "engine/daemon/healthmonitor.h"
#include "engine/daemon/log.h"
#include "engine/daemon/unixsignals.h"
#include "engine/ddns/ddnsupdater.h"
#include "engine/dbus/authorizer.h"
#include "engine/dbus/engineobject.h"
#include "engine/dbus/servicecontext.h"
#include "engine/daemon/mailflow.h"
#include "engine/core/hostport.h"
#include "engine/delivery/dovecot/dovecotsupervisor.h"
#include "engine/delivery/dovecot/lmtpdeliverer.h"
#include "engine/delivery/dovecot/mailboxdeliverer.h"
#include "engine/delivery/rules/sieverules.h"
#include "engine/store/repositories/queuerepository.h"
#include "engine/delivery/local/localdeliverer.h"
#include "engine/delivery/remote/dkimsigner.h"
#include "engine/delivery/remote/outboundrewriter.h"
#include "engine/delivery/remote/remotedeliverer.h"
#include "engine/dns/unboundresolver.h"
#include "engine/filters/antivirus/antivirusfilter.h"
#include "engine/filters/antivirus/scannersupervisor.h"
#include "engine/filters/contentpipeline.h"
#include "engine/filters/spam/spamfilter.h"
#include "engine/filters/greylist.h"
#include "engine/policy/directorycache.h"
#include "engine/policy/mailpolicy.h"
#include "engine/policy/recipientresolver.h"
#include "engine/queue/notifier.h"
#include "engine/queue/quarantine.h"
#include "engine/queue/scheduler.h"
#include "engine/queue/spool.h"
#include "engine/smtp/local/localsubmissionserver.h"
#include "engine/smtp/smtpserver.h"
#include "engine/store/passwordhash.h"
#include "engine/store/repositories/relayclientrepository.h"
#include "engine/store/settings.h"
#include "engine/store/statistics.h"
#include "engine/store/store.h"
#include "engine/tls/certificaterenewal.h"
#include "engine/tls/certificatestore.h"
#include "engine/tls/dkimkeystore.h"

namespace Doorstep::Daemon {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {
/** doorstep-scan beside doorstepd (the build tree, a relocated install), else where it is installed. */
QString scannerProgram()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(u"doorstep-scan"_s);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStringLiteral(DOORSTEP_LIBEXECDIR "/doorstep-scan");
}

/** doorstep-sendmail, beside doorstepd (the build tree) or installed. */
QString sendmailProgram()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(u"doorstep-sendmail"_s);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStringLiteral(DOORSTEP_BINDIR "/doorstep-sendmail");
}

QString describeOwner(QDBusConnectionInterface *bus, const QString &name)
{
    const QDBusReply<uint> pid = bus->servicePid(name);
    if (!pid.isValid())
        return u"another process"_s;
    const QString exe = QFileInfo(u"/proc/%1/exe"_s.arg(pid.value())).symLinkTarget();
    return exe.isEmpty() ? u"pid %1"_s.arg(pid.value()) : u"pid %1 (%2)"_s.arg(pid.value()).arg(exe);
}
} // namespace

Daemon::Daemon(const Options &options)
    : m_options(options)
    , m_bus(QString())
{
}

Result<std::unique_ptr<Daemon>> Daemon::start(const Options &options)
{
    std::unique_ptr<Daemon> daemon(new Daemon(options));
    if (auto started = daemon->startUp(); !started) {
        daemon->shutdown();
        return started.error();
    }
    return daemon;
}

Result<void> Daemon::connectBus()
{
    m_bus = m_options.mode == Core::RunMode::Session ? QDBusConnection::sessionBus() : QDBusConnection::systemBus();
    if (!m_bus.isConnected())
        return Error::failed(u"cannot connect to the %1 bus: %2"_s.arg(Core::runModeName(m_options.mode), m_bus.lastError().message()));
    // Refuse early and clearly when another engine serves the name; takeBusName() repeats
    // the check atomically at the end of start-up.
    const QDBusReply<bool> owned = m_bus.interface()->isServiceRegistered(QString(kBusName));
    if (owned.isValid() && owned.value())
        return Error::failed(u"the bus name %1 is already owned by %2"_s.arg(QString(kBusName), describeOwner(m_bus.interface(), QString(kBusName))));
    return {};
}

Result<void> Daemon::startUp()
{
    // Nothing the engine writes is for other users (the database holds password hashes):
    // files 0640, folders 0750 unless made reachable on purpose (the submission socket).
    ::umask(027);
    m_startedAtUsec = Core::Clock::system().nowUsec();
    m_state = std::make_unique<Core::EngineState>();
    m_events = std::make_unique<Core::EventLog>(Core::Clock::system());

    auto directory = DataDirectory::claim(m_options.dataDirectory);
    if (!directory)
        return directory.error();
    m_dataDirectory = std::move(directory).value();

    if (auto connected = connectBus(); !connected)
        return connected;

    m_registry = std::make_unique<Core::SettingsRegistry>(m_options.mode);
    auto store = Store::Store::open(m_dataDirectory->filePath(u"doorstep.db"_s));
    if (!store)
        return store.error();
    m_store = std::move(store).value();

    m_settings = std::make_unique<Store::Settings>(*m_registry, *m_store, Core::Clock::system());
    if (auto loaded = m_settings->load(); !loaded)
        return loaded;
    for (auto it = m_options.listenOverrides.cbegin(); it != m_options.listenOverrides.cend(); ++it) {
        const bool smtp = it.key() == u"mta"_s || it.key() == u"submission"_s || it.key() == u"smtps"_s;
        m_settings->setOverride(smtp ? u"listeners."_s + it.key() : it.key() + u".listen"_s, it.value());
    }

    m_statistics = std::make_unique<Store::Statistics>(*m_store, Core::Clock::system());
    if (auto loaded = m_statistics->load(); !loaded)
        return loaded;

    if (auto flowing = startMailFlow(); !flowing)
        return flowing;

    // Dynamic DNS and the public address; its first cycle runs once the engine is ready.
    m_ddns = std::make_unique<Ddns::DdnsUpdater>(*m_settings, *m_events, Core::Clock::system(), m_dataDirectory->path());
    m_health = std::make_unique<HealthMonitor>(*m_resolver, *m_settings, *m_store, *m_certificates, *m_events, Core::Clock::system());
    m_health->setPort25Probe([this](std::function<void(Delivery::ProbeResult)> done) { m_remoteDeliverer->probe(std::move(done)); });
    m_health->setPublicAddresses([this](QObject *context, std::function<void(QList<QHostAddress>)> done) {
        m_ddns->publicAddress().refresh(context, [done](const Core::Result<Ddns::PublicAddresses> &found) {
            QList<QHostAddress> addresses;
            if (found) {
                for (const QHostAddress &address : {found->v4, found->v6}) {
                    if (!address.isNull())
                        addresses.append(address);
                }
            }
            done(addresses);
        });
    });
    m_health->setDkimSource([this](const QString &domain, QObject *context, std::function<void(HealthMonitor::DkimRecords)> done) {
        m_dkimSigner->records(domain, context, [done](const Core::Result<QList<Delivery::DkimRecord>> &records) {
            HealthMonitor::DkimRecords pairs;
            if (records) {
                for (const Delivery::DkimRecord &record : *records)
                    pairs.append({record.name, record.text});
            }
            done(pairs);
        });
    });
    // A new public address: check every domain again (the SPF record, the A record, the PTR...).
    connect(&m_ddns->publicAddress(), &Ddns::PublicAddress::changed, m_health.get(), [this] { m_health->checkAll(); });
    // ACME's DNS-01 challenge through the dynamic DNS provider when it can set TXT records.
    m_dnsChallenges = std::make_unique<DnsChallengeBridge>(*m_ddns);
    const auto chooseChallenge = [this] { m_renewal->setDnsPublisher(m_dnsChallenges->isAvailable() ? m_dnsChallenges.get() : nullptr); };
    chooseChallenge();
    connect(m_settings.get(), &Store::Settings::changed, this, [this, chooseChallenge](const QStringList &keys) {
        if (std::any_of(keys.cbegin(), keys.cend(), [](const QString &key) { return key.startsWith(u"ddns."_s); }))
            chooseChallenge();
        // Another source of the address: look at once (the updater does too when a provider is set).
        if (keys.contains(u"ddns.ip_source"_s))
            m_health->watchAddress();
    });

    m_authorizer = std::make_unique<DBus::Authorizer>(m_bus, m_options.mode);
    m_serviceContext.reset(new DBus::ServiceContext{m_options.mode, m_dataDirectory->path(), m_startedAtUsec, Core::Clock::system(),
                                                    *m_state, *m_events, *m_store, *m_settings, *m_statistics, *m_authorizer,
                                                    [this] { return boundListeners(); }, *m_spool, *m_scheduler, *m_certificates,
                                                    *m_remoteDeliverer, *m_dkimSigner, *m_spamFilter, *m_antivirus, *m_quarantine, *m_greylist,
                                                    *m_renewal, *m_ddns,
                                                    [this](const QString &domain, auto done) { m_health->check(domain, std::move(done)); },
                                                    [this] { return m_health->summary(); }, [this] { return m_dovecot->status(); },
                                                    *m_directory, *m_rules});
    m_engineObject = std::make_unique<DBus::EngineObject>(*m_serviceContext);
    if (auto registered = m_engineObject->registerOn(m_bus); !registered)
        return registered;

    // The bus name comes last, once TLS is ready too: a client that sees the name always
    // finds a complete engine. At a first start that waits for the certificate.
    if (m_certificates->hasCertificate())
        return finishStartUp();
    ensureCertificate();
    return {};
}

Result<void> Daemon::finishStartUp()
{
    if (auto named = takeBusName(); !named)
        return named;
    m_scheduler->start();
    m_renewal->start();
    m_ddns->start();
    m_health->start();
    m_dovecot->start();
    m_state->setRunning();
    qCInfo(lcDaemon).noquote() << "doorstepd" << QStringLiteral(DOORSTEP_VERSION) << "running on the" << Core::runModeName(m_options.mode)
                               << "bus with data directory" << m_dataDirectory->path();
    return {};
}

Result<void> Daemon::startMailFlow()
{
    const Core::Clock &clock = Core::Clock::system();

    auto certificates = Tls::CertificateStore::open(m_dataDirectory->path(), clock);
    if (!certificates)
        return certificates.error();
    m_certificates = std::move(certificates).value();
    m_renewal = std::make_unique<Tls::CertificateRenewal>(*m_certificates, *m_settings, *m_events, clock, m_dataDirectory->path());
    auto dkimKeys = Tls::DkimKeyStore::open(m_dataDirectory->path());
    if (!dkimKeys)
        return dkimKeys.error();
    m_dkimKeys = std::move(dkimKeys).value();

    auto resolver = Dns::UnboundResolver::create(m_settings->listValue(u"dns.servers"_s), int(m_settings->uintValue(u"dns.timeout"_s)));
    if (!resolver)
        return resolver.error();
    m_resolver = std::move(resolver).value();
    const auto reconfigureDns = [this](const QString &key, const QVariant &value) -> Result<void> {
        const QStringList servers = key == u"dns.servers"_s ? value.toStringList() : m_settings->listValue(u"dns.servers"_s);
        const int timeout = key == u"dns.timeout"_s ? int(value.toUInt()) : int(m_settings->uintValue(u"dns.timeout"_s));
        return m_resolver->reconfigure(servers, timeout);
    };
    m_settings->setApplier(u"dns.servers"_s, reconfigureDns);
    m_settings->setApplier(u"dns.timeout"_s, reconfigureDns);

    m_directory = std::make_unique<Policy::DirectoryCache>(*m_store);
    if (auto loaded = m_directory->load(); !loaded)
        return loaded;
    // Every change of domains, users, aliases or relay clients is announced as config_changed.
    connect(m_events.get(), &Core::EventLog::appended, m_directory.get(), [this](const Core::EventRecord &event) {
        if (event.kind != Core::EventKind::ConfigChanged)
            return;
        m_directory->reload();
        // A new domain gets its DKIM keys now, so its records can be published before its first mail.
        if (m_dkimSigner && event.details.value(u"object"_s) == u"domain"_s && event.details.value(u"action"_s) == u"added"_s)
            m_dkimSigner->prepareKeys(event.details.value(u"domain"_s).toString());
    });
    // The managed Dovecot: IMAP, POP3, ManageSieve, and LMTP with Sieve for local delivery.
    m_dovecot = std::make_unique<Delivery::DovecotSupervisor>(*m_settings, *m_state, *m_events, *m_certificates, [this] {
        QList<Delivery::PasswdEntry> entries;
        const auto directory = m_directory->current();
        for (auto it = directory->users().cbegin(); it != directory->users().cend(); ++it)
            entries.append({it.key(), it.value().passwordHash, it.value().enabled});
        return entries;
    }, m_dataDirectory->path());
    connect(m_directory.get(), &Policy::DirectoryCache::reloaded, m_dovecot.get(), &Delivery::DovecotSupervisor::usersChanged);
    m_rules = std::make_unique<Delivery::SieveRules>(m_dovecot->layout(), m_dovecot->identity(), m_dovecot->handsOver(),
                                                     [this] { return m_settings->stringValue(u"spam.folder"_s); });

    m_policy = std::make_unique<Policy::MailPolicy>(*m_directory, *m_resolver, *m_settings);
    connect(m_policy.get(), &Policy::MailPolicy::relayRuleUsed, this, [this](const QString &pattern) {
        const quint64 now = Core::Clock::system().nowUsec();
        m_store->run(this, [pattern, now](Store::Database &db) { return Store::RelayClientRepository(db).touch(pattern, now); },
                     [](Result<void>) {});
    });

    Queue::Spool::Recovery recovery;
    auto spool = Queue::Spool::open(m_dataDirectory->path(), *m_store, clock, &recovery);
    if (!spool)
        return spool.error();
    m_spool = std::move(spool).value();
    for (const QString &id : recovery.missingFiles) {
        qCCritical(lcDaemon).noquote() << id << "is queued but its spool file is missing";
        m_events->add(Core::EventKind::QueueStuck, u"Message %1 is in the queue, but its file is missing from the spool."_s.arg(id),
                      {{u"queue_id"_s, id}});
    }

    m_localDeliverer = std::make_unique<Delivery::LocalDeliverer>(
        m_dataDirectory->path(), [this](const QString &address) { return m_directory->current()->user(address) != nullptr; },
        [this] { return m_settings->stringValue(u"identity.hostname"_s); });
    m_scheduler = std::make_unique<Queue::Scheduler>(*m_spool, *m_store, *m_settings, *m_statistics, *m_events, clock);
    m_lmtpDeliverer = std::make_unique<Delivery::LmtpDeliverer>(
        m_dovecot->lmtpSocketPath(), [this](const QString &address) { return m_directory->current()->user(address) != nullptr; },
        [this] { return m_settings->stringValue(u"identity.hostname"_s); });
    m_mailboxDeliverer = std::make_unique<Delivery::MailboxDeliverer>(*m_dovecot, *m_lmtpDeliverer, *m_localDeliverer);
    m_scheduler->setLocalDeliverer(m_mailboxDeliverer.get());
    // Mail that waited for the mailbox server goes as soon as it is back, not at its next retry.
    connect(m_dovecot.get(), &Delivery::DovecotSupervisor::stateChanged, this, [this] {
        // Local mail can go again: through LMTP, or into Maildir by the engine itself.
        using State = Delivery::DovecotSupervisor::State;
        const State state = m_dovecot->state();
        if (state != State::Running && state != State::Off && state != State::Unavailable)
            return;
        const quint64 now = Core::Clock::system().nowUsec();
        m_store->run(this, [now](Store::Database &db) { return Store::QueueRepository(db).retryLocalNow(now); }, [this](Result<int> due) {
            if (due && due.value() > 0)
                m_scheduler->wakeUp();
        });
    });
    m_remoteDeliverer = std::make_unique<Delivery::RemoteDeliverer>(
        *m_resolver, *m_settings, *m_events, [this] { return m_directory->current()->routes(); },
        [this](const QHostAddress &address, quint16 port) { return isOwnListener(address, port); });
    m_scheduler->setRemoteDeliverer(m_remoteDeliverer.get());
    // The seed's MASQUERADE_AS, MASQUERADE_DOMAIN and genericstable, on the way out; local
    // copies too unless identity.local_no_masquerade.
    m_remoteDeliverer->setRewrite([this](const QString &sender, const QByteArray &headers) {
        const auto rewritten = Delivery::rewriteOutbound(rewriteRules(), sender, headers);
        if (!rewritten.changes.isEmpty())
            qCDebug(lcDaemon).noquote() << "rewritten on the way out:" << rewritten.changes.join(u"; "_s);
        return std::pair(rewritten.envelopeSender, rewritten.headers);
    });
    // DKIM signs what the rewriting made: From's domain as it leaves (engine/delivery/README.md).
    m_dkimSigner = std::make_unique<Delivery::DkimSigner>(*m_dkimKeys, *m_settings, *m_state, clock,
                                                          [this](const QString &domain) { return isDkimDomain(domain); });
    m_remoteDeliverer->setSigner(m_dkimSigner.get());
    m_localDeliverer->setSpamFolder([this] { return m_settings->stringValue(u"spam.folder"_s); });
    const auto localRewrite = [this]() -> Delivery::LocalDeliverer::HeaderRewrite {
        if (m_settings->boolValue(u"identity.local_no_masquerade"_s))
            return {};
        return [rules = rewriteRules()](const QByteArray &headers) { return Delivery::rewriteOutbound(rules, QString(), headers).headers; };
    };
    m_localDeliverer->setHeaderRewrite(localRewrite);
    m_lmtpDeliverer->setHeaderRewrite(localRewrite);
    // Reports go to the sender like any mail: a local sender through aliases to users.
    m_notifier = std::make_unique<Queue::Notifier>(*m_spool, *m_settings, clock, [this](const QString &address) {
        QList<Store::QueuedRecipient> targets;
        const QString domain = address.section(u'@', -1).toLower();
        const auto directory = m_directory->current();
        if (!directory->isLocalDomain(domain)) {
            Store::QueuedRecipient r;
            r.original = address;
            r.address = address;
            targets.append(r);
            return targets;
        }
        const auto resolution = Policy::RecipientResolver::resolve(*directory, address.section(u'@', 0, -2), domain);
        if (resolution.kind != Policy::Resolution::Kind::Deliver)
            return targets;
        for (const auto &target : resolution.targets) {
            Store::QueuedRecipient r;
            r.original = address;
            r.address = target.address;
            r.local = target.local;
            targets.append(r);
        }
        return targets;
    });
    m_scheduler->setNotifier(m_notifier.get());
    connect(m_spool.get(), &Queue::Spool::enqueued, m_scheduler.get(), &Queue::Scheduler::wakeUp);

    connect(m_settings.get(), &Store::Settings::changed, this, [this](const QStringList &keys) {
        if (keys.contains(u"identity.hostname"_s))
            followHostnameWithSelfSigned();
    });

    auto quarantine = Queue::Quarantine::open(m_dataDirectory->path(), *m_spool, clock);
    if (!quarantine)
        return quarantine.error();
    m_quarantine = std::move(quarantine).value();
    m_greylist = std::make_unique<Filters::Greylist>(*m_store, *m_settings, clock);
    if (auto loaded = m_greylist->load(); !loaded)
        return loaded;

    // The content filters in DESIGN.md's order: antivirus, then spam.
    m_contentFilters = std::make_unique<Filters::ContentPipeline>();
    startAntivirus();
    m_spamFilter = std::make_unique<Filters::SpamFilter>(*m_settings, *m_statistics, *m_events, *m_state, *m_resolver);
    m_contentFilters->append(m_spamFilter.get());
    m_mailFlow = std::make_unique<MailFlow>(*m_policy, *m_greylist, *m_contentFilters, *m_spool, *m_settings, *m_statistics, *m_events);
    m_mailFlow->setQuarantine(m_quarantine.get());
    Tls::CertificateStore *certificatesStore = m_certificates.get();
    m_smtp = std::make_unique<Smtp::SmtpServer>(*m_settings, *m_mailFlow, [certificatesStore] { return certificatesStore->serverConfiguration(); });
    if (auto started = m_smtp->start(); !started)
        return started;
    return startLocalSubmission();
}

void Daemon::startAntivirus()
{
    // doorstep-scan runs only while antivirus.enabled; the supervisor follows the setting.
    m_antivirus = std::make_unique<Filters::Antivirus::ScannerSupervisor>(*m_settings, *m_state, *m_events, scannerProgram(),
                                                                          m_dataDirectory->filePath(u"antivirus"_s));
    m_antivirusFilter = std::make_unique<Filters::Antivirus::AntivirusFilter>(*m_antivirus, *m_settings, *m_statistics, *m_events);
    m_contentFilters->append(m_antivirusFilter.get());
    m_antivirus->start();
}

Result<void> Daemon::startLocalSubmission()
{
    // doorstep-sendmail's socket: programs (cron, mail(1), PHP) submit through it.
    m_localSubmission = std::make_unique<Smtp::LocalSubmissionServer>(*m_settings, *m_mailFlow);
    const QString path = Smtp::LocalSubmissionServer::socketPath(m_options.mode);
    m_dovecot->setSubmission(sendmailProgram(), path);
    if (path.isEmpty()) {
        qCWarning(lcDaemon) << "XDG_RUNTIME_DIR is not set: no local submission socket for doorstep-sendmail, ignoring";
        return {};
    }
    return m_localSubmission->start(path);
}

void Daemon::followHostnameWithSelfSigned()
{
    if (m_selfSignedRunning || !m_certificates->hasCertificate() || m_certificates->current().source != Tls::CertificateSource::SelfSigned)
        return;
    const QString hostName = m_settings->stringValue(u"identity.hostname"_s);
    if (m_certificates->current().names.contains(hostName))
        return;
    m_selfSignedRunning = true;
    m_certificates->generateSelfSigned({hostName}, this, [this, hostName](Result<Tls::CertificateInfo> made) {
        m_selfSignedRunning = false;
        if (!made) {
            qCWarning(lcDaemon).noquote() << "cannot renew the self-signed certificate for" << hostName << ":" << made.error().message;
            return;
        }
        m_events->add(Core::EventKind::CertificateRenewed, u"New self-signed certificate for %1."_s.arg(hostName),
                      {{u"names"_s, made->names}, {u"fingerprint_sha256"_s, made->fingerprintSha256}});
        followHostnameWithSelfSigned(); // the name may have changed while this one was made
    });
}

void Daemon::ensureCertificate()
{
    // At first start: a self-signed certificate for the host name, made off the event loop.
    const QString hostName = m_settings->stringValue(u"identity.hostname"_s);
    m_certificates->ensureCertificate(hostName, this, [this, hostName](Result<Tls::CertificateInfo> made) {
        if (!made) {
            // Mail still flows without TLS; the state says what is missing.
            qCCritical(lcDaemon).noquote() << "cannot make a TLS certificate:" << made.error().message;
            m_state->setDegraded(u"tls"_s, u"no TLS certificate: "_s + made.error().message);
        } else {
            qCInfo(lcDaemon).noquote() << "made a self-signed TLS certificate for" << hostName << made->fingerprintSha256;
        }
        if (auto finished = finishStartUp(); !finished) {
            std::fprintf(stderr, "doorstepd: %s\n", qPrintable(finished.error().message));
            QCoreApplication::exit(1);
        }
    });
}

QVariantMap Daemon::boundListeners() const
{
    QVariantMap listeners = m_smtp ? m_smtp->boundListeners() : QVariantMap();
    if (m_dovecot)
        listeners.insert(m_dovecot->boundListeners());
    return listeners;
}

Delivery::RewriteRules Daemon::rewriteRules() const
{
    const auto directory = m_directory->current();
    Delivery::RewriteRules rules;
    rules.masqueradeAs = m_settings->stringValue(u"identity.masquerade_as"_s);
    rules.masqueradeDomains = m_settings->listValue(u"identity.masquerade_domains"_s);
    rules.masqueradeEnvelope = m_settings->boolValue(u"identity.masquerade_envelope"_s);
    rules.masqueradeEntireDomain = m_settings->boolValue(u"identity.masquerade_entire_domain"_s);
    rules.localNames = QStringList{m_settings->stringValue(u"identity.hostname"_s)} + directory->domains();
    rules.outboundNames = directory->outboundNames();
    return rules;
}

bool Daemon::isDkimDomain(const QString &domain) const
{
    // The local domains, and the one masquerading gives outgoing mail.
    const QString masqueradeAs = m_settings->stringValue(u"identity.masquerade_as"_s).toLower();
    return m_directory->current()->isLocalDomain(domain) || (!masqueradeAs.isEmpty() && domain == masqueradeAs);
}

bool Daemon::isOwnListener(const QHostAddress &address, quint16 port) const
{
    const QVariantMap listeners = boundListeners();
    for (auto it = listeners.cbegin(); it != listeners.cend(); ++it) {
        for (const QString &text : it.value().toStringList()) {
            const auto bound = Core::HostPort::parseListenAddress(text);
            if (!bound || bound->port != port)
                continue;
            const QHostAddress host(bound->host);
            if (host == address)
                return true;
            // A wildcard listener answers on every address of this machine.
            if ((host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6)
                && (address.isLoopback() || QNetworkInterface::allAddresses().contains(address)))
                return true;
        }
    }
    return false;
}

Result<void> Daemon::takeBusName()
{
    const QDBusReply<QDBusConnectionInterface::RegisterServiceReply> reply = m_bus.interface()->registerService(
        QString(kBusName), QDBusConnectionInterface::DontQueueService, QDBusConnectionInterface::DontAllowReplacement);
    if (!reply.isValid())
        return Error::failed(u"cannot take the bus name %1: %2"_s.arg(QString(kBusName), reply.error().message()));
    if (reply.value() != QDBusConnectionInterface::ServiceRegistered)
        return Error::failed(u"the bus name %1 is already owned by %2"_s.arg(QString(kBusName), describeOwner(m_bus.interface(), QString(kBusName))));
    m_ownsName = true;
    // Without its bus the engine cannot be managed; on a real host systemd starts it again
    // (Restart=on-failure), so end here rather than run on unreachable. libdbus announces a
    // lost connection as the local signal org.freedesktop.DBus.Local.Disconnected.
    m_bus.connect(QString(), u"/org/freedesktop/DBus/Local"_s, u"org.freedesktop.DBus.Local"_s, u"Disconnected"_s, this,
                  SLOT(onBusDisconnected()));
    connect(m_bus.interface(), &QDBusConnectionInterface::serviceUnregistered, this, [this](const QString &name) {
        if (name == QString(kBusName) && m_ownsName && !m_stopped)
            onBusDisconnected();
    });
    return {};
}

void Daemon::onBusDisconnected()
{
    if (m_stopped)
        return;
    qCCritical(lcDaemon) << "lost the connection to the bus (or the name" << QString(kBusName) << "), stopping";
    std::fprintf(stderr, "doorstepd: lost the %s bus, stopping\n", qPrintable(Core::runModeName(m_options.mode)));
    m_ownsName = false;
    shutdown();
    QCoreApplication::exit(1);
}

void Daemon::shutdown()
{
    if (m_stopped)
        return;
    m_stopped = true;
    if (m_smtp)
        m_smtp->stop();
    if (m_localSubmission)
        m_localSubmission->stop();
    if (m_scheduler)
        m_scheduler->stop();
    if (m_antivirus)
        m_antivirus->stop();
    if (m_dovecot)
        m_dovecot->stop();
    if (m_ddns)
        m_ddns->stop();
    if (m_ownsName) {
        m_bus.interface()->unregisterService(QString(kBusName));
        m_ownsName = false;
    }
    if (m_engineObject)
        m_engineObject->unregister();
    // Work still running on the pools posts back to its owners: let it finish first.
    if (m_localDeliverer)
        m_localDeliverer->waitForDone();
    if (m_lmtpDeliverer)
        m_lmtpDeliverer->waitForDone();
    if (m_remoteDeliverer)
        m_remoteDeliverer->shutdown();
    Store::PasswordHash::pool().waitForDone();
    QThreadPool::globalInstance()->waitForDone();
    if (m_statistics)
        m_statistics->flushSync();
}

Daemon::~Daemon()
{
    shutdown();
    m_engineObject.reset();
    m_serviceContext.reset();
    m_authorizer.reset();
    m_ddns.reset();
    m_health.reset();
    if (m_renewal)
        m_renewal->setDnsPublisher(nullptr);
    m_dnsChallenges.reset();
    m_smtp.reset(); // sessions go with it
    m_localSubmission.reset();
    m_mailFlow.reset();
    m_contentFilters.reset();
    m_spamFilter.reset();
    m_antivirusFilter.reset();
    m_antivirus.reset();
    m_rules.reset();
    m_dovecot.reset();
    m_quarantine.reset();
    m_greylist.reset();
    m_scheduler.reset();
    m_notifier.reset();
    m_remoteDeliverer.reset();
    m_mailboxDeliverer.reset();
    m_lmtpDeliverer.reset();
    m_localDeliverer.reset();
    m_spool.reset();
    m_policy.reset();
    m_directory.reset();
    m_resolver.reset();
    m_renewal.reset();
    m_certificates.reset();
    m_statistics.reset();
    m_settings.reset();
    m_store.reset(); // finishes queued jobs, closes the database
    m_dataDirectory.reset(); // releases the lock last
}

int Daemon::main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"doorstepd"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DOORSTEP_VERSION));

    const auto options = Options::parse(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "doorstepd: %s\n", qPrintable(options.error().message));
        return 2;
    }
    if (options->showHelp) {
        std::fputs(qPrintable(Options::helpText()), stdout);
        return 0;
    }
    if (options->showVersion) {
        std::printf("doorstepd %s\n", DOORSTEP_VERSION);
        return 0;
    }
    Core::setUpLogging(options->debug);

    UnixSignals signals;
    auto daemon = Daemon::start(options.value());
    if (!daemon) {
        std::fprintf(stderr, "doorstepd: %s\n", qPrintable(daemon.error().message));
        return 1;
    }
    QObject::connect(&signals, &UnixSignals::terminationRequested, &app, [&](const QString &name) {
        qCInfo(lcDaemon).noquote() << name << "received, shutting down";
        daemon.value()->shutdown();
        QCoreApplication::quit();
    });
    const int code = QCoreApplication::exec();
    daemon.value().reset();
    qCInfo(lcDaemon) << "stopped";
    return code;
}

} // namespace Doorstep::Daemon
