#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Core {

/**
 * One field of a message's header block (RFC 5322 2.2), as byte offsets into the block, so
 * that a caller can change part of a field and leave every other byte as it was. A field runs
 * from its name to the line end of its last continuation line (a line starting with a space or
 * a tab), the line end included.
 */
struct HeaderField
{
    QByteArray name;          // as written, without the spaces an obsolete "Name :" has
    qsizetype start = 0;      // the first byte of the name
    qsizetype valueStart = 0; // just after the ':'
    qsizetype end = 0;        // just after the last line end (CRLF, or a bare LF)

    bool is(QByteArrayView other) const;
};

/**
 * The fields of @p block up to its empty line (or its end). Lines end with CRLF or a bare LF,
 * both kept as they are. A line that is neither a field ("Name:") nor a continuation is no
 * field: it is skipped and belongs to none.
 */
QList<HeaderField> splitHeaderFields(QByteArrayView block);

/** The value of @p field with the folding undone (CR and LF removed) and outer blanks trimmed. */
QByteArray unfoldedValue(QByteArrayView block, const HeaderField &field);

/** The unfolded values of every field named @p name (case-insensitive), in order. */
QList<QByteArray> headerValues(QByteArrayView block, QByteArrayView name);

/**
 * The header block of the message @p message in memory: everything up to and including the
 * empty line that ends it (CRLF or bare LF lines), or the whole message when it has no body.
 */
QByteArrayView headerBlockOf(QByteArrayView message);

/**
 * Reads the header block of the message file @p path: everything up to and including the
 * empty line that ends it, or the whole file when it has no body. A block longer than
 * @p maxBytes is cut before the first field that does not fit whole (a field is never cut in
 * two), so a message with endless headers costs at most @p maxBytes. Blocking file I/O.
 */
Result<QByteArray> readHeaderBlock(const QString &path, qsizetype maxBytes);

} // namespace Doorstep::Core
