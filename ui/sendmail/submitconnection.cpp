#include "ui/sendmail/submitconnection.h"

#include <cerrno>
#include <cstring>

#include <QFile>
#include <QRegularExpression>

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace Doorstep::Ui::Sendmail {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxReplyBytes = 64 * 1024;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

QString EngineReply::text() const
{
    if (code == 0)
        return failure;
    QStringList words{QString::number(code)};
    if (!status.isEmpty())
        words << status;
    const QString joined = lines.join(u' ').trimmed();
    if (!joined.isEmpty())
        words << joined;
    return words.join(u' ');
}

SubmitConnection::~SubmitConnection()
{
    close();
}

QString SubmitConnection::connectTo(const QString &path)
{
    close();
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address{};
    if (size_t(name.size()) >= sizeof address.sun_path)
        return u"the path is too long for a socket"_s;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return systemError(errno);
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        const int error = errno;
        close();
        return systemError(error);
    }
    return {};
}

void SubmitConnection::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_in.clear();
}

bool SubmitConnection::peerSpoke() const
{
    if (m_fd < 0)
        return true;
    pollfd p{m_fd, POLLIN, 0};
    return ::poll(&p, 1, 0) != 0 || !m_in.isEmpty();
}

bool SubmitConnection::send(QByteArrayView bytes)
{
    for (qsizetype sent = 0; sent < bytes.size();) {
        const ssize_t n = ::send(m_fd, bytes.data() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_failure = u"the connection to the mail server broke: %1"_s.arg(systemError(errno));
            return false;
        }
        sent += n;
    }
    return true;
}

EngineReply SubmitConnection::command(const QByteArray &line, int timeoutSeconds)
{
    if (m_trace)
        m_trace(u">>> "_s + QString::fromUtf8(line));
    if (!send(line + "\r\n"))
        return EngineReply{0, {}, {}, m_failure};
    return readReply(timeoutSeconds);
}

EngineReply SubmitConnection::readReply(int timeoutSeconds)
{
    static const QRegularExpression enhanced(u"^[245]\\.\\d{1,3}\\.\\d{1,3}$"_s);
    EngineReply reply;
    const auto broken = [&](const QString &why) {
        reply = EngineReply{0, {}, {}, why};
        return reply;
    };
    while (true) {
        const qsizetype lf = m_in.indexOf('\n');
        if (lf < 0) {
            if (m_in.size() > kMaxReplyBytes)
                return broken(u"the mail server's reply is too long"_s);
            pollfd p{m_fd, POLLIN, 0};
            const int ready = ::poll(&p, 1, timeoutSeconds * 1000);
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready == 0)
                return broken(u"the mail server did not answer within %1 seconds"_s.arg(timeoutSeconds));
            char buffer[4096];
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return broken(n == 0 ? u"the mail server closed the connection"_s : systemError(errno));
            m_in.append(buffer, n);
            continue;
        }
        QByteArray line = m_in.left(lf);
        m_in.remove(0, lf + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_trace)
            m_trace(u"<<< "_s + QString::fromUtf8(line));
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        if (!ok || line.size() < 3 || (line.size() > 3 && line.at(3) != ' ' && line.at(3) != '-'))
            return broken(u"the mail server's reply is not SMTP: '%1'"_s.arg(QString::fromUtf8(line.left(80))));
        QString text = QString::fromUtf8(line.mid(4));
        const QString word = text.section(u' ', 0, 0);
        if (enhanced.match(word).hasMatch()) {
            reply.status = word;
            text = text.section(u' ', 1);
        }
        reply.lines << text;
        if (line.size() == 3 || line.at(3) == ' ') {
            reply.code = code;
            return reply;
        }
    }
}

} // namespace Doorstep::Ui::Sendmail
