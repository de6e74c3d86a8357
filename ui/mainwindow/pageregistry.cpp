#include "ui/mainwindow/pageregistry.h"

#include "ui/pages/mailboxes/mailboxespage.h"
#include "ui/pages/overview/overviewpage.h"

namespace Doorstep::Ui {

QList<PageFactory> PageRegistry::pages()
{
    // UI.md's order. Later issues add Addresses, Relay, Queue, Filters, Rules, Internet, Log.
    return {
        page<Pages::OverviewPage>(),
        page<Pages::MailboxesPage>(),
    };
}

} // namespace Doorstep::Ui
