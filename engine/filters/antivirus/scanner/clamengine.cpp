#include "engine/filters/antivirus/scanner/clamengine.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <clamav.h>

namespace Doorstep::Filters::Antivirus {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

QString clamError(cl_error_t error)
{
    return QString::fromLocal8Bit(cl_strerror(error));
}

/** cl_init once per process. */
Result<void> initialise()
{
    static const cl_error_t initialised = cl_init(CL_INIT_DEFAULT);
    if (initialised != CL_SUCCESS)
        return Error::failed(u"libclamav cannot start: %1."_s.arg(clamError(initialised)));
    return {};
}

bool isDatabaseFile(const QFileInfo &file)
{
    // ClamAV's own extensions (see sigtool --help); freshclam's temporary files are not.
    static const QStringList suffixes{u"cvd"_s, u"cld"_s, u"cud"_s, u"hdb"_s, u"hsb"_s, u"mdb"_s, u"msb"_s, u"ndb"_s, u"ndu"_s,
                                      u"ldb"_s, u"ldu"_s, u"db"_s,  u"fp"_s,  u"sfp"_s, u"ign"_s, u"ign2"_s, u"cdb"_s, u"idb"_s,
                                      u"cbc"_s, u"pdb"_s, u"gdb"_s, u"wdb"_s, u"ftm"_s, u"cfg"_s, u"crb"_s, u"yar"_s, u"yara"_s,
                                      u"pwdb"_s, u"imp"_s};
    return file.isFile() && suffixes.contains(file.suffix().toLower());
}

} // namespace

ClamEngine::ClamEngine(cl_engine *engine)
    : m_engine(engine)
{
}

ClamEngine::~ClamEngine()
{
    if (m_engine)
        cl_engine_free(m_engine);
}

Result<std::unique_ptr<ClamEngine>> ClamEngine::load(const QString &directory, const ScanLimits &limits)
{
    if (auto started = initialise(); !started)
        return started.error();
    const QDir dir(directory);
    if (!dir.exists())
        return Error::notFound(u"The database directory '%1' does not exist."_s.arg(directory));
    quint64 newestFile = 0;
    quint64 officialTime = 0;
    quint64 dailyVersion = 0;
    int files = 0;
    for (const QFileInfo &file : dir.entryInfoList(QDir::Files)) {
        if (!isDatabaseFile(file))
            continue;
        ++files;
        newestFile = std::max(newestFile, quint64(file.lastModified().toSecsSinceEpoch()));
        const QString suffix = file.suffix().toLower();
        if (suffix != u"cvd"_s && suffix != u"cld"_s)
            continue;
        if (cl_cvd *head = cl_cvdhead(QFile::encodeName(file.filePath()).constData())) {
            officialTime = std::max(officialTime, quint64(head->stime));
            if (file.completeBaseName() == u"daily"_s)
                dailyVersion = head->version;
            cl_cvdfree(head);
        }
    }
    if (files == 0)
        return Error::notFound(u"There is no ClamAV database in '%1' (run freshclam, or put signature files there)."_s.arg(directory));

    std::unique_ptr<ClamEngine> engine(new ClamEngine(cl_engine_new()));
    if (!engine->m_engine)
        return Error::failed(u"libclamav cannot make an engine (out of memory?)."_s);
    unsigned int signatures = 0;
    const cl_error_t loaded = cl_load(QFile::encodeName(directory).constData(), engine->m_engine, &signatures, CL_DB_STDOPT);
    if (loaded != CL_SUCCESS)
        return Error::failed(u"Cannot load the ClamAV database in '%1': %2."_s.arg(directory, clamError(loaded)));
    if (signatures == 0)
        return Error::notFound(u"The ClamAV database in '%1' has no signatures."_s.arg(directory));
    cl_engine_set_num(engine->m_engine, CL_ENGINE_MAX_SCANSIZE, static_cast<long long>(limits.maxScanSize));
    cl_engine_set_num(engine->m_engine, CL_ENGINE_MAX_FILESIZE, static_cast<long long>(limits.maxFileSize));
    cl_engine_set_num(engine->m_engine, CL_ENGINE_MAX_SCANTIME, static_cast<long long>(limits.maxScanTimeMs));
    if (const cl_error_t compiled = cl_engine_compile(engine->m_engine); compiled != CL_SUCCESS)
        return Error::failed(u"Cannot compile the ClamAV database in '%1': %2."_s.arg(directory, clamError(compiled)));
    engine->m_signatures = signatures;
    engine->m_databaseTime = officialTime != 0 ? officialTime : newestFile;
    engine->m_databaseVersion = dailyVersion;
    return engine;
}

Result<ScanOutcome> ClamEngine::scanFile(const QString &path) const
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error::failed(u"Cannot open '%1': %2."_s.arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    cl_scan_options options{};
    options.general = 0;
    options.parse = ~0u; // mail (MIME attachments), archives, documents, executables: everything
    options.heuristic = 0;
    options.mail = 0;
    options.dev = 0;
    const char *virus = nullptr;
    unsigned long scanned = 0;
    const cl_error_t result = cl_scandesc(fd, nullptr, &virus, &scanned, m_engine, &options);
    ::close(fd);
    if (result == CL_VIRUS)
        return ScanOutcome{true, QString::fromUtf8(virus ? virus : "unnamed")};
    if (result == CL_CLEAN)
        return ScanOutcome{};
    // A time or size limit hit, a parser error: never "clean" (the engine tempfails).
    return Error::failed(u"Cannot scan '%1': %2."_s.arg(path, clamError(result)));
}

} // namespace Doorstep::Filters::Antivirus
