#include "ui/mainwindow/domainoffer.h"

#include <QAction>
#include <QVBoxLayout>

#include "ui/models/enginestatus.h"
#include "ui/widgets/messagebar.h"

namespace Doorstep::Ui {

using namespace Qt::StringLiterals;

DomainOffer::DomainOffer(Models::EngineStatus &status, QWidget *parent)
    : QWidget(parent)
    , m_status(status)
    , m_bar(new Widgets::MessageBar(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setObjectName(u"domainOfferMessage"_s);
    m_bar->setDismissable(false);
    layout->addWidget(m_bar);

    auto *setUp = new QAction(tr("&Set Up Domain…"), this);
    setUp->setObjectName(u"setUpDomainAction"_s);
    setUp->setToolTip(tr("Open the Domain & Dynamic DNS wizard"));
    connect(setUp, &QAction::triggered, this, &DomainOffer::setUpRequested);
    m_bar->addButton(setUp);
    //: Declines the offer to set up a domain, until the control center starts again
    auto *notNow = new QAction(tr("Not Now"), this);
    notNow->setObjectName(u"notNowAction"_s);
    connect(notNow, &QAction::triggered, this, [this] {
        m_declined = true;
        refresh();
    });
    m_bar->addButton(notNow);

    m_bar->showMessage(Widgets::MessageBar::Type::Information, tr("Doorstep does not know your mail domain yet."),
                       tr("Tell it your domain, and it keeps your home address in DNS, gets a certificate and shows which DNS "
                          "records the world needs to find your server."));
    setAccessibleName(tr("Set up your domain"));
    connect(&m_status, &Models::EngineStatus::changed, this, &DomainOffer::refresh);
    refresh();
}

QString DomainOffer::text() const
{
    return m_bar->text();
}

void DomainOffer::refresh()
{
    // Only once the engine has said how many domains it has: never offer on a guess.
    setVisible(!m_declined && m_status.isLoaded() && m_status.domainCount() == 0);
}

} // namespace Doorstep::Ui
