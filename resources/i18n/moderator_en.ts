<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>RoomStatusModel</name>
    <message numerus="yes">
        <location filename="../../ui/moderator/room_status_model.py" line="176"/>
        <source>%n note(s) taken in {0} this round</source>
        <translation>
            <numerusform>%n note taken in {0} this round</numerusform>
            <numerusform>%n notes taken in {0} this round</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundControl</name>
    <message numerus="yes">
        <location filename="../../ui/moderator/round_control.py" line="220"/>
        <source>Add %n minute(s) to round {0}</source>
        <translation>
            <numerusform>Add %n minute to round {0}</numerusform>
            <numerusform>Add %n minutes to round {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/round_control.py" line="221"/>
        <source>Remove %n minute(s) from round {0}</source>
        <translation>
            <numerusform>Remove %n minute from round {0}</numerusform>
            <numerusform>Remove %n minutes from round {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/round_control.py" line="223"/>
        <source>Add %n minute(s) to {0}</source>
        <translation>
            <numerusform>Add %n minute to {0}</numerusform>
            <numerusform>Add %n minutes to {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/round_control.py" line="224"/>
        <source>Remove %n minute(s) from {0}</source>
        <translation>
            <numerusform>Remove %n minute from {0}</numerusform>
            <numerusform>Remove %n minutes from {0}</numerusform>
        </translation>
    </message>
</context>
</TS>
