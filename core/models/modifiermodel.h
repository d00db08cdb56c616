#pragma once

#include "catalog/menueditor.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace crema {

// One modifier group's modifiers as the editor holds them, with their price deltas (cents, for the
// delegate) and recipe effects, summarised with ingredient names and core's plain quantities:
// "+30 ml Vanilla syrup", "−Whipped cream", "Whole milk → Oat milk".
class ModifierModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, PriceDelta, Effect, ColumnCount };
    enum Roles {
        UuidRole = Qt::UserRole + 1, // QString; empty when not saved yet
        PriceDeltaCentsRole, // qint64
        ActiveRole, // bool
        EffectCountRole, // int
    };

    explicit ModifierModel(QObject* parent = nullptr);

    void setIngredients(const QList<IngredientRef>& ingredients);
    void setModifiers(QList<ModifierRecord> modifiers);
    const QList<ModifierRecord>& modifiers() const { return m_modifiers; }
    void setHeaders(const QStringList& titles);
    QString effectText(const ModifierEffectRecord& effect) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ModifierRecord> m_modifiers;
    QHash<QString, IngredientRef> m_ingredients;
    QStringList m_headers;
};

} // namespace crema
