#pragma once

#include "catalog/menueditor.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace crema {

// One size's recipe as the editor holds it: ingredient and quantity in base units. The quantity's
// display text is core's plain form ("1.5 kg", "250 ml"); the raw base units are in QuantityRole.
class RecipeLineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Ingredient, Quantity, ColumnCount };
    enum Roles {
        IngredientUuidRole = Qt::UserRole + 1, // QString
        QuantityRole, // qint64 base units
        UnitRole, // QString "g" | "ml" | "pc"
    };

    explicit RecipeLineModel(QObject* parent = nullptr);

    void setIngredients(const QList<IngredientRef>& ingredients);
    void setLines(QList<RecipeLineRecord> lines);
    const QList<RecipeLineRecord>& lines() const { return m_lines; }
    void setHeaders(const QStringList& titles);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RecipeLineRecord> m_lines;
    QHash<QString, IngredientRef> m_ingredients;
    QStringList m_headers;
};

} // namespace crema
