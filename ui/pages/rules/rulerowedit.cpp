#include "ui/pages/rules/rulerowedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "ui/widgets/icons.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

RuleRowEdit::RuleRowEdit(QWidget *parent)
    : QWidget(parent)
    , m_field(new QComboBox)
    , m_headerName(new QLineEdit)
    , m_comparison(new QComboBox)
    //: Rule builder, in "mail from the mailing list whose List-Id contains TEXT"
    , m_listIdLabel(new QLabel(tr("whose List-Id contains")))
    , m_text(new QLineEdit)
    , m_folder(new QLineEdit)
    , m_remove(new QPushButton(Widgets::Icons::remove(), tr("Remove")))
{
    setObjectName(u"ruleRow"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    //: Rule builder: the start of the sentence "Mail from … goes to folder …"
    layout->addWidget(new QLabel(tr("Mail")));
    m_field->setObjectName(u"ruleField"_s);
    //: Rule builder: "Mail from …"
    m_field->addItem(tr("from"), int(BuilderRule::Field::From));
    //: Rule builder: "Mail to …"
    m_field->addItem(tr("to"), int(BuilderRule::Field::To));
    //: Rule builder: "Mail with subject …"
    m_field->addItem(tr("with subject"), int(BuilderRule::Field::Subject));
    //: Rule builder: "Mail with header NAME …"
    m_field->addItem(tr("with header"), int(BuilderRule::Field::Header));
    //: Rule builder: "Mail from the mailing list whose List-Id contains …"
    m_field->addItem(tr("from the mailing list"), int(BuilderRule::Field::MailingList));
    layout->addWidget(m_field);

    m_headerName->setObjectName(u"ruleHeaderName"_s);
    m_headerName->setPlaceholderText(tr("Header name"));
    m_headerName->setMaximumWidth(140);
    layout->addWidget(m_headerName);

    m_comparison->setObjectName(u"ruleComparison"_s);
    //: Rule builder: "Mail from … contains TEXT"
    m_comparison->addItem(tr("contains"), int(BuilderRule::Comparison::Contains));
    //: Rule builder: "Mail from … is TEXT" (exactly)
    m_comparison->addItem(tr("is"), int(BuilderRule::Comparison::Is));
    layout->addWidget(m_comparison);
    layout->addWidget(m_listIdLabel);

    m_text->setObjectName(u"ruleText"_s);
    m_text->setPlaceholderText(tr("Text"));
    layout->addWidget(m_text, 2);

    //: Rule builder: "… goes to folder FOLDER"
    layout->addWidget(new QLabel(tr("goes to folder")));
    m_folder->setObjectName(u"ruleFolder"_s);
    m_folder->setPlaceholderText(tr("Folder"));
    layout->addWidget(m_folder, 1);

    m_remove->setObjectName(u"removeRuleButton"_s);
    m_remove->setToolTip(tr("Remove this rule"));
    layout->addWidget(m_remove);

    connect(m_field, &QComboBox::currentIndexChanged, this, &RuleRowEdit::updateFields);
    connect(m_remove, &QPushButton::clicked, this, &RuleRowEdit::removeRequested);
    setNumber(1);
    updateFields();
}

BuilderRule RuleRowEdit::rule() const
{
    BuilderRule rule;
    rule.field = BuilderRule::Field(m_field->currentData().toInt());
    rule.comparison = BuilderRule::Comparison(m_comparison->currentData().toInt());
    if (rule.field == BuilderRule::Field::Header)
        rule.headerName = m_headerName->text().trimmed();
    if (rule.field == BuilderRule::Field::MailingList)
        rule.comparison = BuilderRule::Comparison::Contains;
    rule.text = m_text->text();
    rule.folder = m_folder->text().trimmed();
    return rule;
}

void RuleRowEdit::setRule(const BuilderRule &rule)
{
    m_field->setCurrentIndex(m_field->findData(int(rule.field)));
    m_comparison->setCurrentIndex(m_comparison->findData(int(rule.comparison)));
    m_headerName->setText(rule.headerName);
    m_text->setText(rule.text);
    m_folder->setText(rule.folder);
    updateFields();
}

void RuleRowEdit::setNumber(int number)
{
    //: Screen reader name of a rule builder field; %1 is the rule's number
    m_field->setAccessibleName(tr("Rule %1: what to look at").arg(number));
    m_headerName->setAccessibleName(tr("Rule %1: header name").arg(number));
    m_comparison->setAccessibleName(tr("Rule %1: how to compare").arg(number));
    m_text->setAccessibleName(tr("Rule %1: text to look for").arg(number));
    m_folder->setAccessibleName(tr("Rule %1: folder").arg(number));
    m_remove->setAccessibleName(tr("Remove rule %1").arg(number));
}

QWidget *RuleRowEdit::missingField() const
{
    const BuilderRule current = rule();
    if (current.field == BuilderRule::Field::Header && current.headerName.isEmpty())
        return m_headerName;
    if (current.text.trimmed().isEmpty())
        return m_text;
    if (current.folder.isEmpty())
        return m_folder;
    return nullptr;
}

void RuleRowEdit::updateFields()
{
    const auto field = BuilderRule::Field(m_field->currentData().toInt());
    m_headerName->setVisible(field == BuilderRule::Field::Header);
    m_comparison->setVisible(field != BuilderRule::Field::MailingList);
    m_listIdLabel->setVisible(field == BuilderRule::Field::MailingList);
}

} // namespace Doorstep::Ui::Pages
