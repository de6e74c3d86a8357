#pragma once

#include <QWidget>

#include "ui/pages/rules/sievewriter.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Doorstep::Ui::Pages {

/**
 * One row of the rule builder, read as a sentence: "Mail [from] [contains] [text] goes to
 * folder [folder]  Remove". "with header" shows a field for the header's name; "from the
 * mailing list" compares the List-Id and has no choice of comparison. Children (for tests):
 * ruleField, ruleHeaderName, ruleComparison, ruleText, ruleFolder, removeRuleButton.
 */
class RuleRowEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleRowEdit)

public:
    explicit RuleRowEdit(QWidget *parent = nullptr);

    BuilderRule rule() const;
    void setRule(const BuilderRule &rule);
    /** Names the fields "Rule N: …" for screen readers (N counts from 1). */
    void setNumber(int number);

    /** The first field that must be filled in and is empty, or nullptr when the row is complete. */
    QWidget *missingField() const;

    QComboBox *fieldCombo() const { return m_field; }
    QLineEdit *headerNameEdit() const { return m_headerName; }
    QComboBox *comparisonCombo() const { return m_comparison; }
    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *folderEdit() const { return m_folder; }

Q_SIGNALS:
    void removeRequested();

private:
    void updateFields();

    QComboBox *m_field;
    QLineEdit *m_headerName;
    QComboBox *m_comparison;
    QLabel *m_listIdLabel;
    QLineEdit *m_text;
    QLineEdit *m_folder;
    QPushButton *m_remove;
};

} // namespace Doorstep::Ui::Pages
