#include "migrator.h"

#include "common/clock.h"
#include "scopedtransaction.h"
#include "sql.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace crema {

Result<QList<Migration>> Migrator::load(const QString& dir)
{
    QDir d(dir);
    if (!d.exists())
        return fail(Error::Code::Io, QStringLiteral("migrations folder %1 not found").arg(dir));
    static const QRegularExpression nameRe(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> list;
    const auto files = d.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto m = nameRe.match(file);
        if (!m.hasMatch())
            return fail(Error::Code::InvalidInput,
                QStringLiteral("migration file name %1 is not NNNN_snake_name.sql").arg(file));
        QFile f(d.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error::Code::Io, QStringLiteral("cannot read migration %1: %2").arg(file, f.errorString()));
        list.append(Migration {m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].version != i + 1)
            return fail(Error::Code::InvalidInput,
                QStringLiteral("migration %1_%2 is out of sequence: expected version %3")
                    .arg(list[i].version, 4, 10, QLatin1Char('0'))
                    .arg(list[i].name)
                    .arg(i + 1));
    }
    if (list.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("no migrations in %1").arg(dir));
    return list;
}

Result<int> Migrator::currentVersion(const QSqlDatabase& db)
{
    auto v = queryScalar(db, QStringLiteral("PRAGMA user_version"), {}, QStringLiteral("reading the schema version"));
    if (!v)
        return v.error();
    return v->toInt();
}

Status Migrator::migrate(const QSqlDatabase& db, const QList<Migration>& migrations, int target)
{
    if (target < 0)
        target = migrations.isEmpty() ? 0 : migrations.last().version;
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > migrations.size())
        return fail(Error::Code::TooNew,
            QStringLiteral("schema version %1 is newer than this Crema knows (%2)")
                .arg(*current)
                .arg(migrations.size()));
    for (const Migration& m : migrations) {
        if (m.version <= *current || m.version > target)
            continue;
        const QString doing
            = QStringLiteral("applying migration %1_%2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name);
        auto tx = ScopedTransaction::begin(db);
        if (!tx)
            return tx.error();
        for (const QString& statement : splitSqlScript(m.sql)) {
            QSqlQuery q(db);
            if (!q.exec(statement))
                return sqlError(q.lastError(), doing);
        }
        SqlQuery record(
            db, QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        record.bindAll({m.version, m.name, toDbTime(QDateTime::currentDateTimeUtc())});
        CREMA_TRY(record.run(doing));
        // PRAGMA takes no bound values; the version is the integer from our own file name, not input.
        const QString setVersionSql = QStringLiteral("PRAGMA user_version = ") + QString::number(m.version);
        QSqlQuery setVersion(db);
        if (!setVersion.exec(setVersionSql))
            return sqlError(setVersion.lastError(), doing);
        CREMA_TRY(tx->commit());
    }
    return {};
}

QStringList splitSqlScript(const QString& script)
{
    QStringList out;
    QString current;
    const qsizetype n = script.size();
    int triggerDepth = 0; // >0 inside a CREATE TRIGGER body
    int caseDepth = 0;
    bool inTrigger = false; // statement is a CREATE TRIGGER
    QString word;
    QStringList statementWords; // first words, to spot CREATE [TEMP] TRIGGER

    const auto endWord = [&]() {
        if (word.isEmpty())
            return;
        const QString w = word.toUpper();
        if (statementWords.size() < 4)
            statementWords.append(w);
        if (statementWords.size() >= 2 && statementWords.first() == u"CREATE"
            && statementWords.contains(QStringLiteral("TRIGGER")))
            inTrigger = true;
        if (inTrigger) {
            if (w == u"BEGIN")
                ++triggerDepth;
            else if (w == u"CASE")
                ++caseDepth;
            else if (w == u"END") {
                if (caseDepth > 0)
                    --caseDepth;
                else if (triggerDepth > 0)
                    --triggerDepth;
            }
        }
        word.clear();
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script[i];
        if (c == u'-' && i + 1 < n && script[i + 1] == u'-') {
            endWord();
            while (i < n && script[i] != u'\n')
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == u'/' && i + 1 < n && script[i + 1] == u'*') {
            endWord();
            i += 2;
            while (i + 1 < n && !(script[i] == u'*' && script[i + 1] == u'/'))
                ++i;
            ++i;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            endWord();
            const QChar close = c == u'[' ? QLatin1Char(']') : c;
            current += c;
            ++i;
            while (i < n) {
                current += script[i];
                if (script[i] == close) {
                    if (close != u']' && i + 1 < n && script[i + 1] == close) { // doubled quote
                        current += script[++i];
                    } else {
                        break;
                    }
                }
                ++i;
            }
            continue;
        }
        if (c.isLetterOrNumber() || c == u'_') {
            word += c;
            current += c;
            continue;
        }
        endWord();
        if (c == u';' && triggerDepth == 0) {
            const QString s = current.trimmed();
            if (!s.isEmpty())
                out.append(s);
            current.clear();
            statementWords.clear();
            inTrigger = false;
            caseDepth = 0;
            continue;
        }
        current += c;
    }
    endWord();
    const QString rest = current.trimmed();
    if (!rest.isEmpty())
        out.append(rest);
    return out;
}

} // namespace crema
