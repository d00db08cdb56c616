#pragma once

#include "common/result.h"
#include "staff/permissions.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

namespace crema {

class Clock;
class Database;
struct StaffMember;

// What a setting holds, and so how its text is checked.
enum class SettingType {
    Integer, // whole number within [minimum, maximum] (plus `zeroMeans` when set)
    PrinterTarget, // "", escpos:HOST[:PORT], printer:NAME or pdf:FOLDER
    Endpoint, // "" or HOST:PORT to listen on (port 0: any free port)
    EndpointList, // comma-separated HOST:PORT
    NameList, // comma-separated names, each a clean name
    Secret, // "" or at least kMinSecretLength characters; never printed
    Text, // free text of at most `maximum` characters per line and `maxLines` lines ("\n" between)
    Choice, // one of `choices`, compared ignoring case and spaces, stored as written there
};

// One row of the table of every setting this till knows.
struct SettingDefinition {
    QString key;
    SettingType type = SettingType::Integer;
    QString defaultValue; // as stored text
    qint64 minimum = 0; // Integer only
    qint64 maximum = 0;
    QString zeroMeans; // Integer only: 0 is allowed outside the range and means this ("never")
    int maxLines = 0; // Text only: at most this many lines
    QStringList choices; // Choice only: the values allowed, in the order they are offered
    QString unit; // "seconds", "basis points", ... for messages
    QString description; // one line, for listings and --help
    Permission permission = Permission::ManageSettings; // who may change or reset it (the owner)

    // "0 (never) or 15 to 28800 seconds", "HOST:PORT", ... for messages and listings.
    QString allowed() const;
};

// A setting as it stands: the value in effect and where it comes from.
struct SettingState {
    SettingDefinition definition;
    QString value; // in effect (the stored value when valid, else the default)
    bool isDefault = true; // no valid stored value: the default is in effect
    QString ignored; // a stored value that is not valid (from an older Crema or a hand edit), else empty

    // The value as it may be printed: a secret shows only whether it is set.
    QString shown() const;
};

// This till's settings (the `settings` table): the one table of every setting with its type, default,
// allowed values, description and who may change it; typed getters giving the value in effect; and the
// one writer of the table after setup. Values are checked here, so cremactl, the screens and the
// services read the same typed value and an invalid one is never stored. A stored value that is not
// valid (written by an older Crema, which checked less) is ignored in favour of the default and shown
// as ignored by list().
class TillSettings : public QObject {
    Q_OBJECT
public:
    explicit TillSettings(Database& db, QObject* parent = nullptr);
    TillSettings(Database& db, const Clock& clock, QObject* parent = nullptr);

    static const QList<SettingDefinition>& definitions();
    static const SettingDefinition* definition(const QString& key);

    // The largest order discount a cashier may give alone, in basis points (1000 = 10 %). 0 to 10000.
    qint64 cashierDiscountLimitBp();
    // Loyalty points per 1.00 of net amount paid. 0 to 1000.
    qint64 loyaltyPointsPerUnit();
    // Seconds of no input before the till locks itself; 0 = never, else 15 to 28800. Default 120.
    int idleLockSeconds();
    // Where receipts print: "escpos:HOST[:PORT]", "printer:NAME", "pdf:FOLDER", or "" (the default
    // printer if there is one, else PDFs in the data folder).
    QString receiptPrinter();
    // Characters per receipt line: 32 to 64 (32 for 58 mm paper, 42 or 48 for 80 mm). Default 42.
    int receiptWidth();
    // Lines printed under the store's name and at the foot of every receipt (each at most 64
    // characters, at most 4 lines; empty: none, and the foot says "Thank you!").
    QStringList receiptHeader();
    QStringList receiptFooter();
    // Kitchen: where this till serves kitchen screens ("" = not at all), the store secret ("" = none),
    // the tills this screen follows and the stations it shows (empty = all).
    QString kitchenListen();
    QString kitchenSecret();
    QStringList kitchenFeeds();
    QStringList kitchenStations();
    // The language of this till's screens: "en", "fr", "tr", "ru" or "kk". Default "en".
    QString language();

    // The value in effect of any known setting as text (prefer the typed getters).
    QString value(const QString& key);

    // Every setting in the order of definitions(), with its value in effect.
    Result<QList<SettingState>> list();
    Result<SettingState> state(const QString& key);

    // Checks the actor's permission and the value, stores the normalised value and writes the audit log
    // in one unit of work, which publishes SettingChanged with the key on the database's ChangeHub
    // (also for reset). An invalid value is refused with InvalidInput naming the key, the value and
    // what is allowed; an unknown key is refused naming the known ones.
    Result<SettingState> set(const StaffMember& actor, const QString& key, const QString& text);
    // Back to the default (the stored value is removed).
    Result<SettingState> reset(const StaffMember& actor, const QString& key);

    // The stable JSON contract of `cremactl settings --json`:
    // {"settings":[{"key","value","default","default_value","allowed","description","ignored"}]}
    // ("value" of a secret is "(set)" or ""; "ignored" is null unless a stored value is ignored).
    static QJsonObject toJson(const QList<SettingState>& settings);

    // The normalised text to store for `text`, or InvalidInput naming the key, the value and what is allowed.
    static Result<QString> validate(const SettingDefinition& definition, const QString& text);

private:
    Result<const SettingDefinition*> known(const QString& key) const;
    Result<SettingState> read(const SettingDefinition& definition);
    Status write(const StaffMember& actor, const SettingDefinition& definition, const QString* value);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace crema
