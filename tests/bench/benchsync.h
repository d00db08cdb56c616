#pragma once

#include <QString>

#include <vector>

// crema-bench sync [ORDERS [sqlite|pg|till]]: HQ ingest on SQLite and PostgreSQL against a multi-row INSERT floor,
// a day's catch-up, and how soon a sale is at HQ (bench_sync.cpp).
// parts: "sqlite", "pg", "till" (catch-up and push), or all.
int benchSync(int orders, const QString& parts = {});

// The p-th percentile of the figures (bench_main.cpp; every benchmark reports its median and p99).
qint64 percentile(std::vector<qint64> v, int p);
