#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace jcr {

/// The kinds of report the application prints and exports.
enum class ReportType { Status, Briefing, Board };

/// Paper sizes offered for reports.
enum class PaperSize { A4, Letter };

/// Page orientation; Automatic takes each report type's natural orientation.
enum class PageOrientation { Automatic, Portrait, Landscape };

/**
 * What the user asked for: which report, for which date and areas, on which paper.
 *
 * The same options drive the GUI dialog, the command line and the renderer. They are
 * remembered per document as "report.*" keys of the document's setting table.
 */
struct ReportOptions
{
    ReportType type = ReportType::Status;
    QDate asOf; ///< invalid: today
    QDate since; ///< invalid: 30 days before the as-of date
    QList<int> areaNumbers; ///< priority areas by number (1..6); empty: all of them
    bool includeDescriptions = false;
    /// Status report only: an annex tracing each commitment sentence of the sources to its
    /// items and their status, uncovered sentences listed.
    bool includeTraceability = false;
    PaperSize paper = defaultPaper();
    PageOrientation orientation = PageOrientation::Automatic;
    QString classification; ///< empty: the document's own marking
    /// The name of a baseline of the roadmap to report slippage against; empty: none.
    QString baseline;

    /// The as-of date with the default applied.
    QDate effectiveAsOf() const;
    /// The since date with the default applied.
    QDate effectiveSince() const;
    /// True when the page is landscape once Automatic is resolved for the report type.
    bool isLandscape() const;
    /// US Letter in locales that use it (the US and Canada), A4 elsewhere.
    static PaperSize defaultPaper();

    /// The options as "report.*" settings; dates are stored only when chosen explicitly.
    QMap<QString, QString> toSettings() const;
    /// Options from "report.*" settings; unknown or damaged values fall back to defaults.
    static ReportOptions fromSettings(const QMap<QString, QString> &settings);
    /// The setting keys toSettings() writes.
    static QStringList settingKeys();

    static QString key(ReportType type);
    static std::optional<ReportType> typeFromKey(QStringView key);
    static QString key(PaperSize paper);
    static std::optional<PaperSize> paperFromKey(QStringView key);
    static QString key(PageOrientation orientation);
    static std::optional<PageOrientation> orientationFromKey(QStringView key);
    /// Translated name of a report type, e.g. "Status report".
    static QString displayName(ReportType type);
};

} // namespace jcr
