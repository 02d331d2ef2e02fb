<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>FileActions</name>
        <message numerus="yes">
            <location filename="../../ui/file_actions.py" line="202" />
            <source>%n damaged row(s) moved aside into {0}.</source>
            <translation>
                <numerusform>%n damaged row moved aside into {0}.</numerusform>
                <numerusform>%n damaged rows moved aside into {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/file_actions.py" line="245" />
            <source>{0}: %n problem(s) found.</source>
            <translation>
                <numerusform>{0}: %n problem found.</numerusform>
                <numerusform>{0}: %n problems found.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message numerus="yes">
            <location filename="../../ui/print_menu.py" line="110" />
            <source>Save the route slips of %n participant(s)</source>
            <translation>
                <numerusform>Save the route slip of %n participant</numerusform>
                <numerusform>Save the route slips of %n participants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedLink</name>
        <message numerus="yes">
            <location filename="../../ui/workshop/shared_link.py" line="126" />
            <source>%n change(s) made while offline were sent to the shared workshop.</source>
            <translation>
                <numerusform>%n change made while offline was sent to the shared workshop.</numerusform>
                <numerusform>%n changes made while offline were sent to the shared workshop.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/workshop/shared_link.py" line="129" />
            <source>%n change(s) not saved when the app last closed were saved now.</source>
            <translation>
                <numerusform>%n change not saved when the app last closed was saved now.</numerusform>
                <numerusform>%n changes not saved when the app last closed were saved now.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/workshop/shared_link.py" line="135" />
            <source>%n change(s) made while offline met another laptop's edit: compare and merge them.</source>
            <translation>
                <numerusform>%n change made while offline met another laptop's edit: compare and merge them.</numerusform>
                <numerusform>%n changes made while offline met another laptop's edit: compare and merge them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnsavedOnCloseDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs.py" line="70" />
            <source>%n change(s) are not saved yet ({0}).</source>
            <translation>
                <numerusform>%n change is not saved yet ({0}).</numerusform>
                <numerusform>%n changes are not saved yet ({0}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs.py" line="71" />
            <source>%n change(s) are not saved yet.</source>
            <translation>
                <numerusform>%n change is not saved yet.</numerusform>
                <numerusform>%n changes are not saved yet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopController</name>
        <message numerus="yes">
            <location filename="../../ui/workshop/controller.py" line="255" />
            <source>%n change(s) made on this laptop while it was offline are kept, and sent once the workshop opens.</source>
            <translation>
                <numerusform>%n change made on this laptop while it was offline is kept, and sent once the workshop opens.</numerusform>
                <numerusform>%n changes made on this laptop while it was offline are kept, and sent once the workshop opens.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/workshop/controller.py" line="389" />
            <source>Offline — %n change(s) waiting</source>
            <translation>
                <numerusform>Offline — %n change waiting</numerusform>
                <numerusform>Offline — %n changes waiting</numerusform>
            </translation>
        </message>
    </context>
</TS>
