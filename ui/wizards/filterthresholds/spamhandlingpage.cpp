#include "ui/wizards/filterthresholds/spamhandlingpage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "ui/widgets/explainedfield.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/labels.h"
#include "ui/wizards/filterthresholds/filterthresholdswizard.h"
#include "ui/wizards/wizardlayout.h"

namespace Doorstep::Ui::Wizards::FilterThresholds {

using namespace Qt::StringLiterals;

namespace {

/** spam.subject_tag and spam.folder take up to 100 characters. */
constexpr int kMaxLength = 100;

} // namespace

SpamHandlingPage::SpamHandlingPage(FilterThresholdsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_tag(new QLineEdit)
    , m_folder(new QLineEdit)
    , m_folderError(new Widgets::FieldErrorLabel(m_folder))
    , m_example(Widgets::introLabel({}, u"spamExample"_s))
{
    setObjectName(u"spamHandlingPage"_s);
    setTitle(tr("What happens to spam?"));
    QVBoxLayout *layout = pageLayout(this,
                                     tr("Spam is not thrown away: it is filed into a folder of its own in each mailbox, beside "
                                        "the inbox, where people can look for a message that was taken for spam by mistake. Its "
                                        "subject can start with a tag, so that it stands out in any mail program."),
                                     u"spamHandlingIntro"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_tag->setObjectName(u"subjectTagEdit"_s);
    m_tag->setAccessibleName(tr("Subject tag"));
    m_tag->setMaxLength(kMaxLength);
    m_tag->setPlaceholderText(tr("Empty: leave the subject alone"));
    auto *tagError = new Widgets::FieldErrorLabel(m_tag);
    tagError->setObjectName(u"subjectTagError"_s);
    form->addRow(Widgets::buddyLabel(tr("Subject &tag:"), m_tag),
                 Widgets::explainedField(tagError, tr("Put before the subject of spam, such as [SPAM]. Empty: subjects stay as they are."),
                                         u"subjectTagExplanation"_s));
    m_folder->setObjectName(u"spamFolderEdit"_s);
    m_folder->setAccessibleName(tr("Spam folder"));
    m_folder->setMaxLength(kMaxLength);
    m_folderError->setObjectName(u"spamFolderError"_s);
    form->addRow(Widgets::buddyLabel(tr("Spam &folder:"), m_folder),
                 Widgets::explainedField(m_folderError,
                                         tr("The folder in each mailbox that spam goes to; mail programs show it beside the inbox."),
                                         u"spamFolderExplanation"_s));
    layout->addLayout(form);
    QFont italic = m_example->font();
    italic.setItalic(true);
    m_example->setFont(italic);
    layout->addWidget(m_example);
    layout->addStretch(1);
    layout->addWidget(Widgets::smallPrint(tr("In the seed's setup: SpamAssassin's rewrite_header Subject, and procmail filing "
                                             "spam into the spamtrap folder."),
                                          u"spamHandlingSmallPrint"_s));
    connect(m_tag, &QLineEdit::textChanged, this, &SpamHandlingPage::updateExample);
    connect(m_folder, &QLineEdit::textChanged, this, &SpamHandlingPage::updateExample);
    connect(m_folder, &QLineEdit::textEdited, m_folderError, &Widgets::FieldErrorLabel::clear);
}

void SpamHandlingPage::initializePage()
{
    if (!m_initialized) {
        m_initialized = true;
        m_tag->setText(m_wizard->chosen(u"spam.subject_tag"_s).toString());
        m_folder->setText(m_wizard->chosen(u"spam.folder"_s).toString());
    }
    updateExample();
    m_tag->setFocus();
}

int SpamHandlingPage::nextId() const
{
    return FilterThresholdsWizard::TryPageId;
}

QString SpamHandlingPage::folderProblem(const QString &folder)
{
    // The engine's rule for spam.folder (a Maildir++ folder name), said for people.
    if (folder.isEmpty())
        return tr("Enter a folder name, such as spamtrap or Junk.");
    if (folder.startsWith(u'.') || folder.contains(u'/') || folder.contains(u".."_s))
        return tr("A folder name cannot start with a dot or contain “/” or “..”. Use a plain name, such as spamtrap or Junk.");
    for (const QChar c : folder) {
        if (c.category() == QChar::Other_Control)
            return tr("A folder name cannot contain control characters. Use a plain name, such as spamtrap or Junk.");
    }
    return {};
}

bool SpamHandlingPage::validatePage()
{
    const QString folder = m_folder->text().trimmed();
    if (const QString problem = folderProblem(folder); !problem.isEmpty()) {
        m_folderError->setError(problem);
        m_folder->setFocus();
        return false;
    }
    m_wizard->choose(u"spam.subject_tag"_s, m_tag->text().trimmed());
    m_wizard->choose(u"spam.folder"_s, folder);
    return true;
}

void SpamHandlingPage::updateExample()
{
    const QString tag = m_tag->text().trimmed();
    const QString subject = tr("Cheap watches");
    const QString folder = m_folder->text().trimmed();
    m_example->setText(tr("A spam message “%1” arrives as “%2” in the folder %3.")
                           .arg(subject, tag.isEmpty() ? subject : tag + u' ' + subject, folder.isEmpty() ? u"…"_s : folder));
}

} // namespace Doorstep::Ui::Wizards::FilterThresholds
