#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace crema {

class Clock;
class Database;

struct CustomerSummary {
    qint64 id = 0;
    QString uuid;
    QString name;
    QString phone;
    QString email;
    bool marketingConsent = false;
    qint64 points = 0; // the sum of the customer's loyalty ledger
};

// Normalises a phone number as typed ("+44 7700 900123", "(0131) 496-0000") to digits with an
// optional leading +. Letters or too few digits are an error naming the text.
Result<QString> normalisePhone(const QString& text);

class CustomerService : public QObject {
    Q_OBJECT
public:
    explicit CustomerService(Database& db, QObject* parent = nullptr);
    CustomerService(Database& db, const Clock& clock, QObject* parent = nullptr);

    // Customers whose name contains `text` (any case), or whose phone contains its digits; all when
    // empty. Ordered by name. limit <= 0: no limit.
    Result<QList<CustomerSummary>> search(const QString& text = {}, int limit = 0);
    // Quick-add at the till: a name, a phone number, an optional email, and whether they agreed to
    // SMS offers (recorded with its source and time). A phone number already on file is refused.
    Result<CustomerSummary> addCustomer(const QString& name, const QString& phone, const QString& email,
        bool smsConsent, const QString& source = QStringLiteral("till"));
    // The customer with this phone number (any common way of writing it); NotFound names the number.
    Result<CustomerSummary> findByPhone(const QString& phone);
    // The stable JSON contract of `cremactl customers --json`.
    static QJsonObject toJson(const QList<CustomerSummary>& customers);

Q_SIGNALS:
    void customersChanged();

private:
    Database& m_db;
    const Clock* m_clock = nullptr;
};

} // namespace crema
