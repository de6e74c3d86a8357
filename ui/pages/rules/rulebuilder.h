#pragma once

#include <QList>
#include <QWidget>

#include "ui/pages/rules/sievewriter.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QVBoxLayout;

namespace Doorstep::Ui::Pages {

class RuleRowEdit;

/**
 * The rule builder for the usual cases: rows of "mail from/to/with subject/with header …
 * contains/is … goes to folder …" and "mail from the mailing list …", plus an automatic
 * reply. Apply asks for the script SieveWriter writes from them. A script the builder did
 * not write is never shown half-understood nor overwritten: the builder says so and offers
 * the raw editor instead. Children: addRuleButton, applyRulesButton, vacationBox,
 * vacationSubject, vacationText, vacationDays, notBuilderLabel, openRawButton.
 */
class RuleBuilder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleBuilder)

public:
    explicit RuleBuilder(QWidget *parent = nullptr);

    /** Shows the rows of @p script; false (and the raw-editor offer) when the builder did not write it. */
    bool load(const QString &script);
    /** No rows, no reply: for a user without rules, or while nothing is loaded. */
    void clear();
    /** Whether the rows are shown (false while the script is not the builder's). */
    bool isShowingRules() const;

    BuilderRules rules() const;
    const QList<RuleRowEdit *> &rows() const { return m_rows; }
    /** Adds an empty row and puts the focus in it. */
    RuleRowEdit *addRule();
    /** While Rules.Set is on its way. */
    void setBusy(bool busy);

    QPushButton *applyButton() const { return m_apply; }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    /** Apply was pressed and every row is complete: store @p script. */
    void applyRequested(const QString &script);
    /** Apply was pressed but a row is incomplete; @p sentence says what to fill in. */
    void incomplete(const QString &sentence);
    /** "Open the Raw Editor" was pressed. */
    void rawEditorRequested();

private:
    void setRules(const BuilderRules &rules);
    void removeRow(RuleRowEdit *row);
    void renumber();
    void apply();
    void updateEnabled();

    QStackedWidget *m_stack;
    QWidget *m_editor;
    QLabel *m_notBuilder;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_noRules;
    QList<RuleRowEdit *> m_rows;
    QPushButton *m_add;
    QGroupBox *m_vacation;
    QLineEdit *m_vacationSubject;
    QPlainTextEdit *m_vacationText;
    QSpinBox *m_vacationDays;
    QPushButton *m_apply;
    bool m_busy = false;
};

} // namespace Doorstep::Ui::Pages
