#pragma once

#include <QIcon>
#include <QList>
#include <QWidget>

class QAction;

namespace Doorstep::Ui {

class EngineClient;

namespace Models {
class EngineStatus;
class RefreshThrottle;
} // namespace Models

/** What every page gets: the engine and the shared status. */
struct PageContext
{
    EngineClient &client;
    Models::EngineStatus &status;
};

/**
 * One page of the main window's sidebar. A page loads everything from the engine in
 * reload(): when it is created, whenever the engine (re)appears, and when it asks for it
 * with scheduleReload() (coalesced). While the engine is absent its content is disabled.
 */
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    Page(const PageContext &context, QWidget *parent);
    ~Page() override;

    /** Stable id for QSettings and tests ("overview"). */
    virtual QString id() const = 0;
    /** The title in the sidebar and the title bar (translated). */
    virtual QString title() const = 0;
    /** One line under the title saying what the page is for. */
    virtual QString description() const = 0;
    virtual QIcon icon() const = 0;

    /** The page's primary actions, shown in the title bar (the first is the main one). */
    const QList<QAction *> &primaryActions() const { return m_primaryActions; }

protected:
    EngineClient &client() const { return m_context.client; }
    Models::EngineStatus &status() const { return m_context.status; }
    bool engineAvailable() const;

    /** Loads everything from the engine (asynchronously). */
    virtual void reload() = 0;
    /** The engine went away: forget what was shown. */
    virtual void engineGone() {}

    /** Asks for a reload, coalesced to at most one per @p setReloadInterval. */
    void scheduleReload();
    void setReloadInterval(int milliseconds);

    /** Adds an action to the title bar; it is disabled while the engine is absent. */
    void addPrimaryAction(QAction *action);
    /** Whether the page's content is disabled while the engine is absent (the default). */
    void setDisabledWithoutEngine(bool disabled);


private:
    void start();
    void onEngineVanished();
    void setEngineActionsEnabled(bool enabled);

    PageContext m_context;
    QList<QAction *> m_primaryActions;
    Models::RefreshThrottle *m_throttle;
    bool m_disabledWithoutEngine = true;
};

} // namespace Doorstep::Ui
