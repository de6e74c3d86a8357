#pragma once

#include <QList>
#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace Doorstep::Ui {

class DomainOffer;
class EngineBanner;
class EngineClient;
class Page;
class PageTitleBar;

namespace Models {
class EngineStatus;
}

/**
 * The control center's window: a sidebar of pages (PageRegistry), the current page's title
 * bar with its primary actions, and the "engine not running" banner above them. Remembers
 * its size and last page (Preferences).
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(EngineClient &client, Models::EngineStatus &status, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Shows the page with @p id; false when there is none. */
    bool showPage(const QString &id);
    Page *page(const QString &id) const;
    Page *currentPage() const;
    const QList<Page *> &pages() const { return m_pages; }
    EngineBanner *banner() const { return m_banner; }
    DomainOffer *domainOffer() const { return m_domainOffer; }

    /**
     * Shows page @p pageId and triggers its title bar action named @p actionName (a wizard,
     * say); false when there is no such page or action, or the action is disabled.
     */
    bool triggerPageAction(const QString &pageId, const QString &actionName);

    /** When true, closing the window only hides it (the tray icon stays). */
    void setCloseToTray(bool closeToTray) { m_closeToTray = closeToTray; }

    /** Shows, un-minimises and raises the window. */
    void bringToFront();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onPageChanged(int row);

    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    PageTitleBar *m_titleBar;
    EngineBanner *m_banner;
    DomainOffer *m_domainOffer;
    QList<Page *> m_pages;
    bool m_closeToTray = false;
};

} // namespace Doorstep::Ui
