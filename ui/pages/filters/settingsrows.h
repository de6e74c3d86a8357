#pragma once

#include <utility>

#include <QList>
#include <QObject>
#include <QString>

#include "ui/widgets/unitfield.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace Doorstep::Ui::Widgets {
class FieldErrorLabel;
class SettingsForm;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Pages {

/**
 * The rows of a Filters tab's settings form: each a field bound to its key in a
 * SettingsForm, its error label (the engine's refusal) and a sentence saying what it does.
 * Children are named <name>Check, <name>Edit, <name>Combo or <name>Spin, and <name>Error.
 */
class SettingsRows final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsRows)

public:
    SettingsRows(Widgets::SettingsForm *form, QFormLayout *layout, QObject *parent = nullptr);

    QCheckBox *addSwitch(const QString &key, const QString &name, const QString &text, const QString &explanation);
    Widgets::UnitField *addDuration(const QString &key, const QString &name, const QString &label, const QString &explanation);
    /** A size in bytes, shown in bytes, KiB, MiB or GiB. */
    Widgets::UnitField *addSize(const QString &key, const QString &name, const QString &label, const QString &explanation);
    /** A whole number from @p minimum to @p maximum. */
    QSpinBox *addCount(const QString &key, const QString &name, const QString &label, int minimum, int maximum,
                       const QString &explanation);
    /** A "d" setting typed as a number in the locale's notation ("5.0", "5,0"). */
    QLineEdit *addNumber(const QString &key, const QString &name, const QString &label, const QString &explanation);
    QLineEdit *addText(const QString &key, const QString &name, const QString &label, const QString &explanation);
    /** A list setting typed as comma-separated items. */
    QLineEdit *addList(const QString &key, const QString &name, const QString &label, const QString &explanation);
    /** A setting with fixed choices: @p choices maps each value to what the person reads. */
    QComboBox *addChoice(const QString &key, const QString &name, const QString &label, const QList<std::pair<QString, QString>> &choices,
                         const QString &explanation);

private:
    /** Adds @p field under @p label with its error label (returned) and explanation. */
    Widgets::FieldErrorLabel *addExplainedRow(const QString &label, QWidget *field, const QString &name, const QString &explanation);
    std::pair<QLineEdit *, Widgets::FieldErrorLabel *> addLineRow(const QString &name, const QString &label, const QString &explanation);
    Widgets::UnitField *addUnitField(const QString &key, const QString &name, const QString &label,
                                     const QList<Widgets::UnitField::Unit> &units, const QString &explanation);

    Widgets::SettingsForm *m_form;
    QFormLayout *m_layout;
};

} // namespace Doorstep::Ui::Pages
