#pragma once

namespace jcr {

/// How a roadmap is opened.
enum class OpenMode {
    Open, ///< an existing roadmap; read-only if it cannot be written
    OpenReadOnly, ///< an existing roadmap, never written
    Create, ///< a new roadmap where there is none yet
};

/// How deeply a roadmap is checked for damage.
enum class Thoroughness {
    Quick, ///< the structure (what opening runs)
    Full, ///< also every index and rule (what `jcroadmap check` and a restore run)
};

} // namespace jcr
