#include "engine/policy/directorycache.h"

#include "engine/policy/log.h"
#include "engine/store/store.h"

namespace Doorstep::Policy {

using Core::Result;

DirectoryCache::DirectoryCache(Store::Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

Result<void> DirectoryCache::load()
{
    auto directory = m_store.runSync([](Store::Database &db) { return Directory::load(db); });
    if (!directory)
        return directory.error();
    m_current = std::make_shared<const Directory>(std::move(directory).value());
    return {};
}

void DirectoryCache::reload()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    m_store.run(
        this, [](Store::Database &db) { return Directory::load(db); },
        [this](Result<Directory> directory) {
            m_loading = false;
            if (directory) {
                m_current = std::make_shared<const Directory>(std::move(directory).value());
                Q_EMIT reloaded();
            } else {
                qCWarning(lcPolicy).noquote() << "cannot reload the directory, keeping the old one:" << directory.error().message;
            }
            if (std::exchange(m_again, false))
                reload();
        });
}

} // namespace Doorstep::Policy
