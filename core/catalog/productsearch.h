#pragma once

#include "menu.h"

#include <QHash>
#include <QList>
#include <QString>

namespace crema {

// Type-ahead search over a menu: a scanned barcode or typed SKU finds its product at once; text
// finds names that start with it, then names with a word that starts with it, then names that
// contain it anywhere (case and accents ignored). Built once per menu; a search allocates nothing
// proportional to the menu beyond its result.
class ProductSearch {
public:
    ProductSearch() = default;
    explicit ProductSearch(const Menu& menu);

    // Product ids, best matches first, at most `limit`.
    QList<qint64> search(const QString& text, int limit = 50) const;
    // The product with exactly this barcode or SKU, or 0.
    qint64 byCode(const QString& code) const;

private:
    struct Entry {
        qint64 id;
        QString folded; // lower case, accents removed
    };
    static QString fold(const QString& s);
    QList<Entry> m_entries;
    QHash<QString, qint64> m_codes;
};

} // namespace crema
