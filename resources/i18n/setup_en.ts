<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name />
    <message numerus="yes">
        <location filename="../../ui/setup/import_preview.py" line="123" />
        <source>Skip the %n rows that repeat someone</source>
        <translation><numerusform>Skip the %n row that repeats someone</numerusform><numerusform>Skip the %n rows that repeat someone</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_preview.py" line="128" />
        <source>{0}: %n row(s), {1} to import (read as {2}, separated by {3}).</source>
        <translation><numerusform>{0}: %n row, {1} to import (read as {2}, separated by {3}).</numerusform><numerusform>{0}: %n rows, {1} to import (read as {2}, separated by {3}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_preview.py" line="130" />
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_preview.py" line="134" />
        <source>%n problem(s) listed by line below.</source>
        <translation><numerusform>%n problem listed by line below.</numerusform><numerusform>%n problems listed by line below.</numerusform></translation>
    </message>
</context>
<context>
    <name>AssignActions</name>
    <message numerus="yes">
        <location filename="../../ui/setup/group_assign.py" line="79" />
        <source>Put the %n people not yet in a group where they fit best (stakeholder types, countries, delegations, group sizes); nobody already in a group moves, so printed route slips stay right.</source>
        <translation><numerusform>Put the %n person not yet in a group where they fit best (stakeholder types, countries, delegations, group sizes); nobody already in a group moves, so printed route slips stay right.</numerusform><numerusform>Put the %n people not yet in a group where they fit best (stakeholder types, countries, delegations, group sizes); nobody already in a group moves, so printed route slips stay right.</numerusform></translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message numerus="yes">
        <location filename="../../ui/setup/groups_view.py" line="253" />
        <source>{0} · %n people</source>
        <translation><numerusform>{0} · %n person</numerusform><numerusform>{0} · %n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/groups_view.py" line="360" />
        <source>%n people are not in a group.</source>
        <translation><numerusform>%n person is not in a group.</numerusform><numerusform>%n people are not in a group.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/groups_view.py" line="380" />
        <source>%n people</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/groups_view.py" line="419" />
        <source>%n selected</source>
        <translation><numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="425" />
        <source>{0}: read as {1}, separated by {2}; %n row(s) after the header.</source>
        <translation><numerusform>{0}: read as {1}, separated by {2}; %n row after the header.</numerusform><numerusform>{0}: read as {1}, separated by {2}; %n rows after the header.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="516" />
        <source>Import %n participant(s)</source>
        <translation><numerusform>Import %n participant</numerusform><numerusform>Import %n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="530" />
        <source>Importing %n participant(s)…</source>
        <translation><numerusform>Importing %n participant…</numerusform><numerusform>Importing %n participants…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="534" />
        <source>Imported %n participant(s) from {0}.</source>
        <translation><numerusform>Imported %n participant from {0}.</numerusform><numerusform>Imported %n participants from {0}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="541" />
        <source>Import %n participant(s) from {0}</source>
        <translation><numerusform>Import %n participant from {0}</numerusform><numerusform>Import %n participants from {0}</numerusform></translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message numerus="yes">
        <location filename="../../ui/setup/people_view.py" line="332" />
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_view.py" line="333" />
        <source>{0} shown of %n participant(s)</source>
        <translation><numerusform>{0} shown of %n participant</numerusform><numerusform>{0} shown of %n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_view.py" line="447" />
        <source>Delete %n participant(s)</source>
        <translation><numerusform>Delete %n participant</numerusform><numerusform>Delete %n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_view.py" line="448" />
        <source>Deleted %n participant(s). Edit › Undo (Ctrl+Z) brings them back with their group places.</source>
        <translation><numerusform>Deleted %n participant. Edit › Undo (Ctrl+Z) brings them back with their group places.</numerusform><numerusform>Deleted %n participants. Edit › Undo (Ctrl+Z) brings them back with their group places.</numerusform></translation>
    </message>
</context>
<context>
    <name>SeatingPanel</name>
    <message numerus="yes">
        <location filename="../../ui/setup/people_seating.py" line="142" />
        <source>{0} people at {1} tables over %n round(s): {2} repeat encounters (two people at the same table again); random seating would give about {3}.</source>
        <translation><numerusform>{0} people at {1} tables over %n round: {2} repeat encounters (two people at the same table again); random seating would give about {3}.</numerusform><numerusform>{0} people at {1} tables over %n rounds: {2} repeat encounters (two people at the same table again); random seating would give about {3}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_seating.py" line="159" />
        <source>{0} · %n people</source>
        <translation><numerusform>{0} · %n person</numerusform><numerusform>{0} · %n people</numerusform></translation>
    </message>
</context>
<context>
    <name>WorkshopTab</name>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="111" />
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="112" />
        <source>%n agenda item(s)</source>
        <translation><numerusform>%n agenda item</numerusform><numerusform>%n agenda items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="113" />
        <source>%n round(s)</source>
        <translation><numerusform>%n round</numerusform><numerusform>%n rounds</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="114" />
        <source>%n room(s)</source>
        <translation><numerusform>%n room</numerusform><numerusform>%n rooms</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="115" />
        <source>%n theme(s)</source>
        <translation><numerusform>%n theme</numerusform><numerusform>%n themes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="116" />
        <source>%n host(s) and note-taker(s)</source>
        <translation><numerusform>%n host or note-taker</numerusform><numerusform>%n hosts and note-takers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="117" />
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="118" />
        <source>%n group(s)</source>
        <translation><numerusform>%n group</numerusform><numerusform>%n groups</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="119" />
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
</context>
</TS>