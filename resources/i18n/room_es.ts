<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>AttributionField</name>
    <message>
        <location filename="../../ui/room/notes_attributions.py" line="79" />
        <source>&amp;Who (selected item):</source>
        <translation>&amp;Quién (elemento elegido):</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_attributions.py" line="83" />
        <source>Who: countries or organisations of the chosen item</source>
        <translation>Quién: países u organizaciones del elemento elegido</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_attributions.py" line="84" />
        <source>Countries or organisations, separated by commas, e.g. Egypt, Italy, ILO</source>
        <translation>Países u organizaciones, separados por comas, p. ej., Egipto, Italia, OIT</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_attributions.py" line="85" />
        <source>Separated by commas; completion offers the participants' countries and organisations. Alt+W comes here.</source>
        <translation>Separados por comas; el autocompletado propone los países y organizaciones de los participantes. Alt+Q lleva aquí.</translation>
    </message>
</context>
<context>
    <name>BriefView</name>
    <message>
        <location filename="../../ui/room/brief_view.py" line="88" />
        <source>NEW</source>
        <extracomment>lines of the brief put on screen together (one piece of HTML) the first step shows at least this many lines at once: a usual brief appears whole, in one go how long one later step may hold the window before the next event is served</extracomment>
        <translation>NUEVO</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="103" />
        <source>Guiding question</source>
        <translation>Pregunta orientadora</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="104" />
        <source>Guiding questions</source>
        <translation>Preguntas orientadoras</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="220" />
        <source>Print the brief</source>
        <extracomment>every line is on screen</extracomment>
        <translation>Imprimir el resumen de traspaso</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="221" />
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="296" />
        <location filename="../../ui/room/brief_view.py" line="299" />
        <source>Full brief</source>
        <extracomment>the brief with both outlines (None: no brief yet) what the browser shows: (room, round, full), for keeping the reader's place on a refresh</extracomment>
        <translation>Resumen de traspaso completo</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="298" />
        <source>Every item and citation, instead of what fits a two-minute briefing</source>
        <translation>Todos los elementos y citas, en lugar de lo que cabe en dos minutos</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="303" />
        <source>Projector screen</source>
        <translation>Pantalla del proyector</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="304" />
        <source>The screen the brief is shown on in large type</source>
        <translation>La pantalla donde se muestra el resumen de traspaso en letra grande</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="305" />
        <source>Show on projector</source>
        <translation>Proyectar</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="307" />
        <source>The brief in large type, full screen on the chosen screen (F: full screen, + and −: size, Escape: close)</source>
        <translation>El resumen de traspaso en letra grande, a pantalla completa en la pantalla elegida (F: pantalla completa, + y −: tamaño, Esc: cerrar)</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="310" />
        <source>Print (PDF)…</source>
        <translation>Imprimir (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="312" />
        <source>Save the brief as a PDF to print</source>
        <translation>Guardar el resumen de traspaso en PDF para imprimirlo</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="320" />
        <source>Screen:</source>
        <translation>Pantalla:</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="329" />
        <source>The host's brief</source>
        <translation>El resumen de traspaso del anfitrión</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="407" />
        <source>&lt;p&gt;&lt;i&gt;Choose a room.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Elija una sala.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/brief_view.py" line="415" />
        <source>%n items</source>
        <translation><numerusform>%n elemento</numerusform><numerusform>%n elementos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/brief_view.py" line="416" />
        <source>%n new</source>
        <translation><numerusform>%n nuevo</numerusform><numerusform>%n nuevos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/brief_view.py" line="417" />
        <source>about %n min to read</source>
        <translation><numerusform>unos %n min de lectura</numerusform><numerusform>unos %n min de lectura</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="423" />
        <source>Screen {0}</source>
        <translation>Pantalla {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="460" />
        <source>The brief was saved to {0}.</source>
        <translation>El resumen de traspaso se guardó en {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="462" />
        <source>The brief was not saved: {0}</source>
        <translation>El resumen de traspaso no se guardó: {0}</translation>
    </message>
</context>
<context>
    <name>ContributionQueue</name>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="48" />
        <source>Opportunity</source>
        <extracomment>the kind of one contribution (the columns' titles are plural)</extracomment>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="49" />
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="50" />
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="51" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="94" />
        <source>Contributions from phones</source>
        <extracomment>a sentence for the status bar</extracomment>
        <translation>Contribuciones desde los teléfonos</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="95" />
        <source>Enter accepts the chosen contribution into the notes, Delete dismisses it</source>
        <translation>Intro acepta la contribución elegida en las notas, Supr la descarta</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="104" />
        <source>Column the contribution goes to</source>
        <translation>Columna a la que va la contribución</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="112" />
        <source>Heading the contribution goes under (empty: none)</source>
        <translation>Epígrafe bajo el que va la contribución (vacío: ninguno)</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="116" />
        <source>Text of the contribution, as it will be in the notes</source>
        <translation>Texto de la contribución, tal como quedará en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="120" />
        <source>Accept into the notes</source>
        <translation>Aceptar en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="122" />
        <source>Accept the chosen contribution into the notes</source>
        <translation>Aceptar la contribución elegida en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="123" />
        <location filename="../../ui/room/contributions_queue.py" line="194" />
        <source>It becomes an item of this round, under the heading chosen (Enter)</source>
        <translation>Se convierte en un elemento de esta ronda, bajo el epígrafe elegido (Intro)</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="125" />
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="127" />
        <source>Dismiss the chosen contribution</source>
        <translation>Descartar la contribución elegida</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="128" />
        <source>It leaves the queue and goes nowhere (Delete in the list; Ctrl+Z brings it back)</source>
        <translation>Sale de la cola y no va a ninguna parte (Supr en la lista; Ctrl+Z la recupera)</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="131" />
        <source>Column:</source>
        <translation>Columna:</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="131" />
        <source>Under heading:</source>
        <translation>Bajo el epígrafe:</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="132" />
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/contributions_queue.py" line="187" />
        <location filename="../../ui/room/contributions_queue.py" line="285" />
        <source>From phones: %n contribution(s) waiting</source>
        <translation><numerusform>Desde los teléfonos: %n contribución en espera</numerusform><numerusform>Desde los teléfonos: %n contribuciones en espera</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="195" />
        <source>Choose a round to accept into (all rounds are read only)</source>
        <translation>Elija una ronda en la que aceptarla («todas las rondas» es solo lectura)</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="252" />
        <source>Choose a round first: all rounds are read only.</source>
        <translation>Elija primero una ronda: «todas las rondas» es solo lectura.</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="256" />
        <source>The text is empty: type it, or dismiss the contribution.</source>
        <translation>El texto está vacío: escríbalo o descarte la contribución.</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="261" />
        <source>Accept a contribution</source>
        <translation>Aceptar una contribución</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="271" />
        <source>Dismiss a contribution</source>
        <translation>Descartar una contribución</translation>
    </message>
</context>
<context>
    <name>HeaderTexts</name>
    <message numerus="yes">
        <location filename="../../ui/room/notes_header.py" line="230" />
        <source>Summary: draft (%n words)</source>
        <translation><numerusform>Síntesis: borrador (%n palabra)</numerusform><numerusform>Síntesis: borrador (%n palabras)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/notes_header.py" line="231" />
        <source>Summary: final (%n words)</source>
        <translation><numerusform>Síntesis: definitiva (%n palabra)</numerusform><numerusform>Síntesis: definitiva (%n palabras)</numerusform></translation>
    </message>
</context>
<context>
    <name>KeyTexts</name>
    <message>
        <location filename="../../ui/room/notes_column.py" line="72" />
        <source>In an entry line</source>
        <translation>En una línea de entrada</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="73" />
        <source>Enter — add the item (or the heading)</source>
        <translation>Intro — añade el elemento (o el epígrafe)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="74" />
        <source>Ctrl+H — type a heading; the items typed next go under it</source>
        <translation>Ctrl+H — escribir un epígrafe; los elementos siguientes van debajo</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="75" />
        <source>↑ / ↓ — choose a row of the list (new items go under its heading)</source>
        <translation>↑ / ↓ — elegir una fila de la lista (los nuevos elementos van bajo su epígrafe)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="76" />
        <source>Escape — leave heading mode, then clear the choice</source>
        <translation>Esc — sale del modo epígrafe y luego anula la selección</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="77" />
        <source>F2 — edit the chosen row in place (none chosen: the last row)</source>
        <translation>F2 — edita la fila elegida en su sitio (si no hay ninguna, la última)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="78" />
        <source>Delete, on an empty line — delete the chosen row (none chosen: choose the last row first)</source>
        <translation>Supr, en una línea vacía — borra la fila elegida (si no hay ninguna, elige primero la última)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="80" />
        <source>In a list</source>
        <translation>En una lista</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="81" />
        <source>F2 or a double click — edit in place (Enter or Escape ends, keeping the text)</source>
        <translation>F2 o doble clic — editar en su sitio (Intro o Esc terminan y conservan el texto)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="82" />
        <source>Delete — delete the chosen row</source>
        <translation>Supr — borra la fila elegida</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="83" />
        <source>Right click or the Menu key — the chosen item's actions, each with its key</source>
        <translation>Clic derecho o tecla Menú — las acciones del elemento elegido, cada una con su tecla</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="85" />
        <source>Anywhere in the notes</source>
        <translation>En cualquier parte de las notas</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="86" />
        <source>Ctrl+1 … Ctrl+4 — the entry of Opportunities, Challenges, Practices, Other</source>
        <translation>Ctrl+1 … Ctrl+4 — la entrada de Oportunidades, Desafíos, Prácticas, Otros</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="87" />
        <source>Ctrl+K — mark the chosen item as a key point ★ (again: unmark it)</source>
        <translation>Ctrl+K — marca el elemento elegido como punto clave ★ (otra vez: lo desmarca)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="88" />
        <source>Alt+↑ / Alt+↓ — move the chosen item (a heading moves with its items)</source>
        <translation>Alt+↑ / Alt+↓ — mueve el elemento elegido (un epígrafe se mueve con sus elementos)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="89" />
        <source>Alt+← / Alt+→, Ctrl+Shift+1 … 4 — move the chosen item to another column</source>
        <translation>Alt+← / Alt+→, Ctrl+Mayús+1 … 4 — mueve el elemento elegido a otra columna</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="90" />
        <source>Ctrl+Z / Ctrl+Shift+Z — undo, redo (in an entry, its typing first)</source>
        <translation>Ctrl+Z / Ctrl+Mayús+Z — deshacer, rehacer (en una entrada, primero lo tecleado)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="92" />
        <source>In the room view</source>
        <translation>En la vista de la sala</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="93" />
        <source>Ctrl+R — go to the round running in this room</source>
        <translation>Ctrl+R — ir a la ronda en curso en esta sala</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="94" />
        <source>Alt+W — the Who field of the chosen item</source>
        <translation>Alt+Q — el campo «Quién» del elemento elegido</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="95" />
        <source>In the round summary and synthesis: Ctrl+B bold, Ctrl+I italics, Ctrl+Shift+P preview</source>
        <translation>En las síntesis: Ctrl+B negrita, Ctrl+I cursiva, Ctrl+Mayús+P vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="96" />
        <source>Alt+1 … Alt+5 — the places of the window</source>
        <translation>Alt+1 … Alt+5 — los espacios de la ventana</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="97" />
        <source>F1 — show or hide every key</source>
        <translation>F1 — mostrar u ocultar todas las teclas</translation>
    </message>
</context>
<context>
    <name>NoteColumnModel</name>
    <message>
        <location filename="../../ui/room/notes_model.py" line="140" />
        <source>Heading “{0}”: F2 renames it, Alt+Up/Down moves it with its items</source>
        <extracomment>the heading a row belongs to ("" for items under no heading) the row's key (note uuid, or "<byte value="x1f" />" + the uuid of its block's first note for a heading row) True while this laptop's change of the row has not been saved yet the :class:`Row` itself (one call where a delegate needs several facts) True for an item marked as a key point (★, for the plenary's slides) the item's note; for a heading row the first note standing for it (or None) the text shown, when given (a heading's name); an item's is made from its note when first asked the item is marked as a key point (★): the plenary's slides start from these (row, new text) the user finished editing in place</extracomment>
        <translation>Epígrafe «{0}»: F2 le renombra, Alt+Arriba/Abajo lo mueve con sus elementos</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_model.py" line="142" />
        <source>Who: {0}</source>
        <translation>Quién: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_model.py" line="144" />
        <source>★ Key point: on the plenary's slides (Ctrl+K unmarks it)</source>
        <translation>★ Punto clave: en las diapositivas de la plenaria (Ctrl+K lo desmarca)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_model.py" line="148" />
        <source>Key point: {0}</source>
        <translation>Punto clave: {0}</translation>
    </message>
</context>
<context>
    <name>NotesColumn</name>
    <message>
        <location filename="../../ui/room/notes_column.py" line="57" />
        <source>Enter adds · ↑↓ choose · F2 edits · Delete on an empty line deletes · Ctrl+K key point · Ctrl+H heading · Alt+↑↓ move · Alt+←→ other column · Ctrl+1–4 column · Ctrl+Z undo · F1 all keys</source>
        <translation>Intro añade · ↑↓ elige · F2 edita · Supr en línea vacía borra · Ctrl+K punto clave · Ctrl+H epígrafe · Alt+↑↓ mueve · Alt+←→ otra columna · Ctrl+1–4 columna · Ctrl+Z deshace · F1 todas las teclas</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="253" />
        <source>{0}: items</source>
        <extracomment>rows a column lays out between two events</extracomment>
        <translation>{0}: elementos</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="254" />
        <source>F2 edits the chosen item, Delete deletes it, Ctrl+K marks it as a key point; the Menu key lists every action</source>
        <translation>F2 edita el elemento elegido, Supr lo borra, Ctrl+K lo marca como punto clave; la tecla Menú muestra todas las acciones</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="258" />
        <source>New item in {0}</source>
        <translation>Nuevo elemento en {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="344" />
        <location filename="../../ui/room/notes_column.py" line="345" />
        <source>Choose a round to add items</source>
        <translation>Elija una ronda para añadir elementos</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="349" />
        <source>New heading, e.g. Access to justice:</source>
        <translation>Nuevo epígrafe, p. ej., Acceso a la justicia:</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="350" />
        <source>Enter adds the heading · Esc: items</source>
        <translation>Intro añade el epígrafe · Esc: elementos</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="353" />
        <source>Add to {0} (Ctrl+{1})</source>
        <translation>Añadir a {0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="354" />
        <source>Under “{0}” · Esc: none</source>
        <translation>Bajo «{0}» · Esc: ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="355" />
        <source>No heading · Ctrl+H adds one</source>
        <translation>Sin epígrafe · Ctrl+H añade uno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/notes_column.py" line="365" />
        <source>%n items in {0}</source>
        <translation><numerusform>%n elemento en {0}</numerusform><numerusform>%n elementos en {0}</numerusform></translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="81" />
        <source>Delete heading</source>
        <translation>Borrar el epígrafe</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="93" />
        <source>Not deleted: {0}</source>
        <translation>No se borró: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="95" />
        <source>Delete item</source>
        <translation>Borrar el elemento</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="109" />
        <source>Move heading</source>
        <translation>Mover el epígrafe</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="113" />
        <source>Move item up</source>
        <translation>Subir el elemento</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="113" />
        <source>Move item down</source>
        <translation>Bajar el elemento</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="128" />
        <source>A heading moves within its column; move its items one by one.</source>
        <translation>Un epígrafe se mueve dentro de su columna; mueva sus elementos uno a uno.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="139" />
        <source>Move item to {0}</source>
        <translation>Mover el elemento a {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="147" />
        <source>Choose an item first (↑↓ or a click); Ctrl+K then marks it as a key point.</source>
        <translation>Elija primero un elemento (↑↓ o un clic); luego Ctrl+K lo marca como punto clave.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="150" />
        <source>All rounds are shown together, read-only: choose a round to mark key points.</source>
        <translation>Todas las rondas se muestran juntas, solo lectura: elija una ronda para marcar puntos clave.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="153" />
        <source>A heading is on the slides anyway: mark the items under “{0}”.</source>
        <translation>Un epígrafe aparece en las diapositivas de todos modos: marque los elementos bajo «{0}».</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="171" />
        <source>Not marked as a key point: {0}</source>
        <translation>No se marcó como punto clave: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="172" />
        <source>Still a key point: {0}</source>
        <translation>Sigue siendo punto clave: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="174" />
        <source>Mark key point</source>
        <translation>Marcar como punto clave</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="174" />
        <source>Unmark key point</source>
        <translation>Quitar el punto clave</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="178" />
        <source>Marked as a key point ★: it starts on the plenary's slides.</source>
        <translation>Marcado como punto clave ★: aparece desde el principio en las diapositivas de la plenaria.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="179" />
        <source>No longer a key point.</source>
        <translation>Ya no es un punto clave.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/notes_editor.py" line="131" />
        <source>“{0}” still has %n items: move or delete them first.</source>
        <extracomment>how long after this view's own edits the notes are read again anyway None for a commit that came without an open editor (see ``_committed``) the item the attribution field edits changed (a note, or None) a sentence for the status bar editing session -&gt; the version its item had when the session began: every save of the session is made against it (the worker forwards this window's own steps), so a reload that brings another laptop's change under an open editor cannot make a save pass over it items waiting for the user to merge (their uuid -&gt; NoteMerge) a change this view did not apply itself (a move, an undo) needs a reload</extracomment>
        <translation><numerusform>«{0}» todavía tiene %n elemento: muévalo o bórrelo primero.</numerusform><numerusform>«{0}» todavía tiene %n elementos: muévalos o bórrelos primero.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="194" />
        <source>The notes could not be read: {0}</source>
        <translation>No se pudieron leer las notas: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="309" />
        <source>This item was deleted meanwhile; your text was kept as a new item.</source>
        <translation>Este elemento se borró mientras tanto; su texto se conservó como elemento nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="321" />
        <source>Edit item</source>
        <translation>Editar el elemento</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="348" />
        <source>{0} Your text was kept as a new item.</source>
        <translation>{0} Su texto se conservó como elemento nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="369" />
        <source>Heading not renamed: {0}</source>
        <translation>No se cambió el nombre del epígrafe: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="374" />
        <source>Rename heading</source>
        <translation>Cambiar el nombre del epígrafe</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="391" />
        <source>Who said it was not saved: {0}</source>
        <translation>«Quién» no se guardó: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="394" />
        <source>Set who said it</source>
        <translation>Indicar quién lo dijo</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="124" />
        <source>{0}: nothing to edit yet.</source>
        <extracomment>the column whose entry gets the focus back when the in-place edit started from it ends</extracomment>
        <translation>{0}: todavía no hay nada que editar.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="144" />
        <source>{0}: nothing to delete.</source>
        <translation>{0}: no hay nada que borrar.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="146" />
        <source>“{0}” is chosen: Delete again deletes it (Ctrl+Z brings it back).</source>
        <translation>«{0}» está elegido: Supr otra vez lo borra (Ctrl+Z lo recupera).</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="152" />
        <source>Deleted “{0}”. Ctrl+Z brings it back.</source>
        <translation>«{0}» borrado. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="213" />
        <source>Not added: {0}</source>
        <translation>No se añadió: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="215" />
        <source>Add heading</source>
        <translation>Añadir un epígrafe</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="215" />
        <source>Add item</source>
        <translation>Añadir un elemento</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="42" />
        <source>Decide later: both stay in the column, theirs and yours (kept as a new item under the same heading).</source>
        <translation>Decidir más tarde: ambos quedan en la columna, el suyo y el de usted (conservado como elemento nuevo bajo el mismo epígrafe).</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="89" />
        <source>An item in {0}, under “{1}”</source>
        <extracomment>the (room, round) both items are in their item as the Service last reported it</extracomment>
        <translation>Un elemento de {0}, bajo «{1}»</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="90" />
        <source>An item in {0}</source>
        <translation>Un elemento de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="144" />
        <source>Merged into the other laptop's item; the copy kept aside was deleted.</source>
        <translation>Fusionado en el elemento del otro portátil; se borró la copia apartada.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="149" />
        <source>Not merged: {0} Your text stays as its own item.</source>
        <translation>No se fusionó: {0} Su texto queda como elemento propio.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="160" />
        <source>Merge item</source>
        <translation>Fusionar el elemento</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="167" />
        <source>Kept the other laptop's text; your copy was deleted (Ctrl+Z brings it back).</source>
        <translation>Se conservó el texto del otro portátil; su copia se borró (Ctrl+Z la recupera).</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="175" />
        <source>Both kept: the other laptop's item, and yours as a new item under the same heading.</source>
        <translation>Se conservan ambos: el elemento del otro portátil y el suyo como elemento nuevo bajo el mismo epígrafe.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="183" />
        <source>Your copy was edited since it was kept aside, so it stays.</source>
        <translation>Su copia se editó después de apartarla, así que se queda.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="185" />
        <source>Delete the copy kept aside</source>
        <translation>Borrar la copia apartada</translation>
    </message>
</context>
<context>
    <name>NotesHeader</name>
    <message>
        <location filename="../../ui/room/notes_header.py" line="52" />
        <source>Time left in this round</source>
        <extracomment>whether the guiding questions are shown (open) in the room view how many lines of questions show before the box scrolls (about as high as the header's own text)</extracomment>
        <translation>Tiempo restante de esta ronda</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="57" />
        <source>Phase of this round</source>
        <translation>Fase de esta ronda</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="84" />
        <location filename="../../ui/room/notes_header.py" line="95" />
        <source>Guiding questions</source>
        <extracomment>the guiding questions shown (of the shown room's theme)</extracomment>
        <translation>Preguntas orientadoras</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/notes_header.py" line="132" />
        <source>Guiding questions (%n)</source>
        <extracomment>the tallest the box grows before it scrolls</extracomment>
        <translation><numerusform>Pregunta orientadora (%n)</numerusform><numerusform>Preguntas orientadoras (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="133" />
        <source>Guiding question (1)</source>
        <translation>Pregunta orientadora (1)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="144" />
        <source>Shows or hides the theme's guiding questions beside the clock.</source>
        <translation>Muestra u oculta las preguntas orientadoras del tema junto al reloj.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="179" />
        <source>{0} · late</source>
        <translation>{0} · con retraso</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="181" />
        <source>{0}: {1} left in this round</source>
        <translation>{0}: quedan {1} en esta ronda</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="237" />
        <source>This workshop has no rooms yet.</source>
        <translation>Este taller aún no tiene salas.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="245" />
        <source>Hosted by {0}</source>
        <translation>Anfitrión: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="246" />
        <source>Note-taking: {0}</source>
        <translation>Relatoría de notas: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="250" />
        <source>No theme in this room.</source>
        <translation>No hay ningún tema en esta sala.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="252" />
        <source>All rounds (read only: choose a round to add items)</source>
        <translation>Todas las rondas (solo lectura: elija una ronda para añadir elementos)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="257" />
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="258" />
        <source>&lt;b&gt;{0}&lt;/b&gt; inside</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; en la sala</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="259" />
        <source>no group in this room</source>
        <translation>ningún grupo en esta sala</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="263" />
        <source>Summary: not written yet</source>
        <translation>Síntesis: aún sin redactar</translation>
    </message>
</context>
<context>
    <name>NotesMenu</name>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="77" />
        <source>Item actions</source>
        <extracomment>the key that marks the chosen item as a key point, or takes the mark away</extracomment>
        <translation>Acciones del elemento</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="78" />
        <source>Key point ★</source>
        <translation>Punto clave ★</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="84" />
        <source>A key point is on the plenary's slides from the start</source>
        <translation>Un punto clave aparece desde el principio en las diapositivas de la plenaria</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="92" />
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="94" />
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="96" />
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="99" />
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>NotesSummary</name>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="54" />
        <location filename="../../ui/room/notes_summary.py" line="125" />
        <source>Round summary</source>
        <extracomment>kept here for older callers (the merge window's)
----------
the stored text of the shown summary when it was last seen final (None: not final since shown)</extracomment>
        <translation>Síntesis de la ronda</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="55" />
        <source>What did this group conclude? Two or three sentences: the next group hears them first.</source>
        <translation>¿Qué concluyó este grupo? Dos o tres frases: el grupo siguiente las escucha primero.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="127" />
        <source>Round summary · {0}, round {1}</source>
        <translation>Síntesis de la ronda · {0}, ronda {1}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="146" />
        <source>Edit round summary</source>
        <translation>Editar la síntesis de la ronda</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="159" />
        <source>Theme synthesis (for the plenary)</source>
        <translation>Síntesis del tema (para la plenaria)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="160" />
        <source>What the theme has concluded so far, refined after each round: the host presents it in plenary and it opens the theme's section of the report.</source>
        <translation>Lo que el tema ha concluido hasta ahora, afinado tras cada ronda: el anfitrión la presenta en la plenaria y abre la sección del tema en el informe.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="181" />
        <source>Theme synthesis · {0}</source>
        <translation>Síntesis del tema · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="182" />
        <source>Theme synthesis</source>
        <translation>Síntesis del tema</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="188" />
        <source>This theme no longer exists.</source>
        <translation>Este tema ya no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="191" />
        <source>Edit theme synthesis</source>
        <translation>Editar la síntesis del tema</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/room/brief_view.py" line="236" />
        <source>Brief — projector</source>
        <translation>Resumen de traspaso — proyector</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="241" />
        <source>The host's brief, in large type</source>
        <translation>El resumen de traspaso del anfitrión, en letra grande</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="242" />
        <source>F: full screen on or off · + and −: size · Escape: close</source>
        <translation>F: pantalla completa o no · + y −: tamaño · Esc: cerrar</translation>
    </message>
</context>
<context>
    <name>ReplayConflicts</name>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="97" />
        <source>Typed on this laptop while it was offline. {0}</source>
        <extracomment>the operations whose conflicts are merged here, and the field that holds their text</extracomment>
        <translation>Escrito en este portátil mientras estaba sin conexión. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="99" />
        <source>Decide later keeps both texts: nothing is lost.</source>
        <translation>«Decidir más tarde» conserva ambos textos: nada se pierde.</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="128" />
        <source>Merge texts</source>
        <translation>Fusionar los textos</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="130" />
        <source>Not merged: {0}</source>
        <translation>No se fusionó: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="134" />
        <source>Keep both texts</source>
        <translation>Conservar ambos textos</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="137" />
        <source>Your offline text was kept as a new item beside the other laptop's.</source>
        <translation>Su texto sin conexión se conservó como elemento nuevo junto al del otro portátil.</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="141" />
        <source>Both texts were kept, the other laptop's first.</source>
        <translation>Se conservaron ambos textos, primero el del otro portátil.</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="151" />
        <source>An item in {0}</source>
        <translation>Un elemento de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="153" />
        <source>The round summary of {0}</source>
        <translation>La síntesis de la ronda de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="157" />
        <source>The account of “{0}”</source>
        <translation>El acta de «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="157" />
        <source>A session's account</source>
        <translation>El acta de una sesión</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="159" />
        <source>The synthesis of the theme “{0}”</source>
        <translation>La síntesis del tema «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="160" />
        <source>A theme's synthesis</source>
        <translation>La síntesis de un tema</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="165" />
        <source>a room</source>
        <translation>una sala</translation>
    </message>
</context>
<context>
    <name>RoomTexts</name>
    <message>
        <location filename="../../ui/room/room_texts.py" line="23" />
        <source>Opportunities</source>
        <extracomment>the columns' titles, as the window's translations know them (the core's catalogue comes first)</extracomment>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="24" />
        <source>Challenges</source>
        <translation>Desafíos</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="25" />
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="26" />
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="31" />
        <source>not started</source>
        <extracomment>a round's state in a room, as the window's translations know it</extracomment>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="32" />
        <source>▶ running</source>
        <translation>▶ en curso</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="33" />
        <source>⏸ paused</source>
        <translation>⏸ en pausa</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="34" />
        <source>✓ finished</source>
        <translation>✓ terminada</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="62" />
        <source>Round {0}</source>
        <translation>Ronda {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="71" />
        <source>Round {0} · {1}–{2}</source>
        <translation>Ronda {0} · {1}–{2}</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../../ui/room/room_view.py" line="91" />
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="92" />
        <source>The room whose notes are shown</source>
        <translation>La sala cuyas notas se muestran</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="93" />
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="94" />
        <source>The round whose notes are shown; all rounds are read only</source>
        <translation>La ronda cuyas notas se muestran; «todas las rondas» es solo lectura</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="95" />
        <source>Room:</source>
        <translation>Sala:</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="95" />
        <source>Round:</source>
        <translation>Ronda:</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="139" />
        <source>Keys of the note columns</source>
        <extracomment>shown while notes go to a round that has ended although another one runs in this room the shown round follows the one running in the room (until the note-taker picks another)</extracomment>
        <translation>Teclas de las columnas de notas</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="142" />
        <source>All keys (F1)</source>
        <translation>Todas las teclas (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="145" />
        <source>Show every key of the room view</source>
        <translation>Mostrar todas las teclas de la vista de la sala</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="146" />
        <source>Every key of the room view (F1 shows and hides them)</source>
        <translation>Todas las teclas de la vista de la sala (F1 las muestra y oculta)</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="148" />
        <source>Every key of the room view</source>
        <translation>Todas las teclas de la vista de la sala</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="179" />
        <source>Notes</source>
        <extracomment>contributions from phones waiting for this room's note-taker (hidden while none waits)</extracomment>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="180" />
        <source>Brief</source>
        <translation>Traspaso</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="181" />
        <source>Notes or the host's brief</source>
        <translation>Notas o resumen de traspaso del anfitrión</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="182" />
        <source>The four columns, the Who field and the summaries</source>
        <translation>Las cuatro columnas, el campo «Quién» y las síntesis</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="183" />
        <source>The host's brief for the next group</source>
        <translation>El resumen de traspaso del anfitrión para el grupo siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="275" />
        <source>You are adding to round {0}, which has ended. Round {1} is running in this room.</source>
        <translation>Está añadiendo a la ronda {0}, que ya terminó. La ronda {1} está en curso en esta sala.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="277" />
        <source>Go to round {0} (Ctrl+R)</source>
        <translation>Ir a la ronda {0} (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="278" />
        <source>Go to the running round, round {0}</source>
        <translation>Ir a la ronda en curso, la ronda {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="327" />
        <source>Round {0} started: this room's notes now go to round {0}.</source>
        <translation>Empezó la ronda {0}: las notas de esta sala van ahora a la ronda {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="337" />
        <source>All rounds (read only)</source>
        <translation>Todas las rondas (solo lectura)</translation>
    </message>
</context>
<context>
    <name>RoundSummaryEditor</name>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="59" />
        <source>Round summary</source>
        <translation>Síntesis de la ronda</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="60" />
        <source>What this group concluded; the next group hears it first. Ctrl+B bold, Ctrl+I italics.</source>
        <translation>Lo que concluyó este grupo; el grupo siguiente lo escucha primero. Ctrl+B negrita, Ctrl+I cursiva.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="63" />
        <location filename="../../ui/room/notes_summary.py" line="67" />
        <source>Final (host)</source>
        <translation>Definitiva (anfitrión)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="65" />
        <source>Unticked: a draft by the note-taker. Ticked: the host's final text. Changing the text afterwards makes it a draft again.</source>
        <translation>Sin marcar: un borrador del relator de notas. Marcada: el texto definitivo del anfitrión. Cambiar el texto después lo vuelve borrador.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="68" />
        <source>Ticked when the host has checked the round summary</source>
        <translation>Marcada cuando el anfitrión ha revisado la síntesis de la ronda</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="70" />
        <source>Edited since it was final: tick again when it is right</source>
        <extracomment>shown when the text changed after the host ticked "Final": the tick no longer vouches for it</extracomment>
        <translation>Editada desde que era definitiva: vuelva a marcar cuando esté bien</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="73" />
        <source>The host ticked “Final (host)” for an earlier text. The text was changed since, so it is a draft again until the host ticks it.</source>
        <translation>El anfitrión marcó «Definitiva (anfitrión)» para un texto anterior. El texto cambió desde entonces, así que vuelve a ser borrador hasta que el anfitrión lo marque.</translation>
    </message>
</context>
<context>
    <name>SynthesisEditor</name>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="165" />
        <source>Theme synthesis</source>
        <translation>Síntesis del tema</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="166" />
        <source>The theme's running summary across rounds, for the plenary and the report. Ctrl+B bold, Ctrl+I italics.</source>
        <translation>La síntesis del tema a lo largo de las rondas, para la plenaria y el informe. Ctrl+B negrita, Ctrl+I cursiva.</translation>
    </message>
</context>
</TS>