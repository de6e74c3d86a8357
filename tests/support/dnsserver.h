#pragma once

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Doorstep::Tests {

/**
 * A DNS server for one test: dnsmasq (package dnsmasq-base) on a random loopback address
 * 127.53.x.y and a free port, answering only from the records added before start(), or
 * (startSilent()) a socket pair on such an address that never answers, for timeouts.
 *
 * Names in the local domains ("test", "in-addr.arpa" and "ip6.arpa" by default) are answered
 * here and nowhere else: a name with records gives them, or NoData for another type (NOERROR
 * with no answer); a name without records is NXDOMAIN. Names outside the local domains get
 * REFUSED (which a resolver reports as SERVFAIL). Point the engine at serverSpec()
 * (`dns.servers`). Stopped (by its pid) when destroyed. Works as root (dnsmasq --no-daemon
 * keeps its user) and unprivileged (the port is above 1024).
 */
class DnsServer final
{
public:
    DnsServer();
    ~DnsServer();
    Q_DISABLE_COPY_MOVE(DnsServer)

    // Records: add them before start(). Names without the trailing dot.

    /** Answers @p domain and everything below it here (NXDOMAIN for names without records). */
    void addLocalDomain(const QString &domain);
    /** An A or AAAA record of exactly @p name (and the PTR record back to it). */
    void addAddress(const QString &name, const QString &address);
    /**
     * An A or AAAA answer for @p domain and every name below it. dnsmasq then says NXDOMAIN
     * (not NoData) for the other address type of those names.
     */
    void addWildcardAddress(const QString &domain, const QString &address);
    void addMx(const QString &domain, const QString &exchange, int preference);
    /** The RFC 7505 null MX "0 ." of @p domain. */
    void addNullMx(const QString &domain);
    /** One TXT record made of @p strings (each at most 255 octets; any text). */
    void addTxt(const QString &name, const QStringList &strings);
    /** A PTR record for @p address (IPv4 or IPv6) pointing at @p name. */
    void addPtr(const QString &address, const QString &name);
    void addCname(const QString &alias, const QString &target);
    /** Any record: @p type as a number, @p rdata in wire format (--dns-rr). */
    void addRecord(const QString &name, int type, const QByteArray &rdata);

    /** Starts dnsmasq and waits (5 s at most) until it answers; false with error() otherwise. */
    bool start();
    /** Binds UDP and TCP on a fresh address and port and never answers a query. */
    bool startSilent();
    void stop();

    bool isRunning() const;
    QString error() const { return m_error; }
    /** "127.53.x.y:PORT", the form `dns.servers` takes. */
    QString serverSpec() const;
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    /** What dnsmasq logged so far (every query is logged), for failure messages. */
    QString log() const;

    /** The PTR name of an IPv4 or IPv6 address in text form; empty when it is not one. */
    static QString reverseName(const QString &address);

private:
    bool pickAddress(int &udpSocket, int &tcpSocket);
    bool waitUntilAnswering();
    bool writeConfiguration();
    QStringList arguments() const;

    QTemporaryDir m_dir;
    QProcess m_process;
    QStringList m_localDomains;
    QStringList m_records;                    // dnsmasq configuration lines, one per record
    QMap<QString, QStringList> m_hostRecords; // name -> addresses (one --host-record each)
    QString m_host;
    quint16 m_port = 0;
    int m_silentUdp = -1;
    int m_silentTcp = -1;
    QString m_error;
};

} // namespace Doorstep::Tests
