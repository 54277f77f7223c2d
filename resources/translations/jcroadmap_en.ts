<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>jcr::BoardCanvas</name>
    <message numerus="yes">
        <source>%1  ·  %n card(s)</source>
        <translation>
            <numerusform>%1  ·  %n card</numerusform>
            <numerusform>%1  ·  %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::BoardColumnHeader</name>
    <message numerus="yes">
        <source>%1: %n card(s) shown</source>
        <translation>
            <numerusform>%1: %n card shown</numerusform>
            <numerusform>%1: %n cards shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::BoardModel</name>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to %1</source>
        <translation>
            <numerusform>Move %n card to %1</numerusform>
            <numerusform>Move %n cards to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::BoardView</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n item(s)</source>
        <translation>
            <numerusform>Showing %1 of %n item</numerusform>
            <numerusform>Showing %1 of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set health of %n item(s)</source>
        <translation>
            <numerusform>Set health of %n item</numerusform>
            <numerusform>Set health of %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::ChangeFeed</name>
    <message numerus="yes">
        <source>The server has not answered for %n second(s).</source>
        <translation>
            <numerusform>The server has not answered for %n second.</numerusform>
            <numerusform>The server has not answered for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::ChangesView</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::Database</name>
    <message numerus="yes">
        <source>The file is damaged: it is cut off after %n byte(s).</source>
        <translation>
            <numerusform>The file is damaged: it is cut off after %n byte.</numerusform>
            <numerusform>The file is damaged: it is cut off after %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::DeleteItemsCommand</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::DependencyEditor</name>
    <message numerus="yes">
        <source>%n items match “%1”: choose one from the list.</source>
        <translation>
            <numerusform>%n item matches “%1”: choose it from the list.</numerusform>
            <numerusform>%n items match “%1”: choose one from the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::EditService</name>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>Add %n item</numerusform>
            <numerusform>Add %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>Import %n item</numerusform>
            <numerusform>Import %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::FilterBar</name>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::OrganisationsDialog</name>
    <message numerus="yes">
        <source>Remove “%1”? %n item(s) take part with it.</source>
        <translation>
            <numerusform>Remove “%1”? %n item takes part with it.</numerusform>
            <numerusform>Remove “%1”? %n items take part with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::ReportRenderer</name>
    <message numerus="yes">
        <source>Upcoming: the next %n days (to %1)</source>
        <translation>
            <numerusform>Upcoming: the next %n day (to %1)</numerusform>
            <numerusform>Upcoming: the next %n days (to %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the status report)</source>
        <translation>
            <numerusform>… and %n more (see the status report)</numerusform>
            <numerusform>… and %n more (see the status report)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next key milestones (%n days)</source>
        <translation>
            <numerusform>Next key milestones (%n day)</numerusform>
            <numerusform>Next key milestones (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing falls due in the next %n days.</source>
        <translation>
            <numerusform>Nothing falls due in the next %n day.</numerusform>
            <numerusform>Nothing falls due in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) slipped against the baseline “%1” of %2 (see Slippage).</source>
        <translation>
            <numerusform>%n item slipped against the baseline “%1” of %2 (see Slippage).</numerusform>
            <numerusform>%n items slipped against the baseline “%1” of %2 (see Slippage).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::ReportTimeline</name>
    <message numerus="yes">
        <source>+%n not shown</source>
        <translation>
            <numerusform>+%n not shown</numerusform>
            <numerusform>+%n not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::RoadmapImporter</name>
    <message numerus="yes">
        <source>%n row(s) were rejected; nothing was imported.</source>
        <translation>
            <numerusform>%n row was rejected; nothing was imported.</numerusform>
            <numerusform>%n rows were rejected; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::Slip</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n quarter</numerusform>
            <numerusform>%n quarters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n day later</numerusform>
            <numerusform>%n days later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier</source>
        <translation>
            <numerusform>%n day earlier</numerusform>
            <numerusform>%n days earlier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) later</source>
        <translation>
            <numerusform>%n month later</numerusform>
            <numerusform>%n months later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) earlier</source>
        <translation>
            <numerusform>%n month earlier</numerusform>
            <numerusform>%n months earlier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) later</source>
        <translation>
            <numerusform>%n quarter later</numerusform>
            <numerusform>%n quarters later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) earlier</source>
        <translation>
            <numerusform>%n quarter earlier</numerusform>
            <numerusform>%n quarters earlier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) later</source>
        <translation>
            <numerusform>%n year later</numerusform>
            <numerusform>%n years later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) earlier</source>
        <translation>
            <numerusform>%n year earlier</numerusform>
            <numerusform>%n years earlier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::SourceCoverage</name>
    <message numerus="yes">
        <source>%1 of %n commitment sentence(s) tracked</source>
        <translation>
            <numerusform>%1 of %n commitment sentence tracked</numerusform>
            <numerusform>%1 of %n commitment sentences tracked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::SourcesView</name>
    <message numerus="yes">
        <source>%n cited passage(s) no longer occur in their source (changed outside the planner):</source>
        <translation>
            <numerusform>%n cited passage no longer occurs in its source (changed outside the planner):</numerusform>
            <numerusform>%n cited passages no longer occur in their source (changed outside the planner):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::TimelineChart</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>Number of items in a timeline lane</extracomment>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::TimelineLaneAccessible</name>
    <message numerus="yes">
        <source>%1 %2, %n item(s)</source>
        <extracomment>A timeline lane for a screen reader: &quot;1 Security &amp; Defence, 5 items&quot;</extracomment>
        <translation>
            <numerusform>%1 %2, %n item</numerusform>
            <numerusform>%1 %2, %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::cli</name>
    <message numerus="yes">
        <source>Created %1 with %n item(s).</source>
        <translation>
            <numerusform>Created %1 with %n item.</numerusform>
            <numerusform>Created %1 with %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cited passage(s) no longer occur in their source: %2</source>
        <translation>
            <numerusform>%1: %n cited passage no longer occurs in its source: %2</numerusform>
            <numerusform>%1: %n cited passages no longer occur in their source: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: ok, schema %2, %n item(s)</source>
        <translation>
            <numerusform>%1: ok, schema %2, %n item</numerusform>
            <numerusform>%1: ok, schema %2, %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Exported %n item to %1.</numerusform>
            <numerusform>Exported %n items to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing imported: %n row(s) rejected</source>
        <translation>
            <numerusform>%1: nothing imported: %n row rejected</numerusform>
            <numerusform>%1: nothing imported: %n rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported source %1 &quot;%2&quot; into %3: %n commitment sentence(s).</source>
        <translation>
            <numerusform>Imported source %1 &quot;%2&quot; into %3: %n commitment sentence.</numerusform>
            <numerusform>Imported source %1 &quot;%2&quot; into %3: %n commitment sentences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created baseline “%1” of %n item(s).</source>
        <translation>
            <numerusform>Created baseline “%1” of %n item.</numerusform>
            <numerusform>Created baseline “%1” of %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds a roadmap with %n item(s); nothing was changed (--replace replaces it).</source>
        <translation>
            <numerusform>%1 already holds a roadmap with %n item; nothing was changed (--replace replaces it).</numerusform>
            <numerusform>%1 already holds a roadmap with %n items; nothing was changed (--replace replaces it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %1 to %2: %n item(s), %3 recorded changes.</source>
        <translation>
            <numerusform>Published %1 to %2: %n item, %3 recorded changes.</numerusform>
            <numerusform>Published %1 to %2: %n items, %3 recorded changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n item(s).</source>
        <translation>
            <numerusform>Copied %1 to %2: %n item.</numerusform>
            <numerusform>Copied %1 to %2: %n items.</numerusform>
        </translation>
    </message>
</context>
</TS>
