#pragma once

#include <functional>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Doorstep::Ui::Sendmail {

/** One reply of the engine on the submission socket (SMTP's reply grammar). */
struct EngineReply
{
    int code = 0;       // 0: none came (the connection broke, or the time ran out)
    QString status;     // the enhanced status code ("5.1.1"), "" when the reply has none
    QStringList lines;  // each line's text after the code
    QString failure;    // with code 0: what happened instead

    bool isPositive() const { return code >= 200 && code < 400; }
    /** "550 5.1.1 <x>: no such user here" (lines joined), or the failure. */
    QString text() const;
};

/**
 * The client end of the engine's local submission socket: a blocking Unix stream socket
 * (doorstep-sendmail is a short-lived command; no event loop needed), every read bounded by
 * a timeout, writes without SIGPIPE.
 */
class SubmitConnection final
{
public:
    static constexpr int kReplyTimeoutSeconds = 300;     // RFC 5321 4.5.3.2: 5 minutes a reply
    static constexpr int kDataEndTimeoutSeconds = 600;   // and 10 after the final "."

    SubmitConnection() = default;
    ~SubmitConnection();
    SubmitConnection(const SubmitConnection &) = delete;
    SubmitConnection &operator=(const SubmitConnection &) = delete;

    /** Connects to the socket at @p path; "" on success, else the system's reason. */
    QString connectTo(const QString &path);
    void close();
    bool isOpen() const { return m_fd >= 0; }

    /** True when the engine said or did something unasked (a 421 after its idle timeout, a close). */
    bool peerSpoke() const;

    /** Sends @p line with CRLF and reads the reply. */
    EngineReply command(const QByteArray &line, int timeoutSeconds = kReplyTimeoutSeconds);
    EngineReply readReply(int timeoutSeconds = kReplyTimeoutSeconds);
    /** Writes all of @p bytes; false when the connection broke (failure() says why). */
    bool send(QByteArrayView bytes);
    QString failure() const { return m_failure; }

    /** Called with each line sent (">>> ...") and received ("<<< ..."): -v. */
    void setTrace(std::function<void(const QString &)> trace) { m_trace = std::move(trace); }

private:
    int m_fd = -1;
    QByteArray m_in;
    QString m_failure;
    std::function<void(const QString &)> m_trace;
};

} // namespace Doorstep::Ui::Sendmail
