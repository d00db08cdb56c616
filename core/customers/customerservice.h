#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace crema {

class Clock;
class UnitOfWork;
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

    // Core-private, for HQ's change log (HqApply), inside its unit of work. customer.created and
    // customer.updated bring the customer in line with HQ (added when new here; a phone another
    // customer here holds is left to the merge that follows at HQ); customer.merged makes the one
    // customer into the other: the points move over (two entries, "merged"), the phone goes to the
    // one kept, and the merged one is no longer found at the till. True when something was written.
    static Result<bool> adoptFromHq(
        UnitOfWork& work, const Clock& clock, const QString& event, const QJsonObject& payload, const QString& where);
    // The row of a customer HQ names, following merges; one not here yet (rung before this till
    // joined) is added under a placeholder name until their details come down.
    static Result<qint64> idForHq(UnitOfWork& work, const QString& uuid, const QString& at);

Q_SIGNALS:
    void customersChanged();

private:
    Database& m_db;
    const Clock* m_clock = nullptr;
};

} // namespace crema
