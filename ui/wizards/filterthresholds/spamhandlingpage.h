#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace Doorstep::Ui::Widgets {
class FieldErrorLabel;
}

namespace Doorstep::Ui::Wizards {
class FilterThresholdsWizard;
}

namespace Doorstep::Ui::Wizards::FilterThresholds {

/**
 * Third decision: what happens to spam that is not refused — the tag put before its subject
 * (spam.subject_tag, may be empty) and the folder of each mailbox it is filed into
 * (spam.folder, the seed's spamtrap). A line shows how a spam message will look.
 */
class SpamHandlingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpamHandlingPage)

public:
    explicit SpamHandlingPage(FilterThresholdsWizard *wizard);

    void initializePage() override;
    int nextId() const override;
    bool validatePage() override;

    /** What is wrong with @p folder as a folder name in plain words; "" when it is fine. */
    static QString folderProblem(const QString &folder);

private:
    void updateExample();

    FilterThresholdsWizard *m_wizard;
    QLineEdit *m_tag;
    QLineEdit *m_folder;
    Widgets::FieldErrorLabel *m_folderError;
    QLabel *m_example;
    bool m_initialized = false;
};

} // namespace Doorstep::Ui::Wizards::FilterThresholds
