<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>DashboardPage</name>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="309" />
      <source>%n week(s) of this year passed the weekly limit.</source>
      <translation>
        <numerusform>%n week of this year passed the weekly limit.</numerusform>
        <numerusform>%n weeks of this year passed the weekly limit.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FileActions</name>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="111" />
      <source>Imported %n entry(s).</source>
      <translation>
        <numerusform>Imported %n entry.</numerusform>
        <numerusform>Imported %n entries.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="145" />
      <source>%n entry(s) written to %1</source>
      <translation>
        <numerusform>%n entry written to %1</numerusform>
        <numerusform>%n entries written to %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LogTotalsLabel</name>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/log_summary.py" line="92" />
      <source>%n entry(s) match: %3 (%1 paid, %2 volunteer)</source>
      <translation>
        <numerusform>%n entry matches: %3 (%1 paid, %2 volunteer)</numerusform>
        <numerusform>%n entries match: %3 (%1 paid, %2 volunteer)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/log_summary.py" line="99" />
      <source>%n chosen: %3 (%1 paid, %2 volunteer)</source>
      <translation>
        <numerusform>%n chosen: %3 (%1 paid, %2 volunteer)</numerusform>
        <numerusform>%n chosen: %3 (%1 paid, %2 volunteer)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OrganisationsPage</name>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/organisations.py" line="133" />
      <source>%n day(s) old</source>
      <translation>
        <numerusform>%n day old</numerusform>
        <numerusform>%n days old</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="425" />
      <source>%n certificate(s) written to %1</source>
      <translation>
        <numerusform>%n certificate written to %1</numerusform>
        <numerusform>%n certificates written to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="485" />
      <source>%n page(s) sent to the printer.</source>
      <translation>
        <numerusform>%n page sent to the printer.</numerusform>
        <numerusform>%n pages sent to the printer.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReviewQueueBox</name>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="167" />
      <source>%n entry(s) await review</source>
      <translation>
        <numerusform>%n entry awaits review</numerusform>
        <numerusform>%n entries await review</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="171" />
      <source>%n person(s)</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="190" />
      <source>(%n sent again)</source>
      <translation>
        <numerusform>(%n sent again)</numerusform>
        <numerusform>(%n sent again)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="269" />
      <source>Approve %n entry(s) (%1)? You can undo this with Ctrl+Z.</source>
      <translation>
        <numerusform>Approve %n entry (%1)? You can undo this with Ctrl+Z.</numerusform>
        <numerusform>Approve %n entries (%1)? You can undo this with Ctrl+Z.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TimeLogPage</name>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="530" />
      <source>Delete %n entry(s)? You can undo this with Ctrl+Z.</source>
      <translation>
        <numerusform>Delete %n entry? You can undo this with Ctrl+Z.</numerusform>
        <numerusform>Delete %n entries? You can undo this with Ctrl+Z.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>_CheckPage</name>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/dialogs/import_wizard.py" line="537" />
      <source>This file cannot be imported: %n row(s) break a rule.</source>
      <translation>
        <numerusform>This file cannot be imported: %n row breaks a rule.</numerusform>
        <numerusform>This file cannot be imported: %n rows break a rule.</numerusform>
      </translation>
    </message>
  </context>
</TS>
