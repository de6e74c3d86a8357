#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace Doorstep::Ui::Models {

/**
 * Greylist.ListAllowed as a table: each pattern and what kind of thing it matches (a client
 * address, network or host name, or a sender address or domain). A row's key is the pattern.
 */
class AllowListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllowListModel)

public:
    enum Column {
        PatternColumn,
        KindColumn,
        ColumnCount,
    };

    explicit AllowListModel(QObject *parent = nullptr);

    void setPatterns(const QStringList &patterns);
    const QStringList &patterns() const { return m_patterns; }

    /** "Sender" for an address or @domain, "Sending server" for the rest. */
    static QString kindLabel(const QString &pattern);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_patterns;
};

} // namespace Doorstep::Ui::Models
