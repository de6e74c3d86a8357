#include "ui/wizards/filterthresholds/trypage.h"

#include <QLabel>
#include <QVBoxLayout>

#include "ui/client/clienterror.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/samplemessageeditor.h"
#include "ui/widgets/spamscoreview.h"
#include "ui/wizards/filterthresholds/filterthresholdswizard.h"
#include "ui/wizards/wizardlayout.h"

namespace Doorstep::Ui::Wizards::FilterThresholds {

using namespace Qt::StringLiterals;

TryPage::TryPage(FilterThresholdsWizard *wizard)
    : WizardPage(wizard)
    , m_wizard(wizard)
    , m_messageBar(new Widgets::MessageBar)
    , m_choices(Widgets::introLabel({}, u"tryChoices"_s))
    , m_editor(new Widgets::SampleMessageEditor)
    , m_view(new Widgets::SpamScoreView)
{
    setObjectName(u"tryPage"_s);
    setTitle(tr("Try it"));
    QVBoxLayout *layout = pageLayout(this,
                                     tr("See what your choices do before anything is saved. Paste a whole message — its header "
                                        "lines, an empty line, then the text — or take one of the samples, and score it. Nothing "
                                        "is delivered. You can also go on without trying."),
                                     u"tryIntro"_s);
    m_messageBar->setObjectName(u"tryMessageBar"_s);
    layout->addWidget(m_messageBar);
    QFont bold = m_choices->font();
    bold.setBold(true);
    m_choices->setFont(bold);
    layout->addWidget(m_choices);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_view);
    connect(m_editor, &Widgets::SampleMessageEditor::scoreRequested, this, &TryPage::score);
}

void TryPage::initializePage()
{
    const double reject = m_wizard->chosen(u"spam.reject_threshold"_s).toDouble();
    const QString backend = m_wizard->chosen(u"spam.backend"_s).toString();
    const QString threshold = Widgets::SpamScoreView::formatScore(m_wizard->chosen(u"spam.threshold"_s).toDouble());
    m_choices->setText(reject > 0.0 ? tr("Scoring: %1. Spam from %2, refused from %3.")
                                          .arg(FilterThresholdsWizard::backendName(backend), threshold,
                                               Widgets::SpamScoreView::formatScore(reject))
                                    : tr("Scoring: %1. Spam from %2, never refused.")
                                          .arg(FilterThresholdsWizard::backendName(backend), threshold));
    // A result of other choices would mislead: score again.
    m_messageBar->dismiss();
    showResult({});
}

int TryPage::nextId() const
{
    return FilterThresholdsWizard::ReviewPageId;
}

void TryPage::score()
{
    const QString message = m_editor->message();
    if (isBusy() || message.trimmed().isEmpty())
        return;
    m_messageBar->dismiss();
    setBusy(true);
    m_editor->setBusy(true);
    m_wizard->tryChoices(message, this, [this](const QVariantMap &result, const ClientError &error) {
        setBusy(false);
        m_editor->setBusy(false);
        if (error.isError())
            m_messageBar->showError(error);
        showResult(result);
    });
}

void TryPage::showResult(const QVariantMap &result)
{
    m_result = result;
    m_view->setResult(result);
}

} // namespace Doorstep::Ui::Wizards::FilterThresholds
