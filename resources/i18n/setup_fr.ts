<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name />
    <message numerus="yes">
        <location filename="../../ui/setup/import_preview.py" line="123" />
        <source>Skip the %n rows that repeat someone</source>
        <translation><numerusform>Ignorer la ligne qui répète quelqu’un</numerusform><numerusform>Ignorer les %n lignes qui répètent quelqu’un</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_preview.py" line="128" />
        <source>{0}: %n row(s), {1} to import (read as {2}, separated by {3}).</source>
        <translation><numerusform>{0} : %n ligne, {1} à importer (lu en {2}, séparé par des {3}).</numerusform><numerusform>{0} : %n lignes, {1} à importer (lu en {2}, séparé par des {3}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_preview.py" line="130" />
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_preview.py" line="134" />
        <source>%n problem(s) listed by line below.</source>
        <translation><numerusform>%n problème, listé par ligne ci-dessous.</numerusform><numerusform>%n problèmes, listés par ligne ci-dessous.</numerusform></translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="231" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="231" />
        <source>Rename agenda item</source>
        <translation>Renommer le point</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="232" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="232" />
        <source>Move agenda item to another day</source>
        <translation>Déplacer le point vers un autre jour</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="233" />
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="233" />
        <source>Change agenda item kind</source>
        <translation>Changer la nature du point</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="235" />
        <source>A round is timed in every room; a plenary, session or break is one item for everyone</source>
        <translation>Un tour est minuté dans chaque salle ; une plénière, une séance ou une pause est un seul point pour tous</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="236" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="236" />
        <source>Change start time</source>
        <translation>Changer l’heure de début</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="237" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="237" />
        <source>Change end time</source>
        <translation>Changer l’heure de fin</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="238" />
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="238" />
        <source>Change agenda item room</source>
        <translation>Changer la salle du point</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="239" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="239" />
        <source>Edit agenda item notes</source>
        <translation>Modifier les notes du point</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="240" />
        <source>agenda item</source>
        <translation>point du programme</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="241" />
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="242" />
        <source>Add item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="243" />
        <source>Adds an item after the last one of the selected day</source>
        <translation>Ajoute un point après le dernier du jour sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="244" />
        <location filename="../../ui/setup/setup_tabs.py" line="289" />
        <source>Add day</source>
        <translation>Ajouter un jour</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="244" />
        <source>Adds a day after the last one</source>
        <translation>Ajoute un jour après le dernier</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="245" />
        <source>Delete item</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="249" />
        <source>Delete agenda item “{0}”</source>
        <translation>Supprimer le point « {0} »</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="262" />
        <source>(no room)</source>
        <translation>(aucune salle)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="267" />
        <source>Add a day first.</source>
        <translation>Ajoutez d’abord un jour.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="274" />
        <source>Add agenda item</source>
        <translation>Ajouter un point au programme</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="276" />
        <source>New item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="288" />
        <source>Day {0}</source>
        <translation>Jour {0}</translation>
    </message>
</context>
<context>
    <name>AssignActions</name>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="72" />
        <source>Place newcomers ({0})</source>
        <extracomment>the people the last "Place newcomers" placed, whose slips "Print their route slips…" prints</extracomment>
        <translation>Placer les nouveaux ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="76" />
        <source>Put the person not yet in a group where they fit best (stakeholder types, countries, delegations, group sizes); nobody already in a group moves, so printed route slips stay right.</source>
        <translation>Placer la personne qui n’est encore dans aucun groupe là où elle convient le mieux (types de partie prenante, pays, délégations, taille des groupes) ; personne d’autre ne bouge, si bien que les fiches de parcours imprimées restent justes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/group_assign.py" line="79" />
        <source>Put the %n people not yet in a group where they fit best (stakeholder types, countries, delegations, group sizes); nobody already in a group moves, so printed route slips stay right.</source>
        <translation><numerusform>Placer la personne qui n’est encore dans aucun groupe là où elle convient le mieux (types de partie prenante, pays, délégations, taille des groupes) ; personne d’autre ne bouge, si bien que les fiches de parcours imprimées restent justes.</numerusform><numerusform>Placer les %n personnes qui ne sont encore dans aucun groupe là où elles conviennent le mieux (types de partie prenante, pays, délégations, taille des groupes) ; personne d’autre ne bouge, si bien que les fiches de parcours imprimées restent justes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="83" />
        <source>Everyone is already in a group: there is nobody new to place.</source>
        <translation>Tout le monde est déjà dans un groupe : personne de nouveau à placer.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="87" />
        <source>Reshuffle everyone…</source>
        <translation>Répartir à nouveau…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="88" />
        <location filename="../../ui/setup/group_assign.py" line="169" />
        <source>Reshuffle everyone</source>
        <translation>Répartir à nouveau tout le monde</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="90" />
        <source>Balance everyone into the groups again from scratch (pinned people stay). Asks first, with how many people would change group: route slips and group lists already printed become wrong.</source>
        <translation>Répartir à nouveau tout le monde dans les groupes, depuis le début (les personnes épinglées restent). Demande d’abord confirmation, en indiquant combien de personnes changeraient de groupe : les fiches de parcours et listes de groupes déjà imprimées deviendraient fausses.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="93" />
        <location filename="../../ui/setup/group_assign.py" line="94" />
        <source>Assign groups</source>
        <translation>Former les groupes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="95" />
        <source>Divide every participant into balanced groups</source>
        <translation>Répartir tous les participants en groupes équilibrés</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="112" />
        <source>Placed 1 newcomer ({0}); nobody else moved.</source>
        <translation>1 nouvel arrivant placé ({0}) ; personne d’autre n’a bougé.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="113" />
        <source>Placed {1} newcomers ({0}); nobody else moved.</source>
        <translation>{1} nouveaux arrivants placés ({0}) ; personne d’autre n’a bougé.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="118" />
        <source>Place 1 newcomer</source>
        <translation>Placer 1 nouvel arrivant</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="118" />
        <source>Place {0} newcomers</source>
        <translation>Placer {0} nouveaux arrivants</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="141" />
        <source>Reshuffle cancelled: nobody moved.</source>
        <translation>Nouvelle répartition annulée : personne n’a bougé.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="155" />
        <source>Reshuffle all {0} people?</source>
        <translation>Répartir à nouveau les {0} personnes ?</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="156" />
        <source>Reshuffle the 1 person?</source>
        <translation>Répartir à nouveau la seule personne ?</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="157" />
        <source>About {0} would change group; route slips and group lists already printed become wrong.</source>
        <translation>Environ {0} changeraient de groupe ; les fiches de parcours et les listes de groupes déjà imprimées deviendraient fausses.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="160" />
        <source>{0} pinned people stay where they are.</source>
        <translation>{0} personnes épinglées restent où elles sont.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="161" />
        <source>1 pinned person stays where they are.</source>
        <translation>1 personne épinglée reste où elle est.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="164" />
        <source>There will be {0} groups instead of {1}.</source>
        <translation>Il y aura {0} groupes au lieu de {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="168" />
        <source>Reshuffle everyone?</source>
        <translation>Répartir à nouveau tout le monde ?</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="177" />
        <source>Assigned {0} people to {1} groups (seed {2}); balance score {3}.</source>
        <translation>{0} personnes réparties en {1} groupes (graine {2}) ; score d’équilibre {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="182" />
        <source>Assign {0} groups</source>
        <translation>Former {0} groupes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="182" />
        <source>Reshuffle everyone into {0} groups</source>
        <translation>Répartir à nouveau tout le monde en {0} groupes</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="23" />
        <source>Import</source>
        <extracomment>the invisible root every row hangs from (a value, never modified)</extracomment>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="23" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="24" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="24" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="25" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="26" />
        <source>Stakeholder type</source>
        <translation>Type de partie prenante</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="27" />
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="27" />
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="28" />
        <source>Check</source>
        <translation>À vérifier</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="59" />
        <source>Keep delegations apart</source>
        <extracomment>(label, service value) of the delegation choices</extracomment>
        <translation>Séparer les délégations</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="60" />
        <source>Keep delegations together</source>
        <translation>Garder les délégations ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="61" />
        <source>Ignore delegations</source>
        <translation>Ignorer les délégations</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="81" />
        <source>Three groups in the Geneva format</source>
        <extracomment>the kinds of rows whose changes this tab shows</extracomment>
        <translation>Trois groupes dans le format de Genève</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="82" />
        <source>Number of groups</source>
        <translation>Nombre de groupes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="86" />
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="88" />
        <source>Whether members of one delegation are spread over the groups, kept in one group, or placed freely</source>
        <translation>Si les membres d’une même délégation sont répartis entre les groupes, réunis dans un groupe ou placés librement</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="93" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="94" />
        <source>The same seed always gives the same groups; another seed, another draw</source>
        <translation>La même graine donne toujours les mêmes groupes ; une autre graine, un autre tirage</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="97" />
        <source>Place newcomers</source>
        <translation>Placer les nouveaux</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="99" />
        <source>Puts only the people not yet in a group into the groups where they fit best; nobody else moves</source>
        <translation>Place seulement les personnes qui ne sont dans aucun groupe, là où elles conviennent le mieux ; personne d’autre ne bouge</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="101" />
        <location filename="../../ui/setup/groups_view.py" line="102" />
        <source>Assign groups</source>
        <translation>Former les groupes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="104" />
        <source>Print their route slips…</source>
        <translation>Imprimer leurs fiches de parcours…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="105" />
        <source>Print the route slips of the newcomers just placed</source>
        <translation>Imprimer les fiches de parcours des nouveaux arrivants qui viennent d’être placés</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="106" />
        <source>A PDF with a route slip for each person just placed, and nobody else</source>
        <translation>Un PDF avec une fiche de parcours pour chaque personne qui vient d’être placée, et personne d’autre</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="113" />
        <source>What the last group action did</source>
        <translation>Résultat de la dernière action sur les groupes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="115" />
        <source>&amp;Groups:</source>
        <translation>&amp;Groupes :</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="115" />
        <source>&amp;Delegations:</source>
        <translation>&amp;Délégations :</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="116" />
        <source>S&amp;eed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="131" />
        <source>Balance score</source>
        <translation>Score d’équilibre</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="135" />
        <source>Problems with the groups</source>
        <translation>Problèmes dans les groupes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="137" />
        <source>Drag people between groups, or select them and use “Move to…”. Someone moved by hand is pinned: reshuffling balances everyone else around them (“Pin” holds or releases the selected people). “Place newcomers” places only the people not yet in a group, so printed route slips stay right. The same seed always gives the same groups. Hosts and note-takers are not participants and are never in a group: they stay in their rooms (Setup › Hosts).</source>
        <translation>Faites glisser les personnes d’un groupe à l’autre, ou sélectionnez-les et utilisez « Déplacer vers… ». Une personne déplacée à la main est épinglée : une nouvelle répartition équilibre tous les autres autour d’elle (« Épingler » fixe ou libère les personnes sélectionnées). « Placer les nouveaux » ne place que les personnes qui ne sont encore dans aucun groupe, si bien que les fiches de parcours imprimées restent justes. La même graine donne toujours les mêmes groupes. Les hôtes et preneurs de notes ne sont pas des participants et ne font partie d’aucun groupe : ils restent dans leur salle (Préparation › Hôtes).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="146" />
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="147" />
        <source>Move the selected people to another group</source>
        <translation>Déplacer les personnes sélectionnées vers un autre groupe</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="151" />
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="153" />
        <source>Pin the selected people</source>
        <translation>Épingler les personnes sélectionnées</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="154" />
        <source>Hold the selected people in their group when groups are assigned again</source>
        <translation>Maintenir les personnes sélectionnées dans leur groupe lors d’une nouvelle répartition</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="177" />
        <source>Balance: stakeholder types per group</source>
        <translation>Équilibre : types de partie prenante par groupe</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="178" />
        <source>Balance: countries per group</source>
        <translation>Équilibre : pays par groupe</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="234" />
        <location filename="../../ui/setup/groups_view.py" line="301" />
        <source>Not in a group</source>
        <translation>Dans aucun groupe</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="252" />
        <source>{0} · 1 person</source>
        <translation>{0} · 1 personne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/groups_view.py" line="253" />
        <source>{0} · %n people</source>
        <translation><numerusform>{0} · %n personne</numerusform><numerusform>{0} · %n personnes</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="254" />
        <source>Members of {0}</source>
        <translation>Membres de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="261" />
        <source>{0}  — pinned</source>
        <translation>{0}  — épinglé(e)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="279" />
        <source>(no type)</source>
        <translation>(sans type)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="284" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="284" />
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="284" />
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="286" />
        <source>(no country)</source>
        <translation>(sans pays)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="292" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="292" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="346" />
        <source>No groups yet: choose how many and press “Assign groups”.</source>
        <translation>Pas encore de groupes : choisissez leur nombre et appuyez sur « Former les groupes ».</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="354" />
        <source>Balance score {0} (0 is as even as the numbers allow; lower is better) · random assignment would score about {1}.</source>
        <translation>Score d’équilibre {0} (0 = aussi équilibré que les effectifs le permettent ; plus bas, c’est mieux) · une répartition au hasard donnerait environ {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="356" />
        <source>Nobody is in a group yet.</source>
        <translation>Personne n’est encore dans un groupe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/groups_view.py" line="360" />
        <source>%n people are not in a group.</source>
        <translation><numerusform>%n personne n’est dans aucun groupe.</numerusform><numerusform>%n personnes ne sont dans aucun groupe.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="361" />
        <source>1 person is not in a group.</source>
        <translation>1 personne n’est dans aucun groupe.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="365" />
        <source>{0} has no room in any round: build the rotation again in Rounds &amp; rooms.</source>
        <translation>{0} n’a de salle à aucun tour : reconstruisez la rotation dans Tours et salles.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="367" />
        <source>{0} have no room in any round: build the rotation again in Rounds &amp; rooms.</source>
        <translation>{0} n’ont de salle à aucun tour : reconstruisez la rotation dans Tours et salles.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/groups_view.py" line="380" />
        <source>%n people</source>
        <translation><numerusform>%n personne</numerusform><numerusform>%n personnes</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="386" />
        <source>Move {0} to {1}</source>
        <translation>Déplacer {0} vers {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="387" />
        <source>Take {0} out of their group</source>
        <translation>Retirer {0} de son groupe</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="408" />
        <source>Pin {0}</source>
        <translation>Épingler {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="408" />
        <source>Release {0}</source>
        <translation>Libérer {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/groups_view.py" line="419" />
        <source>%n selected</source>
        <translation><numerusform>%n sélectionné(e)</numerusform><numerusform>%n sélectionné(e)s</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="420" />
        <source>Select people to move or pin them.</source>
        <translation>Sélectionnez des personnes pour les déplacer ou les épingler.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="423" />
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>HostsTab</name>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="394" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="394" />
        <source>Rename host</source>
        <translation>Renommer l’hôte</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="395" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="395" />
        <source>Edit host organisation</source>
        <translation>Modifier l’organisation de l’hôte</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="396" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="396" />
        <source>Change host role</source>
        <translation>Changer le rôle de l’hôte</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="398" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="398" />
        <source>Change host theme</source>
        <translation>Changer le thème de l’hôte</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="399" />
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="399" />
        <source>Edit host e-mail</source>
        <translation>Modifier le courriel de l’hôte</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="400" />
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="401" />
        <source>Hosts and note-takers</source>
        <translation>Hôtes et preneurs de notes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="402" />
        <location filename="../../ui/setup/setup_tabs.py" line="416" />
        <source>Add host</source>
        <translation>Ajouter un hôte</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="403" />
        <source>Delete host</source>
        <translation>Supprimer l’hôte</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="407" />
        <source>Delete host “{0}”</source>
        <translation>Supprimer l’hôte « {0} »</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="413" />
        <source>(no theme)</source>
        <translation>(aucun thème)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="416" />
        <source>New host</source>
        <translation>Nouvel hôte</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="65" />
        <source>Registration lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Listes d’inscription (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="68" />
        <source>(not in the file)</source>
        <extracomment>a field no column holds (translated where shown)</extracomment>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="26" />
        <source>Name</source>
        <extracomment>the participant fields' names on the columns step (the core's FIELD_LABELS, in the window's language)</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="27" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="28" />
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="29" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="30" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="31" />
        <source>Stakeholder type</source>
        <translation>Type de partie prenante</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="32" />
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="33" />
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="80" />
        <location filename="../../ui/setup/import_dialog.py" line="100" />
        <source>Import participants</source>
        <extracomment>rows of the file shown under the column choice
----------
participants were imported (their number)</extracomment>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="117" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="118" />
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="119" />
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="120" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="122" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="153" />
        <source>Choose the registration list, saved as CSV (from a registration system or Excel: File › Save As › CSV). Any of UTF-8, Windows-1252 or UTF-16, separated by commas, semicolons or tabs, is recognised.

Nothing is added to the workshop until you press “Import” on the last step.</source>
        <translation>Choisissez la liste des inscriptions, enregistrée au format CSV (depuis un système d’inscription ou Excel : Fichier › Enregistrer sous › CSV). Les encodages UTF-8, Windows-1252 et UTF-16, avec virgules, points-virgules ou tabulations comme séparateurs, sont reconnus.

Rien n’est ajouté à l’atelier avant que vous appuyiez sur « Importer » à la dernière étape.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="158" />
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="159" />
        <source>Choose the registration file</source>
        <translation>Choisir le fichier des inscriptions</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="161" />
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="162" />
        <source>File chosen</source>
        <translation>Fichier choisi</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="183" />
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="184" />
        <source>The character between the fields; choose another one if the columns below are split wrongly.</source>
        <translation>Le caractère entre les champs ; choisissez-en un autre si les colonnes ci-dessous sont mal découpées.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="186" />
        <location filename="../../ui/setup/import_dialog.py" line="341" />
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="187" />
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="187" />
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="187" />
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="188" />
        <source>Vertical bar</source>
        <translation>Barre verticale</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="191" />
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="198" />
        <source>Which column holds each field? The name may come from one column, or from first and last name. Your choice is remembered for files with the same columns.</source>
        <translation>Quelle colonne contient chaque champ ? Le nom peut venir d’une seule colonne, ou du prénom et du nom de famille. Votre choix est mémorisé pour les fichiers ayant les mêmes colonnes.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="210" />
        <source>Column for {0}</source>
        <translation>Colonne pour « {0} »</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="211" />
        <source>{0}:</source>
        <translation>{0} :</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="216" />
        <source>The first rows of the file</source>
        <translation>Les premières lignes du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="217" />
        <source>The first rows of the file:</source>
        <translation>Les premières lignes du fichier :</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="237" />
        <source>Participants to import</source>
        <translation>Participants à importer</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="239" />
        <source>One row per participant found in the file; untick a row to leave that person out</source>
        <translation>Une ligne par participant trouvé dans le fichier ; décochez une ligne pour écarter cette personne</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="244" />
        <location filename="../../ui/setup/import_dialog.py" line="267" />
        <source>Problems, by line</source>
        <translation>Problèmes, par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="247" />
        <location filename="../../ui/setup/import_dialog.py" line="268" />
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="249" />
        <source>Each country in the file that is imported otherwise than typed, or that should be checked: what is imported for it, a country to choose instead, and a button to use it</source>
        <translation>Chaque pays du fichier qui n’est pas importé tel qu’écrit, ou qu’il faut vérifier : ce qui est importé, un pays à choisir à la place et un bouton pour l’utiliser</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="252" />
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="252" />
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="252" />
        <source>Imported as</source>
        <translation>Importé comme</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="252" />
        <source>Or choose</source>
        <translation>Ou choisir</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="259" />
        <location filename="../../ui/setup/import_dialog.py" line="269" />
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="260" />
        <source>Skip the rows that repeat someone</source>
        <translation>Ignorer les lignes qui répètent quelqu’un</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="289" />
        <source>Step 1 of 3: the file</source>
        <translation>Étape 1 sur 3 : le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="289" />
        <source>Step 2 of 3: the columns</source>
        <translation>Étape 2 sur 3 : les colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="290" />
        <source>Step 3 of 3: check and import</source>
        <translation>Étape 3 sur 3 : vérifier et importer</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="322" />
        <location filename="../../ui/setup/import_dialog.py" line="504" />
        <source>Not done: {0}</source>
        <translation>Non effectué : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="352" />
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="359" />
        <source>This file cannot be read with this separator: {0}</source>
        <translation>Ce fichier ne peut pas être lu avec ce séparateur : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="363" />
        <source>This file cannot be imported: {0}</source>
        <translation>Ce fichier ne peut pas être importé : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="369" />
        <source>Detected ({0})</source>
        <translation>Détecté ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="375" />
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="375" />
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="375" />
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="375" />
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="380" />
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="380" />
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="380" />
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="381" />
        <source>vertical bars</source>
        <translation>barres verticales</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="425" />
        <source>{0}: read as {1}, separated by {2}; %n row(s) after the header.</source>
        <translation><numerusform>{0} : lu en {1}, séparé par des {2} ; %n ligne après l’en-tête.</numerusform><numerusform>{0} : lu en {1}, séparé par des {2} ; %n lignes après l’en-tête.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="472" />
        <source>Choose the column that holds the name (or the columns for first and last name).</source>
        <translation>Choisissez la colonne qui contient le nom (ou les colonnes du prénom et du nom de famille).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="493" />
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="516" />
        <source>Import %n participant(s)</source>
        <translation><numerusform>Importer %n participant</numerusform><numerusform>Importer %n participants</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="529" />
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="530" />
        <source>Importing %n participant(s)…</source>
        <translation><numerusform>Importation de %n participant…</numerusform><numerusform>Importation de %n participants…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="534" />
        <source>Imported %n participant(s) from {0}.</source>
        <translation><numerusform>%n participant importé depuis {0}.</numerusform><numerusform>%n participants importés depuis {0}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="539" />
        <source>Not imported: {0}</source>
        <translation>Non importé : {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="541" />
        <source>Import %n participant(s) from {0}</source>
        <translation><numerusform>Importer %n participant depuis {0}</numerusform><numerusform>Importer %n participants depuis {0}</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="87" />
        <source>already in the workshop: {0} ({1})</source>
        <translation>déjà dans l’atelier : {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="89" />
        <source>repeats line {0} ({1})</source>
        <translation>répète la ligne {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="101" />
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="115" />
        <source>{0}: looks like {1}, already in the workshop ({2})</source>
        <translation>{0} : ressemble à {1}, déjà dans l’atelier ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="118" />
        <source>{0}: the same person? ({1})</source>
        <translation>{0} : la même personne ? ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="120" />
        <source>No duplicates found.</source>
        <translation>Aucun doublon trouvé.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="122" />
        <source>Skip the row that repeats someone</source>
        <translation>Ignorer la ligne qui répète quelqu’un</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="162" />
        <source>Country for “{0}”</source>
        <translation>Pays pour « {0} »</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="165" />
        <source>Type or choose a country</source>
        <translation>Tapez ou choisissez un pays</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="175" />
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="175" />
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="177" />
        <source>Use the country chosen for “{0}”</source>
        <translation>Utiliser le pays choisi pour « {0} »</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="178" />
        <source>Import every row that says “{0}” with the country in the box beside</source>
        <translation>Importer chaque ligne qui indique « {0} » avec le pays de la case voisine</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="182" />
        <source>Keep as typed</source>
        <translation>Garder tel quel</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="184" />
        <source>Keep “{0}” as typed</source>
        <translation>Garder « {0} » tel quel</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="185" />
        <source>Take the choice back: import “{0}” as the file says it</source>
        <translation>Revenir sur ce choix : importer « {0} » tel que l’indique le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="208" />
        <source>{0} is not a country in the list; choose one from the list.</source>
        <translation>{0} n’est pas un pays de la liste ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="219" />
        <source>Using {0} for “{1}”…</source>
        <translation>{0} utilisé pour « {1} »…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="231" />
        <source>Keeping “{0}” as typed…</source>
        <translation>« {0} » gardé tel quel…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="261" />
        <source>{0} and {1}</source>
        <translation>{0} et {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="266" />
        <source>Line {0}</source>
        <translation>Ligne {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="267" />
        <source>Lines {0} and {1}</source>
        <translation>Lignes {0} et {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="273" />
        <location filename="../../ui/setup/import_preview.py" line="275" />
        <location filename="../../ui/setup/import_preview.py" line="277" />
        <source>{0} (as typed)</source>
        <translation>{0} (tel qu’écrit)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="273" />
        <source>Not a known country. Did you mean {1}? Press Accept to use it for every row that says “{0}”; otherwise it is imported as typed.</source>
        <translation>Pays inconnu. Vouliez-vous dire {1} ? Appuyez sur Accepter pour l’utiliser dans chaque ligne qui indique « {0} » ; sinon il est importé tel qu’écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="275" />
        <source>Not a known country: imported as typed, unless you choose a country beside.</source>
        <translation>Pays inconnu : importé tel qu’écrit, sauf si vous choisissez un pays à côté.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="277" />
        <source>Not a UN Member or observer State: imported exactly as typed.</source>
        <translation>Pas un État Membre ou observateur de l’ONU : importé exactement tel qu’écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="278" />
        <source>{0} (your choice)</source>
        <translation>{0} (votre choix)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="278" />
        <source>You chose this country for every row that says “{2}”; Keep as typed takes it back.</source>
        <translation>Vous avez choisi ce pays pour chaque ligne qui indique « {2} » ; « Garder tel quel » annule ce choix.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="280" />
        <source>{0} (UN name)</source>
        <translation>{0} (nom ONU)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="280" />
        <source>“{2}” is another name of {0}: imported under the UN's name.</source>
        <translation>« {2} » est un autre nom de {0} : importé sous le nom ONU.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="289" />
        <source>country “{0}”: did you mean {2}? Imported as typed unless accepted</source>
        <translation>pays « {0} » : vouliez-vous dire {2} ? Importé tel quel sauf acceptation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="290" />
        <source>country “{0}” not recognised: imported as typed</source>
        <translation>pays « {0} » non reconnu : importé tel quel</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="291" />
        <source>country “{0}” kept as typed</source>
        <translation>pays « {0} » gardé tel quel</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="292" />
        <source>country: {0} → {1} (your choice)</source>
        <translation>pays : {0} → {1} (votre choix)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="293" />
        <source>country: {0} → {1}</source>
        <translation>pays : {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="309" />
        <source>1 row has a country with a suggested spelling: accept it below, or it is imported as typed.</source>
        <translation>1 ligne contient un pays avec une orthographe suggérée : acceptez-la ci-dessous, sinon elle est importée telle quelle.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="311" />
        <source>{0} rows have a country with a suggested spelling: accept it below, or they are imported as typed.</source>
        <translation>{0} lignes contiennent un pays avec une orthographe suggérée : acceptez-la ci-dessous, sinon elles sont importées telles quelles.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="314" />
        <source>1 row has a country that was not recognised: it is imported as typed unless you choose a country below.</source>
        <translation>1 ligne contient un pays non reconnu : elle est importée telle quelle, sauf si vous choisissez un pays ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="316" />
        <source>{0} rows have a country that was not recognised: they are imported as typed unless you choose a country below.</source>
        <translation>{0} lignes contiennent un pays non reconnu : elles sont importées telles quelles, sauf si vous choisissez un pays ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="319" />
        <source>1 row names a place that is not a UN Member or observer State: kept as typed.</source>
        <translation>1 ligne nomme un lieu qui n’est pas un État Membre ou observateur de l’ONU : conservé tel quel.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="321" />
        <source>{0} rows name a place that is not a UN Member or observer State: kept as typed.</source>
        <translation>{0} lignes nomment un lieu qui n’est pas un État Membre ou observateur de l’ONU : conservées telles quelles.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="324" />
        <source>1 row is imported under the UN's name of its country ({1}).</source>
        <translation>1 ligne est importée sous le nom de son pays à l’ONU ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="325" />
        <source>{0} rows are imported under the UN's name of their country (e.g. {1}).</source>
        <translation>{0} lignes sont importées sous le nom de leur pays à l’ONU (p. ex. {1}).</translation>
    </message>
</context>
<context>
    <name>MasterDetailTab</name>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="175" />
        <source>Not saved: {0}</source>
        <extracomment>the translation context of this module's tables (column headers, kinds, roles) the Service's name for the kind (``delete_&lt;kind&gt;``)</extracomment>
        <translation>Non enregistré : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="179" />
        <source>Delete “{0}”</source>
        <translation>Supprimer « {0} »</translation>
    </message>
</context>
<context>
    <name>MovesDisplay</name>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="49" />
        <source>Moves between rounds</source>
        <extracomment>the clock's caption and the break line the largest and smallest point sizes of the lines</extracomment>
        <translation>Changements de salle entre les tours</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="59" />
        <location filename="../../ui/setup/moves_display.py" line="82" />
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="60" />
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="61" />
        <source>Full screen (F)</source>
        <translation>Plein écran (F)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="62" />
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="64" />
        <source>F: full screen · Esc: leave full screen</source>
        <translation>F : plein écran · Échap : quitter le plein écran</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="65" />
        <source>&amp;Round:</source>
        <translation>&amp;Tour :</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="67" />
        <source>&amp;Screen:</source>
        <translation>&amp;Écran :</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="84" />
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="87" />
        <source>What the clock counts</source>
        <translation>Ce que compte l’horloge</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="97" />
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="160" />
        <source>No group has a room in this round yet.</source>
        <translation>Aucun groupe n’a encore de salle pour ce tour.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="162" />
        <source>The agenda has no rounds yet.</source>
        <translation>Le programme ne compte encore aucun tour.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="177" />
        <source>Now moving to round {0} · {1}</source>
        <translation>Changement de salle pour le tour {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="178" />
        <source>Now moving to round {0}</source>
        <translation>Changement de salle pour le tour {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="244" />
        <source>{0}: {1} ({2}×{3})</source>
        <translation>{0} : {1} ({2}×{3})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="245" />
        <source>screen</source>
        <translation>écran</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/setup/people_view.py" line="180" />
        <source>&amp;Name:</source>
        <extracomment>source row -&gt; its columns' text, casefolded (filled on demand, emptied when the rows change)</extracomment>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="180" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="181" />
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="181" />
        <source>&amp;Stakeholder type:</source>
        <translation>&amp;Type de partie prenante :</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="182" />
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation :</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="182" />
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="184" />
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="185" />
        <source>Type to choose from the list</source>
        <translation>Tapez pour choisir dans la liste</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../ui/setup/people_view.py" line="229" />
        <source>Participants</source>
        <extracomment>a late arrival whose group the next snapshot will show a participant just added, to select once the snapshot has them</extracomment>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="231" />
        <source>Filter by name, organisation, country, group…</source>
        <translation>Filtrer par nom, organisation, pays, groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="233" />
        <source>Filter participants</source>
        <translation>Filtrer les participants</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="237" />
        <source>How many participants are shown</source>
        <translation>Nombre de participants affichés</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="240" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="240" />
        <source>Rename participant</source>
        <translation>Renommer le participant</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="241" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="241" />
        <source>Edit participant organisation</source>
        <translation>Modifier l’organisation du participant</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="242" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="242" />
        <source>Change participant country</source>
        <translation>Changer le pays du participant</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="243" />
        <source>Type to choose from the list</source>
        <translation>Tapez pour choisir dans la liste</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="245" />
        <source>Stakeholder type</source>
        <translation>Type de partie prenante</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="245" />
        <source>Change stakeholder type</source>
        <translation>Changer le type de partie prenante</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="247" />
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="247" />
        <source>Edit participant delegation</source>
        <translation>Modifier la délégation du participant</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="248" />
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="248" />
        <source>Edit participant e-mail</source>
        <translation>Modifier le courriel du participant</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="250" />
        <source>Add participant…</source>
        <translation>Ajouter un participant…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="251" />
        <location filename="../../ui/setup/people_view.py" line="410" />
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="252" />
        <source>Late arrival…</source>
        <translation>Arrivée tardive…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="253" />
        <location filename="../../ui/setup/people_view.py" line="423" />
        <source>Late arrival</source>
        <translation>Arrivée tardive</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="254" />
        <source>Add someone arriving at the door and place them in the group where they fit best</source>
        <translation>Ajouter une personne qui arrive à la porte et la placer dans le groupe qui lui convient le mieux</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="256" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="257" />
        <source>Delete the selected participants</source>
        <translation>Supprimer les participants sélectionnés</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="259" />
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="260" />
        <source>Import participants from a CSV file</source>
        <translation>Importer des participants depuis un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="261" />
        <source>Print route slip…</source>
        <translation>Imprimer la fiche de parcours…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="262" />
        <source>Print route slip</source>
        <translation>Imprimer la fiche de parcours</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="263" />
        <source>Saves the route slips of the selected participants as a PDF</source>
        <translation>Enregistre les fiches de parcours des participants sélectionnés en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="265" />
        <source>A PDF with the route slip of each selected participant: their group and, round by round, the time, room and theme</source>
        <translation>Un PDF avec la fiche de parcours de chaque participant sélectionné : son groupe et, tour par tour, l’heure, la salle et le thème</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_view.py" line="332" />
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_view.py" line="333" />
        <source>{0} shown of %n participant(s)</source>
        <translation><numerusform>{0} affiché(s) sur %n participant</numerusform><numerusform>{0} affichés sur %n participants</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="342" />
        <source>{0} was added; there are no groups yet, so they are in none.</source>
        <translation>{0} a été ajouté(e) ; il n’y a pas encore de groupes, donc il ou elle n’est dans aucun.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="355" />
        <source>{0} joined {1}</source>
        <translation>{0} a rejoint {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="357" />
        <source>{0}, where they fit best. The groups have no rooms yet (Rounds &amp; rooms).</source>
        <translation>{0}, là où il ou elle convient le mieux. Les groupes n’ont pas encore de salle (Tours et salles).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="360" />
        <source>now in {0}</source>
        <translation>en ce moment dans {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="360" />
        <source>waiting this round</source>
        <translation>en attente pendant ce tour</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="362" />
        <source>this is the last round</source>
        <translation>c’est le dernier tour</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="364" />
        <source>next round in {0}</source>
        <translation>au prochain tour dans {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="366" />
        <source>waiting next round</source>
        <translation>en attente au prochain tour</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="367" />
        <source>{0} — {1}, {2}.</source>
        <translation>{0} — {1}, {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="369" />
        <source>{0}; every round is over.</source>
        <translation>{0} ; tous les tours sont terminés.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="372" />
        <source>{0} — round {1}{2} in {3}.</source>
        <translation>{0} — tour {1}{2} dans {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="373" />
        <source>{0} — waiting in round {1}{2}.</source>
        <translation>{0} — en attente au tour {1}{2}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="416" />
        <source>Added {0}.</source>
        <translation>{0} ajouté(e).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="418" />
        <source>Add participant “{0}”</source>
        <translation>Ajouter le participant « {0} »</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="423" />
        <source>Someone arriving at the door: they join the group where they fit best (stakeholder types, countries and organisations stay balanced).</source>
        <translation>Une personne qui arrive à la porte : elle rejoint le groupe qui lui convient le mieux (les types de partie prenante, pays et organisations restent équilibrés).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="432" />
        <source>Add late arrival “{0}”</source>
        <translation>Ajouter l’arrivée tardive « {0} »</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="443" />
        <source>Delete participant “{0}”</source>
        <translation>Supprimer le participant « {0} »</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="444" />
        <source>Deleted “{0}”. Edit › Undo (Ctrl+Z) brings them back with their group places.</source>
        <translation>« {0} » supprimé(e). Édition › Annuler (Ctrl+Z) le ou la rétablit avec sa place dans les groupes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_view.py" line="447" />
        <source>Delete %n participant(s)</source>
        <translation><numerusform>Supprimer %n participant</numerusform><numerusform>Supprimer %n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_view.py" line="448" />
        <source>Deleted %n participant(s). Edit › Undo (Ctrl+Z) brings them back with their group places.</source>
        <translation><numerusform>%n participant supprimé. Édition › Annuler (Ctrl+Z) le rétablit avec sa place dans les groupes.</numerusform><numerusform>%n participants supprimés. Édition › Annuler (Ctrl+Z) les rétablit avec leur place dans les groupes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="475" />
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>RoomsTab</name>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="305" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="305" />
        <source>Rename room</source>
        <translation>Renommer la salle</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="306" />
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="306" />
        <source>Change room capacity</source>
        <translation>Changer la capacité de la salle</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="307" />
        <source> seats</source>
        <translation> places</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="308" />
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="309" />
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="310" />
        <location filename="../../ui/setup/setup_tabs.py" line="324" />
        <source>Add room</source>
        <translation>Ajouter une salle</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="311" />
        <source>Delete room</source>
        <translation>Supprimer la salle</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="315" />
        <source>Delete room “{0}”</source>
        <translation>Supprimer la salle « {0} »</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="323" />
        <source>New room</source>
        <translation>Nouvelle salle</translation>
    </message>
</context>
<context>
    <name>RotationGrid</name>
    <message>
        <location filename="../../ui/setup/rotation_grid.py" line="39" />
        <source>waits</source>
        <extracomment>a group in no room for a round (translated where shown: :func:`waits_text`)</extracomment>
        <translation>attend</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rotation_grid.py" line="158" />
        <source>Room of {0} in {1}</source>
        <extracomment>the role under which a rotation cell holds its room uuid (None: the group waits) an editor's property: its value was picked (a pick commits; leaving the cell does not) the open editors (one, normally) and the cell each edits</extracomment>
        <translation>Salle de {0} au {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rotation_grid.py" line="159" />
        <source>Choosing a room moves the group there in this round</source>
        <translation>Choisir une salle y déplace le groupe pour ce tour</translation>
    </message>
</context>
<context>
    <name>RotationPanel</name>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="148" />
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="150" />
        <source>Rows are groups, columns are rounds; each cell is the room the group sits in</source>
        <translation>Les lignes sont les groupes, les colonnes les tours ; chaque case est la salle du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="158" />
        <source>Rooms, round by round</source>
        <translation>Salles, tour par tour</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="160" />
        <source>Rows are rooms, columns are rounds; each cell is the group inside and the room's state</source>
        <translation>Les lignes sont les salles, les colonnes les tours ; chaque case est le groupe présent et l’état de la salle</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="162" />
        <location filename="../../ui/setup/rounds_view.py" line="288" />
        <source>Build rotation</source>
        <translation>Construire la rotation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="163" />
        <source>Fill the whole grid: every group sees every theme once when the numbers allow</source>
        <translation>Remplir toute la grille : chaque groupe voit chaque thème une fois quand les effectifs le permettent</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="175" />
        <source>Rotation: where each group sits, round by round (choose a room in a cell to move a group)</source>
        <translation>Rotation : où se trouve chaque groupe, tour par tour (choisissez une salle dans une case pour déplacer un groupe)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="188" />
        <source>Rooms: who is inside, round by round</source>
        <translation>Salles : qui s’y trouve, tour par tour</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="209" />
        <source>The agenda has no rounds yet: add agenda items of kind “Round” in Setup → Agenda.</source>
        <translation>Le programme ne compte encore aucun tour : ajoutez des points de nature « Tour » dans Préparation → Programme.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="212" />
        <source>There are no groups yet: assign them in Setup → Groups.</source>
        <translation>Il n’y a pas encore de groupes : formez-les dans Préparation → Groupes.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="214" />
        <source>No group has been placed in a room yet: press “Build rotation”.</source>
        <translation>Aucun groupe n’est encore placé dans une salle : appuyez sur « Construire la rotation ».</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="263" />
        <source>Move {0} to {1} in round {2}</source>
        <translation>Déplacer {0} vers {1} au tour {2}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="264" />
        <source>{0} waits in round {1}</source>
        <translation>{0} attend au tour {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="267" />
        <source>{0}: done.</source>
        <translation>{0} : fait.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="270" />
        <source>Not changed: {0}</source>
        <translation>Non modifié : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="284" />
        <source>Rotation built: every group sees every theme once.</source>
        <translation>Rotation construite : chaque groupe voit chaque thème une fois.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="285" />
        <source>Rotation built. {0}</source>
        <translation>Rotation construite. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="289" />
        <source>Not built: {0}</source>
        <translation>Non construite : {0}</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="302" />
        <source>Groups rotate</source>
        <translation>Rotation des groupes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="303" />
        <source>World Café seating</source>
        <translation>Placement World Café</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="304" />
        <source>Projector: moves between rounds…</source>
        <translation>Projecteur : changements de salle…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="305" />
        <source>Projector: moves between rounds</source>
        <translation>Projecteur : changements de salle entre les tours</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="306" />
        <source>A full-screen view for the move: “Round 2 — Group A → Room XI”</source>
        <translation>Un affichage plein écran pour le changement de salle : « Tour 2 — Groupe A → Salle XI »</translation>
    </message>
</context>
<context>
    <name>SeatingPanel</name>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="42" />
        <source>Classic World Café: instead of whole groups rotating, every participant changes tables each round so that they meet as many new people as possible; the hosts stay at their tables. Each room with a theme is one table. Route slips and door signs follow the seating when there is one.</source>
        <translation>World Café classique : au lieu de faire tourner des groupes entiers, chaque participant change de table à chaque tour pour rencontrer le plus de nouvelles personnes possible ; les hôtes restent à leur table. Chaque salle dotée d’un thème est une table. Les fiches de parcours et les affiches de porte suivent le placement lorsqu’il existe.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="62" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="63" />
        <source>The same seed always gives the same seating</source>
        <translation>La même graine donne toujours le même placement</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="64" />
        <source>Seat everyone</source>
        <translation>Placer tout le monde</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="65" />
        <source>Seat every participant at a new table each round (one undo step)</source>
        <translation>Placer chaque participant à une nouvelle table à chaque tour (une seule étape d’annulation)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="67" />
        <source>Clear seating</source>
        <translation>Effacer le placement</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="68" />
        <source>Remove the seating: the groups rotate again</source>
        <translation>Supprimer le placement : les groupes tournent à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="71" />
        <source>Round shown</source>
        <translation>Tour affiché</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="73" />
        <source>S&amp;eed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="75" />
        <source>R&amp;ound:</source>
        <translation>T&amp;our :</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="88" />
        <source>Seating summary</source>
        <translation>Résumé du placement</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="90" />
        <source>Tables in the round shown</source>
        <translation>Tables du tour affiché</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="91" />
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="91" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="91" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="136" />
        <source>No World Café seating: the groups rotate (see “Groups rotate”). Press “Seat everyone” to seat individuals instead.</source>
        <translation>Pas de placement World Café : les groupes tournent (voir « Rotation des groupes »). Appuyez sur « Placer tout le monde » pour placer plutôt chaque personne.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_seating.py" line="142" />
        <source>{0} people at {1} tables over %n round(s): {2} repeat encounters (two people at the same table again); random seating would give about {3}.</source>
        <translation><numerusform>{0} personnes à {1} tables sur %n tour : {2} rencontres répétées (deux personnes de nouveau à la même table) ; un placement au hasard en donnerait environ {3}.</numerusform><numerusform>{0} personnes à {1} tables sur %n tours : {2} rencontres répétées (deux personnes de nouveau à la même table) ; un placement au hasard en donnerait environ {3}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_seating.py" line="159" />
        <source>{0} · %n people</source>
        <translation><numerusform>{0} · %n personne</numerusform><numerusform>{0} · %n personnes</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="161" />
        <source>{0} · host: {1}</source>
        <translation>{0} · hôte : {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="182" />
        <source>Seat everyone (World Café, seed {0})</source>
        <translation>Placer tout le monde (World Café, graine {0})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="184" />
        <source>Not seated: {0}</source>
        <translation>Placement non fait : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="187" />
        <source>Clear World Café seating</source>
        <translation>Effacer le placement World Café</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="188" />
        <source>Not cleared: {0}</source>
        <translation>Non effacé : {0}</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="136" />
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="136" />
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="137" />
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="137" />
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="138" />
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="138" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="139" />
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
</context>
<context>
    <name>ThemesTab</name>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="341" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="341" />
        <source>Rename theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="342" />
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="342" />
        <source>Edit theme short name</source>
        <translation>Modifier le nom court du thème</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="343" />
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="343" />
        <source>Edit theme objective reference</source>
        <translation>Modifier l’objectif du thème</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="344" />
        <source>e.g. Objective 6</source>
        <translation>p. ex. Objectif 6</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="345" />
        <source>Guiding questions</source>
        <translation>Questions directrices</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="345" />
        <source>Edit guiding questions</source>
        <translation>Modifier les questions directrices</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="346" />
        <source>One question per line</source>
        <translation>Une question par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="347" />
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="347" />
        <source>Change theme room</source>
        <translation>Changer la salle du thème</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="348" />
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="349" />
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="350" />
        <location filename="../../ui/setup/setup_tabs.py" line="367" />
        <source>Add theme</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="351" />
        <source>Delete theme</source>
        <translation>Supprimer le thème</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="355" />
        <source>Delete theme “{0}”</source>
        <translation>Supprimer le thème « {0} »</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="361" />
        <source>(no room)</source>
        <translation>(aucune salle)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="366" />
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
</context>
<context>
    <name>WorkshopTab</name>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="44" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="44" />
        <source>Rename workshop</source>
        <translation>Renommer l’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="45" />
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="45" />
        <source>Edit venue</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="46" />
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="46" />
        <source>Change first day</source>
        <translation>Changer le premier jour</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="47" />
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="47" />
        <source>Change last day</source>
        <translation>Changer le dernier jour</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="48" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="48" />
        <source>Change time zone</source>
        <translation>Changer le fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="49" />
        <source>e.g. Europe/Zurich</source>
        <translation>p. ex. Europe/Zurich</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="51" />
        <source>The time zone of the venue, as a name from the list (type to search), e.g. Europe/Zurich</source>
        <translation>Le fuseau horaire du lieu, sous forme d’un nom de la liste (tapez pour chercher), p. ex. Europe/Zurich</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="52" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="53" />
        <source>Warning before the end</source>
        <translation>Avertissement avant la fin</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="53" />
        <source>Change warning time</source>
        <translation>Changer l’avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="55" />
        <source>Final warning before the end</source>
        <translation>Dernier avertissement avant la fin</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="56" />
        <source>Change final warning time</source>
        <translation>Changer le dernier avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="58" />
        <location filename="../../ui/setup/setup_view.py" line="61" />
        <source>Output language</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="59" />
        <source>Change output language</source>
        <translation>Changer la langue des documents</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="63" />
        <source>The language of the report, slides, stage display, door signs and route slips; the window keeps its own language</source>
        <translation>La langue du rapport, des diapositives, de l’affichage scène, des affiches de porte et des fiches de parcours ; la fenêtre garde sa propre langue</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="66" />
        <source>The language the report, slides, stage display, door signs and route slips are written in, with dates and times in its conventions. The window's own language is chosen separately.</source>
        <translation>La langue dans laquelle sont rédigés le rapport, les diapositives, l’affichage scène, les affiches de porte et les fiches de parcours, avec les dates et heures selon ses usages. La langue de la fenêtre se choisit séparément.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="68" />
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="68" />
        <source>Edit introduction</source>
        <translation>Modifier l’introduction</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="70" />
        <source>Introduction of the report</source>
        <translation>Introduction du rapport</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="80" />
        <source>What the workshop holds</source>
        <translation>Contenu de l’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="81" />
        <source>In this workshop</source>
        <translation>Dans cet atelier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="111" />
        <source>%n day(s)</source>
        <translation><numerusform>%n jour</numerusform><numerusform>%n jours</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="112" />
        <source>%n agenda item(s)</source>
        <translation><numerusform>%n point au programme</numerusform><numerusform>%n points au programme</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="113" />
        <source>%n round(s)</source>
        <translation><numerusform>%n tour</numerusform><numerusform>%n tours</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="114" />
        <source>%n room(s)</source>
        <translation><numerusform>%n salle</numerusform><numerusform>%n salles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="115" />
        <source>%n theme(s)</source>
        <translation><numerusform>%n thème</numerusform><numerusform>%n thèmes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="116" />
        <source>%n host(s) and note-taker(s)</source>
        <translation><numerusform>%n hôte ou preneur de notes</numerusform><numerusform>%n hôtes et preneurs de notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="117" />
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="118" />
        <source>%n group(s)</source>
        <translation><numerusform>%n groupe</numerusform><numerusform>%n groupes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="119" />
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
</context>
<context>
    <name>people_view</name>
    <message>
        <location filename="../../ui/setup/texts.py" line="38" />
        <source>State</source>
        <extracomment>how each stakeholder type reads (translated where shown)</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="39" />
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="40" />
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="41" />
        <source>International organisation</source>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="42" />
        <source>Academia</source>
        <translation>Milieu universitaire</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="43" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>rounds_view</name>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="46" />
        <source>▶ running</source>
        <translation>▶ en cours</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="47" />
        <source>⏸ paused</source>
        <translation>⏸ en pause</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="48" />
        <source>✓ finished</source>
        <translation>✓ terminé</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="115" />
        <source>round {0}</source>
        <extracomment>the narrowest a round's column gets (wide enough for "Room XVI — Human rights"); more rounds scroll</extracomment>
        <translation>tour {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="121" />
        <source>Rule broken: {0}</source>
        <translation>Règle non respectée : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="123" />
        <source>{0} has no room in any round: press “Build rotation” to place every group.</source>
        <translation>{0} n’a de salle à aucun tour : appuyez sur « Construire la rotation » pour placer chaque groupe.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="125" />
        <source>{0} have no room in any round: press “Build rotation” to place every group.</source>
        <translation>{0} n’ont de salle à aucun tour : appuyez sur « Construire la rotation » pour placer chaque groupe.</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="61" />
        <location filename="../../ui/setup/setup_tabs.py" line="382" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="62" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="63" />
        <source>Stakeholder type</source>
        <translation>Type de partie prenante</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="64" />
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="65" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="203" />
        <source>Plenary</source>
        <extracomment>AgendaKind values and how they read</extracomment>
        <translation>Plénière</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="204" />
        <source>Framing</source>
        <translation>Cadrage</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="205" />
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="206" />
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="207" />
        <source>Wrap-up</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="208" />
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="217" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="218" />
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="219" />
        <source>Start</source>
        <translation>Début</translation>
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
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="222" />
        <location filename="../../ui/setup/setup_tabs.py" line="329" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="295" />
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="296" />
        <location filename="../../ui/setup/setup_tabs.py" line="384" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="331" />
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="332" />
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="377" />
        <source>Host</source>
        <extracomment>HostRole values and how they read</extracomment>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="378" />
        <source>Note-taker</source>
        <translation>Preneur de notes</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="383" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="385" />
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
</context>
</TS>