#include "ids.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <array>
#include <cstring>

namespace crema {

QString newUuid()
{
    // The time and counter in the first eight bytes; the last eight random, from the system's
    // generator taken 4 KiB at a time rather than one system call an id (a sale makes twenty ids).
    thread_local std::array<quint32, 1024> pool;
    thread_local std::size_t used = pool.size();
    if (used + 2 > pool.size()) {
        QRandomGenerator::system()->fillRange(pool.data(), pool.size());
        used = 0;
    }
    QUuid id;
    std::memcpy(id.data4, &pool[used], sizeof id.data4);
    used += 2;
    thread_local qint64 lastMs = 0;
    thread_local quint16 counter = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms <= lastMs) {
        ms = lastMs; // the same millisecond, or a clock set back: keep counting up from the last id
        if (++counter > 0x0fff) {
            counter = 0;
            ++ms;
        }
    } else {
        counter = 0;
    }
    lastMs = ms;
    id.data1 = static_cast<uint>(static_cast<quint64>(ms) >> 16);
    id.data2 = static_cast<ushort>(ms & 0xffff);
    id.data3 = static_cast<ushort>(0x7000 | counter); // version 7, then 12 bits of counter
    id.data4[0] = static_cast<uchar>(0x80 | (id.data4[0] & 0x3f)); // the RFC 4122 variant
    return id.toString(QUuid::WithoutBraces);
}

QString stableUuid(const QString& name)
{
    static const QUuid ns(QStringLiteral("6f1d4a52-3c39-4d8e-9a0c-5e2b7c1f0a11"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

} // namespace crema
