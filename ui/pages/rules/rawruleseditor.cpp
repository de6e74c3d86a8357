#include "ui/pages/rules/rawruleseditor.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

RawRulesEditor::RawRulesEditor(QWidget *parent)
    : QWidget(parent)
    , m_readOnlyNote(Widgets::introLabel(tr("The global rules run before every user's rules: mail the spam filter marked goes "
                                            "into the spam folder. They follow the spam settings on the Filters page and are "
                                            "shown here to read."),
                                         u"rawReadOnlyNote"_s))
    , m_editor(new QPlainTextEdit)
    , m_import(new QPushButton(Widgets::Icons::themed(u"document-import"_s, QStyle::SP_DialogOpenButton), tr("&Import procmail…")))
    , m_apply(new QPushButton(tr("&Apply Script")))
    , m_untranslatedLabel(new QLabel(tr("Recipes that could &not be imported (each is a comment in the script):")))
    , m_untranslated(new QListWidget)
{
    setObjectName(u"rawRulesEditor"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(Widgets::introLabel(tr("The rules as a Sieve script, the language mail programs use through ManageSieve. "
                                             "Apply checks the script before it is stored."),
                                          u"rawIntro"_s));
    m_readOnlyNote->hide();
    layout->addWidget(m_readOnlyNote);

    auto *label = Widgets::buddyLabel(tr("Sieve &script:"), m_editor);
    layout->addWidget(label);
    m_editor->setObjectName(u"rawRulesEdit"_s);
    m_editor->setAccessibleName(tr("Sieve script"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(u"require [\"fileinto\", \"mailbox\"];\n\nif header :contains \"list-id\" \"debian-user\" {\n"
                                 u"    fileinto :create \"Lists/Debian\";\n}"_s);
    layout->addWidget(m_editor, 1);

    m_untranslatedLabel->setObjectName(u"untranslatedLabel"_s);
    m_untranslatedLabel->setWordWrap(true);
    m_untranslatedLabel->setBuddy(m_untranslated);
    layout->addWidget(m_untranslatedLabel);
    m_untranslated->setObjectName(u"untranslatedList"_s);
    m_untranslated->setAccessibleName(tr("Recipes not imported"));
    m_untranslated->setMaximumHeight(m_untranslated->fontMetrics().lineSpacing() * 5);
    layout->addWidget(m_untranslated);
    setUntranslated({});

    auto *buttons = new QHBoxLayout;
    m_import->setObjectName(u"importProcmailButton"_s);
    m_import->setToolTip(tr("Turn a .procmailrc into Sieve; you can read and change it here before you apply it"));
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    m_apply->setObjectName(u"applyRawButton"_s);
    m_apply->setToolTip(tr("Check and store this script; it applies from the next message"));
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);

    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(script()); });
    connect(m_import, &QPushButton::clicked, this, &RawRulesEditor::importRequested);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &RawRulesEditor::clearErrorMark);
    updateButtons();
}

QString RawRulesEditor::script() const
{
    return m_editor->toPlainText();
}

void RawRulesEditor::setScript(const QString &script)
{
    m_editor->setPlainText(script);
    setUntranslated({});
}

void RawRulesEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    m_readOnlyNote->setVisible(readOnly);
    updateButtons();
}

void RawRulesEditor::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void RawRulesEditor::markErrorLine(int line)
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();

    // Marked by more than colour: the line stays selected and the message bar names it.
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(block);
    mark.format.setProperty(QTextFormat::FullWidthSelection, true);
    mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    mark.format.setUnderlineColor(palette().color(QPalette::Highlight));
    QColor background = palette().color(QPalette::Highlight);
    background.setAlpha(60);
    mark.format.setBackground(background);
    m_editor->setExtraSelections({mark});
    m_markedLine = line;
    m_editor->setFocus();
}

void RawRulesEditor::setUntranslated(const QStringList &recipes)
{
    m_untranslated->clear();
    m_untranslated->addItems(recipes);
    m_untranslatedLabel->setVisible(!recipes.isEmpty());
    m_untranslated->setVisible(!recipes.isEmpty());
}

void RawRulesEditor::clearErrorMark()
{
    if (m_markedLine == 0)
        return;
    m_markedLine = 0;
    m_editor->setExtraSelections({});
}

void RawRulesEditor::updateButtons()
{
    m_apply->setEnabled(!m_readOnly && !m_busy);
    m_import->setEnabled(!m_readOnly && !m_busy);
}

} // namespace Doorstep::Ui::Pages
