#include "ui/pages/filters/settingsrows.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/widgets/explainedfield.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/settingsform.h"
#include "ui/widgets/unitfield.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;
using Widgets::FieldErrorLabel;

namespace {

/** A score as SpamAssassin writes it: one decimal, or two when the second one counts (4.25). */
QString scoreText(double value)
{
    const double hundredths = value * 100.0;
    const bool twoDecimals = std::fmod(std::round(hundredths), 10.0) != 0.0;
    return QLocale().toString(value, 'f', twoDecimals ? 2 : 1);
}

} // namespace

SettingsRows::SettingsRows(Widgets::SettingsForm *form, QFormLayout *layout, QObject *parent)
    : QObject(parent)
    , m_form(form)
    , m_layout(layout)
{
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
}

FieldErrorLabel *SettingsRows::addExplainedRow(const QString &label, QWidget *field, const QString &name, const QString &explanation)
{
    auto *error = new FieldErrorLabel(field);
    error->setObjectName(name + u"Error"_s);
    QWidget *box = Widgets::explainedField(error, explanation, name + u"Explanation"_s);
    if (label.isEmpty())
        m_layout->addRow(QString(), box);
    else
        m_layout->addRow(Widgets::buddyLabel(label, field), box);
    return error;
}

QCheckBox *SettingsRows::addSwitch(const QString &key, const QString &name, const QString &text, const QString &explanation)
{
    auto *box = new QCheckBox(text);
    box->setObjectName(name + u"Check"_s);
    auto *error = addExplainedRow(QString(), box, name, explanation);
    m_form->bindCheck(key, box, error);
    return box;
}

Widgets::UnitField *SettingsRows::addDuration(const QString &key, const QString &name, const QString &label, const QString &explanation)
{
    return addUnitField(key, name, label, Widgets::UnitField::durationUnits(), explanation);
}

Widgets::UnitField *SettingsRows::addSize(const QString &key, const QString &name, const QString &label, const QString &explanation)
{
    return addUnitField(key, name, label, Widgets::UnitField::sizeUnits(), explanation);
}

Widgets::UnitField *SettingsRows::addUnitField(const QString &key, const QString &name, const QString &label,
                                               const QList<Widgets::UnitField::Unit> &units, const QString &explanation)
{
    auto *field = new Widgets::UnitField(name, units);
    field->spin()->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    auto *error = addExplainedRow(label, field, name, explanation);
    m_form->bind({key, [field] { return QVariant::fromValue<qulonglong>(field->value()); },
                  [field](const QVariant &value) { field->setValue(value.toULongLong()); }, field, error, false});
    connect(field, &Widgets::UnitField::edited, error, &FieldErrorLabel::clear);
    connect(field, &Widgets::UnitField::edited, m_form, &Widgets::SettingsForm::fieldEdited);
    return field;
}

QSpinBox *SettingsRows::addCount(const QString &key, const QString &name, const QString &label, int minimum, int maximum,
                                 const QString &explanation)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(name + u"Spin"_s);
    spin->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    spin->setRange(minimum, maximum);
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *error = addExplainedRow(label, spin, name, explanation);
    m_form->bind({key, [spin] { return QVariant::fromValue<uint>(uint(spin->value())); },
                  [spin](const QVariant &value) {
                      const QSignalBlocker blocker(spin);
                      spin->setValue(value.toInt());
                  },
                  spin, error, false});
    connect(spin, &QSpinBox::valueChanged, error, &FieldErrorLabel::clear);
    connect(spin, &QSpinBox::valueChanged, m_form, &Widgets::SettingsForm::fieldEdited);
    return spin;
}

QLineEdit *SettingsRows::addNumber(const QString &key, const QString &name, const QString &label, const QString &explanation)
{
    const auto [edit, error] = addLineRow(name, label, explanation);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(u"0000000000"_s) * 2);
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
                  [edit](const QVariant &value) { edit->setText(scoreText(value.toDouble())); }, edit, error,
                  false});
    connect(edit, &QLineEdit::textEdited, error, &FieldErrorLabel::clear);
    connect(edit, &QLineEdit::textEdited, m_form, &Widgets::SettingsForm::fieldEdited);
    return edit;
}

QLineEdit *SettingsRows::addText(const QString &key, const QString &name, const QString &label, const QString &explanation)
{
    const auto [edit, error] = addLineRow(name, label, explanation);
    m_form->bindText(key, edit, error);
    return edit;
}

QLineEdit *SettingsRows::addList(const QString &key, const QString &name, const QString &label, const QString &explanation)
{
    const auto [edit, error] = addLineRow(name, label, explanation);
    m_form->bindList(key, edit, error);
    return edit;
}

std::pair<QLineEdit *, FieldErrorLabel *> SettingsRows::addLineRow(const QString &name, const QString &label, const QString &explanation)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name + u"Edit"_s);
    edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    auto *error = addExplainedRow(label, edit, name, explanation);
    return {edit, error};
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
    auto *error = addExplainedRow(label, combo, name, explanation);
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
