#include "engine/delivery/outgoingcontent.h"

#include <algorithm>

#include <QFile>

#include "engine/core/headerblock.h"

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

constexpr qsizetype kMaxHeaderBytes = 1024 * 1024;
constexpr qint64 kScanChunk = 64 * 1024;

bool hasEightBit(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(), [](char c) { return (uchar(c) & 0x80) != 0; });
}

} // namespace

Result<OutgoingContent> OutgoingContent::read(const QString &path, const QString &sender)
{
    auto block = Core::readHeaderBlock(path, kMaxHeaderBytes);
    if (!block)
        return Error::failed(u"Cannot read the queued message %1: %2"_s.arg(path, block.error().message));
    OutgoingContent content;
    content.sender = sender;
    content.headers = block.value();
    content.bodyOffset = content.headers.size();
    if (!content.headers.endsWith("\r\n\r\n") && !content.headers.endsWith("\n\n"))
        content.headers += "\r\n"; // no body: the empty line that separates it
    content.eightBit = hasEightBit(content.headers);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(content.bodyOffset))
        return Error::failed(u"Cannot read the queued message %1: %2."_s.arg(path, file.errorString()));
    while (!content.eightBit && !file.atEnd())
        content.eightBit = hasEightBit(file.read(kScanChunk));
    return content;
}

} // namespace Doorstep::Delivery
