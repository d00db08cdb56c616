#pragma once

#include "pgcluster.h"

#include <catch2/catch.hpp>

// The test program's PostgreSQL 15 (see PgCluster), started once and stopped at the program's end.
namespace crema::test {

class PgServer {
public:
    static PgServer& instance()
    {
        static PgServer server;
        return server;
    }

    // A new, empty database; its postgresql:// address.
    QString newDatabase()
    {
        INFO(m_cluster.error().toStdString());
        REQUIRE(m_cluster.started());
        QString error;
        const QString url = m_cluster.newDatabase(&error);
        INFO(error.toStdString());
        REQUIRE(!url.isEmpty());
        return url;
    }

private:
    PgServer() = default;
    PgCluster m_cluster;
};

} // namespace crema::test
