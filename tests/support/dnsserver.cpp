#include "tests/support/dnsserver.h"

#include <utility>

#include <QDeadlineTimer>
#include <QFile>
#include <QRandomGenerator>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Doorstep::Tests {

using namespace Qt::StringLiterals;

namespace {

constexpr int kStartAttempts = 5;
constexpr int kReadyTimeoutMs = 5000;
constexpr int kStopTimeoutMs = 3000;

QString dnsmasqPath()
{
    return u"/usr/sbin/dnsmasq"_s;
}

void closeSocket(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

sockaddr_in socketAddress(const QString &host, quint16 port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    ::inet_pton(AF_INET, host.toLatin1().constData(), &address.sin_addr);
    return address;
}

// A query for "ready.probe" (A): outside the local domains, so dnsmasq answers REFUSED,
// which proves it is listening.
QByteArray probeQuery()
{
    QByteArray query = QByteArray::fromHex("44540100000100000000000005726561647905");
    query += "probe";
    query += QByteArray::fromHex("0000010001");
    return query;
}

} // namespace

DnsServer::DnsServer()
    : m_localDomains{u"test"_s, u"in-addr.arpa"_s, u"ip6.arpa"_s}
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

DnsServer::~DnsServer()
{
    stop();
}

void DnsServer::addLocalDomain(const QString &domain)
{
    m_localDomains.append(domain);
}

void DnsServer::addAddress(const QString &name, const QString &address)
{
    m_hostRecords[name].append(address);
}

void DnsServer::addWildcardAddress(const QString &domain, const QString &address)
{
    m_records.append(u"address=/%1/%2"_s.arg(domain, address));
}

void DnsServer::addMx(const QString &domain, const QString &exchange, int preference)
{
    m_records.append(u"mx-host=%1,%2,%3"_s.arg(domain, exchange).arg(preference));
}

void DnsServer::addNullMx(const QString &domain)
{
    addRecord(domain, 15, QByteArray("\0\0\0", 3)); // preference 0, the root name
}

void DnsServer::addTxt(const QString &name, const QStringList &strings)
{
    // Quoted in the configuration file, so a string may hold commas, quotes and backslashes.
    QStringList quoted;
    for (QString text : strings) {
        text.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
        quoted.append(u'"' + text + u'"');
    }
    m_records.append(u"txt-record=%1,%2"_s.arg(name, quoted.join(u',')));
}

void DnsServer::addPtr(const QString &address, const QString &name)
{
    const QString reverse = reverseName(address);
    Q_ASSERT(!reverse.isEmpty());
    m_records.append(u"ptr-record=%1,%2"_s.arg(reverse, name));
}

void DnsServer::addCname(const QString &alias, const QString &target)
{
    m_records.append(u"cname=%1,%2"_s.arg(alias, target));
}

void DnsServer::addRecord(const QString &name, int type, const QByteArray &rdata)
{
    m_records.append(u"dns-rr=%1,%2,%3"_s.arg(name).arg(type).arg(QString::fromLatin1(rdata.toHex())));
}

bool DnsServer::writeConfiguration()
{
    // The records go into a configuration file: only there does dnsmasq read quotes.
    QFile file(m_dir.filePath(u"dnsmasq.conf"_s));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = u"could not write %1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    QStringList lines;
    for (const QString &domain : std::as_const(m_localDomains))
        lines.append(u"local=/%1/"_s.arg(domain));
    for (auto it = m_hostRecords.cbegin(); it != m_hostRecords.cend(); ++it)
        lines.append(u"host-record=%1,%2"_s.arg(it.key(), it.value().join(u',')));
    lines += m_records;
    file.write((lines.join(u'\n') + u'\n').toUtf8());
    return file.flush();
}

QStringList DnsServer::arguments() const
{
    return {
        u"--no-daemon"_s, // stays in the foreground and keeps its user, also as root
        u"--conf-file=%1"_s.arg(m_dir.filePath(u"dnsmasq.conf"_s)),
        u"--no-resolv"_s,
        u"--no-hosts"_s,
        u"--bind-interfaces"_s,
        u"--listen-address=%1"_s.arg(m_host),
        u"--port=%1"_s.arg(m_port),
        u"--log-facility=-"_s,
        u"--log-queries"_s,
    };
}

bool DnsServer::pickAddress(int &udpSocket, int &tcpSocket)
{
    udpSocket = -1;
    tcpSocket = -1;
    const quint32 random = QRandomGenerator::global()->generate();
    m_host = u"127.53.%1.%2"_s.arg(1 + random % 254).arg(1 + (random >> 8) % 254);
    sockaddr_in address = socketAddress(m_host, 0);
    udpSocket = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    socklen_t length = sizeof(address);
    if (udpSocket < 0 || ::bind(udpSocket, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0
        || ::getsockname(udpSocket, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        closeSocket(udpSocket);
        return false;
    }
    m_port = ntohs(address.sin_port);
    tcpSocket = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (tcpSocket < 0 || ::bind(tcpSocket, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0) {
        closeSocket(udpSocket);
        closeSocket(tcpSocket);
        return false;
    }
    return true;
}

bool DnsServer::start()
{
    stop();
    m_error.clear();
    if (!writeConfiguration())
        return false;
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        int udp = -1;
        int tcp = -1;
        if (!pickAddress(udp, tcp))
            continue;
        // Released just before dnsmasq binds them; the random address makes a clash unlikely,
        // and a clash is retried below.
        closeSocket(udp);
        closeSocket(tcp);
        m_process.setStandardOutputFile(m_dir.filePath(u"dnsmasq.log"_s));
        m_process.start(dnsmasqPath(), arguments());
        if (!m_process.waitForStarted(kReadyTimeoutMs)) {
            m_error = u"could not start %1: %2"_s.arg(dnsmasqPath(), m_process.errorString());
            return false;
        }
        if (waitUntilAnswering())
            return true;
        const QString output = log();
        stop();
        if (!output.contains(u"Address already in use"_s)) {
            m_error += u"\n"_s + output;
            return false;
        }
    }
    m_error = u"no free loopback address and port for dnsmasq after %1 attempts"_s.arg(kStartAttempts);
    return false;
}

bool DnsServer::waitUntilAnswering()
{
    int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    const sockaddr_in address = socketAddress(m_host, m_port);
    if (fd < 0 || ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0) {
        closeSocket(fd);
        m_error = u"could not create a probe socket"_s;
        return false;
    }
    const QByteArray query = probeQuery();
    QDeadlineTimer deadline(kReadyTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running || m_process.waitForFinished(0)) {
            m_error = u"dnsmasq exited with code %1"_s.arg(m_process.exitCode());
            closeSocket(fd);
            return false;
        }
        if (::send(fd, query.constData(), size_t(query.size()), 0) == query.size()) {
            pollfd events{fd, POLLIN, 0};
            if (::poll(&events, 1, 100) > 0) {
                char reply[512];
                if (::recv(fd, reply, sizeof(reply), 0) >= 12) {
                    closeSocket(fd);
                    return true;
                }
            }
        }
        // Not listening yet (the send or recv was refused): look again shortly.
        m_process.waitForFinished(20);
    }
    closeSocket(fd);
    m_error = u"dnsmasq did not answer on %1 within %2 ms"_s.arg(serverSpec()).arg(kReadyTimeoutMs);
    return false;
}

bool DnsServer::startSilent()
{
    stop();
    m_error.clear();
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        if (pickAddress(m_silentUdp, m_silentTcp) && ::listen(m_silentTcp, 16) == 0)
            return true;
        closeSocket(m_silentUdp);
        closeSocket(m_silentTcp);
    }
    m_error = u"no free loopback address and port for a silent DNS server"_s;
    return false;
}

void DnsServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(kStopTimeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(kStopTimeoutMs);
        }
    }
    closeSocket(m_silentUdp);
    closeSocket(m_silentTcp);
}

bool DnsServer::isRunning() const
{
    return m_process.state() == QProcess::Running || m_silentUdp >= 0;
}

QString DnsServer::serverSpec() const
{
    return u"%1:%2"_s.arg(m_host).arg(m_port);
}

QString DnsServer::log() const
{
    QFile file(m_dir.filePath(u"dnsmasq.log"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString DnsServer::reverseName(const QString &address)
{
    const QByteArray text = address.toLatin1();
    in_addr v4{};
    if (::inet_pton(AF_INET, text.constData(), &v4) == 1) {
        const auto *octets = reinterpret_cast<const uchar *>(&v4);
        return u"%1.%2.%3.%4.in-addr.arpa"_s.arg(octets[3]).arg(octets[2]).arg(octets[1]).arg(octets[0]);
    }
    in6_addr v6{};
    if (::inet_pton(AF_INET6, text.constData(), &v6) != 1)
        return {};
    static constexpr char kHex[] = "0123456789abcdef";
    QString name;
    for (int i = 15; i >= 0; --i) {
        name += QLatin1Char(kHex[v6.s6_addr[i] & 0x0f]);
        name += u'.';
        name += QLatin1Char(kHex[v6.s6_addr[i] >> 4]);
        name += u'.';
    }
    return name + u"ip6.arpa"_s;
}

} // namespace Doorstep::Tests
