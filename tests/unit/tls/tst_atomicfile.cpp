#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "engine/tls/atomicfile.h"
#include "tests/support/filemode.h"
#include "tests/unit/tls/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Tls::AtomicFile;

using Doorstep::Tests::fileMode;

namespace {

QString octal(mode_t mode)
{
    return u"0%1"_s.arg(uint(mode), 0, 8);
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

} // namespace

void TestAtomicFile::writeSetsMode_data()
{
    QTest::addColumn<uint>("mode");
    QTest::newRow("secret 0600") << 0600u;
    QTest::newRow("public 0644") << 0644u;
}

void TestAtomicFile::writeSetsMode()
{
    QFETCH(uint, mode);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"key.pem"_s);
    const auto written = AtomicFile::write(path, "secret\n", mode_t(mode));
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QCOMPARE(contentsOf(path), QByteArray("secret\n"));
    QVERIFY2(fileMode(path) == mode, qPrintable(u"got %1, want %2"_s.arg(octal(fileMode(path)), octal(mode_t(mode)))));
}

void TestAtomicFile::keyModeIgnoresPermissiveUmask()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const mode_t previous = ::umask(0);
    const QString path = directory.filePath(u"key.pem"_s);
    const auto written = AtomicFile::write(path, "secret\n", 0600);
    ::umask(previous);
    QVERIFY(written.ok());
    QVERIFY2(fileMode(path) == 0600, qPrintable(u"got %1, want 0600"_s.arg(octal(fileMode(path)))));
}

void TestAtomicFile::replaceLeavesNoTemporaryFiles()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"cert.pem"_s);
    QVERIFY(AtomicFile::write(path, "first", 0644).ok());
    QVERIFY(AtomicFile::write(path, "second, longer", 0644).ok());
    QCOMPARE(contentsOf(path), QByteArray("second, longer"));
    const QStringList entries = QDir(directory.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(entries, QStringList{u"cert.pem"_s});
}

void TestAtomicFile::failureNamesThePath()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"missing/cert.pem"_s);
    const auto written = AtomicFile::write(path, "x", 0644);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
    QCOMPARE(written.error().code, Doorstep::Core::ErrorCode::Failed);
}

void TestAtomicFile::readRefusesLargeFiles()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"big.pem"_s);
    QVERIFY(AtomicFile::write(path, QByteArray(AtomicFile::MaxReadSize + 1, 'x'), 0644).ok());
    const auto read = AtomicFile::read(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(u"larger than"_s), qPrintable(read.error().message));

    QVERIFY(AtomicFile::write(path, QByteArray(AtomicFile::MaxReadSize, 'x'), 0644).ok());
    QCOMPARE(AtomicFile::read(path).value().size(), AtomicFile::MaxReadSize);
}

void TestAtomicFile::removeOfAbsentFileSucceeds()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QVERIFY(AtomicFile::remove(directory.filePath(u"absent"_s)).ok());
    QVERIFY(AtomicFile::isTemporaryName(u".key.pem.tmp-AbC123"_s));
    QVERIFY(!AtomicFile::isTemporaryName(u"key.pem"_s));
}
