#include "ui/mainwindow/pageregistry.h"

#include "ui/pages/addresses/addressespage.h"
#include "ui/pages/filters/filterspage.h"
#include "ui/pages/internet/internetpage.h"
#include "ui/pages/log/logpage.h"
#include "ui/pages/mailboxes/mailboxespage.h"
#include "ui/pages/overview/overviewpage.h"
#include "ui/pages/queue/queuepage.h"
#include "ui/pages/relay/relaypage.h"
#include "ui/pages/rules/rulespage.h"

namespace Doorstep::Ui {

QList<PageFactory> PageRegistry::pages()
{
    // UI.md's order.
    return {
        page<Pages::OverviewPage>(),
        page<Pages::MailboxesPage>(),
        page<Pages::AddressesPage>(),
        page<Pages::RelayPage>(),
        page<Pages::QueuePage>(),
        page<Pages::FiltersPage>(),
        page<Pages::RulesPage>(),
        page<Pages::InternetPage>(),
        page<Pages::LogPage>(),
    };
}

} // namespace Doorstep::Ui
