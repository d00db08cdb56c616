#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>

#include <memory>
#include <unistd.h>

// A real PostgreSQL 15 of one program's own (the tests', crema-bench's): initdb and pg_ctl in a
// temporary folder, on a free port of 127.0.0.1, stopped when destroyed. initdb refuses root, so as
// root the server runs as the `postgres` user (Debian's postgresql package makes it). fsync: off
// for the tests (what they check does not need the disk), on for figures.
namespace crema::test {

class PgCluster {
public:
    explicit PgCluster(bool fsync = false)
    {
        const QString bin = QStringLiteral("/usr/lib/postgresql/15/bin");
        if (!QFile::exists(bin + QStringLiteral("/initdb"))) {
            m_error = QStringLiteral("PostgreSQL 15 is not installed (./scripts/test installs postgresql-15)");
            return;
        }
        m_bin = bin;
        m_root = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/crema-pg-XXXXXX"));
        if (!m_root->isValid()) {
            m_error = QStringLiteral("no temporary folder for PostgreSQL");
            return;
        }
        if (geteuid() == 0) {
            m_asPostgres = true;
            QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres"), m_root->path()});
        }
        m_data = m_root->path() + QStringLiteral("/data");
        auto init = run(QStringLiteral("initdb"),
            {QStringLiteral("-D"), m_data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                QStringLiteral("crema"), QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8")});
        if (init.first != 0) {
            m_error = QStringLiteral("initdb failed: ") + init.second;
            return;
        }
        for (int attempt = 0; attempt < 5 && !m_started; ++attempt) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                continue;
            m_port = probe.serverPort();
            probe.close();
            const auto start = run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), m_data, QStringLiteral("-l"), m_root->path() + QStringLiteral("/log"),
                    QStringLiteral("-o"),
                    QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=%3")
                        .arg(m_port)
                        .arg(m_root->path(), fsync ? QStringLiteral("on") : QStringLiteral("off")),
                    QStringLiteral("-w"), QStringLiteral("start")});
            m_started = start.first == 0;
            if (!m_started)
                m_error = QStringLiteral("pg_ctl start failed: ") + start.second;
        }
    }
    ~PgCluster()
    {
        if (m_started)
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                    QStringLiteral("stop")});
    }
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    bool started() const { return m_started; }
    QString error() const { return m_error; }

    // A new, empty database: its postgresql:// address, or empty with *error set.
    QString newDatabase(QString* error)
    {
        if (!m_started) {
            *error = m_error;
            return {};
        }
        const QString name = QStringLiteral("hq%1").arg(++m_databases);
        const auto r = run(QStringLiteral("createdb"),
            {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), QStringLiteral("crema"), name});
        if (r.first != 0) {
            *error = QStringLiteral("createdb failed: ") + r.second;
            return {};
        }
        return QStringLiteral("postgresql://crema@127.0.0.1:%1/%2").arg(m_port).arg(name);
    }

private:
    std::pair<int, QString> run(const QString& tool, const QStringList& args)
    {
        QProcess p;
        if (m_asPostgres) {
            p.setProgram(QStringLiteral("runuser"));
            p.setArguments(QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                               m_bin + QLatin1Char('/') + tool}
                + args);
        } else {
            p.setProgram(m_bin + QLatin1Char('/') + tool);
            p.setArguments(args);
        }
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start();
        if (!p.waitForFinished(120000))
            return {-1, QStringLiteral("%1 did not finish").arg(tool)};
        return {p.exitCode(), QString::fromUtf8(p.readAll())};
    }

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_root;
    QString m_data;
    QString m_error;
    quint16 m_port = 0;
    bool m_asPostgres = false;
    bool m_started = false;
    int m_databases = 0;
};

} // namespace crema::test
