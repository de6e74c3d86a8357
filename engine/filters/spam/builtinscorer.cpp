#include "engine/filters/spam/builtinscorer.h"

#include <QDateTime>
#include <QRegularExpression>

#include "engine/core/headerblock.h"

namespace Doorstep::Filters {

using namespace Qt::StringLiterals;

namespace {

// SpamAssassin's GTUBE (Generic Test for Unsolicited Bulk Email): every filter flags it.
constexpr QByteArrayView kGtube = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X";

struct Rule
{
    const char *name;
    double score;
};

// Scores close to SpamAssassin 4's for the same tests.
constexpr Rule kMissingDate{"MISSING_DATE", 1.4};
constexpr Rule kMissingMessageId{"MISSING_MID", 0.5};
constexpr Rule kMissingFrom{"MISSING_FROM", 1.0};
constexpr Rule kMissingSubject{"MISSING_SUBJECT", 1.0};
constexpr Rule kMissingRecipients{"MISSING_HEADERS", 1.0};
constexpr Rule kInvalidDate{"INVALID_DATE", 1.0};
constexpr Rule kInvalidMessageId{"INVALID_MSGID", 0.6};
constexpr Rule kDuplicateHeader{"DUPLICATE_HEADER", 1.0};

// RFC 5322 3.6: fields that occur at most once.
const QList<QByteArray> kSingleFields{"date", "from", "sender", "reply-to", "to", "cc", "message-id", "subject"};

bool validDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value).trimmed();
    // A trailing comment ("+0000 (UTC)") is allowed, Qt's parser does not take it.
    static const QRegularExpression comment(u"\\s*\\([^()]*\\)\\s*$"_s);
    text.remove(comment);
    return QDateTime::fromString(text, Qt::RFC2822Date).isValid();
}

bool validMessageId(const QByteArray &value)
{
    static const QRegularExpression pattern(u"^<[^<>@\\s]+@[^<>@\\s]+>$"_s);
    return pattern.match(QString::fromLatin1(value.trimmed())).hasMatch();
}

} // namespace

BuiltinScorer::BuiltinScorer(Dns::Resolver &resolver, QObject *parent)
    : QObject(parent)
    , m_dnsbl(resolver)
{
}

QString BuiltinScorer::name() const
{
    return u"builtin"_s;
}

QString BuiltinScorer::dnsblRuleName(const QString &zone)
{
    QString name = u"RCVD_IN_"_s;
    for (const QChar c : zone.toUpper())
        name += (c.isLetterOrNumber() && c.unicode() < 0x80) ? c : u'_';
    return name;
}

SpamScore BuiltinScorer::evaluate(const QByteArray &message, const QList<Dns::DnsblResult> &dnsbl, bool greylistPassed)
{
    double total = 0.0;
    QStringList rules;
    const auto hit = [&](const QString &name, double score) {
        rules << name;
        total += score;
    };
    const auto hitRule = [&](const Rule &rule) { hit(QString::fromLatin1(rule.name), rule.score); };

    if (message.contains(kGtube))
        hit(u"GTUBE"_s, kGtubeScore);

    qsizetype end = message.indexOf("\r\n\r\n");
    if (end < 0)
        end = message.indexOf("\n\n");
    const QByteArrayView block = end < 0 ? QByteArrayView(message) : QByteArrayView(message).first(end + 2);
    const QList<QByteArray> dates = Core::headerValues(block, "Date");
    const QList<QByteArray> ids = Core::headerValues(block, "Message-ID");
    if (dates.isEmpty())
        hitRule(kMissingDate);
    else if (!validDate(dates.first()))
        hitRule(kInvalidDate);
    if (ids.isEmpty())
        hitRule(kMissingMessageId);
    else if (!validMessageId(ids.first()))
        hitRule(kInvalidMessageId);
    if (Core::headerValues(block, "From").isEmpty())
        hitRule(kMissingFrom);
    if (Core::headerValues(block, "Subject").isEmpty())
        hitRule(kMissingSubject);
    if (Core::headerValues(block, "To").isEmpty() && Core::headerValues(block, "Cc").isEmpty())
        hitRule(kMissingRecipients);
    for (const QByteArray &field : kSingleFields) {
        if (Core::headerValues(block, field).size() > 1) {
            hitRule(kDuplicateHeader);
            break;
        }
    }

    for (const Dns::DnsblResult &result : dnsbl) {
        if (result.listing == Dns::DnsblResult::Listing::Listed)
            hit(dnsblRuleName(result.zone), kListedScore);
        else if (result.listing == Dns::DnsblResult::Listing::Refused)
            hit(dnsblRuleName(result.zone) + u"_BLOCKED"_s, 0.0); // like SpamAssassin's RCVD_IN_ZEN_BLOCKED_OPENDNS
    }
    if (greylistPassed)
        hit(u"GREYLIST_RETRIED"_s, kGreylistRetriedScore);
    return SpamScore::scored(total, rules);
}

void BuiltinScorer::score(const SpamRequest &request, const SpamOptions &options, std::function<void(SpamScore)> done)
{
    const QByteArray message = request.message;
    const bool greylistPassed = request.greylistPassed;
    m_dnsbl.check(request.clientAddress, options.dnsblZones, [message, greylistPassed, done](const QList<Dns::DnsblResult> &results) {
        done(evaluate(message, results, greylistPassed));
    });
}

} // namespace Doorstep::Filters
