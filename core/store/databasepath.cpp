#include "databasepath.h"

#include <QDir>

namespace crema {

QString defaultDatabasePath()
{
    const QString explicitFile = qEnvironmentVariable("CREMA_DB");
    if (!explicitFile.isEmpty())
        return explicitFile;
    QString data = qEnvironmentVariable("XDG_DATA_HOME");
    if (data.isEmpty())
        data = QDir::homePath() + QStringLiteral("/.local/share");
    return data + QStringLiteral("/crema/crema.db");
}

} // namespace crema
