#include "engine/tls/acmeproblem.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Doorstep::Tls {

using namespace Qt::StringLiterals;

namespace {
const auto kAcmeErrorPrefix = "urn:ietf:params:acme:error:"_L1;
// A problem's detail is a CA's sentence; a hostile or broken CA gets no more than this of the log or the reply.
constexpr qsizetype MaxDetailLength = 500;

QString clean(const QString &text)
{
    QString cleaned = text.simplified();
    if (cleaned.size() > MaxDetailLength)
        cleaned = cleaned.left(MaxDetailLength) + u'…';
    while (cleaned.endsWith(u'.'))
        cleaned.chop(1);
    return cleaned;
}
} // namespace

QString AcmeProblem::text() const
{
    QString sentence = detail.isEmpty() ? (type.isEmpty() ? u"no details"_s : type) : detail;
    if (!subproblems.isEmpty())
        sentence += u" (%1)"_s.arg(subproblems.join(u"; "_s));
    return sentence;
}

AcmeProblem AcmeProblem::fromJson(const QJsonObject &problem)
{
    AcmeProblem parsed;
    QString type = problem.value(u"type"_s).toString();
    if (type.startsWith(kAcmeErrorPrefix))
        type = type.mid(kAcmeErrorPrefix.size());
    parsed.type = type;
    parsed.detail = clean(problem.value(u"detail"_s).toString());
    const QJsonArray subproblems = problem.value(u"subproblems"_s).toArray();
    for (const QJsonValue &value : subproblems) {
        const QJsonObject sub = value.toObject();
        const QString name = sub.value(u"identifier"_s).toObject().value(u"value"_s).toString();
        const QString detail = clean(sub.value(u"detail"_s).toString());
        parsed.subproblems << (name.isEmpty() ? detail : u"%1: %2"_s.arg(name, detail));
    }
    return parsed;
}

AcmeProblem AcmeProblem::fromResponse(int httpStatus, const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject() && document.object().contains(u"type"_s))
        return fromJson(document.object());
    AcmeProblem problem;
    problem.detail = u"HTTP status %1 without a problem document"_s.arg(httpStatus);
    return problem;
}

} // namespace Doorstep::Tls
