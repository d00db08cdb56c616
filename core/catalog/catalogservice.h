#pragma once

#include "common/result.h"
#include "menu.h"
#include "store/site.h"

#include <QMutex>
#include <QObject>

#include <optional>

namespace crema {

class Clock;
class Database;

// Reads the menu. Whoever shows or caches it reloads on CatalogChanged from the database's ChangeHub.
class CatalogService : public QObject {
    Q_OBJECT
public:
    // Sold-out marks are read for the file's own store and its business day by the real clock.
    explicit CatalogService(Database& db, QObject* parent = nullptr);
    // Sold-out marks are read for `site`'s store and its business day by `clock` (which must outlive this).
    CatalogService(Database& db, const Clock& clock, Site site, QObject* parent = nullptr);

    // The active menu with sizes, recipes, modifier groups and modifier recipes, in a handful of
    // queries whatever its size. Inactive categories, products, sizes, groups and modifiers are left
    // out; each product carries all its barcodes and whether it is sold out in the store today.
    Result<Menu> loadMenu();
    // The store's details as edited meanwhile (its time zone decides "today" for sold-out marks).
    // Safe while another thread loads the menu (the forecast reads it on a worker).
    void setSite(Site site);

private:
    Database& m_db;
    const Clock* m_clock = nullptr; // null: the real one
    mutable QMutex m_siteLock; // setSite runs on the GUI thread while a worker may be in loadMenu
    std::optional<Site> m_site; // read from the file on first load when not given
};

} // namespace crema
