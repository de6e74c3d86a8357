#pragma once

#include <memory>

#include <QString>

#include "engine/core/result.h"

struct cl_engine;

namespace Doorstep::Filters::Antivirus {

/** What a scan found. */
struct ScanOutcome
{
    bool infected = false;
    QString signature; // when infected
};

/** Limits of one scan (ClamAV's MaxScanSize, MaxFileSize and MaxScanTime). */
struct ScanLimits
{
    quint64 maxScanSize = 100 * 1024 * 1024;
    quint64 maxFileSize = 100 * 1024 * 1024;
    quint32 maxScanTimeMs = 120000;
};

/**
 * libclamav's engine with a loaded, compiled signature database. Only doorstep-scan links
 * libclamav: a full database takes over a gigabyte, and a crash in it costs one scan there,
 * never the mail server. Scanning is thread-safe once loaded (clamd scans in many threads).
 */
class ClamEngine final
{
    Q_DISABLE_COPY_MOVE(ClamEngine)

public:
    /** Loads every database file in @p directory; no signatures at all is an error too. */
    static Core::Result<std::unique_ptr<ClamEngine>> load(const QString &directory, const ScanLimits &limits);
    ~ClamEngine();

    quint64 signatures() const { return m_signatures; }
    /** Build time of the newest official database (.cvd/.cld), else the newest file's mtime; seconds. */
    quint64 databaseTime() const { return m_databaseTime; }
    /** Version of daily.cvd/.cld, 0 for a database without one (a test's .hdb). */
    quint64 databaseVersion() const { return m_databaseVersion; }

    /** Scans the file at @p path with mail and archive parsing on. */
    Core::Result<ScanOutcome> scanFile(const QString &path) const;

private:
    explicit ClamEngine(cl_engine *engine);

    cl_engine *m_engine = nullptr;
    quint64 m_signatures = 0;
    quint64 m_databaseTime = 0;
    quint64 m_databaseVersion = 0;
};

} // namespace Doorstep::Filters::Antivirus
