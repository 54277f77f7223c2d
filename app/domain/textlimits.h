#pragma once

namespace jcr {

// Limits on the texts of a roadmap, in characters, as the file's schema (version 4) enforces
// them with CHECK constraints. Item texts have theirs in item.h, source documents in
// sourcedocument.h.

/// Largest name of a priority area or an organisation.
inline constexpr int MaxNameLength = 200;
/// Largest short name of a priority area or an organisation ("MOFA", "Defence").
inline constexpr int MaxShortNameLength = 50;
/// Largest value of a document setting (title, classification, author, report options…).
inline constexpr int MaxSettingLength = 10000;

} // namespace jcr
