#pragma once

#include "common/result.h"

#include <QObject>

namespace crema {

class Database;

// This till's local settings (the `settings` table), typed, with their defaults.
class TillSettings : public QObject {
    Q_OBJECT
public:
    explicit TillSettings(Database& db, QObject* parent = nullptr);

    // Seconds of no input before the till locks itself; 0 = never. Default 120.
    int idleLockSeconds();
    // Where receipts print: "escpos:HOST[:PORT]", "printer:NAME", "pdf:FOLDER", or "" (the default
    // printer if there is one, else PDFs in the data folder).
    QString receiptPrinter();
    int receiptWidth(); // 42 or 48

    // Kitchen: the stations this screen shows (empty = all) and the tills it follows ("HOST:PORT"),
    // from the comma-separated settings kitchen_stations and kitchen_feeds.
    QStringList kitchenStations();
    QStringList kitchenFeeds();

    Status set(const QString& key, const QString& value);
    QString value(const QString& key, const QString& fallback = {});

Q_SIGNALS:
    void changed(const QString& key);

private:
    Database& m_db;
};

} // namespace crema
