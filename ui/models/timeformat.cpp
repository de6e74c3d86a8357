#include "ui/models/timeformat.h"

#include <QLocale>

namespace Doorstep::Ui::Models {

QDateTime dateTimeFromUsec(quint64 usec)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(usec / 1000));
}

QString shortDateTime(quint64 usec)
{
    const QDateTime when = dateTimeFromUsec(usec);
    if (when.date() == QDate::currentDate())
        return QLocale().toString(when.time(), QLocale::ShortFormat);
    return QLocale().toString(when, QLocale::ShortFormat);
}

QString longDateTime(quint64 usec)
{
    return QLocale().toString(dateTimeFromUsec(usec), QLocale::LongFormat);
}

} // namespace Doorstep::Ui::Models
