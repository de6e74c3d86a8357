#include "engine/delivery/remote/outboundrewriter.h"

#include <algorithm>
#include <array>
#include <optional>

#include <QSet>
#include <QUrl>

#include "engine/delivery/remote/addresslist.h"
#include "engine/core/headerblock.h"

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<QByteArrayView, 5> kSenderFields{"From", "Sender", "Reply-To", "Resent-From", "Resent-Sender"};

/** A domain as it compares: lower case, no trailing dots, an IDN in punycode. */
QString comparableDomain(const QString &domain)
{
    QString name = domain.trimmed().toLower();
    while (name.endsWith(u'.'))
        name.chop(1);
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 127; })) {
        const QByteArray ace = QUrl::toAce(name);
        if (!ace.isEmpty())
            name = QString::fromLatin1(ace);
    }
    return name;
}

/** A local part as it compares: without quoting, lower case ("Dad" and "\"dad\"" are dad). */
QString comparableLocal(const QString &local)
{
    if (!local.startsWith(u'"'))
        return local.toLower();
    QString plain;
    for (qsizetype i = 1; i + 1 < local.size(); ++i) {
        if (local[i] == u'\\' && i + 2 < local.size())
            ++i;
        plain += local[i];
    }
    return plain.toLower();
}

/** What becomes of one address. */
struct Rewrite
{
    enum class Kind {
        None,
        Address, // replaced by an outbound name
        Domain,  // masqueraded: the domain replaced (or added to a bare name)
    };
    Kind kind = Kind::None;
    QString text; // the new address, or the new domain
};

/** The rules, normalized once for all the addresses of one message. */
class Rules
{
public:
    explicit Rules(const RewriteRules &rules)
        : m_masqueradeAs(rules.masqueradeAs.trimmed())
        , m_masqueradeKey(comparableDomain(rules.masqueradeAs))
        , m_entireDomain(rules.masqueradeEntireDomain)
        , m_envelope(rules.masqueradeEnvelope)
    {
        while (m_masqueradeAs.endsWith(u'.'))
            m_masqueradeAs.chop(1);
        for (const QString &name : rules.localNames)
            m_localNames.insert(comparableDomain(name));
        for (const QString &domain : rules.masqueradeDomains)
            m_masqueradeDomains.insert(comparableDomain(domain));
        m_localNames.remove(QString());
        m_masqueradeDomains.remove(QString());
        for (auto it = rules.outboundNames.cbegin(); it != rules.outboundNames.cend(); ++it) {
            const QString key = it.key().trimmed();
            const qsizetype at = key.lastIndexOf(u'@');
            m_outbound.insert(at < 0 ? key.toLower() : comparableLocal(key.left(at)) + u'@' + comparableDomain(key.mid(at + 1)), it.value());
        }
    }

    bool masqueradesEnvelope() const { return m_envelope; }

    /** @p domain nullopt: a bare name. @p masquerade: whether masquerading applies here. */
    Rewrite decide(const QString &local, const std::optional<QString> &domain, bool masquerade) const
    {
        const QString localKey = comparableLocal(local);
        const QString domainKey = domain ? comparableDomain(*domain) : QString();
        if (domain) {
            if (const auto it = m_outbound.constFind(localKey + u'@' + domainKey); it != m_outbound.cend())
                return {Rewrite::Kind::Address, *it};
        }
        const bool ours = !domain || isOurs(domainKey);
        if (ours) {
            if (const auto it = m_outbound.constFind(localKey); it != m_outbound.cend())
                return {Rewrite::Kind::Address, *it};
        }
        if (masquerade && ours && !m_masqueradeAs.isEmpty() && domainKey != m_masqueradeKey)
            return {Rewrite::Kind::Domain, m_masqueradeAs};
        return {};
    }

private:
    bool isOurs(const QString &domain) const
    {
        if (m_localNames.contains(domain) || m_masqueradeDomains.contains(domain))
            return true;
        if (!m_entireDomain)
            return false;
        return std::any_of(m_masqueradeDomains.cbegin(), m_masqueradeDomains.cend(),
                           [&](const QString &parent) { return domain.endsWith(u'.' + parent); });
    }

    QString m_masqueradeAs;
    QString m_masqueradeKey;
    bool m_entireDomain;
    bool m_envelope;
    QSet<QString> m_localNames;
    QSet<QString> m_masqueradeDomains;
    QHash<QString, QString> m_outbound;
};

/** One replacement of bytes [start, end) of the header block. */
struct Edit
{
    qsizetype start = 0;
    qsizetype end = 0;
    QByteArray bytes;
};

bool isSenderField(const Core::HeaderField &field)
{
    return std::any_of(kSenderFields.cbegin(), kSenderFields.cend(), [&](QByteArrayView name) { return field.is(name); });
}

/** The edits of one sender field's addresses, with a line for the log each; nullopt when the field is not understood. */
std::optional<QList<Edit>> rewriteField(const Rules &rules, const QByteArray &headers, const Core::HeaderField &field, QStringList &changes)
{
    const QByteArrayView value = QByteArrayView(headers).sliced(field.valueStart, field.end - field.valueStart);
    const auto mailboxes = parseAddressList(value);
    if (!mailboxes)
        return std::nullopt;
    QList<Edit> edits;
    for (const MailboxSpan &span : *mailboxes) {
        const QString local = QString::fromUtf8(value.sliced(span.localStart, span.localEnd - span.localStart));
        const std::optional<QString> domain = span.hasDomain()
                                                  ? std::optional(QString::fromUtf8(value.sliced(span.domainStart, span.domainEnd - span.domainStart)))
                                                  : std::nullopt;
        const Rewrite rewrite = rules.decide(local, domain, true);
        const QString before = domain ? local + u'@' + *domain : local;
        QString after;
        const qsizetype base = field.valueStart;
        switch (rewrite.kind) {
        case Rewrite::Kind::None:
            continue;
        case Rewrite::Kind::Address:
            edits.append({base + span.localStart, base + (domain ? span.domainEnd : span.localEnd), rewrite.text.toUtf8()});
            after = rewrite.text;
            break;
        case Rewrite::Kind::Domain:
            if (domain)
                edits.append({base + span.domainStart, base + span.domainEnd, rewrite.text.toUtf8()});
            else
                edits.append({base + span.localEnd, base + span.localEnd, '@' + rewrite.text.toUtf8()});
            after = local + u'@' + rewrite.text;
            break;
        }
        changes.append(u"%1: %2 -> %3"_s.arg(QString::fromLatin1(field.name), before, after));
    }
    return edits;
}

} // namespace

RewriteResult rewriteOutbound(const RewriteRules &rewriteRules, const QString &envelopeSender, const QByteArray &headers)
{
    const Rules rules(rewriteRules);
    RewriteResult result;
    result.envelopeSender = envelopeSender;

    QList<Edit> edits;
    for (const Core::HeaderField &field : Core::splitHeaderFields(headers)) {
        if (!isSenderField(field))
            continue;
        if (const auto fieldEdits = rewriteField(rules, headers, field, result.changes))
            edits.append(*fieldEdits);
        else
            result.notUnderstood.append(QString::fromLatin1(field.name));
    }
    qsizetype copied = 0;
    for (const Edit &edit : edits) { // in order: fields and mailboxes were read front to back
        result.headers += QByteArrayView(headers).sliced(copied, edit.start - copied);
        result.headers += edit.bytes;
        copied = edit.end;
    }
    result.headers += QByteArrayView(headers).sliced(copied);

    // The envelope sender: the null sender stays, it is what keeps notifications from looping.
    if (!envelopeSender.isEmpty() && envelopeSender != u"<>"_s) {
        const qsizetype at = envelopeSender.lastIndexOf(u'@');
        const QString local = at < 0 ? envelopeSender : envelopeSender.left(at);
        const std::optional<QString> domain = at < 0 ? std::nullopt : std::optional(envelopeSender.mid(at + 1));
        const Rewrite rewrite = rules.decide(local, domain, rules.masqueradesEnvelope());
        if (rewrite.kind == Rewrite::Kind::Address)
            result.envelopeSender = rewrite.text;
        else if (rewrite.kind == Rewrite::Kind::Domain)
            result.envelopeSender = local + u'@' + rewrite.text;
        if (result.envelopeSender != envelopeSender)
            result.changes.append(u"Envelope sender: %1 -> %2"_s.arg(envelopeSender, result.envelopeSender));
    }
    return result;
}

} // namespace Doorstep::Delivery
