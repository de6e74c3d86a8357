#include "engine/filters/antivirus/protocol.h"

#include <algorithm>

#include <QList>

namespace Doorstep::Filters::Antivirus::Protocol {

using namespace Qt::StringLiterals;

namespace {

/** Line ends and other control characters never travel inside a field. */
QByteArray field(const QString &text)
{
    QByteArray bytes = text.toUtf8().left(kMaxLine - 64);
    for (char &c : bytes) {
        if (c == '\r' || c == '\n' || c == '\0')
            c = ' ';
    }
    return bytes;
}

std::optional<quint64> number(const QByteArray &text)
{
    bool ok = false;
    const quint64 value = text.toULongLong(&ok);
    if (!ok || text.isEmpty() || !std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return value;
}

/** Splits "WORD rest" at the first space; rest is empty when there is none. */
std::pair<QByteArray, QByteArray> verb(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    if (space < 0)
        return {line, QByteArray()};
    return {line.left(space), line.mid(space + 1)};
}

} // namespace

QByteArray readyLine(quint64 signatures, quint64 databaseTime, quint64 databaseVersion)
{
    return "READY " + QByteArray::number(signatures) + ' ' + QByteArray::number(databaseTime) + ' ' + QByteArray::number(databaseVersion) + '\n';
}

QByteArray failedLine(const QString &sentence)
{
    return "FAILED " + field(sentence) + '\n';
}

std::optional<Readiness> parseReadiness(const QByteArray &line)
{
    const auto [word, rest] = verb(line);
    Readiness readiness;
    if (word == "FAILED" && !rest.trimmed().isEmpty()) {
        readiness.failure = QString::fromUtf8(rest.trimmed());
        return readiness;
    }
    if (word != "READY")
        return std::nullopt;
    const QList<QByteArray> parts = rest.split(' ');
    if (parts.size() != 3)
        return std::nullopt;
    const auto signatures = number(parts[0]);
    const auto time = number(parts[1]);
    const auto version = number(parts[2]);
    if (!signatures || !time || !version)
        return std::nullopt;
    readiness.ready = true;
    readiness.signatures = *signatures;
    readiness.databaseTime = *time;
    readiness.databaseVersion = *version;
    return readiness;
}

QByteArray scanRequest(const QString &path)
{
    const QByteArray bytes = path.toUtf8();
    if (!bytes.startsWith('/') || bytes.contains('\n') || bytes.contains('\r') || bytes.contains('\0') || bytes.size() > kMaxLine - 8)
        return {};
    return "SCAN " + bytes + '\n';
}

std::optional<QString> parseScanRequest(const QByteArray &line)
{
    const auto [word, rest] = verb(line);
    if (word != "SCAN" || !rest.startsWith('/') || rest.contains('\r') || rest.contains('\0'))
        return std::nullopt;
    return QString::fromUtf8(rest);
}

QByteArray cleanReply()
{
    return "OK\n";
}

QByteArray foundReply(const QString &signature)
{
    return "FOUND " + field(signature) + '\n';
}

QByteArray errorReply(const QString &sentence)
{
    return "ERROR " + field(sentence) + '\n';
}

std::optional<ScanReply> parseScanReply(const QByteArray &line)
{
    const auto [word, rest] = verb(line);
    const QString text = QString::fromUtf8(rest.trimmed());
    if (word == "OK" && rest.isEmpty())
        return ScanReply{ScanReply::Kind::Clean, QString()};
    if (word == "FOUND" && !text.isEmpty())
        return ScanReply{ScanReply::Kind::Found, text};
    if (word == "ERROR" && !text.isEmpty())
        return ScanReply{ScanReply::Kind::Error, text};
    return std::nullopt;
}

} // namespace Doorstep::Filters::Antivirus::Protocol
