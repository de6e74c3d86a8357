#include "engine/filters/spam/rspamdclient.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "engine/filters/spam/headedreply.h"
#include "engine/filters/spam/tcpexchange.h"

namespace Doorstep::Filters {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

// Header values must stay on one line: CR and LF would start headers of the sender's choice.
QByteArray oneLine(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    bytes.replace('\r', ' ').replace('\n', ' ');
    return bytes;
}

} // namespace

RspamdClient::RspamdClient(QObject *parent)
    : QObject(parent)
{
}

QString RspamdClient::name() const
{
    return u"rspamd"_s;
}

QByteArray RspamdClient::checkRequest(const SpamRequest &request, const QString &host, quint16 port)
{
    const QString hostText = host.contains(u':') ? u"[%1]"_s.arg(host) : host;
    QByteArray http = "POST /checkv2 HTTP/1.1\r\nHost: " + oneLine(hostText) + ':' + QByteArray::number(port) + "\r\n";
    http += "Connection: close\r\nContent-Length: " + QByteArray::number(request.message.size()) + "\r\n";
    if (!request.clientAddress.isNull())
        http += "IP: " + request.clientAddress.toString().toLatin1() + "\r\n";
    if (!request.helo.isEmpty())
        http += "Helo: " + oneLine(request.helo) + "\r\n";
    if (!request.clientName.isEmpty() && request.clientName != u"unknown"_s)
        http += "Hostname: " + oneLine(request.clientName) + "\r\n";
    if (!request.clientAddress.isNull())
        http += "From: " + oneLine(request.sender) + "\r\n";
    for (const QString &recipient : request.recipients)
        http += "Rcpt: " + oneLine(recipient) + "\r\n";
    if (!request.queueId.isEmpty())
        http += "Queue-Id: " + oneLine(request.queueId) + "\r\n";
    http += "\r\n";
    http += request.message;
    return http;
}

Result<SpamScore> RspamdClient::parseReply(const QByteArray &bytes)
{
    const HeadedReply reply = HeadedReply::parse(bytes);
    static const QRegularExpression status(u"^HTTP/\\d\\.\\d +(\\d{3})(?: +(.*))?$"_s);
    const auto statusMatch = status.match(QString::fromLatin1(reply.statusLine));
    if (!statusMatch.hasMatch() || !reply.headerComplete)
        return Error::failed(u"rspamd answered '%1', not an HTTP reply."_s.arg(QString::fromLatin1(reply.statusLine.left(100))));
    if (statusMatch.captured(1) != u"200"_s)
        return Error::failed(u"rspamd answered '%1'."_s.arg(QString::fromLatin1(reply.statusLine.left(200))));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.bodyOfLength(), &error);
    if (!document.isObject())
        return Error::failed(u"rspamd's reply is not a JSON object: %1."_s.arg(error.errorString()));
    const QJsonObject object = document.object();
    if (!object.value(u"score"_s).isDouble())
        return Error::failed(u"rspamd's reply has no score."_s);
    double score = object.value(u"score"_s).toDouble();
    if (object.value(u"action"_s).toString() == u"reject"_s)
        score = std::max(score, object.value(u"required_score"_s).toDouble());
    QStringList rules;
    static const QRegularExpression ruleName(u"^[A-Za-z0-9_.-]{1,100}$"_s);
    const QJsonObject symbols = object.value(u"symbols"_s).toObject();
    for (auto it = symbols.begin(); it != symbols.end(); ++it) {
        if (ruleName.match(it.key()).hasMatch())
            rules << it.key();
    }
    rules.sort();
    return SpamScore::scored(score, rules);
}

void RspamdClient::score(const SpamRequest &request, const SpamOptions &options, std::function<void(SpamScore)> done)
{
    const QString what = u"rspamd at %1:%2"_s.arg(options.host).arg(options.port);
    const auto isComplete = [](const QByteArray &reply) { return HeadedReply::parse(reply).isComplete(); };
    TcpExchange::start(this, options, what, checkRequest(request, options.host, options.port), isComplete,
                       &RspamdClient::parseReply, std::move(done));
}

} // namespace Doorstep::Filters
