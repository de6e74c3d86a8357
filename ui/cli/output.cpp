#include "ui/cli/output.h"

#include <QDBusArgument>
#include <QDBusVariant>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Doorstep::Ui::Cli {

using namespace Qt::StringLiterals;

Output::Output(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

void Output::line(const QString &text)
{
    m_out << text << '\n';
    m_out.flush();
}

void Output::text(const QString &text)
{
    m_out << text;
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        m_out << '\n';
    m_out.flush();
}

void Output::error(const QString &text)
{
    m_err << text << '\n';
    m_err.flush();
}

void Output::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    const auto print = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 < cells.size())
                text += cells[i].leftJustified(widths.value(i) + 2);
            else
                text += cells[i];
        }
        line(text);
    };
    print(headers);
    for (const QStringList &row : rows)
        print(row);
}

void Output::fields(const QList<std::pair<QString, QString>> &fields)
{
    qsizetype width = 0;
    for (const auto &[label, value] : fields)
        width = std::max(width, label.size() + 1);
    for (const auto &[label, value] : fields)
        line((label + u':').leftJustified(width + 1) + value);
}

void Output::json(const QJsonValue &value)
{
    if (value.isObject())
        m_out << QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact) << '\n';
    else if (value.isArray())
        m_out << QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact) << '\n';
    else
        m_out << QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1) << '\n';
    m_out.flush();
}

QString Output::text(const QVariant &value)
{
    if (value.userType() == qMetaTypeId<QDBusVariant>())
        return text(value.value<QDBusVariant>().variant());
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::QStringList:
        return value.toStringList().join(u',');
    case QMetaType::Double: {
        // Scores read as scores: 5.0, not 5.
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(d, 'f', 1) : QString::number(d);
    }
    default:
        return value.toString();
    }
}

QJsonValue Output::toJson(const QVariant &value)
{
    if (value.userType() == qMetaTypeId<QDBusVariant>())
        return toJson(value.value<QDBusVariant>().variant());
    if (value.userType() == qMetaTypeId<QDBusArgument>()) {
        // Containers whose element type QtDBus does not know come as QDBusArgument: walk them.
        const auto argument = value.value<QDBusArgument>();
        switch (argument.currentType()) {
        case QDBusArgument::MapType:
            return toJson(qdbus_cast<QVariantMap>(argument));
        case QDBusArgument::ArrayType: {
            QJsonArray array;
            argument.beginArray();
            while (!argument.atEnd())
                array.append(toJson(argument.asVariant()));
            argument.endArray();
            return array;
        }
        case QDBusArgument::StructureType: {
            QJsonArray array;
            argument.beginStructure();
            while (!argument.atEnd())
                array.append(toJson(argument.asVariant()));
            argument.endStructure();
            return array;
        }
        default:
            return toJson(argument.asVariant());
        }
    }
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        QJsonObject object;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.insert(it.key(), toJson(it.value()));
        return object;
    }
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(value.toStringList());
    case QMetaType::ULongLong:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Int:
        return double(value.toLongLong());
    default:
        if (value.canConvert<QVariantList>() && value.typeId() != QMetaType::QString) {
            QJsonArray array;
            for (const QVariant &item : value.value<QVariantList>())
                array.append(toJson(item));
            return array;
        }
        return QJsonValue::fromVariant(value);
    }
}

QVariantMap Output::toMap(const QVariant &value)
{
    if (value.userType() == qMetaTypeId<QDBusArgument>())
        return qdbus_cast<QVariantMap>(value.value<QDBusArgument>());
    return value.toMap();
}

} // namespace Doorstep::Ui::Cli
