#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Doorstep::Ui::Pages {

/**
 * The Sieve script as text, for everything the builder does not cover: a monospace editor,
 * Apply, and Import procmail (whose result lands here to be read before it is applied, with
 * the recipes that could not be translated listed below). A line the engine's compiler
 * refused is selected and marked. Children: rawRulesEdit, applyRawButton,
 * importProcmailButton, rawReadOnlyNote, untranslatedLabel, untranslatedList.
 */
class RawRulesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawRulesEditor)

public:
    explicit RawRulesEditor(QWidget *parent = nullptr);

    QString script() const;
    /** Replaces the text (and forgets a marked line and the untranslated recipes). */
    void setScript(const QString &script);
    /** The global rules are read here but follow the spam settings: no Apply, no import. */
    void setReadOnly(bool readOnly);
    /** While a call is on its way: Apply and Import wait. */
    void setBusy(bool busy);

    /** Puts the cursor on line @p line (from 1), selects it and marks it until the text changes. */
    void markErrorLine(int line);
    /** The line marked by markErrorLine(), 0 when none. */
    int markedLine() const { return m_markedLine; }
    /** Lists what ImportProcmail could not translate ("line N: recipe — why"); {} hides the list. */
    void setUntranslated(const QStringList &recipes);

    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *importButton() const { return m_import; }
    QListWidget *untranslatedList() const { return m_untranslated; }

Q_SIGNALS:
    void applyRequested(const QString &script);
    void importRequested();

private:
    void clearErrorMark();
    void updateButtons();

    QLabel *m_readOnlyNote;
    QPlainTextEdit *m_editor;
    QPushButton *m_import;
    QPushButton *m_apply;
    QLabel *m_untranslatedLabel;
    QListWidget *m_untranslated;
    int m_markedLine = 0;
    bool m_readOnly = false;
    bool m_busy = false;
};

} // namespace Doorstep::Ui::Pages
