#include "ui/mainwindow/enginebanner.h"

#include <QVBoxLayout>

#include "ui/client/engineclient.h"
#include "ui/widgets/messagebar.h"

namespace Doorstep::Ui {

using namespace Qt::StringLiterals;

EngineBanner::EngineBanner(EngineClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_bar(new Widgets::MessageBar(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setObjectName(u"engineBannerMessage"_s);
    m_bar->setDismissable(false);
    layout->addWidget(m_bar);
    setAccessibleName(tr("Engine not running"));
    connect(&m_client, &EngineClient::engineAppeared, this, &EngineBanner::refresh);
    connect(&m_client, &EngineClient::engineVanished, this, &EngineBanner::refresh);
    refresh();
}

QString EngineBanner::text() const
{
    return m_bar->text();
}

QString EngineBanner::hint() const
{
    return m_bar->detail();
}

void EngineBanner::refresh()
{
    const bool system = m_client.bus() == EngineClient::Bus::System;
    if (!m_client.isConnected()) {
        m_bar->showMessage(Widgets::MessageBar::Type::Error,
                           system ? tr("Cannot connect to the system bus, so the engine cannot be reached.")
                                  : tr("Cannot connect to the session bus, so the engine cannot be reached."),
                           tr("Check that D-Bus is running, then start this program again."));
        show();
        return;
    }
    if (m_client.isAvailable()) {
        hide();
        return;
    }
    //: %1 is a command line
    const QString hint = tr("Start it with: %1").arg(system ? u"sudo systemctl start doorstepd"_s : u"doorstepd --session"_s);
    m_bar->showMessage(Widgets::MessageBar::Type::Warning,
                       tr("The Doorstep engine is not running."),
                       hint + u'\n' + tr("This window reconnects by itself as soon as the engine starts."));
    show();
}

} // namespace Doorstep::Ui
