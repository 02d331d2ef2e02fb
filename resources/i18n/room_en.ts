<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BriefView</name>
    <message numerus="yes">
        <location filename="../../ui/room/brief_view.py" line="415" />
        <source>%n items</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/brief_view.py" line="416" />
        <source>%n new</source>
        <translation><numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/brief_view.py" line="417" />
        <source>about %n min to read</source>
        <translation><numerusform>about %n min to read</numerusform><numerusform>about %n min to read</numerusform></translation>
    </message>
</context>
<context>
    <name>ContributionQueue</name>
    <message numerus="yes">
        <location filename="../../ui/room/contributions_queue.py" line="187" />
        <location filename="../../ui/room/contributions_queue.py" line="285" />
        <source>From phones: %n contribution(s) waiting</source>
        <translation><numerusform>From phones: %n contribution waiting</numerusform><numerusform>From phones: %n contributions waiting</numerusform></translation>
    </message>
</context>
<context>
    <name>HeaderTexts</name>
    <message numerus="yes">
        <location filename="../../ui/room/notes_header.py" line="230" />
        <source>Summary: draft (%n words)</source>
        <translation><numerusform>Summary: draft (%n word)</numerusform><numerusform>Summary: draft (%n words)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/notes_header.py" line="231" />
        <source>Summary: final (%n words)</source>
        <translation><numerusform>Summary: final (%n word)</numerusform><numerusform>Summary: final (%n words)</numerusform></translation>
    </message>
</context>
<context>
    <name>NotesColumn</name>
    <message numerus="yes">
        <location filename="../../ui/room/notes_column.py" line="365" />
        <source>%n items in {0}</source>
        <translation><numerusform>%n item in {0}</numerusform><numerusform>%n items in {0}</numerusform></translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message numerus="yes">
        <location filename="../../ui/room/notes_editor.py" line="131" />
        <source>“{0}” still has %n items: move or delete them first.</source>
        <extracomment>how long after this view's own edits the notes are read again anyway None for a commit that came without an open editor (see ``_committed``) the item the attribution field edits changed (a note, or None) a sentence for the status bar editing session -&gt; the version its item had when the session began: every save of the session is made against it (the worker forwards this window's own steps), so a reload that brings another laptop's change under an open editor cannot make a save pass over it items waiting for the user to merge (their uuid -&gt; NoteMerge) a change this view did not apply itself (a move, an undo) needs a reload</extracomment>
        <translation><numerusform>“{0}” still has %n item: move or delete it first.</numerusform><numerusform>“{0}” still has %n items: move or delete them first.</numerusform></translation>
    </message>
</context>
<context>
    <name>NotesHeader</name>
    <message numerus="yes">
        <location filename="../../ui/room/notes_header.py" line="132" />
        <source>Guiding questions (%n)</source>
        <extracomment>the tallest the box grows before it scrolls</extracomment>
        <translation><numerusform>Guiding question (%n)</numerusform><numerusform>Guiding questions (%n)</numerusform></translation>
    </message>
</context>
</TS>