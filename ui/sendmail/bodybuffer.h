#pragma once

#include <functional>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Doorstep::Ui::Sendmail {

/**
 * A message body on its way to the engine: in memory up to kMemoryLimit, beyond that in an
 * unnamed temporary file (O_TMPFILE in $TMPDIR or /tmp, gone when the program ends however it
 * ends), so that a large message costs disk, not memory. doorstep-sendmail reads the whole
 * message before it talks to the engine: a program that writes slowly (cron forwards a job's
 * output as it comes) must not hold an engine session open for as long as it runs.
 */
class BodyBuffer final
{
public:
    static constexpr qsizetype kMemoryLimit = 1 << 20;
    static constexpr qsizetype kBlockSize = 64 * 1024;

    BodyBuffer() = default;
    ~BodyBuffer();
    BodyBuffer(const BodyBuffer &) = delete;
    BodyBuffer &operator=(const BodyBuffer &) = delete;
    BodyBuffer(BodyBuffer &&other) noexcept;
    BodyBuffer &operator=(BodyBuffer &&other) noexcept;

    /** False when the temporary file cannot be written (errorString() says why). */
    bool append(QByteArrayView bytes);
    quint64 size() const { return quint64(m_memory.size()) + m_fileSize; }
    bool spilled() const { return m_fd >= 0; }
    QString errorString() const { return m_error; }

    /** Hands the bytes to @p sink in order, in blocks; stops at the first false (then false). */
    bool forEachBlock(const std::function<bool(QByteArrayView)> &sink) const;

private:
    bool spill();

    QByteArray m_memory;
    int m_fd = -1;
    quint64 m_fileSize = 0;
    QString m_error;
};

} // namespace Doorstep::Ui::Sendmail
