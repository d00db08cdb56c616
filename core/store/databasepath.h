#pragma once

#include <QString>

namespace crema {

// The database file crema, cremactl and ./scripts/run use when no --db FILE is given:
// $CREMA_DB, else $XDG_DATA_HOME/crema/crema.db, else ~/.local/share/crema/crema.db ($HOME's).
// Empty variables count as unset, as in the shell's ${VAR:-default} that ./scripts/run uses.
// (Not QStandardPaths::AppLocalDataLocation: with organisation and application both "crema" that
// is ~/.local/share/crema/crema, a folder deeper than the README and ./scripts/run say.)
QString defaultDatabasePath();

} // namespace crema
