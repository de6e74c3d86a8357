#include "tests/gui/smtpsubmit.h"

#include <QSslSocket>

namespace Doorstep::Tests {

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 10000;

/** Reads one (possibly multi-line) reply; its code, or 0 on a timeout. */
int readReply(QSslSocket &socket, QString *text)
{
    text->clear();
    while (true) {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(kTimeoutMs))
                return 0;
        }
        const QString line = QString::fromUtf8(socket.readLine()).trimmed();
        *text += line + u'\n';
        if (line.size() < 4 || line.at(3) != u'-')
            return line.left(3).toInt();
    }
}

bool command(QSslSocket &socket, const QByteArray &line, int expected, QString *failure)
{
    socket.write(line + "\r\n");
    QString reply;
    const int code = readReply(socket, &reply);
    if (code == expected)
        return true;
    *failure = u"%1 -> %2"_s.arg(QString::fromUtf8(line.startsWith("AUTH") ? QByteArray("AUTH PLAIN ...") : line), reply.trimmed());
    return false;
}

} // namespace

QString submitMessage(const Submission &s)
{
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone); // the engine's certificate is self-signed
    socket.connectToHost(u"127.0.0.1"_s, s.port);
    if (!socket.waitForConnected(kTimeoutMs))
        return u"connect: "_s + socket.errorString();
    QString reply;
    if (readReply(socket, &reply) != 220)
        return u"greeting: "_s + reply;
    QString failure;
    if (!command(socket, "EHLO gui-test.example", 250, &failure) || !command(socket, "STARTTLS", 220, &failure))
        return failure;
    socket.startClientEncryption();
    if (!socket.waitForEncrypted(kTimeoutMs))
        return u"TLS: "_s + socket.errorString();
    const QByteArray plain = QByteArray("\0", 1) + s.user.toUtf8() + QByteArray("\0", 1) + s.password.toUtf8();
    if (!command(socket, "EHLO gui-test.example", 250, &failure) || !command(socket, "AUTH PLAIN " + plain.toBase64(), 235, &failure)
        || !command(socket, "MAIL FROM:<" + s.from.toUtf8() + ">", 250, &failure))
        return failure;
    for (const QString &to : s.to) {
        if (!command(socket, "RCPT TO:<" + to.toUtf8() + ">", 250, &failure))
            return failure;
    }
    if (!command(socket, "DATA", 354, &failure) || !command(socket, s.message + "\r\n.", 250, &failure))
        return failure;
    command(socket, "QUIT", 221, &failure);
    return {};
}

QString submitFromAlice(quint16 port, const QString &to, const QByteArray &subject)
{
    Submission mail;
    mail.port = port;
    mail.user = QStringLiteral("alice@example.org");
    mail.password = QStringLiteral("correct horse battery");
    mail.from = mail.user;
    mail.to = {to};
    mail.message = "From: alice@example.org\r\nTo: " + to.toUtf8() + "\r\nSubject: " + subject + "\r\n\r\nSee you soon.";
    return submitMessage(mail);
}

} // namespace Doorstep::Tests
