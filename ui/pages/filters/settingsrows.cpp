#include "ui/pages/filters/settingsrows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/widgets/durationfield.h"
#include "ui/widgets/explainedfield.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/settingsform.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;
using Widgets::FieldErrorLabel;

SettingsRows::SettingsRows(Widgets::SettingsForm *form, QFormLayout *layout, QObject *parent)
    : QObject(parent)
    , m_form(form)
    , m_layout(layout)
{
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void SettingsRows::addRow(const QString &label, QWidget *field, QWidget *box)
{
    if (label.isEmpty())
        m_layout->addRow(QString(), box);
    else
        m_layout->addRow(Widgets::buddyLabel(label, field), box);
}

QCheckBox *SettingsRows::addSwitch(const QString &key, const QString &name, const QString &text, const QString &explanation)
{
    auto *box = new QCheckBox(text);
    box->setObjectName(name + u"Check"_s);
    auto *error = new FieldErrorLabel(box);
    error->setObjectName(name + u"Error"_s);
    addRow(QString(), box, Widgets::explainedField(error, explanation, name + u"Explanation"_s));
    m_form->bindCheck(key, box, error);
    return box;
}

Widgets::DurationField *SettingsRows::addDuration(const QString &key, const QString &name, const QString &label,
                                                  const QString &explanation)
{
    auto *field = new Widgets::DurationField(name);
    field->spin()->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    auto *error = new FieldErrorLabel(field);
    error->setObjectName(name + u"Error"_s);
    addRow(label, field, Widgets::explainedField(error, explanation, name + u"Explanation"_s));
    m_form->bind({key, [field] { return QVariant::fromValue<qulonglong>(field->seconds()); },
                  [field](const QVariant &value) { field->setSeconds(value.toULongLong()); }, field, error, false});
    connect(field, &Widgets::DurationField::edited, error, &FieldErrorLabel::clear);
    connect(field, &Widgets::DurationField::edited, m_form, &Widgets::SettingsForm::fieldEdited);
    return field;
}

QLineEdit *SettingsRows::addNumber(const QString &key, const QString &name, const QString &label, const QString &explanation)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name + u"Edit"_s);
    edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(u"0000000000"_s) * 2);
    auto *error = new FieldErrorLabel(edit);
    error->setObjectName(name + u"Error"_s);
    addRow(label, edit, Widgets::explainedField(error, explanation, name + u"Explanation"_s));
    m_form->bind({key,
                  [edit]() -> QVariant {
                      bool ok = false;
                      const QString text = edit->text().trimmed();
                      const double number = QLocale().toDouble(text, &ok);
                      if (ok)
                          return number;
                      const double plain = QLocale::c().toDouble(text, &ok);
                      // Not a number: sent as typed, so the engine's sentence says what it takes.
                      return ok ? QVariant(plain) : QVariant(text);
                  },
                  [edit](const QVariant &value) { edit->setText(QLocale().toString(value.toDouble(), 'f', 1)); }, edit, error,
                  false});
    connect(edit, &QLineEdit::textEdited, error, &FieldErrorLabel::clear);
    connect(edit, &QLineEdit::textEdited, m_form, &Widgets::SettingsForm::fieldEdited);
    return edit;
}

QLineEdit *SettingsRows::addText(const QString &key, const QString &name, const QString &label, const QString &explanation)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name + u"Edit"_s);
    edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    auto *error = new FieldErrorLabel(edit);
    error->setObjectName(name + u"Error"_s);
    addRow(label, edit, Widgets::explainedField(error, explanation, name + u"Explanation"_s));
    m_form->bindText(key, edit, error);
    return edit;
}

QComboBox *SettingsRows::addChoice(const QString &key, const QString &name, const QString &label,
                                   const QList<std::pair<QString, QString>> &choices, const QString &explanation)
{
    auto *combo = new QComboBox;
    combo->setObjectName(name + u"Combo"_s);
    combo->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // As wide as its longest choice, not the whole row.
    combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    for (const auto &[value, text] : choices)
        combo->addItem(text, value);
    auto *error = new FieldErrorLabel(combo);
    error->setObjectName(name + u"Error"_s);
    addRow(label, combo, Widgets::explainedField(error, explanation, name + u"Explanation"_s));
    m_form->bind({key, [combo] { return combo->currentData(); },
                  [combo](const QVariant &value) {
                      const int index = combo->findData(value.toString());
                      if (index < 0)
                          combo->addItem(value.toString(), value.toString()); // a choice this version does not know
                      combo->setCurrentIndex(combo->findData(value.toString()));
                  },
                  combo, error, false});
    connect(combo, &QComboBox::activated, error, &FieldErrorLabel::clear);
    connect(combo, &QComboBox::currentIndexChanged, m_form, &Widgets::SettingsForm::fieldEdited);
    return combo;
}

} // namespace Doorstep::Ui::Pages
