<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>DashboardPage</name>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/dashboard.py" line="230" />
      <source>%n week(s) of this year passed the weekly limit.</source>
      <translation>
        <numerusform>%n week of this year passed the weekly limit.</numerusform>
        <numerusform>%n weeks of this year passed the weekly limit.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="318" />
      <source>%n certificate(s) written to %1</source>
      <translation>
        <numerusform>%n certificate written to %1</numerusform>
        <numerusform>%n certificates written to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/reports.py" line="373" />
      <source>%n page(s) sent to the printer.</source>
      <translation>
        <numerusform>%n page sent to the printer.</numerusform>
        <numerusform>%n pages sent to the printer.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TimeLogPage</name>
    <message numerus="yes">
      <location filename="../../okuvol_desktop/ui/pages/time_log.py" line="330" />
      <source>Delete %n entry(s)? You can undo this with Ctrl+Z.</source>
      <translation>
        <numerusform>Delete %n entry? You can undo this with Ctrl+Z.</numerusform>
        <numerusform>Delete %n entries? You can undo this with Ctrl+Z.</numerusform>
      </translation>
    </message>
  </context>
</TS>
