#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Doorstep::Tls {

/**
 * An ACME error: the problem document of RFC 7807 that a CA answers with (RFC 8555 6.7),
 * reduced to what the client acts on (the type) and a sentence for people.
 */
struct AcmeProblem
{
    /** "badNonce", "rateLimited", … (the part after urn:ietf:params:acme:error:); may be empty. */
    QString type;
    QString detail;
    /** Per-identifier problems ("subproblems", RFC 8555 6.7.1) as "NAME: detail" texts. */
    QStringList subproblems;

    bool isBadNonce() const { return type == QStringLiteral("badNonce"); }
    /** "detail (for a: …; b: …)", without a final full stop. */
    QString text() const;

    /** From a problem document; type "" and the HTTP status as detail when @p body is not one. */
    static AcmeProblem fromJson(const QJsonObject &problem);
    static AcmeProblem fromResponse(int httpStatus, const QByteArray &body);
};

} // namespace Doorstep::Tls
