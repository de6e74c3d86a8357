#include "ui/wizards/wizardpage.h"

#include "ui/client/clienterror.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/messagebar.h"

namespace Doorstep::Ui::Wizards {

using namespace Qt::StringLiterals;

bool WizardPage::isComplete() const
{
    return !m_busy;
}

void WizardPage::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    Q_EMIT completeChanged();
}

void WizardPage::showRefusal(const ClientError &refusal, Widgets::FieldErrorLabel *error, Widgets::MessageBar *messageBar)
{
    switch (refusal.kind()) {
    case ClientError::Kind::InvalidArgument:
    case ClientError::Kind::NotFound:
    case ClientError::Kind::AlreadyExists:
        // The engine's own sentence, next to what it is about; Back leads to the field.
        error->setError(refusal.message() + u' ' + tr("Go back to change it."));
        break;
    default:
        messageBar->showError(refusal);
        break;
    }
}

bool WizardPage::applyChange(bool applied, const Apply &apply, std::function<void()> succeeded, Widgets::FieldErrorLabel *error,
                             Widgets::MessageBar *messageBar)
{
    if (applied)
        return true;
    if (m_busy)
        return false;
    error->clear();
    messageBar->dismiss();
    setBusy(true);
    apply([this, succeeded = std::move(succeeded), error, messageBar](const ClientError &answer) {
        setBusy(false);
        if (answer.isError())
            showRefusal(answer, error, messageBar);
        else
            succeeded();
    });
    return false;
}

} // namespace Doorstep::Ui::Wizards
