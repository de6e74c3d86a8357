#pragma once

#include <QString>

namespace Doorstep::Queue {

/**
 * A new queue id: 16 characters of Crockford base32 (digits and capitals without I, L, O, U),
 * the microsecond time of its making followed by 25 random bits. Ids sort by age, are safe as
 * file names, and are what every log line about a message carries.
 */
QString newQueueId(quint64 nowUsec);

/** True for a string that has the shape of a queue id (so it is safe as a file name). */
bool isQueueId(const QString &text);

} // namespace Doorstep::Queue
