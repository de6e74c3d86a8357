#include "ui/pages/filters/filterspage.h"

#include <QAction>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/client/engineclient.h"
#include "ui/pages/filters/antiviruspane.h"
#include "ui/pages/filters/greylistpane.h"
#include "ui/pages/filters/scoresampledialog.h"
#include "ui/pages/filters/spampane.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/messagebar.h"
#include "ui/wizards/filterthresholds/filterthresholdswizard.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

namespace {

/** Lines and fields wider than this are harder to read, not easier. */
constexpr int kContentMaxWidth = 900;

/** @p pane in a scroll area: a tab holds more than a small window shows. */
QScrollArea *scrollable(QWidget *pane)
{
    auto *area = new QScrollArea;
    area->setObjectName(pane->objectName() + u"Scroll"_s);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // Wrapped lines make a pane's height depend on its width; QScrollArea sized it for the
    // width without the vertical scroll bar and then cut off its right edge when the bar came.
    area->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    pane->setMaximumWidth(kContentMaxWidth);
    area->setWidget(pane);
    return area;
}

} // namespace

FiltersPage::FiltersPage(const PageContext &context, QWidget *parent)
    : Page(context, parent)
    , m_messageBar(new Widgets::MessageBar)
    , m_tabs(new QTabWidget)
    , m_greylist(new GreylistPane(context.client, m_messageBar))
    , m_antivirus(new AntivirusPane(context.client, m_messageBar))
    , m_spam(new SpamPane(context.client, m_messageBar))
    , m_scoreAction(new QAction(Widgets::Icons::filtersPage(), tr("Score a &Sample…"), this))
    , m_wizardAction(new QAction(Widgets::Icons::wizard(), tr("Filter &Thresholds Wizard…"), this))
{
    m_wizardAction->setObjectName(u"thresholdsWizardAction"_s);
    m_wizardAction->setToolTip(tr("Choose the spam backend, thresholds and spam folder step by step"));
    connect(m_wizardAction, &QAction::triggered, this, &FiltersPage::openThresholdsWizard);
    addPrimaryAction(m_wizardAction);
    m_scoreAction->setObjectName(u"scoreSampleAction"_s);
    m_scoreAction->setToolTip(tr("See the spam score of a message you paste, or of the GTUBE test message"));
    connect(m_scoreAction, &QAction::triggered, this, &FiltersPage::openScoreSample);
    addPrimaryAction(m_scoreAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_messageBar->setObjectName(u"messageBar"_s);
    layout->addWidget(m_messageBar);
    m_tabs->setObjectName(u"filtersTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Filters"));
    //: Tab of the Filters page
    m_tabs->addTab(scrollable(m_greylist), tr("Gre&ylisting"));
    //: Tab of the Filters page
    m_tabs->addTab(scrollable(m_antivirus), tr("Anti&virus"));
    //: Tab of the Filters page
    m_tabs->addTab(scrollable(m_spam), tr("Spa&m"));
    m_tabs->setTabToolTip(0, tr("Ask unknown servers to retry later; who skips it"));
    m_tabs->setTabToolTip(1, tr("Virus scanning with ClamAV, and the quarantine"));
    m_tabs->setTabToolTip(2, tr("How spam is scored, marked, filed and refused"));
    layout->addWidget(m_tabs, 1);

    connect(m_spam, &SpamPane::thresholdsWizardRequested, this, &FiltersPage::openThresholdsWizard);
    connect(&client(), &EngineClient::event, this, [this](qulonglong, qulonglong, const QString &kind) {
        if (kind == u"config_changed"_s || kind == u"greylisted"_s)
            m_greylist->reloadLists();
        if (kind == u"virus"_s || kind == u"filter_degraded"_s || kind == u"config_changed"_s)
            m_antivirus->reloadStatus();
    });
    connect(&client(), &EngineClient::settingsChanged, this, [this](const QStringList &keys) {
        for (const QString &key : keys) {
            if (key.startsWith(u"antivirus."_s))
                return m_antivirus->reloadStatus();
        }
    });
}

FiltersPage::~FiltersPage() = default;

QString FiltersPage::id() const
{
    return u"filters"_s;
}

QString FiltersPage::title() const
{
    return tr("Filters");
}

QString FiltersPage::description() const
{
    return tr("What keeps spam and viruses out: greylisting, the virus scanner and the spam filter.");
}

QIcon FiltersPage::icon() const
{
    return Widgets::Icons::filtersPage();
}

void FiltersPage::showPane(QWidget *pane)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *area = qobject_cast<QScrollArea *>(m_tabs->widget(i)); area && area->widget() == pane)
            m_tabs->setCurrentIndex(i);
    }
}

void FiltersPage::openScoreSample()
{
    if (m_scoreDialog) {
        m_scoreDialog->raise();
        m_scoreDialog->activateWindow();
        return;
    }
    if (!engineAvailable())
        return;
    m_scoreDialog = new ScoreSampleDialog(client(), this);
    m_scoreDialog->open();
}

ScoreSampleDialog *FiltersPage::scoreSampleDialog() const
{
    return m_scoreDialog.data();
}

void FiltersPage::openThresholdsWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    if (!engineAvailable())
        return;
    m_wizard = new Wizards::FilterThresholdsWizard(client(), this);
    // The Spam tab shows the new values through Settings.Changed; say what happened.
    connect(m_wizard, &Wizards::FilterThresholdsWizard::applied, this, [this](const QStringList &keys) {
        showPane(m_spam);
        m_messageBar->showMessage(Widgets::MessageBar::Type::Information,
                                  tr("The Filter thresholds wizard saved %n spam setting(s). They apply to the next message.", "",
                                     int(keys.size())));
    });
    m_wizard->open();
}

Wizards::FilterThresholdsWizard *FiltersPage::thresholdsWizard() const
{
    return m_wizard.data();
}

void FiltersPage::reload()
{
    m_greylist->reload();
    m_antivirus->reload();
    m_spam->reload();
}

void FiltersPage::engineGone()
{
    m_messageBar->dismiss();
    m_greylist->clear();
    m_antivirus->clear();
    m_spam->clear();
}

} // namespace Doorstep::Ui::Pages
