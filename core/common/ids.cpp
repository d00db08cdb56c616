#include "ids.h"

#include <QDateTime>
#include <QUuid>

namespace crema {

QString newUuid()
{
    // The random bits of a version 4 id, with the time and counter written over its first eight bytes.
    QUuid id = QUuid::createUuid();
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
