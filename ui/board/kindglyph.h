#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace jcr {

/// Paints the small vector glyph of an item kind (flag, speech bubble, document, pin…) into
/// \a rect with \a colour. Vector so that cards stay sharp at any display scaling.
void paintKindGlyph(QPainter *painter, const QRectF &rect, ItemKind kind, const QColor &colour);

} // namespace jcr
