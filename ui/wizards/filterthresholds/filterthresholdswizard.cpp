#include "ui/wizards/filterthresholds/filterthresholdswizard.h"

#include <cmath>
#include <memory>

#include <QAbstractButton>
#include <QDBusPendingReply>

#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/widgets/spamscoreview.h"
#include "ui/wizards/filterthresholds/backendpage.h"
#include "ui/wizards/filterthresholds/reviewpage.h"
#include "ui/wizards/filterthresholds/spamhandlingpage.h"
#include "ui/wizards/filterthresholds/thresholdspage.h"
#include "ui/wizards/filterthresholds/trypage.h"
#include "ui/wizards/wizardlayout.h"

namespace Doorstep::Ui::Wizards {

using namespace Qt::StringLiterals;
using namespace FilterThresholds;

const QStringList FilterThresholdsWizard::kKeys{
    u"spam.enabled"_s,          u"spam.backend"_s,     u"spam.address"_s, u"spam.threshold"_s,
    u"spam.reject_threshold"_s, u"spam.subject_tag"_s, u"spam.folder"_s,
};

namespace {

/** Scores are typed with two decimals: closer than that is the same score. */
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
        return std::abs(a.toDouble() - b.toDouble()) < 0.005;
    if (a.typeId() == QMetaType::Bool || b.typeId() == QMetaType::Bool)
        return a.toBool() == b.toBool();
    return a.toString() == b.toString();
}

} // namespace

FilterThresholdsWizard::FilterThresholdsWizard(EngineClient &client, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_backend(new BackendPage(this))
    , m_thresholds(new ThresholdsPage(this))
    , m_handling(new SpamHandlingPage(this))
    , m_try(new TryPage(this))
    , m_review(new ReviewPage(this))
{
    setObjectName(u"filterThresholdsWizard"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Filter Thresholds Wizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnStartPage);
    setPage(BackendPageId, m_backend);
    setPage(ThresholdsPageId, m_thresholds);
    setPage(SpamHandlingPageId, m_handling);
    setPage(TryPageId, m_try);
    setPage(ReviewPageId, m_review);
    setStartId(BackendPageId);
    setButtonText(QWizard::FinishButton, tr("&Apply"));
    nameButtons(this);
    resize(760, 620);
    load();
}

FilterThresholdsWizard::~FilterThresholdsWizard() = default;

QVariant FilterThresholdsWizard::chosen(const QString &key) const
{
    return m_chosen.contains(key) ? m_chosen.value(key) : m_current.value(key);
}

void FilterThresholdsWizard::choose(const QString &key, const QVariant &value)
{
    Q_ASSERT(kKeys.contains(key));
    m_chosen.insert(key, value);
}

std::pair<double, double> FilterThresholdsWizard::range(const QString &key) const
{
    return m_ranges.value(key, {0.0, 100.0});
}

QStringList FilterThresholdsWizard::changedKeys() const
{
    QStringList keys;
    for (const QString &key : kKeys) {
        if (m_chosen.contains(key) && !sameValue(m_chosen.value(key), m_current.value(key)))
            keys << key;
    }
    return keys;
}

uint FilterThresholdsWizard::backendTimeout() const
{
    return m_current.value(u"spam.timeout"_s, 20u).toUInt();
}

QString FilterThresholdsWizard::settingName(const QString &key)
{
    if (key == u"spam.enabled"_s)
        return tr("Spam scoring");
    if (key == u"spam.backend"_s)
        return tr("Scored by");
    if (key == u"spam.address"_s)
        return tr("Where it listens");
    if (key == u"spam.threshold"_s)
        return tr("Spam from score");
    if (key == u"spam.reject_threshold"_s)
        return tr("Refused from score");
    if (key == u"spam.subject_tag"_s)
        return tr("Subject tag");
    if (key == u"spam.folder"_s)
        return tr("Spam folder");
    return key;
}

QString FilterThresholdsWizard::backendName(const QString &backend)
{
    if (backend == u"builtin"_s)
        return tr("Built-in checks");
    if (backend == u"spamd"_s)
        //: Product names
        return tr("SpamAssassin (spamd)");
    if (backend == u"rspamd"_s)
        //: Product name
        return tr("rspamd");
    return backend;
}

QString FilterThresholdsWizard::defaultAddress(const QString &backend)
{
    // The engine's standard ports for an empty spam.address (SpamdClient, RspamdClient).
    if (backend == u"spamd"_s)
        return u"127.0.0.1:783"_s;
    if (backend == u"rspamd"_s)
        return u"127.0.0.1:11333"_s;
    return QString();
}

QString FilterThresholdsWizard::displayValue(const QString &key, const QVariant &value) const
{
    if (key == u"spam.enabled"_s)
        return value.toBool() ? tr("on") : tr("off");
    if (key == u"spam.backend"_s)
        return backendName(value.toString());
    if (key == u"spam.address"_s) {
        if (!value.toString().isEmpty())
            return value.toString();
        const QString standard = defaultAddress(chosen(u"spam.backend"_s).toString());
        return standard.isEmpty() ? tr("the usual place") : tr("the usual place (%1)").arg(standard);
    }
    if (key == u"spam.reject_threshold"_s && value.toDouble() <= 0.0)
        //: Spam is refused from this score: never
        return tr("never");
    if (key == u"spam.threshold"_s || key == u"spam.reject_threshold"_s)
        return Widgets::SpamScoreView::formatScore(value.toDouble());
    if (key == u"spam.subject_tag"_s && value.toString().isEmpty())
        //: No subject tag
        return tr("none");
    return value.toString();
}

void FilterThresholdsWizard::load()
{
    auto pending = std::make_shared<int>(2);
    auto error = std::make_shared<QString>();
    const auto done = [this, pending, error](const QDBusPendingCall &call) {
        if (call.isError() && error->isEmpty())
            *error = ClientError(call.error()).summary() + u' ' + call.error().message();
        if (--*pending > 0)
            return;
        m_loaded = error->isEmpty();
        // The wizard is about scoring spam: finishing it turns scoring on.
        if (m_loaded && !m_current.value(u"spam.enabled"_s).toBool())
            choose(u"spam.enabled"_s, true);
        Q_EMIT loaded(*error);
    };
    EngineClient::whenFinished(m_client.settings().GetAll(), this, [this, done](const QDBusPendingCall &call) {
        if (!call.isError())
            m_current = QDBusPendingReply<QVariantMap>(call).value();
        done(call);
    });
    EngineClient::whenFinished(m_client.settings().Describe(), this, [this, done](const QDBusPendingCall &call) {
        if (!call.isError()) {
            const DBus::SettingDescriptionList descriptions = QDBusPendingReply<DBus::SettingDescriptionList>(call).value();
            for (const DBus::SettingDescription &d : descriptions) {
                if (d.description.contains(u"min"_s) && d.description.contains(u"max"_s))
                    m_ranges.insert(d.key, {d.description.value(u"min"_s).toDouble(), d.description.value(u"max"_s).toDouble()});
            }
        }
        done(call);
    });
}

void FilterThresholdsWizard::tryChoices(const QString &message, QObject *context,
                                        std::function<void(const QVariantMap &, const ClientError &)> done)
{
    QVariantMap choices;
    for (const QString &key : {u"spam.backend"_s, u"spam.address"_s, u"spam.threshold"_s, u"spam.reject_threshold"_s})
        choices.insert(key, chosen(key));
    EngineClient::whenFinished(m_client.filters().TrySpamBackend(choices, message), context, [done](const QDBusPendingCall &call) {
        const ClientError error(call.error());
        done(error.isError() ? QVariantMap() : QDBusPendingReply<QVariantMap>(call).value(), error);
    });
}

void FilterThresholdsWizard::apply(std::function<void(const ClientError &error)> done)
{
    const QStringList keys = changedKeys();
    QVariantMap values;
    for (const QString &key : keys)
        values.insert(key, chosen(key));
    m_applying = true;
    button(QWizard::CancelButton)->setEnabled(false);
    EngineClient::whenFinished(m_client.settings().SetMany(values), this, [this, keys, done = std::move(done)](const QDBusPendingCall &call) {
        m_applying = false;
        button(QWizard::CancelButton)->setEnabled(true);
        const ClientError error(call.error());
        if (!error.isError()) {
            m_applied = true;
            Q_EMIT applied(keys);
        }
        done(error);
    });
}

void FilterThresholdsWizard::reject()
{
    if (m_applying)
        return;
    QWizard::reject();
}

} // namespace Doorstep::Ui::Wizards
