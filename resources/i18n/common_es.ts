<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>AutosavedText</name>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="136" />
        <source>Merge…</source>
        <extracomment>an undecided conflict is worth noticing: darker, in the colour of a warning the row as the other laptop left it (a frozen snapshot) the Service's sentence a sentence for the status bar (about a text that may no longer be on screen) the field of the edited row that holds the text</extracomment>
        <translation>Combinar…</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="137" />
        <source>Compare your text with the other laptop's and choose what to keep</source>
        <translation>Comparar su texto con el del otro portátil y elegir qué conservar</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="138" />
        <source>Merge with the other laptop's text</source>
        <translation>Combinar con el texto del otro portátil</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="193" />
        <source>Decide later: your text stays in the editor, not saved; “Merge…” under it opens this window again. Leaving the room before deciding saves both texts, theirs first.</source>
        <extracomment>the version of the target the editor's text was based on (see the module docstring) an undecided conflict of the shown target, or None the offline journal's entry that would save both texts if the app died undecided pushes so far; per target, the last push whose refusal was dealt with, and the last text pushed</extracomment>
        <translation>Decidir más tarde: su texto se queda en el editor, sin guardar; «Combinar…», debajo, vuelve a abrir esta ventana. Si sale de la sala antes de decidir, se guardan los dos textos, primero el suyo.</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="230" />
        <source>Saving within a second…</source>
        <translation>Se guardará en un segundo…</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="274" />
        <source>{0}: changed on another laptop and not merged, so both texts were saved, theirs first, then yours after the line “{1}”.</source>
        <translation>{0}: se modificó en otro portátil y no se combinó, así que se guardaron los dos textos: primero el suyo y después el de usted, tras la línea «{1}».</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="278" />
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="279" />
        <source>Saved both texts, yours after “{0}”: merge them when you can.</source>
        <translation>Se guardaron los dos textos, el de usted tras «{0}»: combínelos cuando pueda.</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="284" />
        <source>{0}: not saved: {1}</source>
        <translation>{0}: no guardado: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="286" />
        <source>Not saved: {0} Your text stays here; keep typing to save it again.</source>
        <translation>No guardado: {0} Su texto sigue aquí; siga escribiendo para volver a guardarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="320" />
        <source>Changed on another laptop meanwhile, so your text was not saved over theirs. It stays here, unsaved, until you choose what to keep.</source>
        <translation>Se modificó entretanto en otro portátil, así que su texto no sustituyó al de ellos. Sigue aquí, sin guardar, hasta que elija qué conservar.</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="383" />
        <source>Saving the merged text…</source>
        <translation>Guardando el texto combinado…</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="395" />
        <source>Kept the other laptop's text; yours was dropped.</source>
        <translation>Se conservó el texto del otro portátil; el de usted se descartó.</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="419" />
        <source>Saving both texts, theirs first…</source>
        <translation>Guardando los dos textos, primero el suyo…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="94" />
        <source>every few minutes</source>
        <extracomment>why a backup was made, as the list of backups says it (translated where shown)</extracomment>
        <translation>cada pocos minutos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="95" />
        <source>before an import replaced the workshop</source>
        <translation>antes de que una importación sustituyera el taller</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="96" />
        <source>before a backup was restored</source>
        <translation>antes de restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="97" />
        <source>before damaged rows were moved aside</source>
        <translation>antes de apartar filas dañadas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="98" />
        <source>made by hand</source>
        <translation>hecha manualmente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="109" />
        <source>Backups of this workshop</source>
        <translation>Copias de seguridad de este taller</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="111" />
        <source>Consistent copies of the workshop file, made every few minutes while it changes and before anything replaces it. Restoring one backs up the workshop as it is now first, so a restore can itself be undone from this list.</source>
        <translation>Copias coherentes del archivo del taller, hechas cada pocos minutos mientras cambia y antes de que algo lo sustituya. Al restaurar una, primero se guarda una copia del taller tal como está, de modo que la propia restauración puede deshacerse desde esta lista.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="118" />
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="119" />
        <source>When each backup was made, and why; choose one and restore it</source>
        <translation>Cuándo y por qué se hizo cada copia; elija una y restáurela</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="123" />
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="130" />
        <source>Restore this backup…</source>
        <translation>Restaurar esta copia…</translation>
    </message>
</context>
<context>
    <name>ClockTicker</name>
    <message>
        <location filename="../../ui/common/clock_ticker.py" line="216" />
        <source>The round times could not be corrected after the clock change: {0}</source>
        <extracomment>seconds between polls while no round runs (aligned to the wall-clock second) added to every delay so a timer that fires a hair early still sees the new second the controller's index when the shift was stored; any later index already includes it the shown second changed: (now, naive UTC) how many ticks were emitted (for benchmarks and tests)</extracomment>
        <translation>No se pudieron corregir los horarios de las rondas tras el cambio de hora: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/common/clock_ticker.py" line="266" />
        <source>Round {0} started automatically at {1}.</source>
        <translation>La ronda {0} empezó automáticamente a las {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/clock_ticker.py" line="269" />
        <source>Round {0} could not start automatically: {1}</source>
        <translation>La ronda {0} no pudo empezar automáticamente: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/common/clock_ticker.py" line="271" />
        <source>Start round {0} (automatic)</source>
        <translation>Iniciar la ronda {0} (automático)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="38" />
        <source>Encrypted</source>
        <extracomment>libpq's TLS modes, the safe ones first ("require" is the default: a venue network is not a trusted one) the modes that may send everything in clear what each mode means: the TLS list shows libpq's own word (what the server's staff configure and type, the same in every language) and says what it means in the window's language beside it</extracomment>
        <translation>Cifrada</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="39" />
        <source>Encrypted, and the server's certificate is checked</source>
        <translation>Cifrada, y se comprueba el certificado del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="40" />
        <source>Encrypted only if the server offers it</source>
        <translation>Cifrada solo si el servidor lo ofrece</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="41" />
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="80" />
        <source>Connect to a shared workshop</source>
        <translation>Conectarse a un taller compartido</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="84" />
        <source>e.g. cafe-server.local or 192.0.2.10</source>
        <translation>p. ej., cafe-server.local o 192.0.2.10</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="85" />
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="86" />
        <source>The host name or address of the venue's workshop server</source>
        <translation>El nombre de host o la dirección del servidor del taller en la sede</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="90" />
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="92" />
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="93" />
        <source>The workshop's database on the server</source>
        <translation>La base de datos del taller en el servidor</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="95" />
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="98" />
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="106" />
        <source>TLS encryption</source>
        <translation>Cifrado TLS</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="107" />
        <source>Remember the password (in the PostgreSQL password file ~/.pgpass)</source>
        <translation>Recordar la contraseña (en el archivo de contraseñas de PostgreSQL ~/.pgpass)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="118" />
        <source>Use TLS (require)</source>
        <extracomment>what is unsafe about the connection as chosen (not encrypted for sure, no password)</extracomment>
        <translation>Usar TLS (require)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="119" />
        <source>Encrypt the connection: TLS require</source>
        <translation>Cifrar la conexión: TLS require</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="121" />
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="121" />
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="122" />
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="122" />
        <source>&amp;User:</source>
        <translation>Us&amp;uario:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="123" />
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="123" />
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="133" />
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="148" />
        <source>Whether what this laptop sends to the server is encrypted: {0}</source>
        <translation>Si lo que este portátil envía al servidor va cifrado: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="150" />
        <source>Not encrypted for sure: with “{0}” what this laptop sends may cross the venue network in clear, readable by anyone on it. Choose “{1}”.</source>
        <translation>Cifrado no garantizado: con «{0}», lo que envía este portátil puede cruzar la red de la sede sin cifrar, legible para cualquiera conectado a ella. Elija «{1}».</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="154" />
        <source>No password: this works only if the password file has one for this login, or if the server asks for none, and then anyone on the network can change the workshop.</source>
        <translation>Sin contraseña: solo funciona si el archivo de contraseñas tiene una para este usuario o si el servidor no pide ninguna, y en ese caso cualquiera en la red puede modificar el taller.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/common/forms.py" line="196" />
        <source>ddd d MMM yyyy</source>
        <comment>display format of a date editor (Qt date format codes)</comment>
        <extracomment>the undo step's name, e.g. "Rename room" (row uuid, value) of an edit sent and not yet answered the stored value the user's edit started from (see :meth:`RowForm._commit`)</extracomment>
        <translation>ddd d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../ui/workshop/edits.py" line="173" />
        <source>That change belongs to a workshop that is no longer open.</source>
        <translation>Ese cambio pertenece a un taller que ya no está abierto.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="35" />
        <source>Untitled workshop</source>
        <extracomment>the title a new workshop gets when none is given (in the window's language: see :func:`default_title`)</extracomment>
        <translation>Taller sin título</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="73" />
        <source>Opening {0}…</source>
        <extracomment>the user chose to quit because no workshop could be opened (exit code) a short message for the status bar the open workshop's damaged rows, left out of what is shown (cafe.storage.damage.RowProblem)</extracomment>
        <translation>Abriendo {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="93" />
        <location filename="../../ui/file_actions.py" line="125" />
        <source>Cannot open the workshop</source>
        <translation>No se puede abrir el taller</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="94" />
        <source>{0}: the file no longer exists.</source>
        <translation>{0}: el archivo ya no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="103" />
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="104" />
        <source>{0} already exists. Choose a new file name: a new workshop never overwrites another.</source>
        <translation>{0} ya existe. Elija otro nombre de archivo: un taller nuevo nunca sobrescribe otro.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="121" />
        <source>Opened {0}</source>
        <translation>Abierto: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="141" />
        <location filename="../../ui/file_actions.py" line="154" />
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="146" />
        <source>Importing “{0}” replaces the whole workshop “{1}” in {2} — its agenda, rooms, themes, people and notes — with the workshop in the file.

A backup of the workshop as it is now is made first: File › Backups… restores it.</source>
        <translation>Importar «{0}» sustituye todo el taller «{1}» en {2} —su programa, salas, temas, personas y notas— por el taller del archivo.

Antes se hace una copia de seguridad del taller tal como está: Archivo › Copias de seguridad… la restaura.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="150" />
        <source>Replace the workshop?</source>
        <translation>¿Sustituir el taller?</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="150" />
        <source>Replace workshop</source>
        <translation>Sustituir el taller</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="153" />
        <source>Imported {0}</source>
        <translation>Importado: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="161" />
        <source>A shared workshop is backed up by its server (pg_dump), not by this laptop.</source>
        <translation>Un taller compartido lo respalda su servidor (pg_dump), no este portátil.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="171" />
        <source>The workshop becomes what it was at {0}; what changed since is set aside in a backup made now, which this same list restores. The undo history is cleared.</source>
        <translation>El taller vuelve a estar como estaba el {0}; lo que cambió desde entonces queda guardado en una copia de seguridad hecha ahora, que esta misma lista restaura. Se borra el historial de deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="173" />
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="173" />
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="178" />
        <source>Restored the backup of {0}. The workshop as it was is in the list of backups.</source>
        <translation>Se restauró la copia del {0}. El taller tal como estaba figura en la lista de copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="180" />
        <source>Restored the backup of {0}.</source>
        <translation>Se restauró la copia del {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="183" />
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="190" />
        <source>These rows of the workshop are damaged and were left out when it opened. Moving them aside writes them to a recovery file beside the database, after a backup, and removes them from the database, which is then sound again:</source>
        <translation>Estas filas del taller están dañadas y se dejaron fuera al abrirlo. Apartarlas las escribe en un archivo de recuperación junto a la base de datos, tras una copia de seguridad, y las elimina de la base, que vuelve a quedar en buen estado:</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="194" />
        <source>Move damaged rows aside?</source>
        <translation>¿Apartar las filas dañadas?</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="194" />
        <source>Move them aside</source>
        <translation>Apartarlas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="202" />
        <source>%n damaged row(s) moved aside into {0}.</source>
        <translation>
            <numerusform>%n fila dañada apartada en {0}.</numerusform>
            <numerusform>%n filas dañadas apartadas en {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="206" />
        <source>Cannot repair</source>
        <translation>No se puede reparar</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="224" />
        <source>Workshop file merged</source>
        <translation>Archivo de taller combinado</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="225" />
        <location filename="../../ui/file_actions.py" line="249" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="226" />
        <source>Merged {0}</source>
        <translation>Combinado: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="228" />
        <source>Cannot merge</source>
        <translation>No se puede combinar</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="237" />
        <source>Exported to {0}</source>
        <translation>Exportado a {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="238" />
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="245" />
        <source>{0}: %n problem(s) found.</source>
        <translation>
            <numerusform>{0}: se encontró %n problema.</numerusform>
            <numerusform>{0}: se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="250" />
        <source>{0}

Nothing was changed.</source>
        <translation>{0}

No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>MarkupBar</name>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="225" />
        <source>B</source>
        <comment>the letter on the bold button</comment>
        <extracomment>QSettings key prefix of the remembered preview ticks the editor's bar, once it has one the short name, for callers that look the helper up by it</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="225" />
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="226" />
        <source>Bold (Ctrl+B): **text**</source>
        <translation>Negrita (Ctrl+B): **texto**</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="230" />
        <source>I</source>
        <comment>the letter on the italics button</comment>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="230" />
        <source>Italics</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="231" />
        <source>Italics (Ctrl+I): *text*</source>
        <translation>Cursiva (Ctrl+I): *texto*</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="236" />
        <source>**bold**  *italics*  - list  1. list  &gt; quote  [text](https://…)</source>
        <translation>**negrita**  *cursiva*  - lista  1. lista  &gt; cita  [texto](https://…)</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="240" />
        <source>Formatting the report prints: **bold**, *italics*, a line starting with “- ” or “1. ” for a list, “&gt; ” for a quote, [text](https://…) for a link. A blank line starts a new paragraph.</source>
        <translation>Formato que imprime el informe: **negrita**, *cursiva*, una línea que empieza por «- » o «1. » para una lista, «&gt; » para una cita, [texto](https://…) para un enlace. Una línea en blanco inicia un párrafo nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="242" />
        <location filename="../../ui/common/markup_editing.py" line="245" />
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="244" />
        <source>Show the text as the report prints it (Ctrl+Shift+P)</source>
        <translation>Mostrar el texto tal como lo imprime el informe (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="246" />
        <source>Shows the text formatted below the editor</source>
        <translation>Muestra el texto con formato debajo del editor</translation>
    </message>
</context>
<context>
    <name>MarkupPreview</name>
    <message>
        <location filename="../../ui/common/markup_preview.py" line="89" />
        <source>Formatted preview</source>
        <translation>Vista previa con formato</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_preview.py" line="90" />
        <source>The text as the report prints it: bold, italics, lists, quotes and links</source>
        <translation>El texto tal como lo imprime el informe: negrita, cursiva, listas, citas y enlaces</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_preview.py" line="92" />
        <source>Nothing written yet.</source>
        <translation>Todavía no hay nada escrito.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="43" />
        <source>— text from this laptop, not merged —</source>
        <extracomment>the line between their text and ours when both are kept (the English one; :func:`separator` gives the window's language, which is what is written: the people reading the text read that language)</extracomment>
        <translation>— texto de este portátil, sin combinar —</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="60" />
        <source>Changed on another laptop — merge the texts</source>
        <extracomment>"Save this text": the right-hand text, to be saved over theirs "Keep theirs": this laptop's text is dropped closed without a choice; the owner keeps both texts for later</extracomment>
        <translation>Modificado en otro portátil: combine los textos</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="88" />
        <source>The other laptop's text, read only</source>
        <extracomment>the right-hand text was changed here since it was last filled in</extracomment>
        <translation>El texto del otro portátil, de solo lectura</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="89" />
        <source>The text as the shared workshop holds it now; copy from it what you want to keep</source>
        <translation>El texto tal como lo tiene ahora el taller compartido; copie de él lo que quiera conservar</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="91" />
        <source>Your text, to merge</source>
        <translation>Su texto, para combinar</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="92" />
        <source>Make this text say what should stay, then save it (Ctrl+Enter)</source>
        <translation>Haga que este texto diga lo que debe quedar y guárdelo (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="97" />
        <source>&amp;On the shared workshop now (another laptop's text)</source>
        <translation>&amp;En el taller compartido ahora (texto del otro portátil)</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="98" />
        <source>&amp;Yours (edit this one)</source>
        <translation>&amp;Su texto (edite este)</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="111" />
        <source>&amp;Save this text</source>
        <translation>&amp;Guardar este texto</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="113" />
        <source>Save your text (the editable one) over the other laptop's (Ctrl+Enter)</source>
        <translation>Guardar su texto (el editable) en lugar del del otro portátil (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="114" />
        <source>&amp;Keep theirs</source>
        <translation>&amp;Conservar el suyo</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="116" />
        <source>Keep the other laptop's text and drop yours</source>
        <translation>Conservar el texto del otro portátil y descartar el de usted</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="117" />
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="119" />
        <source>Close this window and choose later (Escape)</source>
        <translation>Cerrar esta ventana y elegir más tarde (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="151" />
        <source>{0} Nothing has been overwritten. Compare the two texts, make yours (the editable one) say what should stay (copy from theirs what you want to keep), then save it.</source>
        <translation>{0} No se ha sobrescrito nada. Compare los dos textos, haga que el suyo (el editable) diga lo que debe quedar (copie del otro lo que quiera conservar) y guárdelo.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ui/print_menu.py" line="142" />
        <source>workshop</source>
        <comment>file name of a workshop without title</comment>
        <extracomment>the Print menu's object name (how other parts of the window find it, whatever its language) why the route slips carry no route codes ("" when they do, or for other printouts) hosts whose address means nothing on a participant's phone where Round › Share on the venue network remembers the address and port chosen (the keys of ui.moderator.venue_share_dialog, spelt out here: the Print menu serves every place of the window, which do not import each other) a printout was written (its path) nothing was written (the sentence why)</extracomment>
        <translation>taller</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="159" />
        <source>Save the route slip of {0}</source>
        <translation>Guardar la ficha de recorrido de {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_menu.py" line="163" />
        <source>Save the route slips of %n participant(s)</source>
        <translation>
            <numerusform>Guardar la ficha de recorrido de %n participante</numerusform>
            <numerusform>Guardar las fichas de recorrido de %n participantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="198" />
        <source>Saved to {0}, without route codes: {1}</source>
        <translation>Guardado en {0}, sin códigos de recorrido: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="201" />
        <source>Saved to {0}</source>
        <translation>Guardado en {0}</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="204" />
        <source>Preparing {0}…</source>
        <translation>Preparando {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="209" />
        <source>Nothing was printed</source>
        <translation>No se imprimió nada</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="210" />
        <source>{0}

No file was written.</source>
        <translation>{0}

No se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <location filename="../../ui/common/forms.py" line="338" />
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../ui/common/forms.py" line="374" />
        <source>{0} was changed on another laptop meanwhile, to “{1}”; yours is not saved. Save it again to replace theirs.</source>
        <translation>{0} se modificó entretanto en otro portátil, a «{1}»; lo que usted escribió no se guardó. Guárdelo de nuevo para sustituir lo suyo.</translation>
    </message>
    <message>
        <location filename="../../ui/common/forms.py" line="390" />
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
</context>
<context>
    <name>SavedFileButtons</name>
    <message>
        <location filename="../../ui/common/save_folder.py" line="94" />
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/common/save_folder.py" line="96" />
        <source>Open the file just written</source>
        <translation>Abrir el archivo recién escrito</translation>
    </message>
    <message>
        <location filename="../../ui/common/save_folder.py" line="98" />
        <source>Show &amp;folder</source>
        <translation>Mostrar la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/common/save_folder.py" line="100" />
        <source>Show the folder of the file just written</source>
        <translation>Mostrar la carpeta del archivo recién escrito</translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="67" />
        <source>Name the server (host name or address).</source>
        <translation>Indique el servidor (nombre de host o dirección).</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="69" />
        <source>Name the workshop's database on the server.</source>
        <translation>Indique la base de datos del taller en el servidor.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="71" />
        <source>Give the user name to connect as.</source>
        <translation>Indique el nombre de usuario con el que conectarse.</translation>
    </message>
</context>
<context>
    <name>SharedLink</name>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="50" />
        <source>Undo waits until this change reaches the shared workshop; edit or delete the item meanwhile.</source>
        <translation>Deshacer espera a que este cambio llegue al taller compartido; mientras tanto, edite o elimine el elemento.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="52" />
        <source>Undo waits until this change is saved; edit or delete the item meanwhile.</source>
        <translation>Deshacer espera a que este cambio se guarde; mientras tanto, edite o elimine el elemento.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="107" />
        <source>The shared workshop's server cannot be reached: changes are kept on this laptop and sent when it is back.</source>
        <translation>No se puede contactar con el servidor del taller compartido: los cambios se guardan en este portátil y se enviarán cuando vuelva.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="112" />
        <source>The offline journal could not be written: {0} Changes are still sent, but would be lost if the app closed while offline.</source>
        <translation>No se pudo escribir el registro sin conexión: {0} Los cambios se siguen enviando, pero se perderían si la aplicación se cerrara sin conexión.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop/shared_link.py" line="126" />
        <source>%n change(s) made while offline were sent to the shared workshop.</source>
        <translation>
            <numerusform>Se envió al taller compartido %n cambio hecho sin conexión.</numerusform>
            <numerusform>Se enviaron al taller compartido %n cambios hechos sin conexión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop/shared_link.py" line="129" />
        <source>%n change(s) not saved when the app last closed were saved now.</source>
        <translation>
            <numerusform>Se acaba de guardar %n cambio que no se guardó al cerrar la aplicación la última vez.</numerusform>
            <numerusform>Se acaban de guardar %n cambios que no se guardaron al cerrar la aplicación la última vez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="132" />
        <source>Not sent: {0}</source>
        <translation>No enviado: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="133" />
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop/shared_link.py" line="135" />
        <source>%n change(s) made while offline met another laptop's edit: compare and merge them.</source>
        <translation>
            <numerusform>%n cambio hecho sin conexión coincide con una edición de otro portátil: compárelos y combínelos.</numerusform>
            <numerusform>%n cambios hechos sin conexión coinciden con ediciones de otro portátil: compárelos y combínelos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedOnCloseDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="70" />
        <source>%n change(s) are not saved yet ({0}).</source>
        <translation>
            <numerusform>%n cambio aún no se ha guardado ({0}).</numerusform>
            <numerusform>%n cambios aún no se han guardado ({0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="71" />
        <source>%n change(s) are not saved yet.</source>
        <translation>
            <numerusform>%n cambio aún no se ha guardado.</numerusform>
            <numerusform>%n cambios aún no se han guardado.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="76" />
        <source>Nothing is lost: closing keeps what waits on this laptop, and it is saved first the next time this workshop opens.</source>
        <translation>No se pierde nada: al cerrar, lo pendiente se conserva en este portátil y se guardará lo primero la próxima vez que se abra este taller.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="80" />
        <source>Changes not saved yet</source>
        <translation>Cambios aún sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="82" />
        <source>Keep waiting</source>
        <translation>Seguir esperando</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="84" />
        <source>Close and keep them for next time</source>
        <translation>Cerrar y conservarlos para la próxima vez</translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message>
        <location filename="../../ui/workshop/controller.py" line="126" />
        <location filename="../../ui/workshop/controller.py" line="406" />
        <source>Saved</source>
        <extracomment>after close, how long a failing save is still retried before it is logged and given up the same on a shared workshop, whose waiting edits are kept in the offline journal anyway a workshop was opened or created: (display name of the database) opening failed (message for the user); whatever was open stays open (WorkshopIndex of the new snapshot, SnapshotUpdate) "Saved", "Saving…", "Not saved: &lt;reason&gt;" or "Offline — N changes waiting" (in the window's language) a one-off message for the status bar push every pending edit now (emitted on the main thread before closing or opening another workshop; slots run synchronously and must only queue work, never wait for it) an undo or redo step was applied (views that apply their own edits locally reload) another laptop's change on a shared workshop (listener thread -&gt; main thread) seconds to add to this laptop's clock to read the shared server's (None: local clock) edits made offline that another laptop overtook, found when the journal was replayed: a list of cafe.sync.journal.Conflict (each with this laptop's wanted values and the row now) a shared workshop opened over a connection that is not encrypted or asked no password: (kind, sentence) pairs that say what is unsafe (the window shows them where they stay visible)</extracomment>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="242" />
        <source>The sample workshop could not be loaded: {0}</source>
        <extracomment>the save state needs the user's eye (offline, not saved), not just "Saved" or "Saving…" the open shared workshop's journal writer (None on SQLite), and the last one closed edits of a shared workshop sent to the worker and not answered yet the open workshop is shared (PostgreSQL) rather than a file on this laptop while the status says offline: the most changes that waited (None when online)</extracomment>
        <translation>No se pudo cargar el taller de ejemplo: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="253" />
        <source>{0}: could not be opened ({1}: {2}).</source>
        <translation>{0}: no se pudo abrir ({1}: {2}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop/controller.py" line="256" />
        <source>%n change(s) made on this laptop while it was offline are kept, and sent once the workshop opens.</source>
        <translation>
            <numerusform>%n cambio hecho en este portátil sin conexión se conserva y se enviará cuando se abra el taller.</numerusform>
            <numerusform>%n cambios hechos en este portátil sin conexión se conservan y se enviarán cuando se abra el taller.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop/controller.py" line="397" />
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Sin conexión — %n cambio pendiente</numerusform>
            <numerusform>Sin conexión — %n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="398" />
        <source>Offline — no changes waiting</source>
        <translation>Sin conexión — ningún cambio pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="401" />
        <source>Not saved: {0} — retrying</source>
        <translation>No guardado: {0} — reintentando</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="403" />
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="406" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="411" />
        <source>Connected to the shared workshop again: the changes that waited were sent.</source>
        <translation>De nuevo conectado al taller compartido: se enviaron los cambios pendientes.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="412" />
        <source>Connected to the shared workshop again.</source>
        <translation>De nuevo conectado al taller compartido.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="459" />
        <source>Could not reload the workshop: {0}</source>
        <translation>No se pudo volver a cargar el taller: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="468" />
        <source>an unexpected error ({0}: {1})</source>
        <translation>un error inesperado ({0}: {1})</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="29" />
        <source>Workshop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de taller (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="30" />
        <source>Workshop files (*.json);;All files (*)</source>
        <translation>Archivos de taller (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="45" />
        <source>ddd d MMM yyyy, HH:mm:ss</source>
        <comment>Qt date format of a backup's time</comment>
        <translation>ddd d MMM yyyy, HH:mm:ss</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="55" />
        <source>Cannot open the workshop</source>
        <translation>No se puede abrir el taller</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="57" />
        <source>Open another…</source>
        <translation>Abrir otro…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="58" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="155" />
        <source>Each problem found</source>
        <translation>Cada problema encontrado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="186" />
        <location filename="../../ui/dialogs.py" line="203" />
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="187" />
        <source>Title of the workshop:</source>
        <translation>Título del taller:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="194" />
        <source>Open workshop</source>
        <translation>Abrir un taller</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="213" />
        <source>Import workshop file</source>
        <translation>Importar un archivo de taller</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="223" />
        <source>Export workshop file</source>
        <translation>Exportar el archivo del taller</translation>
    </message>
</context>
<context>
    <name>print_menu</name>
    <message>
        <location filename="../../ui/print_menu.py" line="38" />
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documentos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="41" />
        <source>&amp;Group lists…</source>
        <extracomment>(printout name in cafe.report.printouts, menu text, file name ending); texts translated where shown</extracomment>
        <translation>&amp;Listas de grupos…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="42" />
        <source>&amp;Door signs…</source>
        <translation>&amp;Carteles de puerta…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="43" />
        <source>&amp;Route slips…</source>
        <translation>&amp;Fichas de recorrido…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="47" />
        <source>Save group lists</source>
        <extracomment>the title of the save dialog of each printout</extracomment>
        <translation>Guardar las listas de grupos</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="48" />
        <source>Save door signs</source>
        <translation>Guardar los carteles de puerta</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="49" />
        <source>Save route slips</source>
        <translation>Guardar las fichas de recorrido</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="229" />
        <location filename="../../ui/print_menu.py" line="252" />
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="237" />
        <source>&amp;Projector: moves between rounds…</source>
        <translation>&amp;Proyector: cambios de sala entre rondas…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="257" />
        <source>Open a workshop first.</source>
        <translation>Abra primero un taller.</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="268" />
        <source>The host's &amp;brief (PDF)…</source>
        <translation>&amp;Resumen de traspaso del anfitrión (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="269" />
        <source>Projector: the host's b&amp;rief</source>
        <translation>Pr&amp;oyector: resumen de traspaso del anfitrión</translation>
    </message>
</context>
</TS>