#pragma once

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

// A real crema-hq, started as a separate process on 127.0.0.1 and a free port.
namespace crema::test {

struct HqRun {
    int code = -1;
    QString out;
    QString err;
};

inline HqRun cremaHq(const QStringList& args)
{
    QProcess p;
    p.setProgram(QStringLiteral(CREMA_HQ_PATH));
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return HqRun {
        p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

class HqServer {
public:
    explicit HqServer(QString db, QStringList extra = {})
        : m_db(std::move(db))
        , m_extra(std::move(extra))
    {
        start();
    }
    ~HqServer() { stop(); }

    void start()
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(QStringLiteral(CREMA_HQ_PATH));
        m_process->setArguments(QStringList {QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:%1").arg(m_port)}
            + m_extra);
        m_process->start();
        REQUIRE(m_process->waitForStarted(10000));
        QByteArray line;
        while (!line.contains('\n')) {
            if (!m_process->waitForReadyRead(15000)) {
                INFO(m_process->readAllStandardError().toStdString());
                FAIL("crema-hq did not start listening");
            }
            line += m_process->readAllStandardOutput();
        }
        REQUIRE(line.startsWith("listening "));
        m_port = static_cast<quint16>(line.mid(10).trimmed().toUInt());
        REQUIRE(m_port > 0);
    }
    void kill()
    {
        if (m_process) {
            m_process->kill();
            m_process->waitForFinished(10000);
            m_process.reset();
        }
    }
    void stop()
    {
        if (m_process) {
            m_process->terminate();
            if (!m_process->waitForFinished(10000))
                m_process->kill();
            m_process->waitForFinished(10000);
            m_process.reset();
        }
    }
    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString stderrText() const { return m_process ? QString::fromUtf8(m_process->readAllStandardError()) : QString(); }

private:
    QString m_db;
    QStringList m_extra;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

} // namespace crema::test
