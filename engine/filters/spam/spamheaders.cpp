#include "engine/filters/spam/spamheaders.h"

namespace Doorstep::Filters {

using namespace Qt::StringLiterals;

namespace {

// RFC 5322 2.1.1: lines SHOULD stay within 78 characters; the tests list is folded at commas.
constexpr qsizetype kFoldAt = 78;

QByteArray folded(const QByteArray &name, const QByteArray &value)
{
    QByteArray out = name + ": ";
    qsizetype lineLength = out.size();
    const QList<QByteArray> pieces = value.split(',');
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        QByteArray piece = pieces.at(i);
        if (i + 1 < pieces.size())
            piece += ',';
        if (i > 0 && lineLength + piece.size() > kFoldAt) {
            out += "\r\n\t";
            lineLength = 1;
        }
        out += piece;
        lineLength += piece.size();
    }
    return out + "\r\n";
}

} // namespace

QString SpamHeaders::formatScore(double score)
{
    return QString::number(score, 'f', 1);
}

QByteArray SpamHeaders::build(const SpamScore &score, double threshold)
{
    if (!score.scanned())
        return "X-Spam-Status: unscanned, " + unscannedName(score.unscanned).toLatin1() + "\r\n";
    const bool spam = score.score >= threshold;
    QByteArray headers;
    if (spam)
        headers += "X-Spam-Flag: YES\r\n";
    const QByteArray number = formatScore(score.score).toLatin1();
    headers += "X-Spam-Score: " + number + "\r\n";
    const QByteArray tests = score.rules.isEmpty() ? QByteArray("none") : score.rules.join(u',').toLatin1();
    headers += folded("X-Spam-Status", (spam ? "Yes" : "No") + QByteArray(", score=") + number + " required="
                                           + formatScore(threshold).toLatin1() + " tests=" + tests);
    return headers;
}

QString unscannedName(SpamScore::Unscanned why)
{
    switch (why) {
    case SpamScore::Unscanned::No:
        return QString();
    case SpamScore::Unscanned::Size:
        return u"size"_s;
    case SpamScore::Unscanned::Timeout:
        return u"timeout"_s;
    case SpamScore::Unscanned::Unavailable:
        return u"unavailable"_s;
    }
    return QString();
}

} // namespace Doorstep::Filters
