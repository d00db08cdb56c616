#pragma once

#include "result.h"

#include <QString>

namespace crema {

// Text that people type is stored, printed on receipts, sent to HQ and shown on other screens, so it
// is bounded and free of characters that rearrange or hide what is around them.
namespace text {

inline constexpr qsizetype kNameMaxChars = 200; // names of people, stores, tills, products, parked orders
inline constexpr qsizetype kNoteMaxChars = 1000; // reasons, notes, free-text settings

enum class Presence { Required, Optional };

// Trims the text and checks it: at most `maxChars` characters (Unicode code points, not UTF-16 units),
// no control characters (C0, DEL, C1, line and paragraph separators), no bidirectional embeddings,
// overrides or isolates (U+202A–U+202E, U+2066–U+2069), no unpaired surrogates. Returns the trimmed
// text, or InvalidInput naming `field` and what is wrong ("customer name: at most 200 characters,
// got 250"; "note: contains the control character U+0007 at character 4").
Result<QString> clean(const QString& field, const QString& input, qsizetype maxChars, Presence presence);

// A name: required, at most kNameMaxChars.
Result<QString> cleanName(const QString& field, const QString& input);
// A reason or note: may be empty, at most kNoteMaxChars.
Result<QString> cleanNote(const QString& field, const QString& input);

} // namespace text

} // namespace crema
