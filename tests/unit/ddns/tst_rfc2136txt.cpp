// unit.ddns.rfc2136txt: Rfc2136Provider's TXT records (the ACME DNS-01 capability) against a
// real BIND (bind9: named -g with its own directory on 127.0.0.1 and a random port, a TSIG key
// from tsig-keygen, allow-update for it), checked by asking BIND with dnspython.

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "engine/ddns/providers/rfc2136provider.h"
#include "tests/unit/ddns/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Ddns;

namespace {

constexpr int kWaitMs = 15000;
const QString kNamed = u"/usr/sbin/named"_s;
const QString kKeygen = u"/usr/sbin/tsig-keygen"_s;
const QString kPython = u"/usr/bin/python3"_s;

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

// The TXT strings at @p name as BIND answers them (sorted, one per record), or "error: ...".
QStringList txtAt(quint16 port, const QString &name)
{
    const QString script = u"import dns.message, dns.query, sys\n"
                           "r = dns.query.udp(dns.message.make_query(sys.argv[1], 'TXT'), '127.0.0.1', port=int(sys.argv[2]), timeout=3)\n"
                           "print('\\n'.join(sorted(b''.join(t.strings).decode() for s in r.answer for t in s)))\n"_s;
    QProcess python;
    python.start(kPython, {u"-c"_s, script, name, QString::number(port)});
    if (!python.waitForFinished(kWaitMs) || python.exitCode() != 0)
        return {u"error: "_s + QString::fromUtf8(python.readAllStandardError())};
    return QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

Doorstep::Core::Result<void> waitFor(Rfc2136Provider &provider, bool publish, const QString &name, const QString &value)
{
    QObject context;
    std::optional<Doorstep::Core::Result<void>> result;
    const auto done = [&result](Doorstep::Core::Result<void> r) { result = r; };
    if (publish)
        provider.publishTxt(name, value, &context, done);
    else
        provider.removeTxt(name, value, &context, done);
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
        return Doorstep::Core::Error::failed(u"no answer within %1 ms"_s.arg(kWaitMs));
    return *result;
}

// The settings of the test's zone and key at BIND on @p port, with @p secret.
ProviderSettings settingsFor(quint16 port, const QString &secret)
{
    ProviderSettings settings;
    settings.provider = u"rfc2136"_s;
    settings.server = u"127.0.0.1:%1"_s.arg(port);
    settings.domain = u"example.org"_s;
    settings.tsigName = u"txt-key"_s;
    settings.tsigAlgorithm = u"hmac-sha256"_s;
    settings.tsigSecret = secret;
    return settings;
}

} // namespace

TestRfc2136Txt::TestRfc2136Txt() = default;
TestRfc2136Txt::~TestRfc2136Txt() = default;

void TestRfc2136Txt::initTestCase()
{
    for (const QString &program : {kNamed, kKeygen, kPython}) {
        if (!QFile::exists(program))
            QSKIP(qPrintable(program + u" is missing (bind9, bind9-utils, python3-dnspython)"_s));
    }
    QProcess check;
    check.start(kPython, {u"-c"_s, u"import dns.query"_s});
    if (!check.waitForFinished(kWaitMs) || check.exitCode() != 0)
        QSKIP("python3-dnspython is missing");

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QProcess keygen;
    keygen.start(kKeygen, {u"-a"_s, u"hmac-sha256"_s, u"txt-key"_s});
    QVERIFY(keygen.waitForFinished(kWaitMs));
    const QString key = QString::fromUtf8(keygen.readAllStandardOutput());
    m_secret = QRegularExpression(u"secret \"([^\"]+)\""_s).match(key).captured(1);
    QVERIFY2(!m_secret.isEmpty(), qPrintable(key));
    const QString d = m_dir->path();
    QVERIFY(writeFile(d + u"/key.conf"_s, key));
    QVERIFY(writeFile(d + u"/example.org.zone"_s, u"$TTL 300\n@ IN SOA ns.example.org. hostmaster.example.org. 1 3600 600 86400 300\n"
                                                   "@ IN NS ns.example.org.\nns IN A 127.0.0.1\n"_s));
    for (int attempt = 0; attempt < 5 && !m_named; ++attempt) {
        m_port = quint16(QRandomGenerator::global()->bounded(20000, 60000));
        const QString conf = u"options { directory \"%1\"; pid-file \"%1/named.pid\"; session-keyfile \"%1/session.key\";\n"
                             "  managed-keys-directory \"%1\"; listen-on port %2 { 127.0.0.1; }; listen-on-v6 { none; };\n"
                             "  recursion no; dnssec-validation no; notify no; };\ncontrols { };\ninclude \"%1/key.conf\";\n"
                             "zone \"example.org\" { type primary; file \"%1/example.org.zone\"; allow-update { key \"txt-key\"; }; };\n"_s
                                 .arg(d)
                                 .arg(m_port);
        QVERIFY(writeFile(d + u"/named.conf"_s, conf));
        auto named = std::make_unique<QProcess>();
        named->setProcessChannelMode(QProcess::MergedChannels);
        named->start(kNamed, {u"-g"_s, u"-c"_s, d + u"/named.conf"_s});
        if (!named->waitForStarted(kWaitMs))
            continue;
        // The zone apex has no TXT: an empty answer means named serves the zone.
        const auto serving = [&] { return named->state() == QProcess::Running && txtAt(m_port, u"example.org"_s).isEmpty(); };
        (void)QTest::qWaitFor([&] { return named->state() != QProcess::Running || serving(); }, kWaitMs);
        if (serving()) {
            m_named = std::move(named);
        } else {
            named->kill();
            named->waitForFinished(5000);
            m_namedLog = QString::fromUtf8(named->readAll()).right(3000);
        }
    }
    QVERIFY2(m_named, qPrintable(u"named did not start and answer within the time limit:\n"_s + m_namedLog));
}

void TestRfc2136Txt::cleanupTestCase()
{
    if (m_named) {
        m_named->terminate();
        if (!m_named->waitForFinished(10000))
            m_named->kill();
        m_named->waitForFinished(5000);
    }
}

void TestRfc2136Txt::publishAndRemove()
{
    Rfc2136Provider provider(settingsFor(m_port, m_secret));
    QVERIFY(provider.txtPublisher() != nullptr);
    const QString name = u"_acme-challenge.home.example.org"_s;
    const QString first = u"LoqXcYV8q5ONbJQxbmR7SCTNo3tiAXDfowyjxAjEuX0"_s;
    const QString second = u"a \"quoted\" value"_s;

    auto published = waitFor(provider, true, name, first);
    QVERIFY2(published, qPrintable(published ? QString() : published.error().message));
    published = waitFor(provider, true, name, second);
    QVERIFY2(published, qPrintable(published ? QString() : published.error().message));
    QCOMPARE(txtAt(m_port, name), (QStringList{first, second})); // sorted

    const auto removed = waitFor(provider, false, name, first);
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
    QCOMPARE(txtAt(m_port, name), QStringList{second});
}

void TestRfc2136Txt::wrongKeyRefused()
{
    Rfc2136Provider provider(settingsFor(m_port, u"d3Jvbmcgc2VjcmV0IGZvciB0aGUgdGVzdCBrZXkh"_s));
    const auto published = waitFor(provider, true, u"_acme-challenge.example.org"_s, u"x"_s);
    QVERIFY(!published);
    QVERIFY2(published.error().message.contains(u"(BADSIG)"_s), qPrintable(published.error().message));
    QCOMPARE(published.error().code, Doorstep::Core::ErrorCode::InvalidArgument);
    QCOMPARE(txtAt(m_port, u"_acme-challenge.example.org"_s), QStringList());
}
