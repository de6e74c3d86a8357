#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "ui/mainwindow/domainoffer.h"
#include "ui/mainwindow/enginebanner.h"
#include "ui/mainwindow/page.h"
#include "ui/mainwindow/pageregistry.h"
#include "ui/mainwindow/pagetitlebar.h"
#include "ui/preferences/preferences.h"
#include "ui/widgets/icons.h"

namespace Doorstep::Ui {

using namespace Qt::StringLiterals;

namespace {
constexpr int kSidebarIconSize = 22;
}

MainWindow::MainWindow(EngineClient &client, Models::EngineStatus &status, QWidget *parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_titleBar(new PageTitleBar)
    , m_banner(new EngineBanner(client))
    , m_domainOffer(new DomainOffer(status))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Doorstep"));
    setWindowIcon(Widgets::Icons::application());

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(kSidebarIconSize, kSidebarIconSize));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    layout->addWidget(m_sidebar);

    auto *separator = new QFrame;
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);

    auto *right = new QVBoxLayout;
    right->setContentsMargins(16, 12, 16, 12);
    right->setSpacing(12);
    m_banner->setObjectName(u"engineBanner"_s);
    right->addWidget(m_banner);
    m_domainOffer->setObjectName(u"domainOffer"_s);
    right->addWidget(m_domainOffer);
    m_titleBar->setObjectName(u"pageTitleBar"_s);
    right->addWidget(m_titleBar);
    m_stack->setObjectName(u"pages"_s);
    right->addWidget(m_stack, 1);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    const PageContext context{client, status};
    int sidebarWidth = 0;
    for (const PageFactory &factory : PageRegistry::pages()) {
        Page *page = factory(context, m_stack);
        page->setObjectName(page->id() + u"Page"_s);
        page->setAccessibleName(page->title());
        m_pages.append(page);
        m_stack->addWidget(page);
        auto *item = new QListWidgetItem(page->icon(), page->title(), m_sidebar);
        item->setData(Qt::UserRole, page->id());
        item->setSizeHint(QSize(0, kSidebarIconSize + 14));
        sidebarWidth = std::max(sidebarWidth, m_sidebar->fontMetrics().horizontalAdvance(page->title()));
    }
    m_sidebar->setFixedWidth(std::max(170, sidebarWidth + kSidebarIconSize + 48));
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);

    resize(1100, 760);
    restoreGeometry(Preferences::windowGeometry());
    if (!showPage(Preferences::lastPage()))
        m_sidebar->setCurrentRow(0);
    setTabOrder(m_sidebar, m_stack);
    connect(m_domainOffer, &DomainOffer::setUpRequested, this,
            [this] { triggerPageAction(u"internet"_s, u"domainWizardAction"_s); });
}

MainWindow::~MainWindow()
{
    Preferences::setWindowGeometry(saveGeometry()); // also when quitting from the tray
}

bool MainWindow::showPage(const QString &id)
{
    for (int row = 0; row < m_pages.size(); ++row) {
        if (m_pages[row]->id() == id) {
            m_sidebar->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

Page *MainWindow::page(const QString &id) const
{
    for (Page *page : m_pages) {
        if (page->id() == id)
            return page;
    }
    return nullptr;
}

bool MainWindow::triggerPageAction(const QString &pageId, const QString &actionName)
{
    Page *target = page(pageId);
    if (!target)
        return false;
    for (QAction *action : target->primaryActions()) {
        if (action->objectName() != actionName)
            continue;
        if (!action->isEnabled())
            return false;
        showPage(pageId);
        action->trigger();
        return true;
    }
    return false;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::bringToFront()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Preferences::setWindowGeometry(saveGeometry());
    // The tray keeps running; without a tray, closing ends the GUI. Never the engine.
    if (m_closeToTray) {
        hide();
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::onPageChanged(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    Page *page = m_pages[row];
    m_stack->setCurrentWidget(page);
    m_titleBar->setPage(page);
    Preferences::setLastPage(page->id());
}

} // namespace Doorstep::Ui
