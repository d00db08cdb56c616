#pragma once

#include "cart.h"
#include "catalog/menu.h"

namespace crema {

// Parses an item as typed on the command line or a scanner: NAME[:SIZE][+MODIFIER]...[*QTY],
// e.g. "Latte:Large+Oat milk+Extra shot*2". Names match the menu ignoring case; without a size the
// product's first size is taken. Errors name the spec and list what would have matched.
Result<CartLine> parseItemSpec(const Menu& menu, const QString& spec);

} // namespace crema
