#include "ui/pages/rules/rulebuilder.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "ui/pages/rules/rulerowedit.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

namespace {

/** RFC 5230 §4.1 lets servers raise a smaller :days; a year is the longest that makes sense. */
constexpr int kMaxVacationDays = 365;

} // namespace

RuleBuilder::RuleBuilder(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget)
    , m_editor(new QWidget)
    , m_notBuilder(Widgets::introLabel(tr("These rules were written by hand or by another program (a mail program through "
                                          "ManageSieve, or an imported .procmailrc), so the builder cannot show them without "
                                          "losing something. Change them in the raw editor."),
                                       u"notBuilderLabel"_s))
    , m_rowsLayout(new QVBoxLayout)
    , m_noRules(Widgets::introLabel(tr("No rules yet — mail goes to the inbox. Add a rule to file mail into a folder."),
                                    u"noRulesLabel"_s))
    , m_add(new QPushButton(Widgets::Icons::add(), tr("&Add Rule")))
    , m_vacation(new QGroupBox(tr("Automatic repl&y while away")))
    , m_vacationSubject(new QLineEdit)
    , m_vacationText(new QPlainTextEdit)
    , m_vacationDays(new QSpinBox)
    , m_apply(new QPushButton(tr("A&pply Rules")))
{
    setObjectName(u"ruleBuilder"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    // The rows, the reply and Apply.
    auto *layout = new QVBoxLayout(m_editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(Widgets::introLabel(tr("Each rule files matching mail into a folder, which is created when the first "
                                             "message arrives. The first rule that matches decides; other mail goes to the inbox."),
                                          u"builderIntro"_s));
    layout->addWidget(Widgets::sectionHeading(tr("Rules"), u"rulesHeading"_s));
    layout->addWidget(m_noRules);
    m_rowsLayout->setSpacing(6);
    layout->addLayout(m_rowsLayout);
    auto *addRow = new QHBoxLayout;
    m_add->setObjectName(u"addRuleButton"_s);
    m_add->setToolTip(tr("Add a rule that files mail into a folder"));
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    layout->addLayout(addRow);

    m_vacation->setObjectName(u"vacationBox"_s);
    m_vacation->setCheckable(true);
    m_vacation->setChecked(false);
    m_vacation->setToolTip(tr("Answer every sender once, for example while you are on holiday"));
    auto *form = new QFormLayout(m_vacation);
    m_vacationSubject->setObjectName(u"vacationSubject"_s);
    m_vacationSubject->setPlaceholderText(tr("Away until Monday"));
    form->addRow(Widgets::buddyLabel(tr("S&ubject:"), m_vacationSubject), m_vacationSubject);
    m_vacationText->setObjectName(u"vacationText"_s);
    m_vacationText->setAccessibleName(tr("Reply text"));
    m_vacationText->setTabChangesFocus(true);
    m_vacationText->setFixedHeight(m_vacationText->fontMetrics().lineSpacing() * 5);
    form->addRow(Widgets::buddyLabel(tr("Reply &text:"), m_vacationText), m_vacationText);
    m_vacationDays->setObjectName(u"vacationDays"_s);
    m_vacationDays->setRange(1, kMaxVacationDays);
    m_vacationDays->setValue(BuilderVacation{}.days);
    //: The unit after the number of days in "Answer each sender once every N days"
    m_vacationDays->setSuffix(tr(" days"));
    form->addRow(Widgets::buddyLabel(tr("Answer each sender once &every:"), m_vacationDays), m_vacationDays);
    form->addRow(Widgets::smallPrint(tr("Sieve \"vacation\" (RFC 5230), like the vacation program."), u"vacationSmallPrint"_s));
    layout->addWidget(m_vacation);

    auto *applyRow = new QHBoxLayout;
    applyRow->addStretch(1);
    m_apply->setObjectName(u"applyRulesButton"_s);
    m_apply->setToolTip(tr("Store these rules; they apply from the next message"));
    applyRow->addWidget(m_apply);
    layout->addLayout(applyRow);
    layout->addStretch(1);
    m_stack->addWidget(m_editor);

    // The offer of the raw editor, for a script the builder did not write.
    auto *notBuilderPane = new QWidget;
    auto *notBuilderLayout = new QVBoxLayout(notBuilderPane);
    notBuilderLayout->setContentsMargins(0, 0, 0, 0);
    notBuilderLayout->addWidget(m_notBuilder);
    auto *openRaw = new QPushButton(tr("&Open the Raw Editor"));
    openRaw->setObjectName(u"openRawButton"_s);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(openRaw);
    openRow->addStretch(1);
    notBuilderLayout->addLayout(openRow);
    notBuilderLayout->addStretch(1);
    m_stack->addWidget(notBuilderPane);

    connect(m_add, &QPushButton::clicked, this, &RuleBuilder::addRule);
    connect(m_apply, &QPushButton::clicked, this, &RuleBuilder::apply);
    connect(openRaw, &QPushButton::clicked, this, &RuleBuilder::rawEditorRequested);
    updateEnabled();
}

bool RuleBuilder::load(const QString &script)
{
    const std::optional<BuilderRules> rules = SieveWriter::read(script);
    if (!rules) {
        setRules({});
        m_stack->setCurrentIndex(1);
        return false;
    }
    setRules(*rules);
    m_stack->setCurrentIndex(0);
    return true;
}

void RuleBuilder::clear()
{
    setRules({});
    m_stack->setCurrentIndex(0);
}

bool RuleBuilder::isShowingRules() const
{
    return m_stack->currentIndex() == 0;
}

BuilderRules RuleBuilder::rules() const
{
    BuilderRules rules;
    for (const RuleRowEdit *row : m_rows)
        rules.rules.append(row->rule());
    rules.vacation = {m_vacation->isChecked(), m_vacationSubject->text().trimmed(), m_vacationText->toPlainText(),
                      m_vacationDays->value()};
    return rules;
}

RuleRowEdit *RuleBuilder::addRule()
{
    auto *row = new RuleRowEdit;
    m_rows.append(row);
    m_rowsLayout->addWidget(row);
    connect(row, &RuleRowEdit::removeRequested, this, [this, row] { removeRow(row); });
    renumber();
    updateEnabled();
    row->fieldCombo()->setFocus();
    return row;
}

void RuleBuilder::setBusy(bool busy)
{
    m_busy = busy;
    updateEnabled();
}

void RuleBuilder::setRules(const BuilderRules &rules)
{
    // Hidden now, deleted from the event loop: a row may be what emitted the signal we are in.
    for (RuleRowEdit *row : std::as_const(m_rows)) {
        row->hide();
        row->deleteLater();
    }
    m_rows.clear();
    for (const BuilderRule &rule : rules.rules)
        addRule()->setRule(rule);
    m_vacation->setChecked(rules.vacation.enabled);
    m_vacationSubject->setText(rules.vacation.subject);
    m_vacationText->setPlainText(rules.vacation.text);
    m_vacationDays->setValue(rules.vacation.days);
    renumber();
    updateEnabled();
}

void RuleBuilder::removeRow(RuleRowEdit *row)
{
    const qsizetype index = m_rows.indexOf(row);
    if (index < 0)
        return;
    m_rows.removeAt(index);
    row->hide();
    row->deleteLater(); // its Remove button's click is still on the stack
    renumber();
    updateEnabled();
    // Keep the keyboard user in the list: the next row, the previous one, or Add.
    if (!m_rows.isEmpty())
        m_rows.at(std::min(index, m_rows.size() - 1))->fieldCombo()->setFocus();
    else
        m_add->setFocus();
}

void RuleBuilder::renumber()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows.at(i)->setNumber(int(i + 1));
    m_noRules->setVisible(m_rows.isEmpty());
}

void RuleBuilder::apply()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const RuleRowEdit *row = m_rows.at(i);
        QWidget *missing = row->missingField();
        if (!missing)
            continue;
        missing->setFocus();
        if (missing == row->headerNameEdit())
            Q_EMIT incomplete(tr("Rule %1 needs the name of the header to look at.").arg(i + 1));
        else if (missing == row->textEdit())
            Q_EMIT incomplete(tr("Rule %1 needs the text to look for.").arg(i + 1));
        else
            Q_EMIT incomplete(tr("Rule %1 needs the folder the mail goes to.").arg(i + 1));
        return;
    }
    if (m_vacation->isChecked() && m_vacationText->toPlainText().trimmed().isEmpty()) {
        m_vacationText->setFocus();
        Q_EMIT incomplete(tr("The automatic reply needs a text."));
        return;
    }
    Q_EMIT applyRequested(SieveWriter::write(rules()));
}

void RuleBuilder::updateEnabled()
{
    m_add->setEnabled(!m_busy);
    m_apply->setEnabled(!m_busy);
}

} // namespace Doorstep::Ui::Pages
