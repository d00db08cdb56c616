#pragma once

#include "common/result.h"
#include "menu.h"

#include <QObject>

namespace crema {

class Database;

// Reads the menu. Whoever shows or caches it reloads on CatalogChanged from the database's ChangeHub.
class CatalogService : public QObject {
    Q_OBJECT
public:
    explicit CatalogService(Database& db, QObject* parent = nullptr);

    // The active menu with sizes, recipes, modifier groups and modifier recipes, in a handful of
    // queries whatever its size.
    Result<Menu> loadMenu();

private:
    Database& m_db;
};

} // namespace crema
