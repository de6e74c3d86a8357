#include "ui/wizards/domain/domainwizard.h"

#include <QDBusPendingReply>
#include <QRegularExpression>

#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/wizards/domain/domainpages.h"
#include "ui/wizards/wizardlayout.h"

namespace Doorstep::Ui::Wizards {

using namespace Qt::StringLiterals;

DomainWizard::DomainWizard(EngineClient &client, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
{
    setObjectName(u"domainWizard"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Domain & Dynamic DNS Wizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage);
    setPage(NamePageId, new DomainNamePage(this));
    setPage(DdnsPageId, new DdnsPage(this));
    setPage(ReviewPageId, new DomainReviewPage(this));
    setPage(RecordsPageId, new DomainRecordsPage(this));
    setStartId(NamePageId);
    setButtonText(QWizard::CommitButton, tr("&Apply"));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    nameButtons(this);
    resize(860, 640);
    load();
}

DomainWizard::~DomainWizard() = default;

bool DomainWizard::isDomainName(const QString &name)
{
    static const QRegularExpression pattern(u"^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9-]{0,62}$"_s);
    return name.size() <= 253 && pattern.match(name).hasMatch();
}

void DomainWizard::load()
{
    m_pendingLoads = 2;
    const auto done = [this](const QDBusPendingCall &call) {
        if (call.isError() && m_loadError.isEmpty()) {
            const ClientError error(call.error());
            m_loadError = error.summary() + u' ' + error.message();
        }
        if (--m_pendingLoads == 0)
            Q_EMIT loaded(m_loadError);
    };
    EngineClient::whenFinished(m_client.settings().GetAll(), this, [this, done](const QDBusPendingCall &call) {
        if (!call.isError())
            m_settings = QDBusPendingReply<QVariantMap>(call).value();
        done(call);
    });
    EngineClient::whenFinished(m_client.domains().List(), this, [this, done](const QDBusPendingCall &call) {
        if (!call.isError())
            m_domains = QDBusPendingReply<QStringList>(call).value();
        done(call);
    });
}

void DomainWizard::apply(std::function<void(const ClientError &error)> done)
{
    QVariantMap values = m_plan.ddns;
    values.insert(u"identity.hostname"_s, m_plan.hostname);
    const auto setSettings = [this, values, done] {
        EngineClient::whenFinished(m_client.settings().SetMany(values), this, [this, done](const QDBusPendingCall &call) {
            const ClientError error(call.error());
            if (!error.isError()) {
                m_applied = true;
                Q_EMIT applied(m_plan.domain);
            }
            done(error);
        });
    };
    if (m_domains.contains(m_plan.domain)) {
        setSettings();
        return;
    }
    EngineClient::whenFinished(m_client.domains().Add(m_plan.domain), this, [this, setSettings, done](const QDBusPendingCall &call) {
        if (call.isError()) {
            done(ClientError(call.error()));
            return;
        }
        m_domains.append(m_plan.domain);
        setSettings();
    });
}

void DomainWizard::testProvider(const QVariantMap &ddns, std::function<void(const QString &answer, const ClientError &error)> done)
{
    EngineClient::whenFinished(m_client.settings().SetMany(ddns), this, [this, done](const QDBusPendingCall &call) {
        if (call.isError()) {
            done({}, ClientError(call.error()));
            return;
        }
        m_client.ddns().setTimeout(kSlowCallTimeoutMs);
        const QDBusPendingCall update = m_client.ddns().UpdateNow();
        m_client.ddns().setTimeout(EngineClient::kCallTimeoutMs);
        EngineClient::whenFinished(update, this, [done](const QDBusPendingCall &finished) {
            if (finished.isError()) {
                done({}, ClientError(finished.error()));
                return;
            }
            done(QDBusPendingReply<QString>(finished).value(), ClientError(finished.error()));
        });
    });
}

} // namespace Doorstep::Ui::Wizards
