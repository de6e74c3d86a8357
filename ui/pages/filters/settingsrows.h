#pragma once

#include <utility>

#include <QList>
#include <QObject>
#include <QString>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QWidget;

namespace Doorstep::Ui::Widgets {
class DurationField;
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
    Widgets::DurationField *addDuration(const QString &key, const QString &name, const QString &label, const QString &explanation);
    /** A "d" setting typed as a number in the locale's notation ("5.0", "5,0"). */
    QLineEdit *addNumber(const QString &key, const QString &name, const QString &label, const QString &explanation);
    QLineEdit *addText(const QString &key, const QString &name, const QString &label, const QString &explanation);
    /** A setting with fixed choices: @p choices maps each value to what the person reads. */
    QComboBox *addChoice(const QString &key, const QString &name, const QString &label, const QList<std::pair<QString, QString>> &choices,
                         const QString &explanation);

private:
    void addRow(const QString &label, QWidget *field, QWidget *box);

    Widgets::SettingsForm *m_form;
    QFormLayout *m_layout;
};

} // namespace Doorstep::Ui::Pages
