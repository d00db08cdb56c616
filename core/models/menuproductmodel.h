#pragma once

#include "catalog/menueditor.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <vector>

namespace crema {

// The menu editor's product list: one category's products in grid order, or, while a filter is
// typed, every product of the menu whose name, SKU or barcode contains it (20,000 products filter
// in well under a keystroke: the searchable text is folded once, in setMenu). Inactive products are
// listed (ActiveRole false) unless hidden. Raw values in roles; delegates format the price.
class MenuProductModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Category, Sku, Price, ColumnCount };
    enum Roles {
        UuidRole = Qt::UserRole + 1, // QString
        ActiveRole, // bool
        SoldOutRole, // bool: 86'd for today
        CategoryUuidRole, // QString
        PriceCentsRole, // qint64: the cheapest active size (0 with none)
        SizeCountRole, // int: active sizes
        MissingRecipeRole, // bool: an active size has no recipe
    };

    explicit MenuProductModel(QObject* parent = nullptr);

    // Keeps the category, filter and inactive toggle.
    void setMenu(const EditableMenu& menu);
    // One product saved: replaced in place (or added last), without re-reading the whole menu.
    void upsertProduct(const ProductRecord& product, const QString& categoryName, bool soldOut);
    void setCategory(const QString& categoryUuid); // empty: every category
    void setFilter(const QString& text); // empty: the category's products
    void setShowInactive(bool show);
    // Column titles, translated by the screen.
    void setHeaders(const QStringList& titles);
    QString categoryUuid() const { return m_category; }
    QString filter() const { return m_filter; }
    bool showsInactive() const { return m_showInactive; }

    QString uuidAt(int row) const;
    int rowOf(const QString& uuid) const; // -1 when not listed
    int productCount() const { return static_cast<int>(m_entries.size()); } // listed or not

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        QString uuid, name, category, categoryUuid, sku;
        QString folded; // name, sku and barcodes, case-folded, separated by \n
        qint64 priceCents = 0;
        int sizes = 0;
        bool active = true, soldOut = false, missingRecipe = false;
    };
    void refilter();
    static Entry entryOf(const ProductRecord& p, const QString& categoryName, bool soldOut);

    std::vector<Entry> m_entries;
    std::vector<int> m_rows; // indexes into m_entries, as listed
    QString m_category;
    QString m_filter;
    QString m_needle; // m_filter trimmed and folded
    bool m_showInactive = true;
    QStringList m_headers;
};

} // namespace crema
