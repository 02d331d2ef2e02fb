<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AutosaveText</name>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="182" />
        <source>Both texts are kept: theirs, then yours below a line.</source>
        <extracomment>how long typing pauses before the text is saved (the flush on close saves the rest) the version of the stored text the user's edit started from (None: not known) the snapshot field holding the text (to show theirs in a conflict) saves sent and not answered yet: until they are, a reload changes neither text nor base</extracomment>
        <translation>Les deux textes sont conservés : le leur, puis le vôtre sous un trait.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="59" />
        <source>Export report (PDF)…</source>
        <extracomment>(format, menu text, file filter), translated where shown (:func:`_tr`)</extracomment>
        <translation>Exporter le rapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="60" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="61" />
        <source>Export report (Markdown)…</source>
        <translation>Exporter le rapport (Markdown)…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="62" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="63" />
        <source>Export report (Word)…</source>
        <translation>Exporter le rapport (Word)…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="64" />
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="65" />
        <source>Export notes (CSV)…</source>
        <translation>Exporter les notes (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="66" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="173" />
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="198" />
        <source>Export the report as PDF. The file is replaced only when the export has finished.</source>
        <translation>Exporter le rapport en PDF. Le fichier n’est remplacé qu’une fois l’export terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="199" />
        <source>Export the report as Markdown. The file is replaced only when the export has finished.</source>
        <translation>Exporter le rapport en Markdown. Le fichier n’est remplacé qu’une fois l’export terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="201" />
        <source>Export the report as Word. The file is replaced only when the export has finished.</source>
        <translation>Exporter le rapport au format Word. Le fichier n’est remplacé qu’une fois l’export terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="203" />
        <source>Export every note as CSV. The file is replaced only when the export has finished.</source>
        <translation>Exporter toutes les notes en CSV. Le fichier n’est remplacé qu’une fois l’export terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="205" />
        <location filename="../../ui/plenary/export_dialog.py" line="232" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="212" />
        <source>File to export to</source>
        <translation>Fichier de destination de l’export</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="213" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="215" />
        <source>Choose the file to export to</source>
        <translation>Choisir le fichier de destination</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="220" />
        <source>Include the groups and their participants (names of people)</source>
        <translation>Inclure les groupes et leurs participants (noms de personnes)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="228" />
        <source>Export progress</source>
        <translation>Avancement de l’export</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="235" />
        <source>Cancel export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="238" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="271" />
        <source>Choose a file to export to.</source>
        <translation>Choisissez le fichier vers lequel exporter.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="274" />
        <source>{0} is a folder: add a file name.</source>
        <translation>{0} est un dossier : ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="280" />
        <source>No workshop is open.</source>
        <translation>Aucun atelier n’est ouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="296" />
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="303" />
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="308" />
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="308" />
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="322" />
        <source>Wrote {0}. {1} printed with the mark � for characters no bundled font has:
{2}</source>
        <translation>{0} écrit. {1} imprimée(s) avec le signe � pour des caractères qu’aucune police fournie ne contient :
{2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plenary/export_dialog.py" line="321" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="325" />
        <source>Wrote {0}</source>
        <translation>{0} écrit</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="328" />
        <source>Exported {0}</source>
        <translation>{0} exporté</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="333" />
        <source>Not exported: {0}</source>
        <translation>Non exporté : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="338" />
        <source>Cancelled; no file was written or changed.</source>
        <translation>Annulé ; aucun fichier n’a été écrit ni modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="356" />
        <source>Open a workshop first.</source>
        <translation>Ouvrez d’abord un atelier.</translation>
    </message>
</context>
<context>
    <name>ItemsChooser</name>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="51" />
        <source>Opportunities</source>
        <extracomment>True when the entry is ticked unless the presenter chose otherwise (a heading or a key point) the presenter's choices changed (stored already)</extracomment>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="51" />
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="52" />
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="61" />
        <source>{0} to present</source>
        <translation>{0} à présenter</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="62" />
        <source>Ticked entries are on the slides, in this order; Space ticks or unticks, drag to reorder.</source>
        <translation>Les entrées cochées figurent sur les diapositives, dans cet ordre ; Espace coche ou décoche, faites glisser pour réordonner.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="74" />
        <source>Headings and key points</source>
        <translation>Rubriques et points clés</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="76" />
        <source>Start again from the headings and key points</source>
        <translation>Repartir des rubriques et des points clés</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="77" />
        <source>Tick only the headings and the items marked ★ in the room (your own ticks and order for this theme are forgotten)</source>
        <translation>Ne cocher que les rubriques et les éléments marqués ★ dans la salle (vos propres coches et votre ordre pour ce thème sont oubliés)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="80" />
        <source>Every item</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="82" />
        <source>Tick every item of this theme</source>
        <translation>Cocher tous les éléments de ce thème</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="123" />
        <source>A heading: on the slides while ticked, and always above a ticked item under it</source>
        <translation>Une rubrique : sur les diapositives tant qu’elle est cochée, et toujours au-dessus d’un élément coché qu’elle contient</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="128" />
        <source>A key point, marked in the room</source>
        <translation>Un point clé, marqué dans la salle</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="141" />
        <source>Ticked entries are on the slides, in this order (drag to reorder). The selection starts from the headings and the key points (★).</source>
        <translation>Les entrées cochées figurent sur les diapositives, dans cet ordre (faites glisser pour réordonner). La sélection part des rubriques et des points clés (★).</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="144" />
        <source>No item of this theme is marked as a key point yet: tick the items to present, or mark key points in the room (Ctrl+K).</source>
        <translation>Aucun élément de ce thème n’est encore marqué comme point clé : cochez les éléments à présenter, ou marquez des points clés dans la salle (Ctrl+K).</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="256" />
        <source>Cross-cutting lessons</source>
        <translation>Enseignements transversaux</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="257" />
        <source>In the order they are presented; drag to reorder</source>
        <translation>Dans l’ordre de présentation ; faites glisser pour réordonner</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="258" />
        <location filename="../../ui/plenary/lessons.py" line="437" />
        <source>Add lesson</source>
        <translation>Ajouter un enseignement</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="260" />
        <source>New lesson</source>
        <translation>Nouvel enseignement</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="261" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="263" />
        <source>Delete the selected lesson</source>
        <translation>Supprimer l’enseignement sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="267" />
        <location filename="../../ui/plenary/lessons.py" line="268" />
        <source>Move the lesson up</source>
        <translation>Monter l’enseignement</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="272" />
        <location filename="../../ui/plenary/lessons.py" line="273" />
        <source>Move the lesson down</source>
        <translation>Descendre l’enseignement</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="282" />
        <source>Cross-cutting lessons, in the order they are presented</source>
        <translation>Enseignements transversaux, dans l’ordre de présentation</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="291" />
        <source>The lesson in one line</source>
        <translation>L’enseignement en une ligne</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="292" />
        <source>Title of the lesson</source>
        <translation>Titre de l’enseignement</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="294" />
        <source>What the rooms said, in a few sentences</source>
        <translation>Ce que les salles ont dit, en quelques phrases</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="298" />
        <source>Items the lesson rests on</source>
        <translation>Éléments sur lesquels repose l’enseignement</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="299" />
        <source>Remove the selected item from the lesson</source>
        <translation>Retirer l’élément choisi</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="304" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="308" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="312" />
        <source>Text of the lesson</source>
        <translation>Texte de l’enseignement</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="315" />
        <source>It rests on these items</source>
        <extracomment>bold and italics, and the formatted preview of the lesson's text</extracomment>
        <translation>Il repose sur ces éléments</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="324" />
        <source>Suggestions: what came up in several rooms</source>
        <translation>Suggestions : ce qui est ressorti dans plusieurs salles</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="329" />
        <source>Items of the chosen suggestion</source>
        <translation>Éléments de la suggestion choisie</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="330" />
        <source>Make a lesson from this</source>
        <translation>En faire un enseignement</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="333" />
        <source>Add these items to the selected lesson</source>
        <translation>Ajouter à l’enseignement choisi</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="338" />
        <source>Came up in several rooms</source>
        <translation>Ressorti dans plusieurs salles</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="363" />
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="363" />
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="410" />
        <source>Edit lesson</source>
        <translation>Modifier l’enseignement</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="419" />
        <source>(an item that was deleted)</source>
        <translation>(un élément supprimé)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="454" />
        <source>Delete lesson “{0}”</source>
        <translation>Supprimer l’enseignement « {0} »</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="462" />
        <location filename="../../ui/plenary/lessons.py" line="469" />
        <source>Move lesson</source>
        <translation>Déplacer l’enseignement</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="480" />
        <source>Rename lesson</source>
        <translation>Renommer l’enseignement</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="490" />
        <source>Remove item from lesson</source>
        <translation>Retirer un élément de l’enseignement</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="504" />
        <source>Add items to lesson</source>
        <translation>Ajouter des éléments à l’enseignement</translation>
    </message>
</context>
<context>
    <name>PlenaryView</name>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="87" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="88" />
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="90" />
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="117" />
        <location filename="../../ui/plenary/plenary_view.py" line="171" />
        <source>Themes</source>
        <extracomment>the clock the presenter timer counts against (None: the system clock) the notes marked as key points (read with the report's content)</extracomment>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="118" />
        <source>Each theme with its room, hosts and note counts; choose one to see and edit what is presented</source>
        <translation>Chaque thème avec sa salle, ses hôtes et le nombre de notes ; choisissez-en un pour voir et modifier ce qui est présenté</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="123" />
        <source>Overview of the theme</source>
        <translation>Vue d’ensemble du thème</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="125" />
        <source>The theme's summary for the plenary and the report: a few paragraphs.</source>
        <translation>La synthèse du thème pour la plénière et le rapport : quelques paragraphes.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="126" />
        <source>Summary of the theme</source>
        <translation>Synthèse du thème</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="127" />
        <source>Printed in the report and shown on the slides; saved as you type</source>
        <translation>Imprimée dans le rapport et affichée sur les diapositives ; enregistrée au fil de la saisie</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="132" />
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="133" />
        <location filename="../../ui/plenary/plenary_view.py" line="418" />
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="134" />
        <source>Items to present</source>
        <translation>Éléments à présenter</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="147" />
        <source>The report's introduction: what the workshop was, who came, why.</source>
        <translation>L’introduction du rapport : ce qu’était l’atelier, qui y a participé, pourquoi.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="148" />
        <source>Introduction of the report</source>
        <translation>Introduction du rapport</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="152" />
        <source>&lt;b&gt;Introduction&lt;/b&gt; (first section of the report)</source>
        <translation>&lt;b&gt;Introduction&lt;/b&gt; (première section du rapport)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="161" />
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="161" />
        <source>Export Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="162" />
        <source>Export Word…</source>
        <translation>Exporter en Word…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="162" />
        <source>Export notes (CSV)…</source>
        <translation>Exporter les notes (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="172" />
        <source>Cross-cutting lessons</source>
        <translation>Enseignements transversaux</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="173" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="175" />
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="178" />
        <source>Dot votes</source>
        <translation>Votes par gommettes</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="180" />
        <source>Presentation of outcomes, theme by theme</source>
        <translation>Présentation des résultats, thème par thème</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="185" />
        <source>Screen to present on</source>
        <translation>Écran de présentation</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="186" />
        <source>The presentation opens full screen here; the second screen (usually the projector) is chosen first</source>
        <translation>La présentation s’ouvre ici en plein écran ; le deuxième écran (généralement le projecteur) est proposé en premier</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="191" />
        <source>Present ▶</source>
        <extracomment>the screen the moderator chose by hand (its name), kept while it stays connected</extracomment>
        <translation>Présenter ▶</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="193" />
        <source>Present full screen on the chosen screen</source>
        <translation>Présenter en plein écran sur l’écran choisi</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="194" />
        <source>Full screen on the chosen screen.</source>
        <translation>Plein écran sur l’écran choisi.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="196" />
        <source>Screen:</source>
        <translation>Écran :</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="301" />
        <source>No theme yet.</source>
        <translation>Aucun thème pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="308" />
        <source>Edit theme summary</source>
        <translation>Modifier la synthèse du thème</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="323" />
        <source>Edit report introduction</source>
        <translation>Modifier l’introduction du rapport</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="337" />
        <source>{0}: {1} ({2}×{3})</source>
        <translation>{0} : {1} ({2}×{3})</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="337" />
        <source>screen</source>
        <translation>écran</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="406" />
        <source>no room</source>
        <translation>aucune salle</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="407" />
        <source>{0} · hosted by {1}</source>
        <translation>{0} · animé par {1}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="409" />
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="412" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="416" />
        <source>Guiding questions</source>
        <translation>Questions directrices</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="423" />
        <source>No summary written yet (write it in the Summary tab).</source>
        <translation>Aucune synthèse rédigée pour l’instant (rédigez-la dans l’onglet Synthèse).</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="431" />
        <source>What each round concluded</source>
        <translation>Conclusions de chaque tour</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ui/plenary/present_keys.py" line="25" />
        <source>→ Space Page Down: next · ← Page Up: back · Home End: first, last · T: timer · R: reset timer · F: full screen · H: these keys · Esc: leave</source>
        <translation>→ Espace Pg Suiv : suivante · ← Pg Préc : précédente · Début Fin : première, dernière · T : minuteur · R : remettre le minuteur à zéro · F : plein écran · H : ces touches · Échap : quitter</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/presentation.py" line="156" />
        <source>{0} — presentation</source>
        <extracomment>the index of the page now shown</extracomment>
        <translation>{0} — présentation</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/presentation.py" line="156" />
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/presentation.py" line="157" />
        <source>Presentation of outcomes</source>
        <translation>Présentation des résultats</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="124" />
        <source>Reading the workshop</source>
        <extracomment>the main window's File menu, as it names it (translated in the main window's context) a note holds characters no bundled font has (printed as �): one line naming it</extracomment>
        <translation>Lecture de l’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="161" />
        <source>The export failed unexpectedly ({0}: {1}); nothing was written.</source>
        <translation>L’export a échoué de façon inattendue ({0} : {1}) ; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="78" />
        <source>Report title</source>
        <translation>Titre du rapport</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="84" />
        <source>Printed</source>
        <translation>Imprimée</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="84" />
        <source>Title in the report</source>
        <translation>Titre dans le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="85" />
        <source>Sections of the report, in print order</source>
        <translation>Sections du rapport, dans l’ordre d’impression</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="87" />
        <source>Tick to print a section; edit its title (empty: the default title); Alt+Up and Alt+Down reorder</source>
        <translation>Cochez pour imprimer une section ; modifiez son titre (vide : le titre par défaut) ; Alt+Haut et Alt+Bas réordonnent</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="99" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="101" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="104" />
        <source>Default sections</source>
        <translation>Sections par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="106" />
        <source>Move the section up (Alt+Up)</source>
        <translation>Monter la section (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="107" />
        <source>Move the section down (Alt+Down)</source>
        <translation>Descendre la section (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="108" />
        <source>Every section in the default order, with its default title; the list of participants not printed</source>
        <translation>Toutes les sections dans l’ordre par défaut, avec leur titre par défaut ; la liste des participants n’est pas imprimée</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="118" />
        <source>Opens the wrap-up: who presented the outcomes of the thematic sessions, who moderated.</source>
        <translation>Ouvre la synthèse finale : qui a présenté les résultats des séances thématiques, qui a modéré.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="119" />
        <source>Lead-in of the wrap-up</source>
        <translation>Chapeau de la synthèse finale</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="120" />
        <source>Light Markdown: **bold** names, *italics*; Ctrl+B and Ctrl+I</source>
        <translation>Markdown simple : noms en **gras**, *italique* ; Ctrl+B et Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="123" />
        <source>The introduction's figures: “About 190 participants from 89 UN Member States …”</source>
        <translation>Les chiffres de l’introduction : « Environ 190 participants de 89 États Membres de l’ONU… »</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="124" />
        <source>Statistics sentence of the introduction</source>
        <translation>Phrase statistique de l’introduction</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="125" />
        <source>Offer from the data</source>
        <translation>Proposer à partir des données</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="127" />
        <source>Write the sentence from the participants (how many, from how many States, which other stakeholders), to edit</source>
        <translation>Rédiger la phrase à partir des participants (combien, de combien d’États, quelles autres parties prenantes), à retoucher</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="129" />
        <source>Offer the statistics sentence from the participants</source>
        <translation>Proposer la phrase statistique à partir des participants</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="145" />
        <source>Report &amp;title:</source>
        <translation>&amp;Titre du rapport :</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="149" />
        <source>&lt;b&gt;Sections&lt;/b&gt; (in print order)</source>
        <translation>&lt;b&gt;Sections&lt;/b&gt; (dans l’ordre d’impression)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="156" />
        <source>&lt;b&gt;Wrap-up lead-in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chapeau de la synthèse finale&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="163" />
        <source>&lt;b&gt;Statistics&lt;/b&gt; (empty: the offered sentence)</source>
        <translation>&lt;b&gt;Statistiques&lt;/b&gt; (vide : la phrase proposée)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="188" />
        <source>Empty: the report is called “{0}”</source>
        <extracomment>bold and italics buttons beside the lead-in's title, and its formatted preview under it</extracomment>
        <translation>Vide : le rapport s’intitule « {0} »</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="229" />
        <source>Offered from the data: {0}</source>
        <translation>Proposé à partir des données : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="232" />
        <source>Edit wrap-up lead-in</source>
        <translation>Modifier le chapeau de la synthèse finale</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="233" />
        <source>Edit statistics sentence</source>
        <translation>Modifier la phrase statistique</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="259" />
        <source>Ticked: “{0}” is printed</source>
        <translation>Cochée : « {0} » est imprimée</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="261" />
        <source>Empty: “{0}”</source>
        <translation>Vide : « {0} »</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="292" />
        <source>Edit report title</source>
        <translation>Modifier le titre du rapport</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="316" />
        <source>Change report sections</source>
        <translation>Modifier les sections du rapport</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="326" />
        <source>Nothing to offer: the workshop has no participants yet.</source>
        <translation>Rien à proposer : l’atelier n’a pas encore de participants.</translation>
    </message>
</context>
<context>
    <name>SessionAccountEditor</name>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="73" />
        <source>Account (rapporteur)</source>
        <extracomment>agenda items that are not plenary sessions (as the Service says: no speakers, no account)</extracomment>
        <translation>Compte rendu (rapporteur)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="74" />
        <source>What was said, written as it happens: **bold** for key phrases, “- ” for bullets, “1. ” for numbered points, “&gt; ” for a quote. Saved as you type.</source>
        <translation>Ce qui a été dit, rédigé en direct : **gras** pour les phrases clés, « - » pour les puces, « 1. » pour les points numérotés, « &gt; » pour une citation. Enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="79" />
        <source>Account of the session</source>
        <translation>Compte rendu de la séance</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="81" />
        <source>The rapporteur's account for the report, in light Markdown; saved as you type</source>
        <translation>Le compte rendu du rapporteur pour le rapport, en Markdown simple ; enregistré au fil de la saisie</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="106" />
        <source>session</source>
        <extracomment>the uuid of each session's account: the stored one, or the one the first save will create Ctrl+B, Ctrl+I, the same as buttons in the title's row, and the formatted preview</extracomment>
        <translation>séance</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="107" />
        <source>Account · {0}</source>
        <translation>Compte rendu · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="110" />
        <source>Decide later: your text stays in the editor, not saved; “Merge…” under it opens this window again. Choosing another session before deciding saves both texts, theirs first.</source>
        <translation>Décider plus tard : votre texte reste dans l’éditeur, sans être enregistré ; « Fusionner… » en dessous rouvre cette fenêtre. Choisir une autre séance avant de décider enregistre les deux textes, le leur en premier.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="127" />
        <source>Edit account</source>
        <translation>Modifier le compte rendu</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="143" />
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="143" />
        <source>Recorded</source>
        <translation>Consigné</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="144" />
        <source>Plenary sessions by day</source>
        <translation>Séances plénières par jour</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="146" />
        <source>Every agenda item that is not a round or a break; choose one to record its speakers and account</source>
        <translation>Chaque point du programme qui n’est ni un tour ni une pause ; choisissez-en un pour consigner ses intervenants et son compte rendu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plenary/sessions_view.py" line="225" />
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n intervenant</numerusform><numerusform>%n intervenants</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="227" />
        <source>account</source>
        <translation>compte rendu</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="247" />
        <source>&lt;i&gt;No plenary session on the agenda yet: add one in Setup › Agenda (any item that is not a round or a break).&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucune séance plénière au programme pour l’instant : ajoutez-en une dans Préparation › Programme (tout point qui n’est ni un tour ni une pause).&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="48" />
        <source>Moderator</source>
        <extracomment>the roles in the order the list offers them, with how each reads (translated where shown)</extracomment>
        <translation>Modérateur</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="49" />
        <source>Keynote speaker</source>
        <translation>Orateur principal</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="50" />
        <source>Panellist</source>
        <translation>Panéliste</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="51" />
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="52" />
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="53" />
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="76" />
        <source>Name</source>
        <extracomment>the fields of the table's columns, in order completion entries: the name put in the line, the organisation, and the participant's uuid or None</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="77" />
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="78" />
        <location filename="../../ui/plenary/speakers_panel.py" line="169" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="79" />
        <location filename="../../ui/plenary/speakers_panel.py" line="119" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="148" />
        <source>Speakers of the session</source>
        <extracomment>the person chosen from the completion: (name, participant uuid or None), until added the speaker to select once the snapshot shows it (just added or moved)</extracomment>
        <translation>Intervenants de la séance</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="150" />
        <source>Name, title, organisation and role of each speaker, in the order they spoke. F2 edits a cell; Alt+Up and Alt+Down move a speaker; Delete removes one.</source>
        <translation>Nom, fonction, organisation et rôle de chaque intervenant, dans l’ordre de prise de parole. F2 modifie une cellule ; Alt+Haut et Alt+Bas déplacent un intervenant ; Suppr en retire un.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="161" />
        <source>Name: type, or choose from the participants and hosts</source>
        <translation>Nom : saisissez-le, ou choisissez parmi les participants et les hôtes</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="162" />
        <source>New speaker's name</source>
        <translation>Nom du nouvel intervenant</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="165" />
        <source>Title (Undersecretary for …)</source>
        <translation>Fonction (sous-secrétaire chargé de…)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="166" />
        <source>New speaker's title</source>
        <translation>Fonction du nouvel intervenant</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="170" />
        <source>New speaker's organisation</source>
        <translation>Organisation du nouvel intervenant</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="173" />
        <source>New speaker's role</source>
        <translation>Rôle du nouvel intervenant</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="177" />
        <location filename="../../ui/plenary/speakers_panel.py" line="319" />
        <source>Add speaker</source>
        <translation>Ajouter l’intervenant</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="179" />
        <source>Add the speaker to the session</source>
        <translation>Ajouter l’intervenant à la séance</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="193" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="194" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="195" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="196" />
        <source>Move the speaker up (Alt+Up)</source>
        <translation>Monter l’intervenant (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="197" />
        <source>Move the speaker down (Alt+Down)</source>
        <translation>Descendre l’intervenant (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="198" />
        <source>Remove the speaker (Delete)</source>
        <translation>Retirer l’intervenant (Suppr)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="218" />
        <source>Double-click a cell (or F2) to correct it; every change can be undone.</source>
        <translation>Double-cliquez sur une cellule (ou F2) pour la corriger ; chaque modification peut être annulée.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="223" />
        <source>&lt;b&gt;Speakers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Intervenants&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="313" />
        <source>Type the speaker's name first (or choose someone from the list).</source>
        <translation>Saisissez d’abord le nom de l’intervenant (ou choisissez une personne dans la liste).</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="327" />
        <source>Added {0}.</source>
        <translation>{0} ajouté(e).</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="341" />
        <source>A speaker needs a name; use Remove to take them off the list.</source>
        <translation>Un intervenant doit avoir un nom ; utilisez Retirer pour l’enlever de la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="343" />
        <source>Edit speaker</source>
        <translation>Modifier l’intervenant</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="346" />
        <source>Not changed: {0}</source>
        <translation>Non modifié : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="356" />
        <source>Move speaker</source>
        <translation>Déplacer l’intervenant</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="363" />
        <source>Remove speaker {0}</source>
        <translation>Retirer l’intervenant {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="366" />
        <source>Removed {0}; Undo brings them back.</source>
        <translation>{0} retiré(e) ; Annuler le ou la rétablit.</translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="62" />
        <source>What the vote is on</source>
        <translation>Objet du vote</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="67" />
        <source>Dots per phone</source>
        <translation>Gommettes par téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="68" />
        <source>Open the vote</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="70" />
        <source>Open a dot vote</source>
        <translation>Ouvrir un vote par gommettes</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="72" />
        <source>Open a dot vote on:</source>
        <translation>Ouvrir un vote par gommettes sur :</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="72" />
        <source>Dots per phone:</source>
        <translation>Gommettes par téléphone :</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="84" />
        <source>Dot votes</source>
        <translation>Votes par gommettes</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="89" />
        <source>Results of the chosen vote, most dots first</source>
        <translation>Résultats du vote choisi, du plus grand nombre de gommettes au plus petit</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="90" />
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="90" />
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="102" />
        <source>QR code of the vote's page</source>
        <translation>Code QR de la page du vote</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="107" />
        <source>Address of the vote's page</source>
        <translation>Adresse de la page du vote</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="108" />
        <location filename="../../ui/plenary/votes_view.py" line="216" />
        <source>Close the vote</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="111" />
        <source>Renew link</source>
        <translation>Renouveler le lien</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="113" />
        <source>Renew the vote's link</source>
        <translation>Renouveler le lien du vote</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="114" />
        <source>A new link and QR code; the old ones stop working</source>
        <translation>Un nouveau lien et un nouveau code QR ; les anciens cessent de fonctionner</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="116" />
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="118" />
        <source>Delete the chosen vote and its dots</source>
        <translation>Supprimer le vote choisi et ses gommettes</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="150" />
        <source>The cross-cutting lessons</source>
        <translation>Les enseignements transversaux</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="152" />
        <source>Key points of {0}</source>
        <translation>Points clés de {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plenary/votes_view.py" line="170" />
        <location filename="../../ui/plenary/votes_view.py" line="258" />
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n téléphone</numerusform><numerusform>%n téléphones</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="171" />
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="171" />
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="179" />
        <source>Cross-cutting lessons</source>
        <translation>Enseignements transversaux</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="181" />
        <source>Dot vote</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="199" />
        <source>No vote yet. Write the cross-cutting lessons (or mark key points in a room), then open a vote and show its QR code.</source>
        <translation>Aucun vote pour l’instant. Rédigez les enseignements transversaux (ou marquez des points clés dans une salle), puis ouvrez un vote et affichez son code QR.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plenary/votes_view.py" line="211" />
        <source>%n phone(s) voted</source>
        <translation>
            <numerusform>%n téléphone a voté</numerusform><numerusform>%n téléphones ont voté</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="213" />
        <source>{0} — {1}, {2} dots given, {3} per phone.</source>
        <translation>{0} — {1} ; gommettes données : {2} ({3} par téléphone).</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="215" />
        <source>Open: phones can give their dots.</source>
        <translation>Vote ouvert : les téléphones peuvent donner leurs gommettes.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="215" />
        <source>Closed.</source>
        <translation>Vote clos.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="216" />
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="217" />
        <source>Close the chosen vote</source>
        <translation>Clore le vote choisi</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="218" />
        <source>Reopen the chosen vote</source>
        <translation>Rouvrir le vote choisi</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="228" />
        <source>Share the venue pages (Round › Share on the venue network) to show this vote's QR code.</source>
        <translation>Partagez les pages du site (Tour › Partager sur le réseau du site) pour afficher le code QR de ce vote.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="256" />
        <source>Delete the vote</source>
        <translation>Supprimer le vote</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="257" />
        <source>Delete the vote “{0}” and the dots {1} gave? This cannot be undone.</source>
        <translation>Supprimer le vote « {0} » et les gommettes données par {1} ? Cette action est irréversible.</translation>
    </message>
</context>
</TS>