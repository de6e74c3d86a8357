#include "engine/delivery/rules/messageorigin.h"

#include <QRegularExpression>

#include "engine/core/headerblock.h"

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;

MessageOrigin MessageOrigin::of(QByteArrayView message)
{
    MessageOrigin origin;
    const QByteArrayView block = Core::headerBlockOf(message);

    const QList<QByteArray> returnPaths = Core::headerValues(block, "Return-Path");
    if (!returnPaths.isEmpty()) {
        origin.hasReturnPath = true;
        QString path = QString::fromUtf8(returnPaths.first()).trimmed();
        if (path.startsWith(u'<') && path.endsWith(u'>'))
            path = path.mid(1, path.size() - 2);
        origin.sender = path.trimmed().toLower();
    }

    // ServerSession::receivedHeader's shape; the first such line is the newest hop into this engine.
    static const QRegularExpression ours(uR"(^from\s+\S*\s+\((\S+)\s+\[([0-9A-Fa-f:.]+)\]\)(.*)\bby\s+\S+\s+\(Doorstep\))"_s,
                                         QRegularExpression::DotMatchesEverythingOption);
    // LocalSession's shape: "by HOST (Doorstep, from local uid 1000 (alice) via doorstep-sendmail)".
    static const QRegularExpression local(uR"(^by\s+\S+\s+\(Doorstep, from local uid )"_s);
    for (const QByteArray &received : Core::headerValues(block, "Received")) {
        const QString text = QString::fromUtf8(received);
        if (local.match(text).hasMatch()) {
            origin.local = true;
            break;
        }
        const QRegularExpressionMatch match = ours.match(text);
        if (!match.hasMatch())
            continue;
        QHostAddress address;
        if (!address.setAddress(match.captured(2)))
            continue;
        origin.client = address;
        origin.clientName = match.captured(1);
        origin.authenticated = match.captured(3).contains(u"(authenticated sender)"_s);
        break;
    }
    return origin;
}

} // namespace Doorstep::Delivery
