<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name />
    <message numerus="yes">
        <location filename="../../ui/setup/import_preview.py" line="123" />
        <source>Skip the %n rows that repeat someone</source>
        <translation><numerusform>Omitir la fila que repite a alguien</numerusform><numerusform>Omitir las %n filas que repiten a alguien</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_preview.py" line="128" />
        <source>{0}: %n row(s), {1} to import (read as {2}, separated by {3}).</source>
        <translation><numerusform>{0}: %n fila, {1} para importar (leído como {2}, separado por {3}).</numerusform><numerusform>{0}: %n filas, {1} para importar (leído como {2}, separado por {3}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_preview.py" line="130" />
        <source>%n participant(s)</source>
        <translation><numerusform>%n participante</numerusform><numerusform>%n participantes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_preview.py" line="134" />
        <source>%n problem(s) listed by line below.</source>
        <translation><numerusform>%n problema, indicado por fila abajo.</numerusform><numerusform>%n problemas, indicados por fila abajo.</numerusform></translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="231" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="231" />
        <source>Rename agenda item</source>
        <translation>Cambiar el nombre del punto</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="232" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="232" />
        <source>Move agenda item to another day</source>
        <translation>Mover el punto a otro día</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="233" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="233" />
        <source>Change agenda item kind</source>
        <translation>Cambiar el tipo del punto</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="235" />
        <source>A round is timed in every room; a plenary, session or break is one item for everyone</source>
        <translation>Una ronda se cronometra en cada sala; una plenaria, una sesión o una pausa es un solo punto para todos</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="236" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="236" />
        <source>Change start time</source>
        <translation>Cambiar la hora de inicio</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="237" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="237" />
        <source>Change end time</source>
        <translation>Cambiar la hora de fin</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="238" />
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="238" />
        <source>Change agenda item room</source>
        <translation>Cambiar la sala del punto</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="239" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="239" />
        <source>Edit agenda item notes</source>
        <translation>Editar las notas del punto</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="240" />
        <source>agenda item</source>
        <translation>punto del programa</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="241" />
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="242" />
        <source>Add item</source>
        <translation>Añadir un punto</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="243" />
        <source>Adds an item after the last one of the selected day</source>
        <translation>Añade un punto después del último del día seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="244" />
        <location filename="../../ui/setup/setup_tabs.py" line="289" />
        <source>Add day</source>
        <translation>Añadir un día</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="244" />
        <source>Adds a day after the last one</source>
        <translation>Añade un día después del último</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="245" />
        <source>Delete item</source>
        <translation>Eliminar el punto</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="249" />
        <source>Delete agenda item “{0}”</source>
        <translation>Eliminar el punto «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="262" />
        <source>(no room)</source>
        <translation>(sin sala)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="267" />
        <source>Add a day first.</source>
        <translation>Añada primero un día.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="274" />
        <source>Add agenda item</source>
        <translation>Añadir un punto al programa</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="276" />
        <source>New item</source>
        <translation>Nuevo punto</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="288" />
        <source>Day {0}</source>
        <translation>Día {0}</translation>
    </message>
</context>
<context>
    <name>AssignActions</name>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="72" />
        <source>Place newcomers ({0})</source>
        <extracomment>the people the last "Place newcomers" placed, whose slips "Print their route slips…" prints</extracomment>
        <translation>Asignar recién llegados ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="76" />
        <source>Put the person not yet in a group where they fit best (stakeholder types, countries, delegations, group sizes); nobody already in a group moves, so printed route slips stay right.</source>
        <translation>Asignar a la persona que aún no está en ningún grupo donde mejor encaje (tipos de parte interesada, países, delegaciones, tamaño de los grupos); nadie que ya esté en un grupo se mueve, así que las fichas de recorrido impresas siguen siendo válidas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/group_assign.py" line="79" />
        <source>Put the %n people not yet in a group where they fit best (stakeholder types, countries, delegations, group sizes); nobody already in a group moves, so printed route slips stay right.</source>
        <translation><numerusform>Asignar a la persona que aún no está en ningún grupo donde mejor encaje (tipos de parte interesada, países, delegaciones, tamaño de los grupos); nadie que ya esté en un grupo se mueve, así que las fichas de recorrido impresas siguen siendo válidas.</numerusform><numerusform>Asignar a las %n personas que aún no están en ningún grupo donde mejor encajen (tipos de parte interesada, países, delegaciones, tamaño de los grupos); nadie que ya esté en un grupo se mueve, así que las fichas de recorrido impresas siguen siendo válidas.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="83" />
        <source>Everyone is already in a group: there is nobody new to place.</source>
        <translation>Todos están ya en un grupo: no hay nadie nuevo que asignar.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="87" />
        <source>Reshuffle everyone…</source>
        <translation>Volver a repartir…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="88" />
        <location filename="../../ui/setup/group_assign.py" line="169" />
        <source>Reshuffle everyone</source>
        <translation>Volver a repartir a todos</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="90" />
        <source>Balance everyone into the groups again from scratch (pinned people stay). Asks first, with how many people would change group: route slips and group lists already printed become wrong.</source>
        <translation>Volver a repartir a todos en los grupos desde cero (las personas fijadas se quedan). Pregunta antes, indicando cuántas personas cambiarían de grupo: las fichas de recorrido y las listas de grupos ya impresas dejarían de ser válidas.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="93" />
        <location filename="../../ui/setup/group_assign.py" line="94" />
        <source>Assign groups</source>
        <translation>Formar los grupos</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="95" />
        <source>Divide every participant into balanced groups</source>
        <translation>Repartir a todos los participantes en grupos equilibrados</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="112" />
        <source>Placed 1 newcomer ({0}); nobody else moved.</source>
        <translation>Se asignó 1 recién llegado ({0}); nadie más se movió.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="113" />
        <source>Placed {1} newcomers ({0}); nobody else moved.</source>
        <translation>Se asignaron {1} recién llegados ({0}); nadie más se movió.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="118" />
        <source>Place 1 newcomer</source>
        <translation>Asignar 1 recién llegado</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="118" />
        <source>Place {0} newcomers</source>
        <translation>Asignar {0} recién llegados</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="141" />
        <source>Reshuffle cancelled: nobody moved.</source>
        <translation>Nuevo reparto cancelado: nadie se movió.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="155" />
        <source>Reshuffle all {0} people?</source>
        <translation>¿Volver a repartir a las {0} personas?</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="156" />
        <source>Reshuffle the 1 person?</source>
        <translation>¿Volver a repartir a la única persona?</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="157" />
        <source>About {0} would change group; route slips and group lists already printed become wrong.</source>
        <translation>Unas {0} cambiarían de grupo; las fichas de recorrido y las listas de grupos ya impresas dejarían de ser válidas.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="160" />
        <source>{0} pinned people stay where they are.</source>
        <translation>{0} personas fijadas se quedan donde están.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="161" />
        <source>1 pinned person stays where they are.</source>
        <translation>1 persona fijada se queda donde está.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="164" />
        <source>There will be {0} groups instead of {1}.</source>
        <translation>Habrá {0} grupos en lugar de {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="168" />
        <source>Reshuffle everyone?</source>
        <translation>¿Volver a repartir a todos?</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="177" />
        <source>Assigned {0} people to {1} groups (seed {2}); balance score {3}.</source>
        <translation>{0} personas repartidas en {1} grupos (semilla {2}); puntuación de equilibrio {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="182" />
        <source>Assign {0} groups</source>
        <translation>Formar {0} grupos</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="182" />
        <source>Reshuffle everyone into {0} groups</source>
        <translation>Volver a repartir a todos en {0} grupos</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="23" />
        <source>Import</source>
        <extracomment>the invisible root every row hangs from (a value, never modified)</extracomment>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="23" />
        <source>Line</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="24" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="24" />
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="25" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="26" />
        <source>Stakeholder type</source>
        <translation>Tipo de parte interesada</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="27" />
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="27" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="28" />
        <source>Check</source>
        <translation>Revisar</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="59" />
        <source>Keep delegations apart</source>
        <extracomment>(label, service value) of the delegation choices</extracomment>
        <translation>Separar las delegaciones</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="60" />
        <source>Keep delegations together</source>
        <translation>Mantener juntas las delegaciones</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="61" />
        <source>Ignore delegations</source>
        <translation>No tener en cuenta las delegaciones</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="81" />
        <source>Three groups in the Geneva format</source>
        <extracomment>the kinds of rows whose changes this tab shows</extracomment>
        <translation>Tres grupos en el formato de Ginebra</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="82" />
        <source>Number of groups</source>
        <translation>Número de grupos</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="86" />
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="88" />
        <source>Whether members of one delegation are spread over the groups, kept in one group, or placed freely</source>
        <translation>Si los miembros de una misma delegación se reparten entre los grupos, se mantienen en uno solo o se asignan libremente</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="93" />
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="94" />
        <source>The same seed always gives the same groups; another seed, another draw</source>
        <translation>La misma semilla da siempre los mismos grupos; otra semilla, otro sorteo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="97" />
        <source>Place newcomers</source>
        <translation>Asignar a los recién llegados</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="99" />
        <source>Puts only the people not yet in a group into the groups where they fit best; nobody else moves</source>
        <translation>Asigna solo a las personas que aún no están en ningún grupo donde mejor encajan; nadie más se mueve</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="101" />
        <location filename="../../ui/setup/groups_view.py" line="102" />
        <source>Assign groups</source>
        <translation>Formar los grupos</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="104" />
        <source>Print their route slips…</source>
        <translation>Imprimir sus fichas de recorrido…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="105" />
        <source>Print the route slips of the newcomers just placed</source>
        <translation>Imprimir las fichas de recorrido de los recién llegados que se acaban de asignar</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="106" />
        <source>A PDF with a route slip for each person just placed, and nobody else</source>
        <translation>Un PDF con una ficha de recorrido para cada persona recién asignada, y nadie más</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="113" />
        <source>What the last group action did</source>
        <translation>Resultado de la última acción sobre los grupos</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="115" />
        <source>&amp;Groups:</source>
        <translation>&amp;Grupos:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="115" />
        <source>&amp;Delegations:</source>
        <translation>&amp;Delegaciones:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="116" />
        <source>S&amp;eed:</source>
        <translation>S&amp;emilla:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="131" />
        <source>Balance score</source>
        <translation>Puntuación de equilibrio</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="135" />
        <source>Problems with the groups</source>
        <translation>Problemas de los grupos</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="137" />
        <source>Drag people between groups, or select them and use “Move to…”. Someone moved by hand is pinned: reshuffling balances everyone else around them (“Pin” holds or releases the selected people). “Place newcomers” places only the people not yet in a group, so printed route slips stay right. The same seed always gives the same groups. Hosts and note-takers are not participants and are never in a group: they stay in their rooms (Setup › Hosts).</source>
        <translation>Arrastre a las personas entre grupos, o selecciónelas y use «Mover a…». Quien se mueve a mano queda fijado: al volver a repartir, se equilibra a todos los demás a su alrededor («Fijar» fija o libera a las personas seleccionadas). «Asignar a los recién llegados» asigna solo a quienes aún no están en ningún grupo, de modo que las fichas de recorrido impresas siguen siendo válidas. La misma semilla da siempre los mismos grupos. Los anfitriones y relatores de notas no son participantes y nunca están en un grupo: se quedan en su sala (Preparación › Anfitriones).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="146" />
        <source>Move to…</source>
        <translation>Mover a…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="147" />
        <source>Move the selected people to another group</source>
        <translation>Mover a las personas seleccionadas a otro grupo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="151" />
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="153" />
        <source>Pin the selected people</source>
        <translation>Fijar a las personas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="154" />
        <source>Hold the selected people in their group when groups are assigned again</source>
        <translation>Mantener a las personas seleccionadas en su grupo cuando se vuelvan a formar los grupos</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="177" />
        <source>Balance: stakeholder types per group</source>
        <translation>Equilibrio: tipos de parte interesada por grupo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="178" />
        <source>Balance: countries per group</source>
        <translation>Equilibrio: países por grupo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="234" />
        <location filename="../../ui/setup/groups_view.py" line="301" />
        <source>Not in a group</source>
        <translation>En ningún grupo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="252" />
        <source>{0} · 1 person</source>
        <translation>{0} · 1 persona</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/groups_view.py" line="253" />
        <source>{0} · %n people</source>
        <translation><numerusform>{0} · %n persona</numerusform><numerusform>{0} · %n personas</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="254" />
        <source>Members of {0}</source>
        <translation>Miembros de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="261" />
        <source>{0}  — pinned</source>
        <translation>{0}  — fijado</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="279" />
        <source>(no type)</source>
        <translation>(sin tipo)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="284" />
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="284" />
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="284" />
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="286" />
        <source>(no country)</source>
        <translation>(sin país)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="292" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="292" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="346" />
        <source>No groups yet: choose how many and press “Assign groups”.</source>
        <translation>Aún no hay grupos: elija cuántos y pulse «Formar los grupos».</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="354" />
        <source>Balance score {0} (0 is as even as the numbers allow; lower is better) · random assignment would score about {1}.</source>
        <translation>Puntuación de equilibrio {0} (0 es lo más equilibrado que permiten las cifras; cuanto más baja, mejor) · un reparto al azar daría unos {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="356" />
        <source>Nobody is in a group yet.</source>
        <translation>Todavía no hay nadie en ningún grupo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/groups_view.py" line="360" />
        <source>%n people are not in a group.</source>
        <translation><numerusform>%n persona no está en ningún grupo.</numerusform><numerusform>%n personas no están en ningún grupo.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="361" />
        <source>1 person is not in a group.</source>
        <translation>1 persona no está en ningún grupo.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="365" />
        <source>{0} has no room in any round: build the rotation again in Rounds &amp; rooms.</source>
        <translation>{0} no tiene sala en ninguna ronda: vuelva a generar la rotación en Rondas y salas.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="367" />
        <source>{0} have no room in any round: build the rotation again in Rounds &amp; rooms.</source>
        <translation>{0} no tienen sala en ninguna ronda: vuelva a generar la rotación en Rondas y salas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/groups_view.py" line="380" />
        <source>%n people</source>
        <translation><numerusform>%n persona</numerusform><numerusform>%n personas</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="386" />
        <source>Move {0} to {1}</source>
        <translation>Mover a {0} a {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="387" />
        <source>Take {0} out of their group</source>
        <translation>Sacar a {0} de su grupo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="408" />
        <source>Pin {0}</source>
        <translation>Fijar a {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="408" />
        <source>Release {0}</source>
        <translation>Liberar a {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/groups_view.py" line="419" />
        <source>%n selected</source>
        <translation><numerusform>%n seleccionado</numerusform><numerusform>%n seleccionados</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="420" />
        <source>Select people to move or pin them.</source>
        <translation>Seleccione personas para moverlas o fijarlas.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="423" />
        <source>Not saved: {0}</source>
        <translation>No se guardó: {0}</translation>
    </message>
</context>
<context>
    <name>HostsTab</name>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="394" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="394" />
        <source>Rename host</source>
        <translation>Cambiar el nombre del anfitrión</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="395" />
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="395" />
        <source>Edit host organisation</source>
        <translation>Editar la organización del anfitrión</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="396" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="396" />
        <source>Change host role</source>
        <translation>Cambiar la función del anfitrión</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="398" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="398" />
        <source>Change host theme</source>
        <translation>Cambiar el tema del anfitrión</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="399" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="399" />
        <source>Edit host e-mail</source>
        <translation>Editar el correo del anfitrión</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="400" />
        <source>host</source>
        <translation>anfitrión</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="401" />
        <source>Hosts and note-takers</source>
        <translation>Anfitriones y relatores de notas</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="402" />
        <location filename="../../ui/setup/setup_tabs.py" line="416" />
        <source>Add host</source>
        <translation>Añadir un anfitrión</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="403" />
        <source>Delete host</source>
        <translation>Eliminar el anfitrión</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="407" />
        <source>Delete host “{0}”</source>
        <translation>Eliminar al anfitrión «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="413" />
        <source>(no theme)</source>
        <translation>(sin tema)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="416" />
        <source>New host</source>
        <translation>Nuevo anfitrión</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="65" />
        <source>Registration lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Listas de inscripción (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="68" />
        <source>(not in the file)</source>
        <extracomment>a field no column holds (translated where shown)</extracomment>
        <translation>(no figura en el archivo)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="26" />
        <source>Name</source>
        <extracomment>the participant fields' names on the columns step (the core's FIELD_LABELS, in the window's language)</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="27" />
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="28" />
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="29" />
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="30" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="31" />
        <source>Stakeholder type</source>
        <translation>Tipo de parte interesada</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="32" />
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="33" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="80" />
        <location filename="../../ui/setup/import_dialog.py" line="100" />
        <source>Import participants</source>
        <extracomment>rows of the file shown under the column choice
----------
participants were imported (their number)</extracomment>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="117" />
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="118" />
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="119" />
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="120" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="122" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="153" />
        <source>Choose the registration list, saved as CSV (from a registration system or Excel: File › Save As › CSV). Any of UTF-8, Windows-1252 or UTF-16, separated by commas, semicolons or tabs, is recognised.

Nothing is added to the workshop until you press “Import” on the last step.</source>
        <translation>Elija la lista de inscripciones, guardada como CSV (desde un sistema de inscripción o Excel: Archivo › Guardar como › CSV). Se reconocen UTF-8, Windows-1252 y UTF-16, separados por comas, puntos y coma o tabulaciones.

No se añade nada al taller hasta que pulse «Importar» en el último paso.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="158" />
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="159" />
        <source>Choose the registration file</source>
        <translation>Elegir el archivo de inscripciones</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="161" />
        <source>No file chosen.</source>
        <translation>No se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="162" />
        <source>File chosen</source>
        <translation>Archivo elegido</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="183" />
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="184" />
        <source>The character between the fields; choose another one if the columns below are split wrongly.</source>
        <translation>El carácter entre los campos; elija otro si las columnas de abajo se separan mal.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="186" />
        <location filename="../../ui/setup/import_dialog.py" line="341" />
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="187" />
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="187" />
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="187" />
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="188" />
        <source>Vertical bar</source>
        <translation>Barra vertical</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="191" />
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="198" />
        <source>Which column holds each field? The name may come from one column, or from first and last name. Your choice is remembered for files with the same columns.</source>
        <translation>¿Qué columna contiene cada campo? El nombre puede venir de una sola columna, o del nombre y los apellidos. Su elección se recuerda para los archivos con las mismas columnas.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="210" />
        <source>Column for {0}</source>
        <translation>Columna para «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="211" />
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="216" />
        <source>The first rows of the file</source>
        <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="217" />
        <source>The first rows of the file:</source>
        <translation>Las primeras filas del archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="237" />
        <source>Participants to import</source>
        <translation>Participantes que se importarán</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="239" />
        <source>One row per participant found in the file; untick a row to leave that person out</source>
        <translation>Una fila por participante encontrado en el archivo; desmarque una fila para dejar fuera a esa persona</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="244" />
        <location filename="../../ui/setup/import_dialog.py" line="267" />
        <source>Problems, by line</source>
        <translation>Problemas, por fila</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="247" />
        <location filename="../../ui/setup/import_dialog.py" line="268" />
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="249" />
        <source>Each country in the file that is imported otherwise than typed, or that should be checked: what is imported for it, a country to choose instead, and a button to use it</source>
        <translation>Cada país del archivo que no se importa tal como está escrito, o que conviene revisar: lo que se importa, un país para elegir en su lugar y un botón para usarlo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="252" />
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="252" />
        <source>Lines</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="252" />
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="252" />
        <source>Or choose</source>
        <translation>O elegir</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="259" />
        <location filename="../../ui/setup/import_dialog.py" line="269" />
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="260" />
        <source>Skip the rows that repeat someone</source>
        <translation>Omitir las filas que repiten a alguien</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="289" />
        <source>Step 1 of 3: the file</source>
        <translation>Paso 1 de 3: el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="289" />
        <source>Step 2 of 3: the columns</source>
        <translation>Paso 2 de 3: las columnas</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="290" />
        <source>Step 3 of 3: check and import</source>
        <translation>Paso 3 de 3: revisar e importar</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="322" />
        <location filename="../../ui/setup/import_dialog.py" line="504" />
        <source>Not done: {0}</source>
        <translation>No se hizo: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="352" />
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="359" />
        <source>This file cannot be read with this separator: {0}</source>
        <translation>No se puede leer este archivo con este separador: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="363" />
        <source>This file cannot be imported: {0}</source>
        <translation>No se puede importar este archivo: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="369" />
        <source>Detected ({0})</source>
        <translation>Detectado ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="375" />
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="375" />
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="375" />
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="375" />
        <source>vertical bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="380" />
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="380" />
        <source>semicolons</source>
        <translation>puntos y coma</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="380" />
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="381" />
        <source>vertical bars</source>
        <translation>barras verticales</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="425" />
        <source>{0}: read as {1}, separated by {2}; %n row(s) after the header.</source>
        <translation><numerusform>{0}: leído como {1}, separado por {2}; %n fila después del encabezado.</numerusform><numerusform>{0}: leído como {1}, separado por {2}; %n filas después del encabezado.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="472" />
        <source>Choose the column that holds the name (or the columns for first and last name).</source>
        <translation>Elija la columna que contiene el nombre (o las columnas de nombre y apellidos).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="493" />
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="516" />
        <source>Import %n participant(s)</source>
        <translation><numerusform>Importar %n participante</numerusform><numerusform>Importar %n participantes</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="529" />
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="530" />
        <source>Importing %n participant(s)…</source>
        <translation><numerusform>Importando %n participante…</numerusform><numerusform>Importando %n participantes…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="534" />
        <source>Imported %n participant(s) from {0}.</source>
        <translation><numerusform>Se importó %n participante desde {0}.</numerusform><numerusform>Se importaron %n participantes desde {0}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="539" />
        <source>Not imported: {0}</source>
        <translation>No se importó: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="541" />
        <source>Import %n participant(s) from {0}</source>
        <translation><numerusform>Importar %n participante desde {0}</numerusform><numerusform>Importar %n participantes desde {0}</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="87" />
        <source>already in the workshop: {0} ({1})</source>
        <translation>ya está en el taller: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="89" />
        <source>repeats line {0} ({1})</source>
        <translation>repite la fila {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="101" />
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="115" />
        <source>{0}: looks like {1}, already in the workshop ({2})</source>
        <translation>{0}: parece ser {1}, que ya está en el taller ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="118" />
        <source>{0}: the same person? ({1})</source>
        <translation>{0}: ¿la misma persona? ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="120" />
        <source>No duplicates found.</source>
        <translation>No se encontraron duplicados.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="122" />
        <source>Skip the row that repeats someone</source>
        <translation>Omitir la fila que repite a alguien</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="162" />
        <source>Country for “{0}”</source>
        <translation>País para «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="165" />
        <source>Type or choose a country</source>
        <translation>Escriba o elija un país</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="175" />
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="175" />
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="177" />
        <source>Use the country chosen for “{0}”</source>
        <translation>Usar el país elegido para «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="178" />
        <source>Import every row that says “{0}” with the country in the box beside</source>
        <translation>Importar cada fila que dice «{0}» con el país del cuadro contiguo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="182" />
        <source>Keep as typed</source>
        <translation>Dejar como está</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="184" />
        <source>Keep “{0}” as typed</source>
        <translation>Dejar «{0}» como está</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="185" />
        <source>Take the choice back: import “{0}” as the file says it</source>
        <translation>Deshacer la elección: importar «{0}» como figura en el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="208" />
        <source>{0} is not a country in the list; choose one from the list.</source>
        <translation>{0} no es un país de la lista; elija uno de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="219" />
        <source>Using {0} for “{1}”…</source>
        <translation>Usando {0} para «{1}»…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="231" />
        <source>Keeping “{0}” as typed…</source>
        <translation>Se deja «{0}» como está…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="261" />
        <source>{0} and {1}</source>
        <translation>{0} y {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="266" />
        <source>Line {0}</source>
        <translation>Fila {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="267" />
        <source>Lines {0} and {1}</source>
        <translation>Filas {0} y {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="273" />
        <location filename="../../ui/setup/import_preview.py" line="275" />
        <location filename="../../ui/setup/import_preview.py" line="277" />
        <source>{0} (as typed)</source>
        <translation>{0} (tal como está escrito)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="273" />
        <source>Not a known country. Did you mean {1}? Press Accept to use it for every row that says “{0}”; otherwise it is imported as typed.</source>
        <translation>País desconocido. ¿Quiso decir {1}? Pulse Aceptar para usarlo en cada fila que dice «{0}»; si no, se importa tal como está escrito.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="275" />
        <source>Not a known country: imported as typed, unless you choose a country beside.</source>
        <translation>País desconocido: se importa tal como está escrito, salvo que elija un país al lado.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="277" />
        <source>Not a UN Member or observer State: imported exactly as typed.</source>
        <translation>No es Estado Miembro ni observador de las Naciones Unidas: se importa exactamente como está escrito.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="278" />
        <source>{0} (your choice)</source>
        <translation>{0} (su elección)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="278" />
        <source>You chose this country for every row that says “{2}”; Keep as typed takes it back.</source>
        <translation>Eligió este país para cada fila que dice «{2}»; «Dejar como está» deshace la elección.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="280" />
        <source>{0} (UN name)</source>
        <translation>{0} (nombre ONU)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="280" />
        <source>“{2}” is another name of {0}: imported under the UN's name.</source>
        <translation>«{2}» es otro nombre de {0}: se importa con el nombre de las Naciones Unidas.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="289" />
        <source>country “{0}”: did you mean {2}? Imported as typed unless accepted</source>
        <translation>país «{0}»: ¿quiso decir {2}? Se importa como está salvo que lo acepte</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="290" />
        <source>country “{0}” not recognised: imported as typed</source>
        <translation>país «{0}» no reconocido: se importa como está</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="291" />
        <source>country “{0}” kept as typed</source>
        <translation>país «{0}» conservado como está</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="292" />
        <source>country: {0} → {1} (your choice)</source>
        <translation>país: {0} → {1} (su elección)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="293" />
        <source>country: {0} → {1}</source>
        <translation>país: {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="309" />
        <source>1 row has a country with a suggested spelling: accept it below, or it is imported as typed.</source>
        <translation>1 fila tiene un país con una ortografía sugerida: acéptela abajo; si no, se importa tal como está escrito.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="311" />
        <source>{0} rows have a country with a suggested spelling: accept it below, or they are imported as typed.</source>
        <translation>{0} filas tienen un país con una ortografía sugerida: acéptela abajo; si no, se importan tal como están escritas.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="314" />
        <source>1 row has a country that was not recognised: it is imported as typed unless you choose a country below.</source>
        <translation>1 fila tiene un país no reconocido: se importa tal como está escrito, salvo que elija un país abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="316" />
        <source>{0} rows have a country that was not recognised: they are imported as typed unless you choose a country below.</source>
        <translation>{0} filas tienen un país no reconocido: se importan tal como están escritas, salvo que elija un país abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="319" />
        <source>1 row names a place that is not a UN Member or observer State: kept as typed.</source>
        <translation>1 fila nombra un lugar que no es Estado Miembro ni observador de las Naciones Unidas: se conserva tal como está escrito.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="321" />
        <source>{0} rows name a place that is not a UN Member or observer State: kept as typed.</source>
        <translation>{0} filas nombran un lugar que no es Estado Miembro ni observador de las Naciones Unidas: se conservan tal como están escritas.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="324" />
        <source>1 row is imported under the UN's name of its country ({1}).</source>
        <translation>1 fila se importa con el nombre de su país en las Naciones Unidas ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="325" />
        <source>{0} rows are imported under the UN's name of their country (e.g. {1}).</source>
        <translation>{0} filas se importan con el nombre de su país en las Naciones Unidas (p. ej. {1}).</translation>
    </message>
</context>
<context>
    <name>MasterDetailTab</name>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="175" />
        <source>Not saved: {0}</source>
        <extracomment>the translation context of this module's tables (column headers, kinds, roles) the Service's name for the kind (``delete_&lt;kind&gt;``)</extracomment>
        <translation>No se guardó: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="179" />
        <source>Delete “{0}”</source>
        <translation>Eliminar «{0}»</translation>
    </message>
</context>
<context>
    <name>MovesDisplay</name>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="49" />
        <source>Moves between rounds</source>
        <extracomment>the clock's caption and the break line the largest and smallest point sizes of the lines</extracomment>
        <translation>Cambios de sala entre rondas</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="59" />
        <location filename="../../ui/setup/moves_display.py" line="82" />
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="60" />
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="61" />
        <source>Full screen (F)</source>
        <translation>Pantalla completa (F)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="62" />
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="64" />
        <source>F: full screen · Esc: leave full screen</source>
        <translation>F: pantalla completa · Esc: salir de pantalla completa</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="65" />
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="67" />
        <source>&amp;Screen:</source>
        <translation>&amp;Pantalla:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="84" />
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="87" />
        <source>What the clock counts</source>
        <translation>Lo que cuenta el reloj</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="97" />
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="160" />
        <source>No group has a room in this round yet.</source>
        <translation>Ningún grupo tiene aún sala en esta ronda.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="162" />
        <source>The agenda has no rounds yet.</source>
        <translation>El programa aún no tiene rondas.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="177" />
        <source>Now moving to round {0} · {1}</source>
        <translation>Cambio de sala para la ronda {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="178" />
        <source>Now moving to round {0}</source>
        <translation>Cambio de sala para la ronda {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="244" />
        <source>{0}: {1} ({2}×{3})</source>
        <translation>{0}: {1} ({2}×{3})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="245" />
        <source>screen</source>
        <translation>pantalla</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/setup/people_view.py" line="180" />
        <source>&amp;Name:</source>
        <extracomment>source row -&gt; its columns' text, casefolded (filled on demand, emptied when the rows change)</extracomment>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="180" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="181" />
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="181" />
        <source>&amp;Stakeholder type:</source>
        <translation>&amp;Tipo de parte interesada:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="182" />
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegación:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="182" />
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="184" />
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="185" />
        <source>Type to choose from the list</source>
        <translation>Escriba para elegir de la lista</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../ui/setup/people_view.py" line="229" />
        <source>Participants</source>
        <extracomment>a late arrival whose group the next snapshot will show a participant just added, to select once the snapshot has them</extracomment>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="231" />
        <source>Filter by name, organisation, country, group…</source>
        <translation>Filtrar por nombre, organización, país, grupo…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="233" />
        <source>Filter participants</source>
        <translation>Filtrar participantes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="237" />
        <source>How many participants are shown</source>
        <translation>Cuántos participantes se muestran</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="240" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="240" />
        <source>Rename participant</source>
        <translation>Cambiar el nombre del participante</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="241" />
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="241" />
        <source>Edit participant organisation</source>
        <translation>Editar la organización del participante</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="242" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="242" />
        <source>Change participant country</source>
        <translation>Cambiar el país del participante</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="243" />
        <source>Type to choose from the list</source>
        <translation>Escriba para elegir de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="245" />
        <source>Stakeholder type</source>
        <translation>Tipo de parte interesada</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="245" />
        <source>Change stakeholder type</source>
        <translation>Cambiar el tipo de parte interesada</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="247" />
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="247" />
        <source>Edit participant delegation</source>
        <translation>Editar la delegación del participante</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="248" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="248" />
        <source>Edit participant e-mail</source>
        <translation>Editar el correo del participante</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="250" />
        <source>Add participant…</source>
        <translation>Añadir participante…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="251" />
        <location filename="../../ui/setup/people_view.py" line="410" />
        <source>Add participant</source>
        <translation>Añadir un participante</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="252" />
        <source>Late arrival…</source>
        <translation>Llegada tardía…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="253" />
        <location filename="../../ui/setup/people_view.py" line="423" />
        <source>Late arrival</source>
        <translation>Llegada tardía</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="254" />
        <source>Add someone arriving at the door and place them in the group where they fit best</source>
        <translation>Añadir a alguien que llega a la puerta y asignarlo al grupo donde mejor encaja</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="256" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="257" />
        <source>Delete the selected participants</source>
        <translation>Eliminar a los participantes seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="259" />
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="260" />
        <source>Import participants from a CSV file</source>
        <translation>Importar participantes desde un archivo CSV</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="261" />
        <source>Print route slip…</source>
        <translation>Imprimir ficha de recorrido…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="262" />
        <source>Print route slip</source>
        <translation>Imprimir la ficha de recorrido</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="263" />
        <source>Saves the route slips of the selected participants as a PDF</source>
        <translation>Guarda en PDF las fichas de recorrido de los participantes seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="265" />
        <source>A PDF with the route slip of each selected participant: their group and, round by round, the time, room and theme</source>
        <translation>Un PDF con la ficha de recorrido de cada participante seleccionado: su grupo y, ronda por ronda, la hora, la sala y el tema</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_view.py" line="332" />
        <source>%n participant(s)</source>
        <translation><numerusform>%n participante</numerusform><numerusform>%n participantes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_view.py" line="333" />
        <source>{0} shown of %n participant(s)</source>
        <translation><numerusform>{0} mostrados de %n participante</numerusform><numerusform>{0} mostrados de %n participantes</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="342" />
        <source>{0} was added; there are no groups yet, so they are in none.</source>
        <translation>Se añadió a {0}; aún no hay grupos, así que no está en ninguno.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="355" />
        <source>{0} joined {1}</source>
        <translation>{0} se unió a {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="357" />
        <source>{0}, where they fit best. The groups have no rooms yet (Rounds &amp; rooms).</source>
        <translation>{0}, donde mejor encaja. Los grupos aún no tienen sala (Rondas y salas).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="360" />
        <source>now in {0}</source>
        <translation>ahora en {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="360" />
        <source>waiting this round</source>
        <translation>en espera en esta ronda</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="362" />
        <source>this is the last round</source>
        <translation>es la última ronda</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="364" />
        <source>next round in {0}</source>
        <translation>en la próxima ronda en {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="366" />
        <source>waiting next round</source>
        <translation>en espera en la próxima ronda</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="367" />
        <source>{0} — {1}, {2}.</source>
        <translation>{0} — {1}, {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="369" />
        <source>{0}; every round is over.</source>
        <translation>{0}; todas las rondas han terminado.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="372" />
        <source>{0} — round {1}{2} in {3}.</source>
        <translation>{0} — ronda {1}{2} en {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="373" />
        <source>{0} — waiting in round {1}{2}.</source>
        <translation>{0} — en espera en la ronda {1}{2}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="416" />
        <source>Added {0}.</source>
        <translation>Se añadió a {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="418" />
        <source>Add participant “{0}”</source>
        <translation>Añadir al participante «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="423" />
        <source>Someone arriving at the door: they join the group where they fit best (stakeholder types, countries and organisations stay balanced).</source>
        <translation>Alguien que llega a la puerta: se une al grupo donde mejor encaja (los tipos de parte interesada, los países y las organizaciones siguen equilibrados).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="432" />
        <source>Add late arrival “{0}”</source>
        <translation>Añadir la llegada tardía «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="443" />
        <source>Delete participant “{0}”</source>
        <translation>Eliminar al participante «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="444" />
        <source>Deleted “{0}”. Edit › Undo (Ctrl+Z) brings them back with their group places.</source>
        <translation>Se eliminó a «{0}». Edición › Deshacer (Ctrl+Z) lo recupera con su lugar en los grupos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_view.py" line="447" />
        <source>Delete %n participant(s)</source>
        <translation><numerusform>Eliminar %n participante</numerusform><numerusform>Eliminar %n participantes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_view.py" line="448" />
        <source>Deleted %n participant(s). Edit › Undo (Ctrl+Z) brings them back with their group places.</source>
        <translation><numerusform>Se eliminó %n participante. Edición › Deshacer (Ctrl+Z) lo recupera con su lugar en los grupos.</numerusform><numerusform>Se eliminaron %n participantes. Edición › Deshacer (Ctrl+Z) los recupera con su lugar en los grupos.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="475" />
        <source>Not saved: {0}</source>
        <translation>No se guardó: {0}</translation>
    </message>
</context>
<context>
    <name>RoomsTab</name>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="305" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="305" />
        <source>Rename room</source>
        <translation>Cambiar el nombre de la sala</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="306" />
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="306" />
        <source>Change room capacity</source>
        <translation>Cambiar la capacidad de la sala</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="307" />
        <source> seats</source>
        <translation> plazas</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="308" />
        <source>room</source>
        <translation>sala</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="309" />
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="310" />
        <location filename="../../ui/setup/setup_tabs.py" line="324" />
        <source>Add room</source>
        <translation>Añadir una sala</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="311" />
        <source>Delete room</source>
        <translation>Eliminar la sala</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="315" />
        <source>Delete room “{0}”</source>
        <translation>Eliminar la sala «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="323" />
        <source>New room</source>
        <translation>Nueva sala</translation>
    </message>
</context>
<context>
    <name>RotationGrid</name>
    <message>
        <location filename="../../ui/setup/rotation_grid.py" line="39" />
        <source>waits</source>
        <extracomment>a group in no room for a round (translated where shown: :func:`waits_text`)</extracomment>
        <translation>espera</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rotation_grid.py" line="158" />
        <source>Room of {0} in {1}</source>
        <extracomment>the role under which a rotation cell holds its room uuid (None: the group waits) an editor's property: its value was picked (a pick commits; leaving the cell does not) the open editors (one, normally) and the cell each edits</extracomment>
        <translation>Sala de {0} en {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rotation_grid.py" line="159" />
        <source>Choosing a room moves the group there in this round</source>
        <translation>Elegir una sala traslada allí al grupo en esta ronda</translation>
    </message>
</context>
<context>
    <name>RotationPanel</name>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="148" />
        <source>Rotation</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="150" />
        <source>Rows are groups, columns are rounds; each cell is the room the group sits in</source>
        <translation>Las filas son los grupos y las columnas las rondas; cada celda es la sala del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="158" />
        <source>Rooms, round by round</source>
        <translation>Salas, ronda por ronda</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="160" />
        <source>Rows are rooms, columns are rounds; each cell is the group inside and the room's state</source>
        <translation>Las filas son las salas y las columnas las rondas; cada celda es el grupo presente y el estado de la sala</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="162" />
        <location filename="../../ui/setup/rounds_view.py" line="288" />
        <source>Build rotation</source>
        <translation>Generar la rotación</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="163" />
        <source>Fill the whole grid: every group sees every theme once when the numbers allow</source>
        <translation>Rellenar toda la cuadrícula: cada grupo ve cada tema una vez cuando las cifras lo permiten</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="175" />
        <source>Rotation: where each group sits, round by round (choose a room in a cell to move a group)</source>
        <translation>Rotación: dónde está cada grupo, ronda por ronda (elija una sala en una celda para mover un grupo)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="188" />
        <source>Rooms: who is inside, round by round</source>
        <translation>Salas: quién está dentro, ronda por ronda</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="209" />
        <source>The agenda has no rounds yet: add agenda items of kind “Round” in Setup → Agenda.</source>
        <translation>El programa aún no tiene rondas: añada puntos de tipo «Ronda» en Preparación → Programa.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="212" />
        <source>There are no groups yet: assign them in Setup → Groups.</source>
        <translation>Aún no hay grupos: fórmelos en Preparación → Grupos.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="214" />
        <source>No group has been placed in a room yet: press “Build rotation”.</source>
        <translation>Aún no se ha asignado ningún grupo a una sala: pulse «Generar la rotación».</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="263" />
        <source>Move {0} to {1} in round {2}</source>
        <translation>Mover {0} a {1} en la ronda {2}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="264" />
        <source>{0} waits in round {1}</source>
        <translation>{0} espera en la ronda {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="267" />
        <source>{0}: done.</source>
        <translation>{0}: hecho.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="270" />
        <source>Not changed: {0}</source>
        <translation>Sin cambios: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="284" />
        <source>Rotation built: every group sees every theme once.</source>
        <translation>Rotación generada: cada grupo ve cada tema una vez.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="285" />
        <source>Rotation built. {0}</source>
        <translation>Rotación generada. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="289" />
        <source>Not built: {0}</source>
        <translation>No se generó: {0}</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="302" />
        <source>Groups rotate</source>
        <translation>Rotación de grupos</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="303" />
        <source>World Café seating</source>
        <translation>Distribución World Café</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="304" />
        <source>Projector: moves between rounds…</source>
        <translation>Proyector: cambios de sala…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="305" />
        <source>Projector: moves between rounds</source>
        <translation>Proyector: cambios de sala entre rondas</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="306" />
        <source>A full-screen view for the move: “Round 2 — Group A → Room XI”</source>
        <translation>Una vista a pantalla completa para el cambio de sala: «Ronda 2 — Grupo A → Sala XI»</translation>
    </message>
</context>
<context>
    <name>SeatingPanel</name>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="42" />
        <source>Classic World Café: instead of whole groups rotating, every participant changes tables each round so that they meet as many new people as possible; the hosts stay at their tables. Each room with a theme is one table. Route slips and door signs follow the seating when there is one.</source>
        <translation>World Café clásico: en lugar de rotar grupos enteros, cada participante cambia de mesa en cada ronda para conocer al mayor número posible de personas nuevas; los anfitriones se quedan en su mesa. Cada sala con un tema es una mesa. Las fichas de recorrido y los carteles de puerta siguen la distribución cuando la hay.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="62" />
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="63" />
        <source>The same seed always gives the same seating</source>
        <translation>La misma semilla da siempre la misma distribución</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="64" />
        <source>Seat everyone</source>
        <translation>Sentar a todos</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="65" />
        <source>Seat every participant at a new table each round (one undo step)</source>
        <translation>Sentar a cada participante en una mesa nueva en cada ronda (un solo paso de deshacer)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="67" />
        <source>Clear seating</source>
        <translation>Borrar la distribución</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="68" />
        <source>Remove the seating: the groups rotate again</source>
        <translation>Quitar la distribución: los grupos vuelven a rotar</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="71" />
        <source>Round shown</source>
        <translation>Ronda mostrada</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="73" />
        <source>S&amp;eed:</source>
        <translation>S&amp;emilla:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="75" />
        <source>R&amp;ound:</source>
        <translation>R&amp;onda:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="88" />
        <source>Seating summary</source>
        <translation>Resumen de la distribución</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="90" />
        <source>Tables in the round shown</source>
        <translation>Mesas de la ronda mostrada</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="91" />
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="91" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="91" />
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="136" />
        <source>No World Café seating: the groups rotate (see “Groups rotate”). Press “Seat everyone” to seat individuals instead.</source>
        <translation>No hay distribución World Café: los grupos rotan (véase «Rotación de grupos»). Pulse «Sentar a todos» para distribuir a cada persona.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_seating.py" line="142" />
        <source>{0} people at {1} tables over %n round(s): {2} repeat encounters (two people at the same table again); random seating would give about {3}.</source>
        <translation><numerusform>{0} personas en {1} mesas a lo largo de %n ronda: {2} encuentros repetidos (dos personas de nuevo en la misma mesa); una distribución al azar daría unos {3}.</numerusform><numerusform>{0} personas en {1} mesas a lo largo de %n rondas: {2} encuentros repetidos (dos personas de nuevo en la misma mesa); una distribución al azar daría unos {3}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_seating.py" line="159" />
        <source>{0} · %n people</source>
        <translation><numerusform>{0} · %n persona</numerusform><numerusform>{0} · %n personas</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="161" />
        <source>{0} · host: {1}</source>
        <translation>{0} · anfitrión: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="182" />
        <source>Seat everyone (World Café, seed {0})</source>
        <translation>Sentar a todos (World Café, semilla {0})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="184" />
        <source>Not seated: {0}</source>
        <translation>No se distribuyó: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="187" />
        <source>Clear World Café seating</source>
        <translation>Borrar la distribución World Café</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="188" />
        <source>Not cleared: {0}</source>
        <translation>No se borró: {0}</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="136" />
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="136" />
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="137" />
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="137" />
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="138" />
        <source>Hosts</source>
        <translation>Anfitriones</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="138" />
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="139" />
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
</context>
<context>
    <name>ThemesTab</name>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="341" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="341" />
        <source>Rename theme</source>
        <translation>Cambiar el nombre del tema</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="342" />
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="342" />
        <source>Edit theme short name</source>
        <translation>Editar el nombre corto del tema</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="343" />
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="343" />
        <source>Edit theme objective reference</source>
        <translation>Editar el objetivo del tema</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="344" />
        <source>e.g. Objective 6</source>
        <translation>p. ej. Objetivo 6</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="345" />
        <source>Guiding questions</source>
        <translation>Preguntas orientadoras</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="345" />
        <source>Edit guiding questions</source>
        <translation>Editar las preguntas orientadoras</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="346" />
        <source>One question per line</source>
        <translation>Una pregunta por línea</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="347" />
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="347" />
        <source>Change theme room</source>
        <translation>Cambiar la sala del tema</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="348" />
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="349" />
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="350" />
        <location filename="../../ui/setup/setup_tabs.py" line="367" />
        <source>Add theme</source>
        <translation>Añadir un tema</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="351" />
        <source>Delete theme</source>
        <translation>Eliminar el tema</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="355" />
        <source>Delete theme “{0}”</source>
        <translation>Eliminar el tema «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="361" />
        <source>(no room)</source>
        <translation>(sin sala)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="366" />
        <source>New theme</source>
        <translation>Nuevo tema</translation>
    </message>
</context>
<context>
    <name>WorkshopTab</name>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="44" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="44" />
        <source>Rename workshop</source>
        <translation>Cambiar el nombre del taller</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="45" />
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="45" />
        <source>Edit venue</source>
        <translation>Editar el lugar</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="46" />
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="46" />
        <source>Change first day</source>
        <translation>Cambiar el primer día</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="47" />
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="47" />
        <source>Change last day</source>
        <translation>Cambiar el último día</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="48" />
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="48" />
        <source>Change time zone</source>
        <translation>Cambiar la zona horaria</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="49" />
        <source>e.g. Europe/Zurich</source>
        <translation>p. ej. Europe/Zurich</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="51" />
        <source>The time zone of the venue, as a name from the list (type to search), e.g. Europe/Zurich</source>
        <translation>La zona horaria del lugar, como un nombre de la lista (escriba para buscar), p. ej. Europe/Zurich</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="52" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="53" />
        <source>Warning before the end</source>
        <translation>Aviso antes del final</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="53" />
        <source>Change warning time</source>
        <translation>Cambiar el aviso</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="55" />
        <source>Final warning before the end</source>
        <translation>Último aviso antes del final</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="56" />
        <source>Change final warning time</source>
        <translation>Cambiar el último aviso</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="58" />
        <location filename="../../ui/setup/setup_view.py" line="61" />
        <source>Output language</source>
        <translation>Idioma de los documentos</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="59" />
        <source>Change output language</source>
        <translation>Cambiar el idioma de los documentos</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="63" />
        <source>The language of the report, slides, stage display, door signs and route slips; the window keeps its own language</source>
        <translation>El idioma del informe, las diapositivas, la pantalla de escenario, los carteles de puerta y las fichas de recorrido; la ventana conserva su propio idioma</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="66" />
        <source>The language the report, slides, stage display, door signs and route slips are written in, with dates and times in its conventions. The window's own language is chosen separately.</source>
        <translation>El idioma en que se redactan el informe, las diapositivas, la pantalla de escenario, los carteles de puerta y las fichas de recorrido, con fechas y horas según sus convenciones. El idioma de la ventana se elige por separado.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="68" />
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="68" />
        <source>Edit introduction</source>
        <translation>Editar la introducción</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="70" />
        <source>Introduction of the report</source>
        <translation>Introducción del informe</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="80" />
        <source>What the workshop holds</source>
        <translation>Contenido del taller</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="81" />
        <source>In this workshop</source>
        <translation>En este taller</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="111" />
        <source>%n day(s)</source>
        <translation><numerusform>%n día</numerusform><numerusform>%n días</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="112" />
        <source>%n agenda item(s)</source>
        <translation><numerusform>%n punto del programa</numerusform><numerusform>%n puntos del programa</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="113" />
        <source>%n round(s)</source>
        <translation><numerusform>%n ronda</numerusform><numerusform>%n rondas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="114" />
        <source>%n room(s)</source>
        <translation><numerusform>%n sala</numerusform><numerusform>%n salas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="115" />
        <source>%n theme(s)</source>
        <translation><numerusform>%n tema</numerusform><numerusform>%n temas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="116" />
        <source>%n host(s) and note-taker(s)</source>
        <translation><numerusform>%n anfitrión o relator de notas</numerusform><numerusform>%n anfitriones y relatores de notas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="117" />
        <source>%n participant(s)</source>
        <translation><numerusform>%n participante</numerusform><numerusform>%n participantes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="118" />
        <source>%n group(s)</source>
        <translation><numerusform>%n grupo</numerusform><numerusform>%n grupos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="119" />
        <source>%n note(s)</source>
        <translation><numerusform>%n nota</numerusform><numerusform>%n notas</numerusform></translation>
    </message>
</context>
<context>
    <name>people_view</name>
    <message>
        <location filename="../../ui/setup/texts.py" line="38" />
        <source>State</source>
        <extracomment>how each stakeholder type reads (translated where shown)</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="39" />
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="40" />
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="41" />
        <source>International organisation</source>
        <translation>Organización internacional</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="42" />
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="43" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>rounds_view</name>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="46" />
        <source>▶ running</source>
        <translation>▶ en curso</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="47" />
        <source>⏸ paused</source>
        <translation>⏸ en pausa</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="48" />
        <source>✓ finished</source>
        <translation>✓ terminada</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="115" />
        <source>round {0}</source>
        <extracomment>the narrowest a round's column gets (wide enough for "Room XVI — Human rights"); more rounds scroll</extracomment>
        <translation>ronda {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="121" />
        <source>Rule broken: {0}</source>
        <translation>Regla incumplida: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="123" />
        <source>{0} has no room in any round: press “Build rotation” to place every group.</source>
        <translation>{0} no tiene sala en ninguna ronda: pulse «Generar la rotación» para asignar todos los grupos.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="125" />
        <source>{0} have no room in any round: press “Build rotation” to place every group.</source>
        <translation>{0} no tienen sala en ninguna ronda: pulse «Generar la rotación» para asignar todos los grupos.</translation>
    </message>
</context>
<context>
    <name>setup_tabs</name>
    <message>
        <location filename="../../ui/setup/people_view.py" line="60" />
        <location filename="../../ui/setup/setup_tabs.py" line="294" />
        <location filename="../../ui/setup/setup_tabs.py" line="381" />
        <source>Name</source>
        <extracomment>StakeholderType values, in the order people choose among them</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="61" />
        <location filename="../../ui/setup/setup_tabs.py" line="382" />
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="62" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="63" />
        <source>Stakeholder type</source>
        <translation>Tipo de parte interesada</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="64" />
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="65" />
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="203" />
        <source>Plenary</source>
        <extracomment>AgendaKind values and how they read</extracomment>
        <translation>Plenaria</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="204" />
        <source>Framing</source>
        <translation>Encuadre</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="205" />
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="206" />
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="207" />
        <source>Wrap-up</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="208" />
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="217" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="218" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="219" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="220" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="221" />
        <location filename="../../ui/setup/setup_tabs.py" line="330" />
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="222" />
        <location filename="../../ui/setup/setup_tabs.py" line="329" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="295" />
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="296" />
        <location filename="../../ui/setup/setup_tabs.py" line="384" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="331" />
        <source>Hosts</source>
        <translation>Anfitriones</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="332" />
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="377" />
        <source>Host</source>
        <extracomment>HostRole values and how they read</extracomment>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="378" />
        <source>Note-taker</source>
        <translation>Relator de notas</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="383" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="385" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
</TS>