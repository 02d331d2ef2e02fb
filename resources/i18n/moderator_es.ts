<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AllRoomsConfirm</name>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="28"/>
        <source>{0} and {1}</source>
        <extracomment>the window&apos;s language for the texts here (lupdate reads the calls)</extracomment>
        <translation>{0} y {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="38"/>
        <source>all {0} rooms</source>
        <translation>las {0} salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="39"/>
        <source>{0} of its {1} rooms</source>
        <translation>{0} de sus {1} salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="41"/>
        <source>End round {0} in {1}?</source>
        <translation>¿Finalizar la ronda {0} en {1}?</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="42"/>
        <source>The clocks of {0} stop now. Notes and summaries stay as they are; Undo (Ctrl+Z) starts the clocks again.</source>
        <translation>Los relojes de {0} se detienen ahora. Las notas y las síntesis no cambian; Deshacer (Ctrl+Z) vuelve a poner en marcha los relojes.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="44"/>
        <source>&amp;End round {0} in {1}</source>
        <translation>&amp;Finalizar la ronda {0} en {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="46"/>
        <source>Restart round {0} in {1}?</source>
        <translation>¿Reiniciar la ronda {0} en {1}?</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="47"/>
        <source>The clocks of {0} start again from {1} now; the time they have run is lost. Notes and summaries stay as they are; Undo (Ctrl+Z) puts the clocks back.</source>
        <translation>Los relojes de {0} vuelven a empezar ahora desde {1}; el tiempo ya transcurrido se pierde. Las notas y las síntesis no cambian; Deshacer (Ctrl+Z) restablece los relojes.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="51"/>
        <source>&amp;Restart round {0} in {1}</source>
        <translation>&amp;Reiniciar la ronda {0} en {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="67"/>
        <source>Cancel: keep every room as it is</source>
        <translation>Cancelar: dejar todas las salas como están</translation>
    </message>
</context>
<context>
    <name>DayBehindBanner</name>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="310"/>
        <source>Shift the rest of the day…</source>
        <translation>Desplazar el resto del día…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="312"/>
        <source>Shift the rest of the day</source>
        <translation>Desplazar el resto del día</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="313"/>
        <source>Move the later agenda items, or let a break absorb the delay; one undo step</source>
        <translation>Desplazar los puntos siguientes del programa o dejar que una pausa absorba el retraso; un solo paso de deshacer</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="88"/>
        <source>Round shown</source>
        <translation>Ronda mostrada</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="89"/>
        <source>The round the table and the buttons show; Current round follows the agenda</source>
        <translation>La ronda que muestran la tabla y los botones; «Ronda actual» sigue el programa</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="98"/>
        <source>Start each round automatically at its agenda time</source>
        <translation>Iniciar cada ronda automáticamente a la hora del programa</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="99"/>
        <source>When a round&apos;s time comes and no other round is running or paused, it starts in all its rooms, timed from its agenda start.</source>
        <translation>Cuando llega la hora de una ronda y ninguna otra está en curso ni en pausa, se inicia en todas sus salas, cronometrada desde su hora de inicio en el programa.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="103"/>
        <source>Ro&amp;und:</source>
        <translation>Ro&amp;nda:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="115"/>
        <source>Start all</source>
        <translation>Iniciar todas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="116"/>
        <source>Start the round in all rooms</source>
        <translation>Iniciar la ronda en todas las salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="117"/>
        <location filename="../../ui/moderator/overview_view.py" line="394"/>
        <source>Pause all</source>
        <translation>Pausar todas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="118"/>
        <location filename="../../ui/moderator/overview_view.py" line="158"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="119"/>
        <source>Add 1 minute in all rooms</source>
        <translation>Añadir 1 minuto en todas las salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="120"/>
        <location filename="../../ui/moderator/overview_view.py" line="160"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="121"/>
        <source>Add 5 minutes in all rooms</source>
        <translation>Añadir 5 minutos en todas las salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="122"/>
        <location filename="../../ui/moderator/overview_view.py" line="162"/>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="123"/>
        <source>Remove 1 minute in all rooms</source>
        <translation>Quitar 1 minuto en todas las salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="124"/>
        <source>End all…</source>
        <translation>Finalizar todas…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="125"/>
        <source>End the round in every room; asks first</source>
        <translation>Finalizar la ronda en todas las salas; pide confirmación antes</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="126"/>
        <source>End the round in all rooms</source>
        <translation>Finalizar la ronda en todas las salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="127"/>
        <source>Restart all…</source>
        <translation>Reiniciar todas…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="128"/>
        <source>Restart the round from its full length in every room; asks first</source>
        <translation>Reiniciar la ronda con toda su duración en todas las salas; pide confirmación antes</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="129"/>
        <source>Restart the round in all rooms</source>
        <translation>Reiniciar la ronda en todas las salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="130"/>
        <location filename="../../ui/moderator/overview_view.py" line="168"/>
        <source>Stage display…</source>
        <translation>Pantalla de escenario…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="131"/>
        <source>Open the stage display for all rooms</source>
        <translation>Abrir la pantalla de escenario de todas las salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="132"/>
        <source>All rooms:</source>
        <translation>Todas las salas:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="143"/>
        <source>Rooms in the round</source>
        <translation>Salas de la ronda</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="144"/>
        <source>One row per room: theme, hosts, group, phase, time left, message, next group, notes, summary and delay; the buttons below act on the selected room</source>
        <translation>Una fila por sala: tema, anfitriones, grupo, fase, tiempo restante, mensaje, grupo siguiente, notas, síntesis y retraso; los botones de abajo actúan sobre la sala seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="155"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="156"/>
        <source>Start the round in the selected room</source>
        <translation>Iniciar la ronda en la sala seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="157"/>
        <location filename="../../ui/moderator/overview_view.py" line="409"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="159"/>
        <source>Add 1 minute in the selected room</source>
        <translation>Añadir 1 minuto en la sala seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="161"/>
        <source>Add 5 minutes in the selected room</source>
        <translation>Añadir 5 minutos en la sala seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="163"/>
        <source>Remove 1 minute in the selected room</source>
        <translation>Quitar 1 minuto en la sala seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="164"/>
        <source>End</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="165"/>
        <source>End the round in the selected room</source>
        <translation>Finalizar la ronda en la sala seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="166"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="167"/>
        <source>Restart the round in the selected room</source>
        <translation>Reiniciar la ronda en la sala seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="169"/>
        <source>Open the stage display for the selected room</source>
        <translation>Abrir la pantalla de escenario de la sala seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="170"/>
        <location filename="../../ui/moderator/overview_view.py" line="406"/>
        <source>Selected room:</source>
        <translation>Sala seleccionada:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="178"/>
        <source>A one-line message for the stage display, e.g. Please wrap up</source>
        <translation>Un mensaje de una línea para la pantalla de escenario, p. ej. Por favor, vayan concluyendo</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="179"/>
        <source>Stage message</source>
        <translation>Mensaje en pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="180"/>
        <source>Shown on the stage display of the selected room or of all rooms; Enter sends it to the selected room</source>
        <translation>Se muestra en la pantalla de escenario de la sala seleccionada o de todas las salas; Intro lo envía a la sala seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="183"/>
        <source>Send to room</source>
        <translation>Enviar a la sala</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="184"/>
        <source>Send to all rooms</source>
        <translation>Enviar a todas las salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="185"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="186"/>
        <source>Clear the message of the selected room, or of every room if none is selected</source>
        <translation>Borrar el mensaje de la sala seleccionada o de todas las salas si no hay ninguna seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="188"/>
        <source>Clear the stage message</source>
        <translation>Borrar el mensaje en pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="190"/>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="201"/>
        <source>Why an action was refused</source>
        <translation>Por qué se rechazó una acción</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="301"/>
        <source>Select a room in the table first, or send the message to all rooms.</source>
        <translation>Seleccione primero una sala en la tabla o envíe el mensaje a todas las salas.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="319"/>
        <source>No round has run late with anything after it today: nothing to shift.</source>
        <translation>Hoy ninguna ronda se ha retrasado con algo después: no hay nada que desplazar.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="333"/>
        <source>Start rounds automatically</source>
        <translation>Iniciar las rondas automáticamente</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="333"/>
        <source>Stop starting rounds automatically</source>
        <translation>Dejar de iniciar las rondas automáticamente</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="346"/>
        <source>Current round</source>
        <translation>Ronda actual</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="372"/>
        <source>No rounds on the agenda yet</source>
        <translation>Todavía no hay rondas en el programa</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="376"/>
        <source>Now: {0} — {1}</source>
        <translation>Ahora: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="378"/>
        <source>Next: {0} — {1}</source>
        <translation>A continuación: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="380"/>
        <source>Done: {0} — {1}</source>
        <translation>Terminada: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="383"/>
        <source>Nothing more on the agenda</source>
        <translation>Nada más en el programa</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="394"/>
        <source>Resume all</source>
        <translation>Reanudar todas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="395"/>
        <source>Resume the round in all rooms</source>
        <translation>Reanudar la ronda en todas las salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="396"/>
        <source>Pause the round in all rooms</source>
        <translation>Pausar la ronda en todas las salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="405"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="409"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="410"/>
        <source>Resume the round in the selected room</source>
        <translation>Reanudar la ronda en la sala seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="411"/>
        <source>Pause the round in the selected room</source>
        <translation>Pausar la ronda en la sala seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="58"/>
        <source>not started</source>
        <extracomment>foreground of the time and phase by phase; the phase column always says it in words too</extracomment>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="59"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="60"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="61"/>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
</context>
<context>
    <name>RoomStatusModel</name>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="36"/>
        <source>Room</source>
        <extracomment>the column headers (English; shown translated, see :data:`COLUMN_TITLES`); &quot;Time left&quot; is drawn big</extracomment>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="36"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="37"/>
        <source>Hosts</source>
        <translation>Anfitriones</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="37"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="38"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="38"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="39"/>
        <source>Stage message</source>
        <translation>Mensaje en pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="40"/>
        <source>Next group</source>
        <translation>Grupo siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="40"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="41"/>
        <source>Summary</source>
        <translation>Síntesis</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="41"/>
        <source>Behind</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="145"/>
        <source>✓ Final</source>
        <translation>✓ Definitiva</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="145"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="145"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="156"/>
        <source>Ended {0} min late</source>
        <translation>Terminó con {0} min de retraso</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="156"/>
        <source>{0} min behind</source>
        <translation>{0} min de retraso</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="158"/>
        <source>Ended {0} min early</source>
        <translation>Terminó {0} min antes</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="159"/>
        <source>Ended on time</source>
        <translation>Terminó a tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="159"/>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="174"/>
        <source>{0}: {1} ({2})</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/room_status_model.py" line="176"/>
        <source>%n note(s) taken in {0} this round</source>
        <translation>
            <numerusform>%n nota tomada en {0} en esta ronda</numerusform>
            <numerusform>%n notas tomadas en {0} en esta ronda</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="178"/>
        <source>The round summary of {0}: {1}</source>
        <translation>La síntesis de la ronda de {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="180"/>
        <source>{0} against the agenda&apos;s end of the round: {1}</source>
        <translation>{0} respecto al final de la ronda previsto en el programa: {1}</translation>
    </message>
</context>
<context>
    <name>RoundControl</name>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="70"/>
        <source>Start round {0}</source>
        <extracomment>the window&apos;s language for the texts here (lupdate reads the calls)</extracomment>
        <translation>Iniciar la ronda {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="70"/>
        <source>Start round {0} in {1}</source>
        <translation>Iniciar la ronda {0} en {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="72"/>
        <source>Pause round {0}</source>
        <translation>Pausar la ronda {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="72"/>
        <source>Pause round {0} in {1}</source>
        <translation>Pausar la ronda {0} en {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="74"/>
        <source>Resume round {0}</source>
        <translation>Reanudar la ronda {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="74"/>
        <source>Resume round {0} in {1}</source>
        <translation>Reanudar la ronda {0} en {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="76"/>
        <source>End round {0}</source>
        <translation>Finalizar la ronda {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="76"/>
        <source>End round {0} in {1}</source>
        <translation>Finalizar la ronda {0} en {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="77"/>
        <source>Restart round {0}</source>
        <translation>Reiniciar la ronda {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="77"/>
        <source>Restart round {0} in {1}</source>
        <translation>Reiniciar la ronda {0} en {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="139"/>
        <location filename="../../ui/moderator/round_control.py" line="215"/>
        <source>There is no round on the agenda yet.</source>
        <extracomment>the window a question about all rooms opens over (None: the active window)</extracomment>
        <translation>Todavía no hay ninguna ronda en el programa.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="197"/>
        <source>Nothing to pause or resume: the round is not running.</source>
        <translation>No hay nada que pausar ni reanudar: la ronda no está en curso.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="207"/>
        <source>The round has ended here; use Restart to run it again.</source>
        <translation>La ronda ha terminado aquí; use Reiniciar para volver a realizarla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/round_control.py" line="220"/>
        <source>Add %n minute(s) to round {0}</source>
        <translation>
            <numerusform>Añadir %n minuto a la ronda {0}</numerusform>
            <numerusform>Añadir %n minutos a la ronda {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/round_control.py" line="221"/>
        <source>Remove %n minute(s) from round {0}</source>
        <translation>
            <numerusform>Quitar %n minuto a la ronda {0}</numerusform>
            <numerusform>Quitar %n minutos a la ronda {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/round_control.py" line="223"/>
        <source>Add %n minute(s) to {0}</source>
        <translation>
            <numerusform>Añadir %n minuto a {0}</numerusform>
            <numerusform>Añadir %n minutos a {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/round_control.py" line="224"/>
        <source>Remove %n minute(s) from {0}</source>
        <translation>
            <numerusform>Quitar %n minuto a {0}</numerusform>
            <numerusform>Quitar %n minutos a {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="233"/>
        <source>There is no round on the agenda yet, so there is no stage display to send to.</source>
        <translation>Todavía no hay ninguna ronda en el programa, así que no hay pantalla de escenario a la que enviar el mensaje.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="238"/>
        <source>Round {0} has no rooms yet.</source>
        <translation>La ronda {0} todavía no tiene salas.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="242"/>
        <source>Message to all rooms</source>
        <translation>Mensaje a todas las salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="243"/>
        <source>Clear the messages in all rooms</source>
        <translation>Borrar los mensajes de todas las salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="246"/>
        <source>Message to {0}</source>
        <translation>Mensaje a {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="247"/>
        <source>Clear the message in {0}</source>
        <translation>Borrar el mensaje de {0}</translation>
    </message>
</context>
<context>
    <name>RoundMenu</name>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="42"/>
        <source>&amp;Round</source>
        <translation>&amp;Ronda</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="44"/>
        <location filename="../../ui/moderator/round_menu.py" line="114"/>
        <source>&amp;Start round (all rooms)</source>
        <translation>&amp;Iniciar la ronda (todas las salas)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="45"/>
        <location filename="../../ui/moderator/round_menu.py" line="115"/>
        <source>&amp;Pause round</source>
        <translation>&amp;Pausar la ronda</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="46"/>
        <source>+&amp;1 minute</source>
        <translation>+&amp;1 minuto</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="47"/>
        <source>+&amp;5 minutes</source>
        <translation>+&amp;5 minutos</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="48"/>
        <source>−1 &amp;minute</source>
        <translation>−1 &amp;minuto</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="49"/>
        <location filename="../../ui/moderator/round_menu.py" line="121"/>
        <source>&amp;End round</source>
        <translation>&amp;Finalizar la ronda</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="50"/>
        <location filename="../../ui/moderator/round_menu.py" line="124"/>
        <source>Res&amp;tart round</source>
        <translation>Reini&amp;ciar la ronda</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="52"/>
        <location filename="../../ui/moderator/round_menu.py" line="131"/>
        <source>S&amp;hift the rest of the day…</source>
        <translation>&amp;Desplazar el resto del día…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="54"/>
        <source>Stage &amp;display…</source>
        <translation>Pantalla de &amp;escenario…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="86"/>
        <source>No round has run late with anything after it today: nothing to shift.</source>
        <translation>Hoy ninguna ronda se ha retrasado con algo después: no hay nada que desplazar.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="110"/>
        <source>&amp;Start round {0} (all rooms)</source>
        <translation>&amp;Iniciar la ronda {0} (todas las salas)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="111"/>
        <source>&amp;Resume round {0}</source>
        <translation>&amp;Reanudar la ronda {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="112"/>
        <source>&amp;Pause round {0}</source>
        <translation>&amp;Pausar la ronda {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="115"/>
        <source>&amp;Resume round</source>
        <translation>&amp;Reanudar la ronda</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="121"/>
        <source>&amp;End round {0}</source>
        <translation>&amp;Finalizar la ronda {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="122"/>
        <source>&amp;End round {0} (all rooms)…</source>
        <translation>&amp;Finalizar la ronda {0} (todas las salas)…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="125"/>
        <source>Res&amp;tart round {0}</source>
        <translation>Reini&amp;ciar la ronda {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="126"/>
        <source>Res&amp;tart round {0} (all rooms)…</source>
        <translation>Reini&amp;ciar la ronda {0} (todas las salas)…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="130"/>
        <source>S&amp;hift the rest of the day ({0} min behind)…</source>
        <translation>&amp;Desplazar el resto del día ({0} min de retraso)…</translation>
    </message>
</context>
<context>
    <name>ShiftDay</name>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="64"/>
        <source>{0} min</source>
        <extracomment>the window&apos;s language for the texts here (lupdate reads the calls)</extracomment>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="109"/>
        <source>The day is {0} behind: round {1} runs at least until {2} in {3}.</source>
        <translation>El día lleva {0} de retraso: la ronda {1} dura al menos hasta las {2} en {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="110"/>
        <source>The day is {0} behind: round {1} ended at {2} in {3}.</source>
        <translation>El día lleva {0} de retraso: la ronda {1} terminó a las {2} en {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="112"/>
        <source>The day is {0} behind: round {1} runs at least until {2} in {3}; {4} starts at {5} on the agenda.</source>
        <translation>El día lleva {0} de retraso: la ronda {1} dura al menos hasta las {2} en {3}; {4} empieza a las {5} según el programa.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="114"/>
        <source>The day is {0} behind: round {1} ended at {2} in {3}; {4} starts at {5} on the agenda.</source>
        <translation>El día lleva {0} de retraso: la ronda {1} terminó a las {2} en {3}; {4} empieza a las {5} según el programa.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="138"/>
        <source>What comes after {0} stays as it is.</source>
        <translation>Lo que viene después de {0} no cambia.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="274"/>
        <source>Let {0} absorb {1}</source>
        <translation>Dejar que {0} absorba {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="275"/>
        <source>Shift the rest of {0} by {1}</source>
        <translation>Desplazar el resto de {0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="290"/>
        <source>the day</source>
        <translation>el día</translation>
    </message>
</context>
<context>
    <name>ShiftDayDialog</name>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="151"/>
        <source>Shift the rest of the day</source>
        <translation>Desplazar el resto del día</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="159"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="161"/>
        <source>Minutes to shift the rest of the day by</source>
        <translation>Minutos que se desplaza el resto del día</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="162"/>
        <source>Move everything from {0} ({1}) to the end of the day</source>
        <translation>Desplazar todo desde {0} ({1}) hasta el final del día</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="164"/>
        <source>Move the rest of the day later</source>
        <translation>Retrasar el resto del día</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="165"/>
        <source>Let a break absorb it (only what comes before the break moves):</source>
        <translation>Dejar que una pausa lo absorba (solo se desplaza lo anterior a la pausa):</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="166"/>
        <source>Let a break absorb the delay</source>
        <translation>Dejar que una pausa absorba el retraso</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="169"/>
        <source>The break that absorbs the delay</source>
        <translation>La pausa que absorbe el retraso</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="183"/>
        <source>What moves</source>
        <translation>Lo que se desplaza</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="190"/>
        <source>&amp;Shift</source>
        <translation>&amp;Desplazar</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="192"/>
        <source>Shift the agenda (one undo step)</source>
        <translation>Desplazar el programa (un solo paso de deshacer)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="199"/>
        <source>Shift &amp;by:</source>
        <translation>Desplazar &amp;en:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="208"/>
        <source>What moves:</source>
        <translation>Lo que se desplaza:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="213"/>
        <source>Cancel: the agenda stays as it is</source>
        <translation>Cancelar: el programa no cambia</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="249"/>
        <source>{0} keeps at least {1}, so it absorbs {2}; the items after it move by {3}.</source>
        <translation>{0} conserva al menos {1}, así que absorbe {2}; los puntos siguientes se desplazan {3}.</translation>
    </message>
</context>
<context>
    <name>StageDisplay</name>
    <message>
        <location filename="../../ui/moderator/stage_canvas.py" line="125"/>
        <source>Stage clock — {0}</source>
        <extracomment>the smallest type of the guiding questions, as a share of the height (about 26 px at 1080) the least share of the height the digits keep when the guiding questions are shown phase changes announced assertively (they interrupt): the moderator must hear them at once paint events handled (benchmarks and tests read it) the phase changes announced to screen readers, in order (tests read it)</extracomment>
        <translation>Reloj de escenario — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="102"/>
        <location filename="../../ui/moderator/stage_display.py" line="237"/>
        <source>Screen</source>
        <extracomment>seconds a notice (a refusal, a clock change) stays on the display</extracomment>
        <translation>Pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="104"/>
        <source>{0}: {1} · {2}×{3} (primary)</source>
        <translation>{0}: {1} · {2}×{3} (principal)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="191"/>
        <source>Start / pause</source>
        <extracomment>the guiding questions are shown beneath the clock (a room&apos;s display only)</extracomment>
        <translation>Iniciar / pausar</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="193"/>
        <source>Start / pause all rooms</source>
        <translation>Iniciar / pausar todas las salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="194"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="195"/>
        <source>+1 minute</source>
        <translation>+1 minuto</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="197"/>
        <source>−1 minute</source>
        <translation>−1 minuto</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="199"/>
        <source>+5 minutes</source>
        <translation>+5 minutos</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="200"/>
        <source>End round</source>
        <translation>Finalizar la ronda</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="201"/>
        <source>Restart round</source>
        <translation>Reiniciar la ronda</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="202"/>
        <source>Guiding questions</source>
        <translation>Preguntas orientadoras</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="204"/>
        <source>Show this room&apos;s guiding questions beneath the clock (Q)</source>
        <translation>Mostrar las preguntas orientadoras de esta sala bajo el reloj (Q)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="205"/>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="207"/>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="208"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="211"/>
        <source>&amp;Display</source>
        <translation>&amp;Visualización</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="216"/>
        <source>&amp;Screen</source>
        <translation>&amp;Pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="220"/>
        <source>&amp;Round</source>
        <translation>&amp;Ronda</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="257"/>
        <source>Space starts or pauses one room&apos;s display only. For every room: Round › Start / pause all rooms (right-click in full screen).</source>
        <translation>La barra espaciadora solo inicia o pausa la pantalla de una sala. Para todas las salas: Ronda › Iniciar / pausar todas las salas (clic derecho en pantalla completa).</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="269"/>
        <source>The guiding questions show on one room&apos;s display: open the stage display for that room.</source>
        <translation>Las preguntas orientadoras se muestran en la pantalla de una sala: abra la pantalla de escenario de esa sala.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="272"/>
        <source>This room&apos;s theme has no guiding questions yet (Setup › Rooms &amp; themes).</source>
        <translation>El tema de esta sala todavía no tiene preguntas orientadoras (Configuración › Salas y temas).</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="349"/>
        <source>No workshop is open</source>
        <translation>No hay ningún taller abierto</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="361"/>
        <source>all rooms</source>
        <translation>todas las salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="362"/>
        <source>Stage display — {0}</source>
        <translation>Pantalla de escenario — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="436"/>
        <source>All rooms (the moderator&apos;s clock)</source>
        <translation>Todas las salas (el reloj del moderador)</translation>
    </message>
</context>
<context>
    <name>StageDisplayDialog</name>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="379"/>
        <source>Open a stage display</source>
        <translation>Abrir una pantalla de escenario</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="388"/>
        <location filename="../../ui/moderator/stage_display.py" line="390"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="389"/>
        <location filename="../../ui/moderator/stage_display.py" line="391"/>
        <source>On screen</source>
        <translation>En la pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="393"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>VenueShare</name>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="62"/>
        <source>Venue pages</source>
        <extracomment>the state changed: &quot;off&quot;, &quot;starting&quot;, &quot;on&quot;, &quot;stopping&quot;; with a message (&quot;&quot; or an error) a phone&apos;s contribution, from the server&apos;s thread: (keyword arguments, future to answer)</extracomment>
        <translation>Páginas del recinto</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="65"/>
        <location filename="../../ui/moderator/venue_share.py" line="141"/>
        <source>Share on the &amp;venue network…</source>
        <translation>Compartir en la red del reci&amp;nto…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="67"/>
        <source>Show the room clocks, now and next, and each participant&apos;s route in any browser on the venue network</source>
        <translation>Mostrar los relojes de las salas, «ahora y a continuación» y el recorrido de cada participante en cualquier navegador de la red del recinto</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="140"/>
        <source>Sharing on the &amp;venue network…</source>
        <translation>Compartiendo en la red del reci&amp;nto…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="142"/>
        <source>Venue pages: {0}</source>
        <translation>Páginas del recinto: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="152"/>
        <source>Open a workshop first.</source>
        <translation>Abra primero un taller.</translation>
    </message>
</context>
<context>
    <name>VenueShareDialog</name>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="65"/>
        <source>127.0.0.1 (this computer only)</source>
        <extracomment>where the chosen address and port are remembered (QSettings)</extracomment>
        <translation>127.0.0.1 (solo este ordenador)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="83"/>
        <source>Share on the venue network</source>
        <translation>Compartir en la red del recinto</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="89"/>
        <source>Anyone on the network you choose can open these pages in a browser, read-only, with nothing to install: each room&apos;s clock as its stage display shows it (time left, phase, your message, what comes next, and the guiding questions where that room&apos;s stage display shows them); now and next for hallway screens (every room&apos;s round, group and time left, and the next agenda item); and each participant&apos;s own route (their group and rooms), which opens only with that participant&apos;s code. Notes, summaries, the brief and participant lists are not shared. Participants can send an opportunity, challenge or practice to a room&apos;s note-taker through that room&apos;s posting link (its QR code below), which the note-taker accepts into the notes or dismisses; close contributions per room or everywhere, or renew a room&apos;s link to end the old one. Sharing stops when you stop it or close the app.</source>
        <translation>Cualquier persona conectada a la red elegida puede abrir estas páginas en un navegador, solo para lectura y sin instalar nada: el reloj de cada sala tal como lo muestra su pantalla de escenario (tiempo restante, fase, su mensaje, lo que viene a continuación y las preguntas orientadoras donde la pantalla de escenario de esa sala las muestra); «ahora y a continuación» para las pantallas de los pasillos (la ronda, el grupo y el tiempo restante de cada sala, y el siguiente punto del programa); y el recorrido de cada participante (su grupo y sus salas), que solo se abre con el código de ese participante. Las notas, las síntesis, los resúmenes de traspaso y las listas de participantes no se comparten. Los participantes pueden enviar una oportunidad, un desafío o una práctica al relator de notas de una sala mediante el enlace de contribuciones de esa sala (su código QR, más abajo), que el relator de notas acepta en las notas o descarta; cierre las contribuciones sala por sala o en todas partes, o renueve el enlace de una sala para anular el anterior. El uso compartido se detiene cuando usted lo detiene o cierra la aplicación.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="100"/>
        <source>What is shared</source>
        <translation>Lo que se comparte</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="105"/>
        <source>Address on the venue network</source>
        <translation>Dirección en la red del recinto</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="106"/>
        <source>The pages are served on this address only</source>
        <translation>Las páginas solo se sirven en esta dirección</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="107"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="111"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="112"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="119"/>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="247"/>
        <source>&amp;Start sharing</source>
        <translation>&amp;Iniciar el uso compartido</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="120"/>
        <source>Start or stop sharing</source>
        <translation>Iniciar o detener el uso compartido</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="122"/>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar la dirección</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="123"/>
        <source>Copy the address</source>
        <translation>Copiar la dirección</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="125"/>
        <source>&amp;Open in browser</source>
        <translation>&amp;Abrir en el navegador</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="126"/>
        <source>Open the start page in a browser</source>
        <translation>Abrir la página de inicio en un navegador</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="138"/>
        <source>Sharing state</source>
        <translation>Estado del uso compartido</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="142"/>
        <source>Contributions from phones:</source>
        <translation>Contribuciones desde los teléfonos:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="143"/>
        <source>Open in &amp;every room</source>
        <translation>Abrir en toda&amp;s las salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="144"/>
        <source>Take contributions from phones in every room</source>
        <translation>Recibir contribuciones desde los teléfonos en todas las salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="146"/>
        <source>C&amp;lose in every room</source>
        <translation>C&amp;errar en todas las salas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="147"/>
        <source>Take no more contributions from phones in any room</source>
        <translation>No recibir más contribuciones desde los teléfonos en ninguna sala</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="157"/>
        <source>QR codes of the pages</source>
        <translation>Códigos QR de las páginas</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="164"/>
        <source>Participant whose route to show</source>
        <translation>Participante cuyo recorrido se muestra</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="170"/>
        <source>A participant&apos;s &amp;route:</source>
        <translation>&amp;Recorrido de un participante:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="175"/>
        <source>Route code and address</source>
        <translation>Código y dirección del recorrido</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="178"/>
        <source>QR code of the participant&apos;s route</source>
        <translation>Código QR del recorrido del participante</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="187"/>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="300"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="227"/>
        <source>Choose an address first.</source>
        <translation>Elija primero una dirección.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="247"/>
        <source>&amp;Stop sharing</source>
        <translation>De&amp;tener el uso compartido</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="257"/>
        <source>Shared at {0}/ — open it on any screen or phone on this network. Now and next, and each room&apos;s clock:</source>
        <translation>Compartido en {0}/ — ábralo en cualquier pantalla o teléfono de esta red. «Ahora y a continuación», y el reloj de cada sala:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="260"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="262"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="264"/>
        <source>Not shared. Choose the address of this computer on the venue network, then Start sharing.</source>
        <translation>No compartido. Elija la dirección de este ordenador en la red del recinto y luego Iniciar el uso compartido.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="282"/>
        <source>Now and next</source>
        <translation>Ahora y a continuación</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="284"/>
        <source>{0}: clock</source>
        <translation>{0}: reloj</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="292"/>
        <source>{0}: contributions</source>
        <translation>{0}: contribuciones</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="295"/>
        <source>Open: phones can send contributions to this room&apos;s note-taker.</source>
        <translation>Contribuciones abiertas: los teléfonos pueden enviarlas al relator de notas de esta sala.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="296"/>
        <source>Closed: this room takes no contributions now.</source>
        <translation>Contribuciones cerradas: esta sala no recibe ninguna por ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="300"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="302"/>
        <source>Close contributions in {0}</source>
        <translation>Cerrar las contribuciones en {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="303"/>
        <source>Open contributions in {0}</source>
        <translation>Abrir las contribuciones en {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="305"/>
        <source>Renew link</source>
        <translation>Renovar el enlace</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="307"/>
        <source>Renew the posting link of {0}</source>
        <translation>Renovar el enlace de contribuciones de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="308"/>
        <source>A new link and QR code; the old ones stop working (print or show the new one)</source>
        <translation>Un enlace y un código QR nuevos; los anteriores dejan de funcionar (imprima o muestre el nuevo)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="326"/>
        <source>QR code: {0}</source>
        <translation>Código QR: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="333"/>
        <source>Address: {0}</source>
        <translation>Dirección: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="361"/>
        <source>Choose a participant to show the code and QR code of their route.</source>
        <translation>Elija un participante para mostrar el código y el código QR de su recorrido.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="368"/>
        <source>Code {0}
{1}
Only for this participant: it opens their route.</source>
        <translation>Código {0}
{1}
Solo para este participante: abre su recorrido.</translation>
    </message>
</context>
</TS>
