#include "engine/smtp/transaction.h"

#include <algorithm>


namespace Doorstep::Smtp {

Transaction::Transaction() = default;
Transaction::~Transaction() = default;

void Transaction::reset()
{
    haveSender = false;
    sender.clear();
    smtputf8 = false;
    recipients.clear();
    acceptedRcpts.clear();
    greylistPassed = false;
    m_receiver.reset();
    m_sink.reset(); // an unfinished message leaves no trace
}

void Transaction::addRecipient(const QString &original, const QList<RecipientTarget> &targets)
{
    if (acceptedRcpts.contains(original)) // a remote local part is case-sensitive (RFC 5321 2.4)
        return;
    acceptedRcpts << original;
    for (const RecipientTarget &target : targets) {
        // A user reached twice (an alias and the address itself) gets one copy.
        const bool known = std::any_of(recipients.cbegin(), recipients.cend(), [&](const auto &r) {
            return r.second.address == target.address && r.second.local == target.local;
        });
        if (!known)
            recipients.append({original, target});
    }
}

void Transaction::startData(std::unique_ptr<MessageSink> sink, std::unique_ptr<MessageReceiver> receiver)
{
    m_sink = std::move(sink);
    m_receiver = std::move(receiver);
}

Transaction::Fed Transaction::feedData(SessionInput &input)
{
    const quint64 linesBefore = m_receiver->lines();
    const MessageReceiver::Status status = m_receiver->feed(input.buffer(), input.position());
    return {status, m_receiver->lines() != linesBefore};
}

std::variant<Transaction::Refused, Transaction::NotWritten, Transaction::Complete> Transaction::endData(quint64 maxSize)
{
    const std::unique_ptr<MessageReceiver> receiver = std::move(m_receiver);
    std::unique_ptr<MessageSink> sink = std::move(m_sink);
    const MessageEnvelope envelope{sender, smtputf8, recipients, greylistPassed};
    reset();
    if (const std::optional<Reply> refusal = receiver->contentRefusal(maxSize))
        return Refused{*refusal, sink->id()};
    if (auto written = receiver->finish(); !written)
        return NotWritten{written.error(), sink->id()};
    return Complete{std::move(sink), envelope};
}

} // namespace Doorstep::Smtp
