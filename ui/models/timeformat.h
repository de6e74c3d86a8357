#pragma once

#include <QDateTime>
#include <QString>

namespace Doorstep::Ui::Models {

/** A D-Bus time point (microseconds since the epoch) as a local date and time. */
QDateTime dateTimeFromUsec(quint64 usec);
/** The time alone for today, else the short date and time, in the user's locale. */
QString shortDateTime(quint64 usec);
/** The long date and time in the user's locale, for tooltips. */
QString longDateTime(quint64 usec);

} // namespace Doorstep::Ui::Models
