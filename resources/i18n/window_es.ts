<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="51" />
        <source>Setup</source>
        <extracomment>what a place shows (key, label) of each place, in navigation order (View menu: Alt+1…; Ctrl+1…4 are the note columns')</extracomment>
        <translation>Preparación</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52" />
        <source>Rounds &amp; rooms</source>
        <translation>Rondas y salas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53" />
        <source>Room notes</source>
        <translation>Notas de sala</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54" />
        <source>Moderator overview</source>
        <translation>Vista del moderador</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55" />
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>Places</source>
        <extracomment>the first workshop is on screen and the window takes input</extracomment>
        <translation>Espacios</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>The places of the window; Alt+1 to Alt+5 go to each</source>
        <translation>Los espacios de la ventana; Alt+1 a Alt+5 llevan a cada uno</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>Opening the workshop…</source>
        <translation>Abriendo el taller…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355" />
        <source>No workshop is open.</source>
        <translation>No hay ningún taller abierto.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>Save state</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>Connection security</source>
        <extracomment>shown while the shared workshop's connection is not encrypted or asked no password</extracomment>
        <translation>Seguridad de la conexión</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>&amp;File</source>
        <extracomment>made when the offline journal's replay finds its first conflict</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>&amp;New workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>&amp;Import workshop file…</source>
        <translation>&amp;Importar archivo de taller…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <source>&amp;Export workshop file…</source>
        <translation>&amp;Exportar archivo del taller…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>&amp;Merge a room laptop's workshop file…</source>
        <translation>&amp;Fusionar el archivo de taller de un portátil de sala…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Move &amp;damaged rows aside…</source>
        <translation>Apartar las filas &amp;dañadas…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>&amp;Connect to a shared workshop…</source>
        <translation>&amp;Conectarse a un taller compartido…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <source>This &amp;laptop serves</source>
        <translation>Este &amp;portátil atiende</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187" />
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191" />
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218" />
        <source>&amp;{0} {1}  (missing)</source>
        <translation>&amp;{0} {1}  (no encontrado)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>No recent workshops</source>
        <translation>Ningún taller reciente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>Clear list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237" />
        <source>No workshop open</source>
        <translation>Ningún taller abierto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240" />
        <source>Every room (moderator)</source>
        <translation>Todas las salas (moderador)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267" />
        <source>The window will be in {0} from the next start.</source>
        <translation>La ventana estará en {0} a partir del próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271" />
        <source>This laptop serves: {0}</source>
        <translation>Este portátil atiende: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321" />
        <source>This workshop opened without {0}: File › Move damaged rows aside… keeps them in a recovery file and repairs the database.</source>
        <translation>Este taller se abrió sin {0}: Archivo › Apartar las filas dañadas… las guarda en un archivo de recuperación y repara la base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339" />
        <source>⚠ Not encrypted</source>
        <translation>⚠ Sin cifrar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339" />
        <source>⚠ No password</source>
        <translation>⚠ Sin contraseña</translation>
    </message>
</context>
</TS>