#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace crema {

// The store and till this database file belongs to.
struct Site {
    qint64 storeId = 0;
    QString storeUuid;
    QString storeName;
    QString currency; // ISO 4217
    bool pricesIncludeTax = true;
    QString timeZone; // IANA
    QString address; // as printed on receipts, lines separated by \n
    QString locale = QStringLiteral("en_GB"); // how money, numbers and dates are written here (QLocale name)
    qint64 terminalId = 0;
    QString terminalUuid;
    QString terminalName;
};

// Reads the site recorded in the file's settings at init time.
Result<Site> loadSite(const QSqlDatabase& db);

} // namespace crema
