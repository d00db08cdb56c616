#pragma once

#include "catalog/menueditor.h"
#include "common/result.h"

#include <QAbstractTableModel>

namespace crema {

// The named tax rates with the categories that use each, for the back office. The rate is raw in
// RateBpRole (basis points); the display text is plain ("20%").
class TaxRateListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Rate, Categories, ColumnCount };
    enum Roles {
        UuidRole = Qt::UserRole + 1, // QString, any column
        RateBpRole, // qint64, Rate
    };

    explicit TaxRateListModel(MenuEditor& editor, QObject* parent = nullptr);

    crema::Status reload();
    const TaxRateRecord* rate(int row) const;
    int rowOf(const QString& uuid) const;
    // Every category (active or not) in menu order, as the last reload read them.
    const QList<CategoryRecord>& categories() const { return m_categories; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    MenuEditor& m_editor;
    QList<TaxRateRecord> m_rates;
    QList<CategoryRecord> m_categories;
};

// "20%", "5.5%", "12.25%": basis points written as a percentage with no trailing zeros.
QString percentText(qint64 basisPoints);

} // namespace crema
