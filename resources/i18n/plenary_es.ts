<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>AutosaveText</name>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="182" />
        <source>Both texts are kept: theirs, then yours below a line.</source>
        <extracomment>how long typing pauses before the text is saved (the flush on close saves the rest) the version of the stored text the user's edit started from (None: not known) the snapshot field holding the text (to show theirs in a conflict) saves sent and not answered yet: until they are, a reload changes neither text nor base</extracomment>
        <translation>Se conservan ambos textos: el suyo y, debajo de una línea, el de usted.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="59" />
        <source>Export report (PDF)…</source>
        <extracomment>(format, menu text, file filter), translated where shown (:func:`_tr`)</extracomment>
        <translation>Exportar el informe (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="60" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="61" />
        <source>Export report (Markdown)…</source>
        <translation>Exportar el informe (Markdown)…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="62" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="63" />
        <source>Export report (Word)…</source>
        <translation>Exportar el informe (Word)…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="64" />
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="65" />
        <source>Export notes (CSV)…</source>
        <translation>Exportar las notas (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="66" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="173" />
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="198" />
        <source>Export the report as PDF. The file is replaced only when the export has finished.</source>
        <translation>Exportar el informe en PDF. El archivo solo se sustituye cuando termina la exportación.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="199" />
        <source>Export the report as Markdown. The file is replaced only when the export has finished.</source>
        <translation>Exportar el informe en Markdown. El archivo solo se sustituye cuando termina la exportación.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="201" />
        <source>Export the report as Word. The file is replaced only when the export has finished.</source>
        <translation>Exportar el informe en formato Word. El archivo solo se sustituye cuando termina la exportación.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="203" />
        <source>Export every note as CSV. The file is replaced only when the export has finished.</source>
        <translation>Exportar todas las notas en CSV. El archivo solo se sustituye cuando termina la exportación.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="205" />
        <location filename="../../ui/plenary/export_dialog.py" line="232" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="212" />
        <source>File to export to</source>
        <translation>Archivo de destino de la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="213" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="215" />
        <source>Choose the file to export to</source>
        <translation>Elegir el archivo de destino</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="220" />
        <source>Include the groups and their participants (names of people)</source>
        <translation>Incluir los grupos y sus participantes (nombres de personas)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="228" />
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="235" />
        <source>Cancel export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="238" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="271" />
        <source>Choose a file to export to.</source>
        <translation>Elija el archivo al que exportar.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="274" />
        <source>{0} is a folder: add a file name.</source>
        <translation>{0} es una carpeta: añada un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="280" />
        <source>No workshop is open.</source>
        <translation>No hay ningún taller abierto.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="296" />
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="303" />
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="308" />
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="308" />
        <source>Finishing…</source>
        <translation>Finalizando…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="322" />
        <source>Wrote {0}. {1} printed with the mark � for characters no bundled font has:
{2}</source>
        <translation>Se ha escrito {0}. {1} se imprimen con la marca � en lugar de caracteres que ninguna fuente incluida contiene:
{2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plenary/export_dialog.py" line="321" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform><numerusform>%n notas</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="325" />
        <source>Wrote {0}</source>
        <translation>Se ha escrito {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="328" />
        <source>Exported {0}</source>
        <translation>Se ha exportado {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="333" />
        <source>Not exported: {0}</source>
        <translation>No se ha exportado: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="338" />
        <source>Cancelled; no file was written or changed.</source>
        <translation>Cancelado; no se ha escrito ni modificado ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="356" />
        <source>Open a workshop first.</source>
        <translation>Abra primero un taller.</translation>
    </message>
</context>
<context>
    <name>ItemsChooser</name>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="51" />
        <source>Opportunities</source>
        <extracomment>True when the entry is ticked unless the presenter chose otherwise (a heading or a key point) the presenter's choices changed (stored already)</extracomment>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="51" />
        <source>Challenges</source>
        <translation>Desafíos</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="52" />
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="61" />
        <source>{0} to present</source>
        <translation>{0} para presentar</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="62" />
        <source>Ticked entries are on the slides, in this order; Space ticks or unticks, drag to reorder.</source>
        <translation>Las entradas marcadas aparecen en las diapositivas, en este orden; Espacio marca o desmarca, arrastre para reordenar.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="74" />
        <source>Headings and key points</source>
        <translation>Epígrafes y puntos clave</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="76" />
        <source>Start again from the headings and key points</source>
        <translation>Volver a empezar desde los epígrafes y los puntos clave</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="77" />
        <source>Tick only the headings and the items marked ★ in the room (your own ticks and order for this theme are forgotten)</source>
        <translation>Marcar solo los epígrafes y los elementos señalados con ★ en la sala (se olvidan sus propias marcas y su orden para este tema)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="80" />
        <source>Every item</source>
        <translation>Todos los elementos</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="82" />
        <source>Tick every item of this theme</source>
        <translation>Marcar todos los elementos de este tema</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="123" />
        <source>A heading: on the slides while ticked, and always above a ticked item under it</source>
        <translation>Un epígrafe: aparece en las diapositivas mientras esté marcado, y siempre encima de un elemento marcado que contenga</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="128" />
        <source>A key point, marked in the room</source>
        <translation>Un punto clave, señalado en la sala</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="141" />
        <source>Ticked entries are on the slides, in this order (drag to reorder). The selection starts from the headings and the key points (★).</source>
        <translation>Las entradas marcadas aparecen en las diapositivas, en este orden (arrastre para reordenar). La selección parte de los epígrafes y los puntos clave (★).</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="144" />
        <source>No item of this theme is marked as a key point yet: tick the items to present, or mark key points in the room (Ctrl+K).</source>
        <translation>Ningún elemento de este tema está señalado aún como punto clave: marque los elementos que presentar o señale puntos clave en la sala (Ctrl+K).</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="256" />
        <source>Cross-cutting lessons</source>
        <translation>Lecciones transversales</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="257" />
        <source>In the order they are presented; drag to reorder</source>
        <translation>En el orden en que se presentan; arrastre para reordenar</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="258" />
        <location filename="../../ui/plenary/lessons.py" line="437" />
        <source>Add lesson</source>
        <translation>Añadir una lección</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="260" />
        <source>New lesson</source>
        <translation>Nueva lección</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="261" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="263" />
        <source>Delete the selected lesson</source>
        <translation>Eliminar la lección seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="267" />
        <location filename="../../ui/plenary/lessons.py" line="268" />
        <source>Move the lesson up</source>
        <translation>Subir la lección</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="272" />
        <location filename="../../ui/plenary/lessons.py" line="273" />
        <source>Move the lesson down</source>
        <translation>Bajar la lección</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="282" />
        <source>Cross-cutting lessons, in the order they are presented</source>
        <translation>Lecciones transversales, en el orden en que se presentan</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="291" />
        <source>The lesson in one line</source>
        <translation>La lección en una línea</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="292" />
        <source>Title of the lesson</source>
        <translation>Título de la lección</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="294" />
        <source>What the rooms said, in a few sentences</source>
        <translation>Lo que se dijo en las salas, en unas pocas frases</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="298" />
        <source>Items the lesson rests on</source>
        <translation>Elementos en los que se basa la lección</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="299" />
        <source>Remove the selected item from the lesson</source>
        <translation>Quitar de la lección el elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="304" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="308" />
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="312" />
        <source>Text of the lesson</source>
        <translation>Texto de la lección</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="315" />
        <source>It rests on these items</source>
        <extracomment>bold and italics, and the formatted preview of the lesson's text</extracomment>
        <translation>Se basa en estos elementos</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="324" />
        <source>Suggestions: what came up in several rooms</source>
        <translation>Sugerencias: lo que surgió en varias salas</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="329" />
        <source>Items of the chosen suggestion</source>
        <translation>Elementos de la sugerencia elegida</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="330" />
        <source>Make a lesson from this</source>
        <translation>Convertir en lección</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="333" />
        <source>Add these items to the selected lesson</source>
        <translation>Añadir estos elementos a la lección seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="338" />
        <source>Came up in several rooms</source>
        <translation>Surgió en varias salas</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="363" />
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="363" />
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="410" />
        <source>Edit lesson</source>
        <translation>Editar la lección</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="419" />
        <source>(an item that was deleted)</source>
        <translation>(un elemento eliminado)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="454" />
        <source>Delete lesson “{0}”</source>
        <translation>Eliminar la lección «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="462" />
        <location filename="../../ui/plenary/lessons.py" line="469" />
        <source>Move lesson</source>
        <translation>Mover la lección</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="480" />
        <source>Rename lesson</source>
        <translation>Cambiar el título de la lección</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="490" />
        <source>Remove item from lesson</source>
        <translation>Quitar un elemento de la lección</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="504" />
        <source>Add items to lesson</source>
        <translation>Añadir elementos a la lección</translation>
    </message>
</context>
<context>
    <name>PlenaryView</name>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="87" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="88" />
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="90" />
        <source>Hosts</source>
        <translation>Anfitriones</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="117" />
        <location filename="../../ui/plenary/plenary_view.py" line="171" />
        <source>Themes</source>
        <extracomment>the clock the presenter timer counts against (None: the system clock) the notes marked as key points (read with the report's content)</extracomment>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="118" />
        <source>Each theme with its room, hosts and note counts; choose one to see and edit what is presented</source>
        <translation>Cada tema con su sala, sus anfitriones y el número de notas; elija uno para ver y editar lo que se presenta</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="123" />
        <source>Overview of the theme</source>
        <translation>Vista general del tema</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="125" />
        <source>The theme's summary for the plenary and the report: a few paragraphs.</source>
        <translation>La síntesis del tema para la plenaria y el informe: unos pocos párrafos.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="126" />
        <source>Summary of the theme</source>
        <translation>Síntesis del tema</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="127" />
        <source>Printed in the report and shown on the slides; saved as you type</source>
        <translation>Se imprime en el informe y se muestra en las diapositivas; se guarda mientras escribe</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="132" />
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="133" />
        <location filename="../../ui/plenary/plenary_view.py" line="418" />
        <source>Summary</source>
        <translation>Síntesis</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="134" />
        <source>Items to present</source>
        <translation>Elementos para presentar</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="147" />
        <source>The report's introduction: what the workshop was, who came, why.</source>
        <translation>La introducción del informe: qué fue el taller, quién asistió y por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="148" />
        <source>Introduction of the report</source>
        <translation>Introducción del informe</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="152" />
        <source>&lt;b&gt;Introduction&lt;/b&gt; (first section of the report)</source>
        <translation>&lt;b&gt;Introducción&lt;/b&gt; (primera sección del informe)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="161" />
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="161" />
        <source>Export Markdown…</source>
        <translation>Exportar Markdown…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="162" />
        <source>Export Word…</source>
        <translation>Exportar Word…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="162" />
        <source>Export notes (CSV)…</source>
        <translation>Exportar las notas (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="172" />
        <source>Cross-cutting lessons</source>
        <translation>Lecciones transversales</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="173" />
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="175" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="178" />
        <source>Dot votes</source>
        <translation>Votaciones por puntos</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="180" />
        <source>Presentation of outcomes, theme by theme</source>
        <translation>Presentación de los resultados, tema por tema</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="185" />
        <source>Screen to present on</source>
        <translation>Pantalla de presentación</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="186" />
        <source>The presentation opens full screen here; the second screen (usually the projector) is chosen first</source>
        <translation>La presentación se abre aquí a pantalla completa; se propone primero la segunda pantalla (normalmente el proyector)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="191" />
        <source>Present ▶</source>
        <extracomment>the screen the moderator chose by hand (its name), kept while it stays connected</extracomment>
        <translation>Presentar ▶</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="193" />
        <source>Present full screen on the chosen screen</source>
        <translation>Presentar a pantalla completa en la pantalla elegida</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="194" />
        <source>Full screen on the chosen screen.</source>
        <translation>Pantalla completa en la pantalla elegida.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="196" />
        <source>Screen:</source>
        <translation>Pantalla:</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="301" />
        <source>No theme yet.</source>
        <translation>Todavía no hay ningún tema.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="308" />
        <source>Edit theme summary</source>
        <translation>Editar la síntesis del tema</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="323" />
        <source>Edit report introduction</source>
        <translation>Editar la introducción del informe</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="337" />
        <source>{0}: {1} ({2}×{3})</source>
        <translation>{0}: {1} ({2}×{3})</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="337" />
        <source>screen</source>
        <translation>pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="406" />
        <source>no room</source>
        <translation>sin sala</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="407" />
        <source>{0} · hosted by {1}</source>
        <translation>{0} · con los anfitriones {1}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="409" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="412" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="416" />
        <source>Guiding questions</source>
        <translation>Preguntas orientadoras</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="423" />
        <source>No summary written yet (write it in the Summary tab).</source>
        <translation>Todavía no se ha redactado la síntesis (redáctela en la pestaña Síntesis).</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="431" />
        <source>What each round concluded</source>
        <translation>Conclusiones de cada ronda</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ui/plenary/present_keys.py" line="25" />
        <source>→ Space Page Down: next · ← Page Up: back · Home End: first, last · T: timer · R: reset timer · F: full screen · H: these keys · Esc: leave</source>
        <translation>→ Espacio Av Pág: siguiente · ← Re Pág: anterior · Inicio Fin: primera, última · T: temporizador · R: reiniciar el temporizador · F: pantalla completa · H: estas teclas · Esc: salir</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/presentation.py" line="156" />
        <source>{0} — presentation</source>
        <extracomment>the index of the page now shown</extracomment>
        <translation>{0} — presentación</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/presentation.py" line="156" />
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/presentation.py" line="157" />
        <source>Presentation of outcomes</source>
        <translation>Presentación de los resultados</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="124" />
        <source>Reading the workshop</source>
        <extracomment>the main window's File menu, as it names it (translated in the main window's context) a note holds characters no bundled font has (printed as �): one line naming it</extracomment>
        <translation>Leyendo el taller</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="161" />
        <source>The export failed unexpectedly ({0}: {1}); nothing was written.</source>
        <translation>La exportación ha fallado de forma inesperada ({0}: {1}); no se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="78" />
        <source>Report title</source>
        <translation>Título del informe</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="84" />
        <source>Printed</source>
        <translation>Se imprime</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="84" />
        <source>Title in the report</source>
        <translation>Título en el informe</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="85" />
        <source>Sections of the report, in print order</source>
        <translation>Secciones del informe, en el orden de impresión</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="87" />
        <source>Tick to print a section; edit its title (empty: the default title); Alt+Up and Alt+Down reorder</source>
        <translation>Marque una sección para imprimirla; edite su título (vacío: el título predeterminado); Alt+Arriba y Alt+Abajo reordenan</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="99" />
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="101" />
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="104" />
        <source>Default sections</source>
        <translation>Secciones predeterminadas</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="106" />
        <source>Move the section up (Alt+Up)</source>
        <translation>Subir la sección (Alt+Arriba)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="107" />
        <source>Move the section down (Alt+Down)</source>
        <translation>Bajar la sección (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="108" />
        <source>Every section in the default order, with its default title; the list of participants not printed</source>
        <translation>Todas las secciones en el orden predeterminado, con su título predeterminado; la lista de participantes no se imprime</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="118" />
        <source>Opens the wrap-up: who presented the outcomes of the thematic sessions, who moderated.</source>
        <translation>Abre la sesión de cierre: quién presentó los resultados de las sesiones temáticas y quién moderó.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="119" />
        <source>Lead-in of the wrap-up</source>
        <translation>Entradilla de la sesión de cierre</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="120" />
        <source>Light Markdown: **bold** names, *italics*; Ctrl+B and Ctrl+I</source>
        <translation>Markdown sencillo: nombres en **negrita**, *cursiva*; Ctrl+B y Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="123" />
        <source>The introduction's figures: “About 190 participants from 89 UN Member States …”</source>
        <translation>Las cifras de la introducción: «Unos 190 participantes de 89 Estados Miembros de las Naciones Unidas…»</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="124" />
        <source>Statistics sentence of the introduction</source>
        <translation>Frase estadística de la introducción</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="125" />
        <source>Offer from the data</source>
        <translation>Proponer a partir de los datos</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="127" />
        <source>Write the sentence from the participants (how many, from how many States, which other stakeholders), to edit</source>
        <translation>Redactar la frase a partir de los participantes (cuántos, de cuántos Estados, qué otras partes interesadas), para editarla</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="129" />
        <source>Offer the statistics sentence from the participants</source>
        <translation>Proponer la frase estadística a partir de los participantes</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="145" />
        <source>Report &amp;title:</source>
        <translation>&amp;Título del informe:</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="149" />
        <source>&lt;b&gt;Sections&lt;/b&gt; (in print order)</source>
        <translation>&lt;b&gt;Secciones&lt;/b&gt; (en el orden de impresión)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="156" />
        <source>&lt;b&gt;Wrap-up lead-in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Entradilla de la sesión de cierre&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="163" />
        <source>&lt;b&gt;Statistics&lt;/b&gt; (empty: the offered sentence)</source>
        <translation>&lt;b&gt;Estadísticas&lt;/b&gt; (vacío: la frase propuesta)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="188" />
        <source>Empty: the report is called “{0}”</source>
        <extracomment>bold and italics buttons beside the lead-in's title, and its formatted preview under it</extracomment>
        <translation>Vacío: el informe se titula «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="229" />
        <source>Offered from the data: {0}</source>
        <translation>Propuesta a partir de los datos: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="232" />
        <source>Edit wrap-up lead-in</source>
        <translation>Editar la entradilla de la sesión de cierre</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="233" />
        <source>Edit statistics sentence</source>
        <translation>Editar la frase estadística</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="259" />
        <source>Ticked: “{0}” is printed</source>
        <translation>Marcada: «{0}» se imprime</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="261" />
        <source>Empty: “{0}”</source>
        <translation>Vacío: «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="292" />
        <source>Edit report title</source>
        <translation>Editar el título del informe</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="316" />
        <source>Change report sections</source>
        <translation>Cambiar las secciones del informe</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="326" />
        <source>Nothing to offer: the workshop has no participants yet.</source>
        <translation>Nada que proponer: el taller aún no tiene participantes.</translation>
    </message>
</context>
<context>
    <name>SessionAccountEditor</name>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="73" />
        <source>Account (rapporteur)</source>
        <extracomment>agenda items that are not plenary sessions (as the Service says: no speakers, no account)</extracomment>
        <translation>Acta (relator)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="74" />
        <source>What was said, written as it happens: **bold** for key phrases, “- ” for bullets, “1. ” for numbered points, “&gt; ” for a quote. Saved as you type.</source>
        <translation>Lo que se dijo, redactado en directo: **negrita** para las frases clave, «- » para viñetas, «1. » para puntos numerados, «&gt; » para una cita. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="79" />
        <source>Account of the session</source>
        <translation>Acta de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="81" />
        <source>The rapporteur's account for the report, in light Markdown; saved as you type</source>
        <translation>El acta del relator para el informe, en Markdown sencillo; se guarda mientras escribe</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="106" />
        <source>session</source>
        <extracomment>the uuid of each session's account: the stored one, or the one the first save will create Ctrl+B, Ctrl+I, the same as buttons in the title's row, and the formatted preview</extracomment>
        <translation>sesión</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="107" />
        <source>Account · {0}</source>
        <translation>Acta · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="110" />
        <source>Decide later: your text stays in the editor, not saved; “Merge…” under it opens this window again. Choosing another session before deciding saves both texts, theirs first.</source>
        <translation>Decidir más tarde: su texto permanece en el editor, sin guardar; «Combinar…» debajo vuelve a abrir esta ventana. Si elige otra sesión antes de decidir, se guardan ambos textos, primero el suyo.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="127" />
        <source>Edit account</source>
        <translation>Editar el acta</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="143" />
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="143" />
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="144" />
        <source>Plenary sessions by day</source>
        <translation>Sesiones plenarias por día</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="146" />
        <source>Every agenda item that is not a round or a break; choose one to record its speakers and account</source>
        <translation>Cada punto del programa que no es una ronda ni una pausa; elija uno para registrar sus oradores y su acta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plenary/sessions_view.py" line="225" />
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n orador</numerusform><numerusform>%n oradores</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="227" />
        <source>account</source>
        <translation>acta</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="247" />
        <source>&lt;i&gt;No plenary session on the agenda yet: add one in Setup › Agenda (any item that is not a round or a break).&lt;/i&gt;</source>
        <translation>&lt;i&gt;Todavía no hay ninguna sesión plenaria en el programa: añada una en Preparación › Programa (cualquier punto que no sea una ronda ni una pausa).&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="48" />
        <source>Moderator</source>
        <extracomment>the roles in the order the list offers them, with how each reads (translated where shown)</extracomment>
        <translation>Moderador</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="49" />
        <source>Keynote speaker</source>
        <translation>Orador principal</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="50" />
        <source>Panellist</source>
        <translation>Panelista</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="51" />
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="52" />
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="53" />
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="76" />
        <source>Name</source>
        <extracomment>the fields of the table's columns, in order completion entries: the name put in the line, the organisation, and the participant's uuid or None</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="77" />
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="78" />
        <location filename="../../ui/plenary/speakers_panel.py" line="169" />
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="79" />
        <location filename="../../ui/plenary/speakers_panel.py" line="119" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="148" />
        <source>Speakers of the session</source>
        <extracomment>the person chosen from the completion: (name, participant uuid or None), until added the speaker to select once the snapshot shows it (just added or moved)</extracomment>
        <translation>Oradores de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="150" />
        <source>Name, title, organisation and role of each speaker, in the order they spoke. F2 edits a cell; Alt+Up and Alt+Down move a speaker; Delete removes one.</source>
        <translation>Nombre, cargo, organización y función de cada orador, en el orden en que intervino. F2 edita una celda; Alt+Arriba y Alt+Abajo mueven a un orador; Supr quita uno.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="161" />
        <source>Name: type, or choose from the participants and hosts</source>
        <translation>Nombre: escríbalo o elíjalo entre los participantes y los anfitriones</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="162" />
        <source>New speaker's name</source>
        <translation>Nombre del nuevo orador</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="165" />
        <source>Title (Undersecretary for …)</source>
        <translation>Cargo (Subsecretario de…)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="166" />
        <source>New speaker's title</source>
        <translation>Cargo del nuevo orador</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="170" />
        <source>New speaker's organisation</source>
        <translation>Organización del nuevo orador</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="173" />
        <source>New speaker's role</source>
        <translation>Función del nuevo orador</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="177" />
        <location filename="../../ui/plenary/speakers_panel.py" line="319" />
        <source>Add speaker</source>
        <translation>Añadir orador</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="179" />
        <source>Add the speaker to the session</source>
        <translation>Añadir el orador a la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="193" />
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="194" />
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="195" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="196" />
        <source>Move the speaker up (Alt+Up)</source>
        <translation>Subir al orador (Alt+Arriba)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="197" />
        <source>Move the speaker down (Alt+Down)</source>
        <translation>Bajar al orador (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="198" />
        <source>Remove the speaker (Delete)</source>
        <translation>Quitar al orador (Supr)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="218" />
        <source>Double-click a cell (or F2) to correct it; every change can be undone.</source>
        <translation>Haga doble clic en una celda (o pulse F2) para corregirla; todos los cambios se pueden deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="223" />
        <source>&lt;b&gt;Speakers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Oradores&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="313" />
        <source>Type the speaker's name first (or choose someone from the list).</source>
        <translation>Escriba primero el nombre del orador (o elija a alguien de la lista).</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="327" />
        <source>Added {0}.</source>
        <translation>Se ha añadido a {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="341" />
        <source>A speaker needs a name; use Remove to take them off the list.</source>
        <translation>Un orador necesita un nombre; use Quitar para sacarlo de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="343" />
        <source>Edit speaker</source>
        <translation>Editar el orador</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="346" />
        <source>Not changed: {0}</source>
        <translation>Sin cambios: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="356" />
        <source>Move speaker</source>
        <translation>Mover el orador</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="363" />
        <source>Remove speaker {0}</source>
        <translation>Quitar al orador {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="366" />
        <source>Removed {0}; Undo brings them back.</source>
        <translation>Se ha quitado a {0}; Deshacer lo vuelve a añadir.</translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="62" />
        <source>What the vote is on</source>
        <translation>Sobre qué se vota</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="67" />
        <source>Dots per phone</source>
        <translation>Puntos por teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="68" />
        <source>Open the vote</source>
        <translation>Abrir la votación</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="70" />
        <source>Open a dot vote</source>
        <translation>Abrir una votación por puntos</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="72" />
        <source>Open a dot vote on:</source>
        <translation>Abrir una votación por puntos sobre:</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="72" />
        <source>Dots per phone:</source>
        <translation>Puntos por teléfono:</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="84" />
        <source>Dot votes</source>
        <translation>Votaciones por puntos</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="89" />
        <source>Results of the chosen vote, most dots first</source>
        <translation>Resultados de la votación elegida, de más a menos puntos</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="90" />
        <source>Dots</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="90" />
        <source>Choice</source>
        <translation>Opción</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="102" />
        <source>QR code of the vote's page</source>
        <translation>Código QR de la página de la votación</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="107" />
        <source>Address of the vote's page</source>
        <translation>Dirección de la página de la votación</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="108" />
        <location filename="../../ui/plenary/votes_view.py" line="216" />
        <source>Close the vote</source>
        <translation>Cerrar la votación</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="111" />
        <source>Renew link</source>
        <translation>Renovar el enlace</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="113" />
        <source>Renew the vote's link</source>
        <translation>Renovar el enlace de la votación</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="114" />
        <source>A new link and QR code; the old ones stop working</source>
        <translation>Un nuevo enlace y un nuevo código QR; los anteriores dejan de funcionar</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="116" />
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="118" />
        <source>Delete the chosen vote and its dots</source>
        <translation>Eliminar la votación elegida y sus puntos</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="150" />
        <source>The cross-cutting lessons</source>
        <translation>Las lecciones transversales</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="152" />
        <source>Key points of {0}</source>
        <translation>Puntos clave de {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plenary/votes_view.py" line="170" />
        <location filename="../../ui/plenary/votes_view.py" line="258" />
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n teléfono</numerusform><numerusform>%n teléfonos</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="171" />
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="171" />
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="179" />
        <source>Cross-cutting lessons</source>
        <translation>Lecciones transversales</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="181" />
        <source>Dot vote</source>
        <translation>Votación por puntos</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="199" />
        <source>No vote yet. Write the cross-cutting lessons (or mark key points in a room), then open a vote and show its QR code.</source>
        <translation>Todavía no hay ninguna votación. Redacte las lecciones transversales (o marque puntos clave en una sala); después, abra una votación y muestre su código QR.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plenary/votes_view.py" line="211" />
        <source>%n phone(s) voted</source>
        <translation>
            <numerusform>%n teléfono ha votado</numerusform><numerusform>%n teléfonos han votado</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="213" />
        <source>{0} — {1}, {2} dots given, {3} per phone.</source>
        <translation>{0} — {1}; puntos dados: {2} ({3} por teléfono).</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="215" />
        <source>Open: phones can give their dots.</source>
        <translation>Votación abierta: los teléfonos pueden dar sus puntos.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="215" />
        <source>Closed.</source>
        <translation>Votación cerrada.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="216" />
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="217" />
        <source>Close the chosen vote</source>
        <translation>Cerrar la votación elegida</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="218" />
        <source>Reopen the chosen vote</source>
        <translation>Reabrir la votación elegida</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="228" />
        <source>Share the venue pages (Round › Share on the venue network) to show this vote's QR code.</source>
        <translation>Comparta las páginas del recinto (Ronda › Compartir en la red del recinto) para mostrar el código QR de esta votación.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="256" />
        <source>Delete the vote</source>
        <translation>Eliminar la votación</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="257" />
        <source>Delete the vote “{0}” and the dots {1} gave? This cannot be undone.</source>
        <translation>¿Eliminar la votación «{0}» y los puntos dados por {1}? Esta acción no se puede deshacer.</translation>
    </message>
</context>
</TS>