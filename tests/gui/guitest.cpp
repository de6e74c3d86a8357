#include "tests/gui/guitest.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRadioButton>
#include <QSettings>
#include <QTest>
#include <QToolButton>
#include <QWidget>
#include <QWizard>

#include "ui/app/application.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/page.h"

namespace Doorstep::Tests {

using namespace Qt::StringLiterals;

namespace {
bool s_sessionBusTaken = false;
}

GuiSession::GuiSession()
{
    // The control center's preferences go to a directory of this test only.
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(u"DoorstepTest"_s);
    QCoreApplication::setApplicationName(u"doorstep"_s);
    QSettings().clear();
}

GuiSession::~GuiSession()
{
    m_app.reset(); // before the bus goes away
}

bool GuiSession::start(bool withEngine)
{
    if (s_sessionBusTaken) {
        m_error = u"this process already used its session bus: run one test class per process (ctest does)"_s;
        return false;
    }
    s_sessionBusTaken = true;
    if (!(withEngine ? m_fixture.start() : m_fixture.startBus())) {
        m_error = m_fixture.error();
        return false;
    }
    m_fixture.exportSessionBus();
    qputenv("XDG_RUNTIME_DIR", m_config.path().toUtf8());
    return true;
}

Ui::Application &GuiSession::startApplication()
{
    Ui::Application::Options options;
    options.bus = Ui::EngineClient::Bus::Session;
    m_app = std::make_unique<Ui::Application>(options);
    m_app->start();
    return *m_app;
}

Ui::MainWindow &GuiSession::window()
{
    return m_app->mainWindow();
}

Ui::Page *GuiSession::page(const QString &id)
{
    return m_app->mainWindow().page(id);
}

QJsonValue GuiSession::ctlJson(const QStringList &args)
{
    const CtlResult result = m_fixture.ctl(QStringList{u"--json"_s} + args);
    if (result.exitCode != 0) {
        qWarning("doorstepctl %s: exit %d: %s", qPrintable(args.join(u' ')), result.exitCode, qPrintable(result.err));
        return {};
    }
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8());
    if (document.isArray())
        return document.array();
    if (document.isObject())
        return document.object();
    return {};
}

bool GuiSession::ctlOk(const QStringList &args, const QByteArray &input)
{
    const CtlResult result = m_fixture.ctl(args, input);
    if (result.exitCode != 0)
        qWarning("doorstepctl %s: exit %d: %s", qPrintable(args.join(u' ')), result.exitCode, qPrintable(result.err));
    return result.exitCode == 0;
}

QString GuiSession::ctlRefusal(const QStringList &args, const QByteArray &input)
{
    const CtlResult result = m_fixture.ctl(args, input);
    if (result.exitCode != 1)
        return {};
    return result.err.trimmed().remove(u"doorstepctl: "_s);
}

quint16 GuiSession::listenerPort(const QString &name)
{
    const QJsonArray addresses = ctlJson({u"status"_s}).toObject().value(u"listeners"_s).toObject().value(name).toArray();
    if (addresses.isEmpty())
        return 0;
    return quint16(addresses.first().toString().section(u':', -1).toUInt());
}

bool GuiSession::triggerAction(const QString &actionName)
{
    auto *button = window().findChild<QToolButton *>(actionName + u"Button"_s);
    if (!button || !QTest::qWaitFor([button] { return button->isEnabled(); }))
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

void chooseRadio(QRadioButton *radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(radio->iconSize().width() / 2 + 2, radio->height() / 2));
}

void clickWizardButton(QWizard *wizard, int which)
{
    QTest::mouseClick(wizard->button(QWizard::WizardButton(which)), Qt::LeftButton);
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DOORSTEP_GUI_SCREENSHOTS");
    if (dir.isEmpty() || !widget)
        return;
    widget->window()->grab().save(QDir(dir).filePath(u"gui-%1.png"_s.arg(name)));
}

} // namespace Doorstep::Tests
