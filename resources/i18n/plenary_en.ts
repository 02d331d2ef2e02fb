<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/plenary/export_dialog.py" line="322" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message numerus="yes">
        <location filename="../../ui/plenary/sessions_view.py" line="224" />
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n speaker</numerusform><numerusform>%n speakers</numerusform></translation>
    </message>
</context>
</TS>