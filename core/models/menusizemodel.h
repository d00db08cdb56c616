#pragma once

#include "catalog/menueditor.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace crema {

// A product's sizes as the editor holds them (saved or not), each with its theoretical cost and
// margin from core when known. Raw values: cents, basis points, the number of recipe lines; the
// delegate writes them in the store's currency and flags a size with no recipe.
class MenuSizeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Price, Cost, Margin, MarginPercent, Recipe, ColumnCount };
    enum Roles {
        UuidRole = Qt::UserRole + 1, // QString; empty for a size not saved yet
        PriceCentsRole, // qint64
        CostCentsRole, // qint64, or invalid when unknown (no recipe, an uncosted ingredient, not saved)
        MarginCentsRole, // qint64 or invalid
        MarginBpRole, // qint64 or invalid
        HasRecipeRole, // bool
        RecipeLinesRole, // int
        ActiveRole, // bool
        UncostedRole, // QStringList: ingredients with no purchase cost
    };

    explicit MenuSizeModel(QObject* parent = nullptr);

    // `costs` by size uuid; a size without an entry has its cost unknown.
    void setSizes(QList<SizeRecord> sizes, QHash<QString, SizeCost> costs);
    const QList<SizeRecord>& sizes() const { return m_sizes; }
    void setHeaders(const QStringList& titles);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SizeRecord> m_sizes;
    QHash<QString, SizeCost> m_costs;
    QStringList m_headers;
};

} // namespace crema
