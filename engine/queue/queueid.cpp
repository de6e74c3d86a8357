#include "engine/queue/queueid.h"

#include <QRandomGenerator>

namespace Doorstep::Queue {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kTimeChars = 11; // 55 bits of microseconds: until the year 3111
constexpr int kRandomChars = 5;
} // namespace

QString newQueueId(quint64 nowUsec)
{
    QString id(kTimeChars + kRandomChars, QLatin1Char('0'));
    quint64 time = nowUsec;
    for (int i = kTimeChars - 1; i >= 0; --i) {
        id[i] = QLatin1Char(kAlphabet[time & 31]);
        time >>= 5;
    }
    quint32 random = QRandomGenerator::system()->generate();
    for (int i = 0; i < kRandomChars; ++i) {
        id[kTimeChars + i] = QLatin1Char(kAlphabet[random & 31]);
        random >>= 5;
    }
    return id;
}

bool isQueueId(const QString &text)
{
    if (text.size() != kTimeChars + kRandomChars)
        return false;
    for (QChar c : text) {
        if (!QByteArrayView(kAlphabet).contains(char(c.toLatin1())) || c.unicode() > 127)
            return false;
    }
    return true;
}

} // namespace Doorstep::Queue
