#include "engine/dbus/rulesdryrun.h"

#include <memory>

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryFile>

#include "engine/core/headerblock.h"
#include "engine/dbus/servicecontext.h"
#include "engine/delivery/rules/messageorigin.h"
#include "engine/delivery/rules/sieverules.h"
#include "engine/filters/antivirus/pendingscan.h"
#include "engine/filters/antivirus/scannersupervisor.h"
#include "engine/filters/greylist.h"
#include "engine/filters/spam/spamfilter.h"
#include "engine/store/settings.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;
using Filters::GreylistVerdict;
namespace Antivirus = Filters::Antivirus;

namespace {

/** "45 seconds", "5 minutes", "2 hours" (rounded up), for the sentences. */
QString duration(quint64 seconds)
{
    if (seconds < 120)
        return seconds == 1 ? u"1 second"_s : u"%1 seconds"_s.arg(seconds);
    if (seconds < 2 * 3600)
        return u"%1 minutes"_s.arg((seconds + 59) / 60);
    return u"%1 hours"_s.arg((seconds + 3599) / 3600);
}

/** The first address in the To field, lower-case ("" when none): the global dry run's recipient. */
QString firstRecipient(const QByteArray &message)
{
    static const QRegularExpression address(uR"([^\s<>,;:"]+@[^\s<>,;"]+)"_s);
    const QList<QByteArray> to = Core::headerValues(Core::headerBlockOf(message), "To");
    if (to.isEmpty())
        return {};
    return address.match(QString::fromUtf8(to.first())).captured(0).toLower();
}

} // namespace

void RulesDryRun::start(ServiceContext &context, const QString &user, const QByteArray &message, QObject *parent, Done done)
{
    auto *run = new RulesDryRun(context, user, message, parent, std::move(done));
    run->checkGreylist();
}

RulesDryRun::RulesDryRun(ServiceContext &context, const QString &user, const QByteArray &message, QObject *parent, Done done)
    : QObject(parent)
    , m_context(context)
    , m_user(user.toLower())
    , m_done(std::move(done))
{
    m_message = message;
    m_message.replace("\r\n", "\n");
    m_message.replace("\n", "\r\n");
}

void RulesDryRun::checkGreylist()
{
    const auto answer = [this](const QString &outcome, const QString &sentence) {
        m_result.insert(u"greylist_outcome"_s, outcome);
        m_result.insert(u"greylist"_s, sentence);
        scanForVirus();
    };
    if (!m_context.settings.boolValue(u"greylist.enabled"_s))
        return answer(u"off"_s, u"Greylisting is off."_s);
    const Delivery::MessageOrigin origin = Delivery::MessageOrigin::of(m_message);
    if (origin.authenticated) {
        m_result.insert(u"greylist_exempt"_s, u"login"_s);
        return answer(u"exempt"_s, u"The sender logged in to send it: greylisting does not apply."_s);
    }
    if (origin.local) {
        m_result.insert(u"greylist_exempt"_s, u"local"_s);
        return answer(u"exempt"_s, u"A program on this computer handed it over (doorstep-sendmail): greylisting does not apply."_s);
    }
    const QString recipient = m_user.isEmpty() ? firstRecipient(m_message) : m_user;
    const QString firstTime = u"a server seen for the first time waits %1 (greylist.delay) before its mail is taken"_s.arg(
        duration(m_context.greylist.times().delay));
    m_result.insert(u"greylist_delay"_s, uint(m_context.greylist.times().delay));
    if (!origin.client || !origin.hasReturnPath || recipient.isEmpty()) {
        return answer(u"unknown"_s, u"Greylisting is on, but the message does not show which server sent it, from which sender to whom "
                                    u"(a Received line this engine wrote and a Return-Path tell): %1."_s.arg(firstTime));
    }
    Smtp::SessionInfo session;
    session.clientAddress = *origin.client;
    session.clientName = origin.clientName;
    const QString sender = origin.sender;
    const QString client = origin.client->toString();
    m_result.insert({{u"greylist_client"_s, client}, {u"greylist_sender"_s, sender}, {u"greylist_recipient"_s, recipient}});
    m_context.greylist.preview(session, sender, recipient, this, [this, answer, sender, client, recipient](const GreylistVerdict &verdict) {
        const QString from = sender.isEmpty() ? u"<>"_s : sender;
        switch (verdict.outcome) {
        case GreylistVerdict::Outcome::Skipped:
            m_result.insert(u"greylist_exempt"_s, u"allow_list"_s);
            return answer(u"exempt"_s, u"The server %1 or the sender %2 is on greylisting's allow list: the message is taken at once."_s.arg(client, from));
        case GreylistVerdict::Outcome::Passed:
            return answer(u"passed"_s, u"The server %1 already passed greylisting for mail from %2 to %3: the message is taken at once."_s.arg(
                                           client, from, recipient));
        case GreylistVerdict::Outcome::Deferred:
            m_result.insert(u"greylist_retry"_s, uint(verdict.retryAfterSeconds));
            return answer(u"wait"_s, u"Mail from %1 to %2 through the server %3 is answered \"try again later\" and taken when it retries after %4."_s.arg(
                                         from, recipient, client, duration(verdict.retryAfterSeconds)));
        }
    });
}

void RulesDryRun::scanForVirus()
{
    const auto answer = [this](const QString &outcome, const QString &sentence) {
        m_result.insert(u"antivirus_outcome"_s, outcome);
        m_result.insert(u"antivirus"_s, sentence);
    };
    if (!m_context.settings.boolValue(u"antivirus.enabled"_s)) {
        answer(u"off"_s, u"Virus scanning is off."_s);
        return scoreSpam();
    }
    const auto target = m_context.antivirus.target();
    if (!target) {
        m_result.insert(u"antivirus_scanner"_s, m_context.antivirus.state() == Antivirus::ScannerSupervisor::State::Failed ? u"down"_s : u"loading"_s);
        answer(u"not_scanned"_s, m_context.antivirus.state() == Antivirus::ScannerSupervisor::State::Failed
                                     ? u"Not scanned: the virus scanner is not running (received mail waits until it is back)."_s
                                     : u"Not scanned: the virus scanner is still loading its signatures (received mail waits for it)."_s);
        return scoreSpam();
    }
    // The scanner reads files: the message goes into a private temporary file it can open.
    auto file = std::make_shared<QTemporaryFile>(QDir::temp().filePath(u"doorstep-dry-run-XXXXXX.eml"_s));
    if (!file->open() || file->write(m_message) != m_message.size() || !file->flush()) {
        answer(u"not_scanned"_s, u"Not scanned: the message could not be written for the scanner (%1)."_s.arg(file->errorString()));
        return scoreSpam();
    }
    const bool quarantine = m_context.settings.stringValue(u"antivirus.action"_s) == u"quarantine"_s;
    new Antivirus::PendingScan(
        target->socketPath, file->fileName(), m_context.antivirus.hangTimeoutMs(),
        [this, file, answer, quarantine](std::optional<Antivirus::Protocol::ScanReply> reply, const QString &failure) {
            if (!reply || reply->kind == Antivirus::Protocol::ScanReply::Kind::Error) {
                answer(u"not_scanned"_s, u"Not scanned: %1."_s.arg(reply ? reply->text : failure));
                return scoreSpam();
            }
            if (reply->kind == Antivirus::Protocol::ScanReply::Kind::Clean) {
                answer(u"clean"_s, u"No virus found."_s);
                return scoreSpam();
            }
            answer(u"virus"_s, quarantine ? u"Virus %1: the message is kept in the quarantine, not delivered."_s.arg(reply->text)
                                          : u"Virus %1: the message is refused while it is received."_s.arg(reply->text));
            m_result.insert(u"antivirus_signature"_s, reply->text);
            m_result.insert(u"antivirus_action"_s, quarantine ? u"quarantine"_s : u"reject"_s);
            m_result.insert({{u"folder"_s, QString()},
                             {u"actions"_s, QStringList{quarantine ? u"keep in the quarantine (antivirus.action)"_s : u"refuse the message (virus)"_s}},
                             {u"decided_by"_s, u"antivirus"_s},
                             {u"trace"_s, QStringList()}});
            finish(m_result);
        },
        this);
}

void RulesDryRun::scoreSpam()
{
    const Filters::SpamChoices choices = m_context.spam.currentChoices();
    m_context.spam.scoreMessage(m_message, this, [this, choices](const Filters::SpamScore &score) {
        const QString verdict = Filters::SpamFilter::verdictName(score, choices);
        m_result.insert(u"spam"_s, QVariantMap{{u"score"_s, score.score},
                                               {u"required"_s, choices.threshold},
                                               {u"rules"_s, score.rules},
                                               {u"verdict"_s, verdict},
                                               {u"backend"_s, choices.backend},
                                               {u"problem"_s, score.problem}});
        // The filter's word replaces the sender's, as at delivery.
        m_message.prepend(verdict == u"spam"_s ? "X-Spam-Flag: YES\r\n" : "X-Spam-Flag: NO\r\n");
        if (verdict == u"reject"_s) {
            m_result.insert({{u"folder"_s, QString()},
                             {u"actions"_s, QStringList{u"refuse the message (spam.reject_threshold)"_s}},
                             {u"decided_by"_s, u"spam"_s},
                             {u"trace"_s, QStringList()}});
            return finish(m_result);
        }
        runRules();
    });
}

void RulesDryRun::runRules()
{
    m_context.rules.test(m_user, m_message, this, [this](Result<QVariantMap> tested) {
        if (!tested)
            return finish(tested.error());
        QVariantMap result = tested.value();
        result.insert(m_result);
        finish(result);
    });
}

void RulesDryRun::finish(Result<QVariantMap> result)
{
    auto done = std::move(m_done);
    deleteLater();
    if (done)
        done(std::move(result));
}

} // namespace Doorstep::DBus
