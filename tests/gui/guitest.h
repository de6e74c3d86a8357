#pragma once

// What every GUI test class needs: its own settings, a private bus with a real doorstepd, and
// the control center (Doorstep::Ui::Application with --session semantics) on that bus.

#include <memory>

#include <QJsonValue>
#include <QStringList>
#include <QTemporaryDir>

#include "tests/support/enginefixture.h"

class QRadioButton;
class QWidget;
class QWizard;

namespace Doorstep::Ui {
class Application;
class MainWindow;
class Page;
} // namespace Doorstep::Ui

namespace Doorstep::Tests {

/** A private bus (and engine) plus the control center on it, for one test class. */
class GuiSession final
{
public:
    GuiSession();
    ~GuiSession();

    /**
     * Starts the bus (and the engine unless @p withEngine is false) and points this
     * process's session bus at it. A process has one session bus, so this works once per
     * process: false with the reason in error() otherwise.
     */
    bool start(bool withEngine = true);
    const QString &error() const { return m_error; }

    /** Creates and starts the control center (after start()). */
    Ui::Application &startApplication();

    EngineFixture &fixture() { return m_fixture; }
    Ui::Application &app() { return *m_app; }
    Ui::MainWindow &window();
    Ui::Page *page(const QString &id);

    /** Runs `doorstepctl --session --json ARGS` and parses its output (null on failure). */
    QJsonValue ctlJson(const QStringList &args);
    /** Runs doorstepctl ARGS and returns true when it exited 0 (with @p input on stdin). */
    bool ctlOk(const QStringList &args, const QByteArray &input = {});
    /** The engine's refusal sentence for doorstepctl ARGS (its stderr without the prefix). */
    QString ctlRefusal(const QStringList &args, const QByteArray &input = {});
    /** The port a listener ("mta", "submission", "smtps") is bound to, from `status` (0 if none). */
    quint16 listenerPort(const QString &name);

    /** Clicks the title-bar button of a page action once it is enabled; false when there is none. */
    bool triggerAction(const QString &actionName);

private:
    QTemporaryDir m_config;
    EngineFixture m_fixture;
    std::unique_ptr<Ui::Application> m_app;
    QString m_error;
};

/** Clicks a radio button on its indicator, as a person does (the button is as wide as the page, its label is not). */
void chooseRadio(QRadioButton *radio);
/** Clicks one of @p wizard's buttons. */
void clickWizardButton(QWizard *wizard, int which);

/** Saves a picture of @p widget's window as DIR/gui-NAME.png when DOORSTEP_GUI_SCREENSHOTS=DIR is set. */
void saveScreenshot(QWidget *widget, const QString &name);

} // namespace Doorstep::Tests
