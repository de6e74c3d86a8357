#pragma once

#include <QIcon>
#include <QStyle>

#include "ui/models/enginestate.h"

namespace Doorstep::Ui::Widgets::Icons {

/** The application icon (theme "doorstep", bundled SVG as fallback). */
QIcon application();
/** The status icon for an engine state: doorstep-ok / -warning / -error / -offline. */
QIcon state(Models::EngineState::Kind kind);
/** Status icons by meaning, for message bars and field errors. */
QIcon ok();
QIcon warning();
QIcon error();
QIcon offline();
/** A relay client that is trusted (OK). */
QIcon trusted();
/** A queued message not tried yet. */
QIcon waiting();
/** A delivery attempt running now. */
QIcon sending();
/** A theme icon, or a style icon when the desktop theme has none (so nothing is blank). */
QIcon themed(const QString &name, QStyle::StandardPixmap fallback);

QIcon overviewPage();
QIcon mailboxesPage();
QIcon addressesPage();
QIcon relayPage();
QIcon queuePage();
QIcon filtersPage();
QIcon rulesPage();
QIcon internetPage();
QIcon logPage();
QIcon domain();
QIcon add();
QIcon remove();
QIcon refresh();
QIcon edit();
/** A wizard that walks through a task. */
QIcon wizard();
QIcon sendMail();
/** Returning a message to its sender. */
QIcon bounce();
QIcon copy();
QIcon exportFile();
QIcon quit();

} // namespace Doorstep::Ui::Widgets::Icons
