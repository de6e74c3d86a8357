#pragma once

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Dns {

/**
 * A DKIM/DMARC tag list (RFC 6376 3.2, RFC 7489 6.4): "v=DKIM1; k=rsa; p=MIIB...".
 * Tags in the order written, names as written (they are case-sensitive), values with the
 * surrounding whitespace removed. A tag without '=', an empty or malformed name, or a tag
 * that appears twice is InvalidArgument with a sentence naming it.
 */
struct TagList
{
    QList<QPair<QString, QString>> tags;

    [[nodiscard]] static Core::Result<TagList> parse(QByteArrayView text);

    bool contains(const QString &name) const;
    /** The value of @p name; empty when absent. */
    QString value(const QString &name) const;
};

} // namespace Doorstep::Dns
