#pragma once

#include <QVariant>
#include <QVariantMap>

namespace Doorstep::DBus {

/**
 * A value that arrived in a variant, as the settings registry checks it. A list arrives as a
 * QDBusArgument when its element type is not known up front ("av" or "as" inside a variant):
 * "as" becomes a QStringList; any other such argument becomes its signature, which the
 * registry then refuses with a sentence. Everything else stays as it is.
 */
QVariant fromDBus(const QVariant &value);
/** fromDBus() for every value of an a{sv}. */
QVariantMap fromDBus(const QVariantMap &values);

} // namespace Doorstep::DBus
