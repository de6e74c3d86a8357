#pragma once

#include <memory>

#include <QObject>

#include "engine/core/result.h"
#include "engine/policy/directory.h"

namespace Doorstep::Store {
class Store;
}

namespace Doorstep::Policy {

/**
 * Holds the current Directory snapshot and replaces it after a change: reload() is cheap to
 * call often (bursts collapse into one store read, and a reload asked for while one runs
 * runs again after it, so the last change is always seen).
 */
class DirectoryCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryCache)

public:
    explicit DirectoryCache(Store::Store &store, QObject *parent = nullptr);

    /** Loads the first snapshot (at start; blocks on the store thread). */
    Core::Result<void> load();
    /** Reads the store again (asynchronously). */
    void reload();

    std::shared_ptr<const Directory> current() const { return m_current; }

Q_SIGNALS:
    void reloaded();

private:
    Store::Store &m_store;
    std::shared_ptr<const Directory> m_current = std::make_shared<Directory>();
    bool m_loading = false;
    bool m_again = false;
};

} // namespace Doorstep::Policy
