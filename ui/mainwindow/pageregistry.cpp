#include "ui/mainwindow/pageregistry.h"

#include "ui/pages/addresses/addressespage.h"
#include "ui/pages/filters/filterspage.h"
#include "ui/pages/log/logpage.h"
#include "ui/pages/mailboxes/mailboxespage.h"
#include "ui/pages/overview/overviewpage.h"
#include "ui/pages/queue/queuepage.h"
#include "ui/pages/relay/relaypage.h"

namespace Doorstep::Ui {

QList<PageFactory> PageRegistry::pages()
{
    // UI.md's order. Later issues add Rules and Internet between Queue and Log.
    return {
        page<Pages::OverviewPage>(),
        page<Pages::MailboxesPage>(),
        page<Pages::AddressesPage>(),
        page<Pages::RelayPage>(),
        page<Pages::QueuePage>(),
        page<Pages::FiltersPage>(),
        page<Pages::LogPage>(),
    };
}

} // namespace Doorstep::Ui
