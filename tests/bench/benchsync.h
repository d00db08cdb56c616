#pragma once

#include <QString>

#include <memory>
#include <vector>

class QProcess;

namespace crema {
class TillServices;
}

// crema-bench sync [ORDERS [sqlite|pg|till]]: HQ ingest on SQLite and PostgreSQL against a multi-row INSERT floor,
// a day's catch-up, and how soon a sale is at HQ (bench_sync.cpp).
// parts: "sqlite", "pg", "till" (catch-up and push), or all.
int benchSync(int orders, const QString& parts = {});

// The p-th percentile of the figures (bench_main.cpp; every benchmark reports its median and p99).
qint64 percentile(std::vector<qint64> v, int p);

// A real crema-hq on a free port of 127.0.0.1 with its database at `db`, and a till of its store
// joined to it (the demo café's history sent up): what a till of a chain syncs with while it sells.
class BenchHq {
public:
    explicit BenchHq(const QString& db);
    ~BenchHq();
    bool ok() const { return m_port > 0; }
    QString url() const;
    // Joins `till` with a new enrolment code and sends it all; false when HQ refused or was not there.
    bool join(crema::TillServices& till);

private:
    QString enrolCode(); // a till of the store, Till 1, Till 2, …

    std::unique_ptr<QProcess> m_process;
    QString m_db;
    QString m_code; // the first till's, until it joins
    int m_tills = 0;
    quint16 m_port = 0;
};
