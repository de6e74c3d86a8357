#include "ui/wizards/filterthresholds/reviewpage.h"

#include <memory>

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/client/clienterror.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"
#include "ui/wizards/filterthresholds/filterthresholdswizard.h"
#include "ui/wizards/wizardlayout.h"

namespace Doorstep::Ui::Wizards::FilterThresholds {

using namespace Qt::StringLiterals;

ReviewPage::ReviewPage(FilterThresholdsWizard *wizard)
    : WizardPage(wizard)
    , m_wizard(wizard)
    , m_messageBar(new Widgets::MessageBar)
    , m_summary(Widgets::introLabel({}, u"reviewSummary"_s))
    , m_changes(new QWidget)
    , m_grid(new QGridLayout(m_changes))
    , m_error(new Widgets::FieldErrorLabel(m_changes))
{
    setObjectName(u"reviewPage"_s);
    setTitle(tr("Ready to save"));
    QVBoxLayout *layout = pageLayout(this,
                                     tr("Nothing has changed yet. Apply saves these settings at once, and the next message that "
                                        "arrives is scored with them; Cancel leaves everything as it was."),
                                     u"reviewIntro"_s);
    m_messageBar->setObjectName(u"reviewMessageBar"_s);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_summary);
    m_changes->setObjectName(u"reviewChanges"_s);
    m_changes->setAccessibleName(tr("What will change"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(18);
    m_grid->setColumnStretch(2, 1);
    layout->addWidget(m_changes);
    m_error->setObjectName(u"reviewError"_s);
    layout->addWidget(m_error);
    layout->addStretch(1);
    setFinalPage(true);
}

void ReviewPage::clearChanges()
{
    while (QLayoutItem *taken = m_grid->takeAt(0)) {
        const std::unique_ptr<QLayoutItem> item(taken);
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
    }
    m_lines.clear();
}

void ReviewPage::initializePage()
{
    m_error->clear();
    m_messageBar->dismiss();
    clearChanges();
    const QStringList keys = m_wizard->changedKeys();
    int row = 0;
    for (const QString &key : keys) {
        const QString name = FilterThresholdsWizard::settingName(key);
        const QString before = m_wizard->displayValue(key, m_wizard->current(key));
        const QString after = m_wizard->displayValue(key, m_wizard->chosen(key));
        auto *nameLabel = new QLabel(name + u':');
        QFont bold = nameLabel->font();
        bold.setBold(true);
        nameLabel->setFont(bold);
        //: A setting's value now → after applying
        const QString change = tr("%1 → %2").arg(before, after);
        QLabel *changeLabel = Widgets::introLabel(change, u"change_"_s + key);
        changeLabel->setAccessibleName(tr("%1: from %2 to %3").arg(name, before, after));
        m_grid->addWidget(nameLabel, row, 0, Qt::AlignTop);
        m_grid->addWidget(changeLabel, row, 1, Qt::AlignTop);
        m_grid->addWidget(Widgets::smallPrint(key, u"key_"_s + key), row, 2, Qt::AlignTop);
        m_lines << name + u": "_s + change;
        ++row;
    }
    m_summary->setText(keys.isEmpty() ? tr("Nothing to change: these are the settings in effect. Apply closes the wizard.")
                                      : tr("Apply changes these spam settings:"));
    m_changes->setVisible(!keys.isEmpty());
    setAccessibleDescription(m_summary->text() + u' ' + m_lines.join(u"; "_s));
}

QStringList ReviewPage::changeLines() const
{
    return m_lines;
}

int ReviewPage::nextId() const
{
    return -1;
}

bool ReviewPage::validatePage()
{
    // Nothing to change: Apply just closes.
    return applyChange(
        m_wizard->isApplied() || m_wizard->changedKeys().isEmpty(), [this](auto answer) { m_wizard->apply(std::move(answer)); },
        [this] { wizard()->accept(); }, m_error, m_messageBar);
}

} // namespace Doorstep::Ui::Wizards::FilterThresholds
