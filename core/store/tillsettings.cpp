#include "tillsettings.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/text.h"
#include "kitchen/kitchenprotocol.h"
#include "receipts/escposprinter.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"
#include "store/site.h"

#include <QJsonArray>
#include <QJsonObject>

namespace crema {

namespace {

const Clock& systemClock()
{
    static const Clock clock;
    return clock;
}

SettingDefinition integer(
    const char* key, qint64 def, qint64 min, qint64 max, const char* unit, const char* what, const char* zeroMeans = "")
{
    SettingDefinition d;
    d.key = QString::fromLatin1(key);
    d.type = SettingType::Integer;
    d.defaultValue = QString::number(def);
    d.minimum = min;
    d.maximum = max;
    d.zeroMeans = QString::fromUtf8(zeroMeans);
    d.unit = QString::fromUtf8(unit);
    d.description = QString::fromUtf8(what);
    return d;
}

SettingDefinition textual(const char* key, SettingType type, const char* what)
{
    SettingDefinition d;
    d.key = QString::fromLatin1(key);
    d.type = type;
    d.defaultValue = QStringLiteral("");
    d.description = QString::fromUtf8(what);
    return d;
}

SettingDefinition freeText(const char* key, qint64 maxChars, int maxLines, const char* what)
{
    SettingDefinition d = textual(key, SettingType::Text, what);
    d.maximum = maxChars;
    d.maxLines = maxLines;
    return d;
}

QStringList textLines(const QString& text)
{
    return text.isEmpty() ? QStringList {} : text.split(QLatin1Char('\n'));
}

SettingDefinition choice(const char* key, const char* def, const QStringList& choices, const char* what)
{
    SettingDefinition d;
    d.key = QString::fromLatin1(key);
    d.type = SettingType::Choice;
    d.defaultValue = QString::fromLatin1(def);
    d.choices = choices;
    d.description = QString::fromUtf8(what);
    return d;
}

QStringList commaList(const QString& text)
{
    QStringList items;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            items.append(part.trimmed());
    }
    return items;
}

// A value as it may appear in a message: short, and never a secret.
QString quoted(const SettingDefinition& d, const QString& text)
{
    if (d.type == SettingType::Secret)
        return QStringLiteral("(%1 characters)").arg(text.size());
    const QString oneLine = QString(text).replace(QLatin1Char('\n'), QStringLiteral(" / "));
    return QLatin1Char('\'') + (oneLine.size() > 60 ? oneLine.left(57) + QStringLiteral("...") : oneLine)
        + QLatin1Char('\'');
}

} // namespace

QString SettingDefinition::allowed() const
{
    switch (type) {
    case SettingType::Integer: {
        QString range = QStringLiteral("%1 to %2").arg(minimum).arg(maximum);
        if (!unit.isEmpty())
            range += QLatin1Char(' ') + unit;
        return zeroMeans.isEmpty() ? range : QStringLiteral("0 (%1) or %2").arg(zeroMeans, range);
    }
    case SettingType::PrinterTarget:
        return QStringLiteral("escpos:HOST[:PORT], printer:NAME, pdf:FOLDER, or empty for the default printer");
    case SettingType::Endpoint:
        return QStringLiteral("ADDRESS:PORT such as *:8765, or empty for none");
    case SettingType::EndpointList:
        return QStringLiteral("HOST:PORT, comma-separated, or empty for none");
    case SettingType::NameList:
        return QStringLiteral("names of up to %1 characters, comma-separated, or empty for all")
            .arg(text::kNameMaxChars);
    case SettingType::Secret:
        return QStringLiteral("at least %1 characters, or empty for none").arg(kitchenwire::kMinSecretLength);
    case SettingType::Text:
        return QStringLiteral("text of up to %1 lines of at most %2 characters each, or empty for none")
            .arg(maxLines)
            .arg(maximum);
    case SettingType::Choice:
        return QStringLiteral("one of %1").arg(choices.join(QLatin1String(", ")));
    }
    return {};
}

QString SettingState::shown() const
{
    if (definition.type == SettingType::Secret)
        return value.isEmpty() ? QString() : QStringLiteral("(set)");
    return value;
}

const QList<SettingDefinition>& TillSettings::definitions()
{
    static const QList<SettingDefinition> all = [] {
        QList<SettingDefinition> d;
        d << integer("cashier_discount_limit_bp", 1000, 0, 10000, "basis points",
            "the largest order discount a cashier may give without a manager's PIN (1000 = 10 %)");
        d << integer("loyalty_points_per_unit", 10, 0, 1000, "points",
            "loyalty points per 1.00 of net amount paid (after discounts, before tax; 0 = none)");
        d << integer("idle_lock_seconds", 120, 15, 8 * 60 * 60, "seconds",
            "seconds without input before the till locks itself", "never");
        d << textual("receipt_printer", SettingType::PrinterTarget,
            "where receipts print: an ESC/POS printer on the network, a system printer or a folder of PDFs");
        d << integer("receipt_width", 42, 32, 64, "characters",
            "characters per receipt line (32 for 58 mm paper, 42 or 48 for 80 mm)");
        d << freeText("receipt_header", 64, 4, "lines printed under the store's name on every receipt");
        d << freeText("receipt_footer", 64, 4, "lines printed at the foot of every receipt (empty: \"Thank you!\")");
        d << textual("kitchen_listen", SettingType::Endpoint, "the address this till serves kitchen screens on");
        d << textual("kitchen_secret", SettingType::Secret, "the store secret shared by tills and kitchen screens");
        d << textual("kitchen_feeds", SettingType::EndpointList, "the tills this kitchen screen follows");
        d << textual("kitchen_stations", SettingType::NameList, "the stations this kitchen screen shows");
        // The codes of the translations under resources/translations; the PIN pad offers the same list.
        d << choice("language", "en",
            {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("tr"), QStringLiteral("ru"),
                QStringLiteral("kk")},
            "the language of this till's screens (a cashier may switch it at the PIN pad until the till locks)");
        return d;
    }();
    return all;
}

const SettingDefinition* TillSettings::definition(const QString& key)
{
    for (const SettingDefinition& d : definitions()) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

Result<QString> TillSettings::validate(const SettingDefinition& d, const QString& input)
{
    const auto refuse = [&](const QString& why) {
        return fail(Error::Code::InvalidInput,
            QStringLiteral("setting %1: %2 %3; expected %4").arg(d.key, quoted(d, input), why, d.allowed()));
    };
    const QString field = QStringLiteral("setting %1").arg(d.key);
    if (d.type == SettingType::Secret) {
        if (input.isEmpty())
            return QStringLiteral("");
        // Kept exactly as typed (trimming would change the secret), but as clean as any other text.
        auto cleaned = text::clean(field, input, text::kNoteMaxChars, text::Presence::Optional);
        if (!cleaned)
            return cleaned.error();
        if (*cleaned != input)
            return refuse(QStringLiteral("begins or ends with a space"));
        if (!kitchenwire::checkSecret(input).ok())
            return refuse(QStringLiteral("is too short"));
        return input;
    }
    if (d.type == SettingType::Text) {
        // Each line checked as any typed text is (no control characters), trimmed; blank lines at
        // either end dropped, blank lines between kept (a gap on paper). Windows line ends accepted.
        QStringList lines
            = QString(input).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            auto line = text::clean(
                QStringLiteral("%1 line %2").arg(field).arg(i + 1), lines[i], d.maximum, text::Presence::Optional);
            if (!line)
                return line.error();
            lines[i] = *line;
        }
        while (!lines.isEmpty() && lines.first().isEmpty())
            lines.removeFirst();
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        if (lines.size() > d.maxLines)
            return refuse(QStringLiteral("has %1 lines").arg(lines.size()));
        return lines.join(QLatin1Char('\n'));
    }
    auto cleaned = text::clean(field, input, text::kNoteMaxChars, text::Presence::Optional);
    if (!cleaned)
        return cleaned.error();
    const QString value = *cleaned;
    switch (d.type) {
    case SettingType::Integer: {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok)
            return refuse(QStringLiteral("is not a whole number"));
        if (n == 0 && !d.zeroMeans.isEmpty())
            return QStringLiteral("0");
        if (n < d.minimum || n > d.maximum)
            return refuse(QStringLiteral("is out of range"));
        return QString::number(n);
    }
    case SettingType::PrinterTarget: {
        if (value.isEmpty())
            return value;
        if (value.startsWith(QLatin1String("escpos:"))) {
            if (!EscPosPrinter::parseAddress(value.mid(7)).ok())
                return refuse(QStringLiteral("is not a printer address"));
            return value;
        }
        for (const char* prefix : {"printer:", "pdf:"}) {
            if (value.startsWith(QLatin1String(prefix))) {
                if (value.mid(static_cast<qsizetype>(qstrlen(prefix))).trimmed().isEmpty())
                    return refuse(QStringLiteral("names nothing after '%1'").arg(QLatin1String(prefix)));
                return value;
            }
        }
        return refuse(QStringLiteral("is not a receipt printer"));
    }
    case SettingType::Endpoint:
        if (!value.isEmpty() && !kitchenwire::parseEndpoint(value, true).ok())
            return refuse(QStringLiteral("is not an address and port"));
        return value;
    case SettingType::EndpointList: {
        const QStringList items = commaList(value);
        for (const QString& item : items) {
            if (!kitchenwire::parseEndpoint(item).ok())
                return refuse(QStringLiteral("has '%1', which is not a host and port").arg(item));
        }
        return items.join(QLatin1Char(','));
    }
    case SettingType::NameList: {
        const QStringList items = commaList(value);
        for (const QString& item : items)
            CREMA_TRY(text::cleanName(field, item));
        return items.join(QLatin1Char(','));
    }
    case SettingType::Choice:
        for (const QString& c : d.choices) {
            if (value.compare(c, Qt::CaseInsensitive) == 0)
                return c;
        }
        return refuse(QStringLiteral("is not offered"));
    case SettingType::Secret:
    case SettingType::Text:
        break;
    }
    return refuse(QStringLiteral("is not valid"));
}

TillSettings::TillSettings(Database& db, QObject* parent)
    : TillSettings(db, systemClock(), parent)
{ }

TillSettings::TillSettings(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{ }

Result<const SettingDefinition*> TillSettings::known(const QString& key) const
{
    if (const SettingDefinition* d = definition(key))
        return d;
    QStringList keys;
    for (const SettingDefinition& d : definitions())
        keys << d.key;
    return fail(Error::Code::InvalidInput,
        QStringLiteral("unknown setting '%1' (known: %2)").arg(key, keys.join(QLatin1String(", "))));
}

Result<SettingState> TillSettings::read(const SettingDefinition& d)
{
    auto stored = queryScalar(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {d.key},
        QStringLiteral("reading setting %1").arg(d.key));
    if (!stored)
        return stored.error();
    SettingState s {d, d.defaultValue, true, {}};
    if (stored->isValid() && !stored->isNull()) {
        const QString text = stored->toString();
        if (auto valid = validate(d, text)) {
            s.value = *valid;
            s.isDefault = false;
        } else {
            s.ignored = text;
        }
    }
    return s;
}

Result<SettingState> TillSettings::state(const QString& key)
{
    auto d = known(key);
    if (!d)
        return d.error();
    return read(**d);
}

Result<QList<SettingState>> TillSettings::list()
{
    QList<SettingState> all;
    for (const SettingDefinition& d : definitions()) {
        auto s = read(d);
        if (!s)
            return s.error();
        all.append(*s);
    }
    return all;
}

QString TillSettings::value(const QString& key)
{
    const SettingDefinition* d = definition(key);
    if (!d)
        return {};
    auto s = read(*d);
    if (!s) {
        // The getters have no error path (the screens read them on every login); the next write fails loudly.
        qWarning("crema: %s", qPrintable(s.error().message));
        return d->defaultValue;
    }
    return s->value;
}

qint64 TillSettings::cashierDiscountLimitBp()
{
    return value(QStringLiteral("cashier_discount_limit_bp")).toLongLong();
}

qint64 TillSettings::loyaltyPointsPerUnit()
{
    return value(QStringLiteral("loyalty_points_per_unit")).toLongLong();
}

int TillSettings::idleLockSeconds()
{
    return value(QStringLiteral("idle_lock_seconds")).toInt();
}

QString TillSettings::receiptPrinter()
{
    return value(QStringLiteral("receipt_printer"));
}

int TillSettings::receiptWidth()
{
    return value(QStringLiteral("receipt_width")).toInt();
}

QStringList TillSettings::receiptHeader()
{
    return textLines(value(QStringLiteral("receipt_header")));
}

QStringList TillSettings::receiptFooter()
{
    return textLines(value(QStringLiteral("receipt_footer")));
}

QString TillSettings::kitchenListen()
{
    return value(QStringLiteral("kitchen_listen"));
}

QString TillSettings::kitchenSecret()
{
    return value(QStringLiteral("kitchen_secret"));
}

QStringList TillSettings::kitchenFeeds()
{
    return commaList(value(QStringLiteral("kitchen_feeds")));
}

QStringList TillSettings::kitchenStations()
{
    return commaList(value(QStringLiteral("kitchen_stations")));
}

QString TillSettings::language()
{
    return value(QStringLiteral("language"));
}

QJsonObject TillSettings::toJson(const QList<SettingState>& settings)
{
    QJsonArray arr;
    for (const SettingState& s : settings) {
        const SettingState byDefault {s.definition, s.definition.defaultValue, true, {}};
        arr.append(QJsonObject {{QStringLiteral("key"), s.definition.key}, {QStringLiteral("value"), s.shown()},
            {QStringLiteral("default"), s.isDefault}, {QStringLiteral("default_value"), byDefault.shown()},
            {QStringLiteral("allowed"), s.definition.allowed()},
            {QStringLiteral("description"), s.definition.description},
            {QStringLiteral("ignored"),
                s.ignored.isEmpty() ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(SettingState {s.definition, s.ignored, false, {}}.shown())}});
    }
    return QJsonObject {{QStringLiteral("settings"), arr}};
}

Status TillSettings::write(const StaffMember& actor, const SettingDefinition& d, const QString* value)
{
    CREMA_TRY(StaffService::require(actor, d.permission));
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QSqlDatabase& db = work->db();
    auto site = loadSite(db);
    if (!site)
        return site.error();
    QJsonObject details {{QStringLiteral("key"), d.key}};
    if (value) {
        SqlQuery q(db,
            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.bindAll({d.key, *value});
        CREMA_TRY(q.run(QStringLiteral("saving setting %1").arg(d.key)));
        details.insert(QStringLiteral("value"), SettingState {d, *value, false, {}}.shown());
    } else {
        SqlQuery q(db, QStringLiteral("DELETE FROM settings WHERE key = ?"));
        q.bind(d.key);
        CREMA_TRY(q.run(QStringLiteral("resetting setting %1").arg(d.key)));
    }
    CREMA_TRY(AuditLog::record(*work, m_clock, site->terminalId, actor.id, 0,
        value ? QStringLiteral("settings.set") : QStringLiteral("settings.reset"), details));
    // A till's own settings: nothing for HQ.
    work->record(Change {Change::Kind::SettingChanged, 0, 0, d.key});
    return work->commit();
}

Result<SettingState> TillSettings::set(const StaffMember& actor, const QString& key, const QString& text)
{
    auto d = known(key);
    if (!d)
        return d.error();
    CREMA_TRY(StaffService::require(actor, (*d)->permission));
    auto normalised = validate(**d, text);
    if (!normalised)
        return normalised.error();
    CREMA_TRY(write(actor, **d, &*normalised));
    return read(**d);
}

Result<SettingState> TillSettings::reset(const StaffMember& actor, const QString& key)
{
    auto d = known(key);
    if (!d)
        return d.error();
    CREMA_TRY(write(actor, **d, nullptr));
    return read(**d);
}

} // namespace crema
