#pragma once

#include "commitmentdetector.h"
#include "domain/priorityarea.h"

#include <QList>
#include <QStringView>

namespace jcr {

/**
 * Guesses the priority area of a passage from the structure of its source. The statement
 * lists the areas as "(1) Enhanced Security and Defence Cooperation;" … and then treats them
 * one paragraph each, so:
 *  1. a passage in a numbered line "(N) …" belongs to area N;
 *  2. otherwise the words of each area's name (defence, economic, supply, trade, energy,
 *     food, arctic, climate, academic, cultural…) are counted in the passage; the area with
 *     most wins, and between equals the one whose words occur most in the passage's paragraph
 *     (the statement treats one area per paragraph); the lower number on a full tie;
 *  3. nothing matches: 0, and the caller picks a default.
 * "Defense" counts as "defence". Words shared by several areas ("security", "cooperation")
 * score for all of them and so decide only together with others.
 */
class AreaGuesser
{
public:
    /// The area number for the passage \a span of \a text, or 0 when nothing points anywhere.
    static int guess(QStringView text, TextSpan span, const QList<PriorityArea> &areas);
};

} // namespace jcr
