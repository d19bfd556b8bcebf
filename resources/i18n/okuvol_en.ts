<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AssignSchemeDialog</name>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/dialogs/scheme_dialogs.py" line="98" />
      <source>Each cycle of %n year(s) counts from this day: for a licence, the day it was last renewed.</source>
      <translation>
        <numerusform>Each cycle of %n year counts from this day: for a licence, the day it was last renewed.</numerusform>
        <numerusform>Each cycle of %n years counts from this day: for a licence, the day it was last renewed.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="326" />
      <source>%n week(s) of this year passed the weekly limit.</source>
      <translation>
        <numerusform>%n week of this year passed the weekly limit.</numerusform>
        <numerusform>%n weeks of this year passed the weekly limit.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/dialogs/entry_dialog.py" line="210" />
      <source>%n file(s) kept</source>
      <translation>
        <numerusform>%n file kept</numerusform>
        <numerusform>%n files kept</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FileActions</name>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="111" />
      <source>Imported %Ln entry(s).</source>
      <translation>
        <numerusform>Imported %Ln entry.</numerusform>
        <numerusform>Imported %Ln entries.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/file_actions.py" line="145" />
      <source>%Ln entry(s) written to %1</source>
      <translation>
        <numerusform>%Ln entry written to %1</numerusform>
        <numerusform>%Ln entries written to %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LoadCalendar</name>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="86" />
      <source>%n week(s) over the weekly limit of %1.</source>
      <translation>
        <numerusform>%n week over the weekly limit of %1.</numerusform>
        <numerusform>%n weeks over the weekly limit of %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="92" />
      <source>%n week(s) past the volunteering budget of %1.</source>
      <translation>
        <numerusform>%n week past the volunteering budget of %1.</numerusform>
        <numerusform>%n weeks past the volunteering budget of %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/load_calendar.py" line="96" />
      <source>%n rest week(s) without work.</source>
      <translation>
        <numerusform>%n rest week without work.</numerusform>
        <numerusform>%n rest weeks without work.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LogTotalsLabel</name>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/log_summary.py" line="92" />
      <source>%Ln entry(s) match: %3 (%1 paid, %2 volunteer)</source>
      <translation>
        <numerusform>%Ln entry matches: %3 (%1 paid, %2 volunteer)</numerusform>
        <numerusform>%Ln entries match: %3 (%1 paid, %2 volunteer)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/log_summary.py" line="99" />
      <source>%Ln chosen: %3 (%1 paid, %2 volunteer)</source>
      <translation>
        <numerusform>%Ln chosen: %3 (%1 paid, %2 volunteer)</numerusform>
        <numerusform>%Ln chosen: %3 (%1 paid, %2 volunteer)</numerusform>
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
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="454" />
      <source>%n certificate(s) written to %1</source>
      <translation>
        <numerusform>%n certificate written to %1</numerusform>
        <numerusform>%n certificates written to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="514" />
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
      <source>%Ln entry(s) await review</source>
      <translation>
        <numerusform>%Ln entry awaits review</numerusform>
        <numerusform>%Ln entries await review</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/review_queue.py" line="171" />
      <source>%Ln person(s)</source>
      <translation>
        <numerusform>%Ln person</numerusform>
        <numerusform>%Ln people</numerusform>
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
      <source>This file cannot be imported: %Ln row(s) break a rule.</source>
      <translation>
        <numerusform>This file cannot be imported: %Ln row breaks a rule.</numerusform>
        <numerusform>This file cannot be imported: %Ln rows break a rule.</numerusform>
      </translation>
    </message>
  </context>
</TS>
