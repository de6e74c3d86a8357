#pragma once

#include <QString>
#include <QStringList>

namespace Doorstep::Ui::Sendmail {

/**
 * The addresses of an RFC 5322 address list, as a To: field or a sendmail argument writes
 * them: "Ann <ann@example.org>, bob@example.org (Bob), Team: cy@example.org;". Display
 * names, comments and group names are dropped; quoted local parts keep their quotes; an
 * obsolete source route (<@a,@b:x@y>) is dropped. A word without "@" (root) is kept as it is:
 * the engine resolves bare local names. Empty members ("a,,b", "undisclosed-recipients:;")
 * give nothing.
 */
QStringList parseAddressList(const QString &text);

} // namespace Doorstep::Ui::Sendmail
