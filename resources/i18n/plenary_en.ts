<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/plenary/export_dialog.py" line="321" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message numerus="yes">
        <location filename="../../ui/plenary/sessions_view.py" line="225" />
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n speaker</numerusform><numerusform>%n speakers</numerusform></translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message numerus="yes">
        <location filename="../../ui/plenary/votes_view.py" line="170" />
        <location filename="../../ui/plenary/votes_view.py" line="258" />
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n phone</numerusform><numerusform>%n phones</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plenary/votes_view.py" line="211" />
        <source>%n phone(s) voted</source>
        <translation>
            <numerusform>%n phone voted</numerusform><numerusform>%n phones voted</numerusform></translation>
    </message>
</context>
</TS>