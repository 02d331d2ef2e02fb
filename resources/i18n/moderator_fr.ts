<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AllRoomsConfirm</name>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="28"/>
        <source>{0} and {1}</source>
        <extracomment>the window&apos;s language for the texts here (lupdate reads the calls)</extracomment>
        <translation>{0} et {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="38"/>
        <source>all {0} rooms</source>
        <translation>les {0} salles</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="39"/>
        <source>{0} of its {1} rooms</source>
        <translation>{0} de ses {1} salles</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="41"/>
        <source>End round {0} in {1}?</source>
        <translation>Terminer le tour {0} dans {1}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="42"/>
        <source>The clocks of {0} stop now. Notes and summaries stay as they are; Undo (Ctrl+Z) starts the clocks again.</source>
        <translation>Les horloges de {0} s’arrêtent maintenant. Les notes et les synthèses restent telles quelles&#xa0;; Annuler (Ctrl+Z) relance les horloges.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="44"/>
        <source>&amp;End round {0} in {1}</source>
        <translation>&amp;Terminer le tour {0} dans {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="46"/>
        <source>Restart round {0} in {1}?</source>
        <translation>Relancer le tour {0} dans {1}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="47"/>
        <source>The clocks of {0} start again from {1} now; the time they have run is lost. Notes and summaries stay as they are; Undo (Ctrl+Z) puts the clocks back.</source>
        <translation>Les horloges de {0} repartent maintenant de {1}&#xa0;; le temps déjà écoulé est perdu. Les notes et les synthèses restent telles quelles&#xa0;; Annuler (Ctrl+Z) rétablit les horloges.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="51"/>
        <source>&amp;Restart round {0} in {1}</source>
        <translation>&amp;Relancer le tour {0} dans {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="67"/>
        <source>Cancel: keep every room as it is</source>
        <translation>Annuler&#xa0;: laisser chaque salle telle quelle</translation>
    </message>
</context>
<context>
    <name>DayBehindBanner</name>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="310"/>
        <source>Shift the rest of the day…</source>
        <translation>Décaler la suite de la journée…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="312"/>
        <source>Shift the rest of the day</source>
        <translation>Décaler la suite de la journée</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="313"/>
        <source>Move the later agenda items, or let a break absorb the delay; one undo step</source>
        <translation>Décaler les points suivants du programme, ou laisser une pause absorber le retard&#xa0;; une seule étape d’annulation</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="88"/>
        <source>Round shown</source>
        <translation>Tour affiché</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="89"/>
        <source>The round the table and the buttons show; Current round follows the agenda</source>
        <translation>Le tour que montrent le tableau et les boutons&#xa0;; «&#xa0;Tour en cours&#xa0;» suit le programme</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="98"/>
        <source>Start each round automatically at its agenda time</source>
        <translation>Démarrer chaque tour automatiquement à l’heure prévue au programme</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="99"/>
        <source>When a round&apos;s time comes and no other round is running or paused, it starts in all its rooms, timed from its agenda start.</source>
        <translation>À l’heure d’un tour, si aucun autre tour n’est en cours ni en pause, il démarre dans toutes ses salles, chronométré depuis l’heure de début prévue au programme.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="103"/>
        <source>Ro&amp;und:</source>
        <translation>T&amp;our&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="115"/>
        <source>Start all</source>
        <translation>Tout démarrer</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="116"/>
        <source>Start the round in all rooms</source>
        <translation>Démarrer le tour dans toutes les salles</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="117"/>
        <location filename="../../ui/moderator/overview_view.py" line="394"/>
        <source>Pause all</source>
        <translation>Tout mettre en pause</translation>
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
        <translation>Ajouter 1 minute dans toutes les salles</translation>
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
        <translation>Ajouter 5 minutes dans toutes les salles</translation>
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
        <translation>Retirer 1 minute dans toutes les salles</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="124"/>
        <source>End all…</source>
        <translation>Tout terminer…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="125"/>
        <source>End the round in every room; asks first</source>
        <translation>Terminer le tour dans chaque salle&#xa0;; demande confirmation d’abord</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="126"/>
        <source>End the round in all rooms</source>
        <translation>Terminer le tour dans toutes les salles</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="127"/>
        <source>Restart all…</source>
        <translation>Tout relancer…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="128"/>
        <source>Restart the round from its full length in every room; asks first</source>
        <translation>Relancer le tour pour toute sa durée dans chaque salle&#xa0;; demande confirmation d’abord</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="129"/>
        <source>Restart the round in all rooms</source>
        <translation>Relancer le tour dans toutes les salles</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="130"/>
        <location filename="../../ui/moderator/overview_view.py" line="168"/>
        <source>Stage display…</source>
        <translation>Affichage scène…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="131"/>
        <source>Open the stage display for all rooms</source>
        <translation>Ouvrir l’affichage scène de toutes les salles</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="132"/>
        <source>All rooms:</source>
        <translation>Toutes les salles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="143"/>
        <source>Rooms in the round</source>
        <translation>Salles du tour</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="144"/>
        <source>One row per room: theme, hosts, group, phase, time left, message, next group, notes, summary and delay; the buttons below act on the selected room</source>
        <translation>Une ligne par salle&#xa0;: thème, hôtes, groupe, phase, temps restant, message, groupe suivant, notes, synthèse et retard&#xa0;; les boutons en dessous agissent sur la salle sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="155"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="156"/>
        <source>Start the round in the selected room</source>
        <translation>Démarrer le tour dans la salle sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="157"/>
        <location filename="../../ui/moderator/overview_view.py" line="409"/>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="159"/>
        <source>Add 1 minute in the selected room</source>
        <translation>Ajouter 1 minute dans la salle sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="161"/>
        <source>Add 5 minutes in the selected room</source>
        <translation>Ajouter 5 minutes dans la salle sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="163"/>
        <source>Remove 1 minute in the selected room</source>
        <translation>Retirer 1 minute dans la salle sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="164"/>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="165"/>
        <source>End the round in the selected room</source>
        <translation>Terminer le tour dans la salle sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="166"/>
        <source>Restart</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="167"/>
        <source>Restart the round in the selected room</source>
        <translation>Relancer le tour dans la salle sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="169"/>
        <source>Open the stage display for the selected room</source>
        <translation>Ouvrir l’affichage scène de la salle sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="170"/>
        <location filename="../../ui/moderator/overview_view.py" line="406"/>
        <source>Selected room:</source>
        <translation>Salle sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="178"/>
        <source>A one-line message for the stage display, e.g. Please wrap up</source>
        <translation>Un message d’une ligne pour l’affichage scène, p. ex. Merci de conclure</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="179"/>
        <source>Stage message</source>
        <translation>Message de scène</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="180"/>
        <source>Shown on the stage display of the selected room or of all rooms; Enter sends it to the selected room</source>
        <translation>Affiché sur l’affichage scène de la salle sélectionnée ou de toutes les salles&#xa0;; Entrée l’envoie à la salle sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="183"/>
        <source>Send to room</source>
        <translation>Envoyer à la salle</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="184"/>
        <source>Send to all rooms</source>
        <translation>Envoyer à toutes les salles</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="185"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="186"/>
        <source>Clear the message of the selected room, or of every room if none is selected</source>
        <translation>Effacer le message de la salle sélectionnée, ou de toutes les salles si aucune n’est sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="188"/>
        <source>Clear the stage message</source>
        <translation>Effacer le message de scène</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="190"/>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="201"/>
        <source>Why an action was refused</source>
        <translation>Pourquoi une action a été refusée</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="301"/>
        <source>Select a room in the table first, or send the message to all rooms.</source>
        <translation>Sélectionnez d’abord une salle dans le tableau, ou envoyez le message à toutes les salles.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="319"/>
        <source>No round has run late with anything after it today: nothing to shift.</source>
        <translation>Aucun tour n’a pris de retard avec quelque chose après lui aujourd’hui&#xa0;: rien à décaler.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="333"/>
        <source>Start rounds automatically</source>
        <translation>Démarrer les tours automatiquement</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="333"/>
        <source>Stop starting rounds automatically</source>
        <translation>Ne plus démarrer les tours automatiquement</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="346"/>
        <source>Current round</source>
        <translation>Tour en cours</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="372"/>
        <source>No rounds on the agenda yet</source>
        <translation>Aucun tour au programme pour l’instant</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="376"/>
        <source>Now: {0} — {1}</source>
        <translation>En cours&#xa0;: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="378"/>
        <source>Next: {0} — {1}</source>
        <translation>À suivre&#xa0;: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="380"/>
        <source>Done: {0} — {1}</source>
        <translation>Terminé&#xa0;: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="383"/>
        <source>Nothing more on the agenda</source>
        <translation>Plus rien au programme</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="394"/>
        <source>Resume all</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="395"/>
        <source>Resume the round in all rooms</source>
        <translation>Reprendre le tour dans toutes les salles</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="396"/>
        <source>Pause the round in all rooms</source>
        <translation>Mettre le tour en pause dans toutes les salles</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="405"/>
        <source>{0}:</source>
        <translation>{0}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="409"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="410"/>
        <source>Resume the round in the selected room</source>
        <translation>Reprendre le tour dans la salle sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="411"/>
        <source>Pause the round in the selected room</source>
        <translation>Mettre le tour en pause dans la salle sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="58"/>
        <source>not started</source>
        <extracomment>foreground of the time and phase by phase; the phase column always says it in words too</extracomment>
        <translation>pas commencé</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="59"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="60"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="61"/>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
</context>
<context>
    <name>RoomStatusModel</name>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="36"/>
        <source>Room</source>
        <extracomment>the column headers (English; shown translated, see :data:`COLUMN_TITLES`); &quot;Time left&quot; is drawn big</extracomment>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="36"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="37"/>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="37"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="38"/>
        <source>Phase</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="38"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="39"/>
        <source>Stage message</source>
        <translation>Message de scène</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="40"/>
        <source>Next group</source>
        <translation>Groupe suivant</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="40"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="41"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="41"/>
        <source>Behind</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="145"/>
        <source>✓ Final</source>
        <translation>✓ Définitive</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="145"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="145"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="156"/>
        <source>Ended {0} min late</source>
        <translation>Terminé avec {0} min de retard</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="156"/>
        <source>{0} min behind</source>
        <translation>{0} min de retard</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="158"/>
        <source>Ended {0} min early</source>
        <translation>Terminé {0} min en avance</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="159"/>
        <source>Ended on time</source>
        <translation>Terminé à l’heure</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="159"/>
        <source>On time</source>
        <translation>À l’heure</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="174"/>
        <source>{0}: {1} ({2})</source>
        <translation>{0}&#xa0;: {1} ({2})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/room_status_model.py" line="176"/>
        <source>%n note(s) taken in {0} this round</source>
        <translation>
            <numerusform>%n note prise dans {0} pendant ce tour</numerusform>
            <numerusform>%n notes prises dans {0} pendant ce tour</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="178"/>
        <source>The round summary of {0}: {1}</source>
        <translation>La synthèse du tour de {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="180"/>
        <source>{0} against the agenda&apos;s end of the round: {1}</source>
        <translation>{0} par rapport à la fin du tour prévue au programme&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>RoundControl</name>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="70"/>
        <source>Start round {0}</source>
        <extracomment>the window&apos;s language for the texts here (lupdate reads the calls)</extracomment>
        <translation>Démarrer le tour {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="70"/>
        <source>Start round {0} in {1}</source>
        <translation>Démarrer le tour {0} dans {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="72"/>
        <source>Pause round {0}</source>
        <translation>Mettre le tour {0} en pause</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="72"/>
        <source>Pause round {0} in {1}</source>
        <translation>Mettre le tour {0} en pause dans {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="74"/>
        <source>Resume round {0}</source>
        <translation>Reprendre le tour {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="74"/>
        <source>Resume round {0} in {1}</source>
        <translation>Reprendre le tour {0} dans {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="76"/>
        <source>End round {0}</source>
        <translation>Terminer le tour {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="76"/>
        <source>End round {0} in {1}</source>
        <translation>Terminer le tour {0} dans {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="77"/>
        <source>Restart round {0}</source>
        <translation>Relancer le tour {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="77"/>
        <source>Restart round {0} in {1}</source>
        <translation>Relancer le tour {0} dans {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="139"/>
        <location filename="../../ui/moderator/round_control.py" line="215"/>
        <source>There is no round on the agenda yet.</source>
        <extracomment>the window a question about all rooms opens over (None: the active window)</extracomment>
        <translation>Il n’y a encore aucun tour au programme.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="197"/>
        <source>Nothing to pause or resume: the round is not running.</source>
        <translation>Rien à mettre en pause ni à reprendre&#xa0;: le tour n’est pas en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="207"/>
        <source>The round has ended here; use Restart to run it again.</source>
        <translation>Le tour est terminé ici&#xa0;; utilisez Relancer pour le refaire.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/round_control.py" line="220"/>
        <source>Add %n minute(s) to round {0}</source>
        <translation>
            <numerusform>Ajouter %n minute au tour {0}</numerusform>
            <numerusform>Ajouter %n minutes au tour {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/round_control.py" line="221"/>
        <source>Remove %n minute(s) from round {0}</source>
        <translation>
            <numerusform>Retirer %n minute au tour {0}</numerusform>
            <numerusform>Retirer %n minutes au tour {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/round_control.py" line="223"/>
        <source>Add %n minute(s) to {0}</source>
        <translation>
            <numerusform>Ajouter %n minute à {0}</numerusform>
            <numerusform>Ajouter %n minutes à {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/round_control.py" line="224"/>
        <source>Remove %n minute(s) from {0}</source>
        <translation>
            <numerusform>Retirer %n minute à {0}</numerusform>
            <numerusform>Retirer %n minutes à {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="233"/>
        <source>There is no round on the agenda yet, so there is no stage display to send to.</source>
        <translation>Il n’y a encore aucun tour au programme, donc aucun affichage scène auquel envoyer un message.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="238"/>
        <source>Round {0} has no rooms yet.</source>
        <translation>Le tour {0} n’a encore aucune salle.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="242"/>
        <source>Message to all rooms</source>
        <translation>Message à toutes les salles</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="243"/>
        <source>Clear the messages in all rooms</source>
        <translation>Effacer les messages de toutes les salles</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="246"/>
        <source>Message to {0}</source>
        <translation>Message à {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="247"/>
        <source>Clear the message in {0}</source>
        <translation>Effacer le message de {0}</translation>
    </message>
</context>
<context>
    <name>RoundMenu</name>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="42"/>
        <source>&amp;Round</source>
        <translation>&amp;Tour</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="44"/>
        <location filename="../../ui/moderator/round_menu.py" line="114"/>
        <source>&amp;Start round (all rooms)</source>
        <translation>&amp;Démarrer le tour (toutes les salles)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="45"/>
        <location filename="../../ui/moderator/round_menu.py" line="115"/>
        <source>&amp;Pause round</source>
        <translation>Mettre le tour en &amp;pause</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="46"/>
        <source>+&amp;1 minute</source>
        <translation>+&amp;1 minute</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="47"/>
        <source>+&amp;5 minutes</source>
        <translation>+&amp;5 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="48"/>
        <source>−1 &amp;minute</source>
        <translation>−1 &amp;minute</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="49"/>
        <location filename="../../ui/moderator/round_menu.py" line="121"/>
        <source>&amp;End round</source>
        <translation>&amp;Terminer le tour</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="50"/>
        <location filename="../../ui/moderator/round_menu.py" line="124"/>
        <source>Res&amp;tart round</source>
        <translation>Re&amp;lancer le tour</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="52"/>
        <location filename="../../ui/moderator/round_menu.py" line="131"/>
        <source>S&amp;hift the rest of the day…</source>
        <translation>Déc&amp;aler la suite de la journée…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="54"/>
        <source>Stage &amp;display…</source>
        <translation>Affic&amp;hage scène…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="86"/>
        <source>No round has run late with anything after it today: nothing to shift.</source>
        <translation>Aucun tour n’a pris de retard avec quelque chose après lui aujourd’hui&#xa0;: rien à décaler.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="110"/>
        <source>&amp;Start round {0} (all rooms)</source>
        <translation>&amp;Démarrer le tour {0} (toutes les salles)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="111"/>
        <source>&amp;Resume round {0}</source>
        <translation>&amp;Reprendre le tour {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="112"/>
        <source>&amp;Pause round {0}</source>
        <translation>Mettre le tour {0} en &amp;pause</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="115"/>
        <source>&amp;Resume round</source>
        <translation>&amp;Reprendre le tour</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="121"/>
        <source>&amp;End round {0}</source>
        <translation>&amp;Terminer le tour {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="122"/>
        <source>&amp;End round {0} (all rooms)…</source>
        <translation>&amp;Terminer le tour {0} (toutes les salles)…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="125"/>
        <source>Res&amp;tart round {0}</source>
        <translation>Re&amp;lancer le tour {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="126"/>
        <source>Res&amp;tart round {0} (all rooms)…</source>
        <translation>Re&amp;lancer le tour {0} (toutes les salles)…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="130"/>
        <source>S&amp;hift the rest of the day ({0} min behind)…</source>
        <translation>Déc&amp;aler la suite de la journée ({0} min de retard)…</translation>
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
        <translation>La journée a {0} de retard&#xa0;: le tour {1} dure au moins jusqu’à {2} dans {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="110"/>
        <source>The day is {0} behind: round {1} ended at {2} in {3}.</source>
        <translation>La journée a {0} de retard&#xa0;: le tour {1} s’est terminé à {2} dans {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="112"/>
        <source>The day is {0} behind: round {1} runs at least until {2} in {3}; {4} starts at {5} on the agenda.</source>
        <translation>La journée a {0} de retard&#xa0;: le tour {1} dure au moins jusqu’à {2} dans {3}&#xa0;; {4} commence à {5} selon le programme.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="114"/>
        <source>The day is {0} behind: round {1} ended at {2} in {3}; {4} starts at {5} on the agenda.</source>
        <translation>La journée a {0} de retard&#xa0;: le tour {1} s’est terminé à {2} dans {3}&#xa0;; {4} commence à {5} selon le programme.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="138"/>
        <source>What comes after {0} stays as it is.</source>
        <translation>Ce qui suit {0} reste inchangé.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="274"/>
        <source>Let {0} absorb {1}</source>
        <translation>Faire absorber {1} par {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="275"/>
        <source>Shift the rest of {0} by {1}</source>
        <translation>Décaler la suite de {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="290"/>
        <source>the day</source>
        <translation>la journée</translation>
    </message>
</context>
<context>
    <name>ShiftDayDialog</name>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="151"/>
        <source>Shift the rest of the day</source>
        <translation>Décaler la suite de la journée</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="159"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="161"/>
        <source>Minutes to shift the rest of the day by</source>
        <translation>Minutes de décalage pour la suite de la journée</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="162"/>
        <source>Move everything from {0} ({1}) to the end of the day</source>
        <translation>Décaler tout, de {0} ({1}) jusqu’à la fin de la journée</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="164"/>
        <source>Move the rest of the day later</source>
        <translation>Décaler la suite de la journée plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="165"/>
        <source>Let a break absorb it (only what comes before the break moves):</source>
        <translation>Laisser une pause l’absorber (seul ce qui précède la pause est décalé)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="166"/>
        <source>Let a break absorb the delay</source>
        <translation>Laisser une pause absorber le retard</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="169"/>
        <source>The break that absorbs the delay</source>
        <translation>La pause qui absorbe le retard</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="183"/>
        <source>What moves</source>
        <translation>Ce qui est décalé</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="190"/>
        <source>&amp;Shift</source>
        <translation>&amp;Décaler</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="192"/>
        <source>Shift the agenda (one undo step)</source>
        <translation>Décaler le programme (une seule étape d’annulation)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="199"/>
        <source>Shift &amp;by:</source>
        <translation>Décaler &amp;de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="208"/>
        <source>What moves:</source>
        <translation>Ce qui est décalé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="213"/>
        <source>Cancel: the agenda stays as it is</source>
        <translation>Annuler&#xa0;: le programme reste inchangé</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="249"/>
        <source>{0} keeps at least {1}, so it absorbs {2}; the items after it move by {3}.</source>
        <translation>{0} garde au moins {1}&#xa0;: elle absorbe donc {2}&#xa0;; les points suivants sont décalés de {3}.</translation>
    </message>
</context>
<context>
    <name>StageDisplay</name>
    <message>
        <location filename="../../ui/moderator/stage_canvas.py" line="125"/>
        <source>Stage clock — {0}</source>
        <extracomment>the smallest type of the guiding questions, as a share of the height (about 26 px at 1080) the least share of the height the digits keep when the guiding questions are shown phase changes announced assertively (they interrupt): the moderator must hear them at once paint events handled (benchmarks and tests read it) the phase changes announced to screen readers, in order (tests read it)</extracomment>
        <translation>Horloge de scène — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="102"/>
        <location filename="../../ui/moderator/stage_display.py" line="237"/>
        <source>Screen</source>
        <extracomment>seconds a notice (a refusal, a clock change) stays on the display</extracomment>
        <translation>Écran</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="104"/>
        <source>{0}: {1} · {2}×{3} (primary)</source>
        <translation>{0}&#xa0;: {1} · {2}×{3} (principal)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="191"/>
        <source>Start / pause</source>
        <extracomment>the guiding questions are shown beneath the clock (a room&apos;s display only)</extracomment>
        <translation>Démarrer / pause</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="193"/>
        <source>Start / pause all rooms</source>
        <translation>Démarrer / mettre en pause toutes les salles</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="194"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="195"/>
        <source>+1 minute</source>
        <translation>+1 minute</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="197"/>
        <source>−1 minute</source>
        <translation>−1 minute</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="199"/>
        <source>+5 minutes</source>
        <translation>+5 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="200"/>
        <source>End round</source>
        <translation>Terminer le tour</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="201"/>
        <source>Restart round</source>
        <translation>Relancer le tour</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="202"/>
        <source>Guiding questions</source>
        <translation>Questions directrices</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="204"/>
        <source>Show this room&apos;s guiding questions beneath the clock (Q)</source>
        <translation>Afficher les questions directrices de cette salle sous l’horloge (Q)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="205"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="207"/>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="208"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="211"/>
        <source>&amp;Display</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="216"/>
        <source>&amp;Screen</source>
        <translation>&amp;Écran</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="220"/>
        <source>&amp;Round</source>
        <translation>&amp;Tour</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="257"/>
        <source>Space starts or pauses one room&apos;s display only. For every room: Round › Start / pause all rooms (right-click in full screen).</source>
        <translation>La barre d’espace ne démarre ou ne met en pause que l’affichage d’une seule salle. Pour toutes les salles&#xa0;: Tour › Démarrer / mettre en pause toutes les salles (clic droit en plein écran).</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="269"/>
        <source>The guiding questions show on one room&apos;s display: open the stage display for that room.</source>
        <translation>Les questions directrices s’affichent sur l’affichage d’une seule salle&#xa0;: ouvrez l’affichage scène de cette salle.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="272"/>
        <source>This room&apos;s theme has no guiding questions yet (Setup › Rooms &amp; themes).</source>
        <translation>Le thème de cette salle n’a pas encore de questions directrices (Configuration › Salles et thèmes).</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="349"/>
        <source>No workshop is open</source>
        <translation>Aucun atelier n’est ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="361"/>
        <source>all rooms</source>
        <translation>toutes les salles</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="362"/>
        <source>Stage display — {0}</source>
        <translation>Affichage scène — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="436"/>
        <source>All rooms (the moderator&apos;s clock)</source>
        <translation>Toutes les salles (l’horloge du modérateur)</translation>
    </message>
</context>
<context>
    <name>StageDisplayDialog</name>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="379"/>
        <source>Open a stage display</source>
        <translation>Ouvrir un affichage scène</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="388"/>
        <location filename="../../ui/moderator/stage_display.py" line="390"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="389"/>
        <location filename="../../ui/moderator/stage_display.py" line="391"/>
        <source>On screen</source>
        <translation>Sur l’écran</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="393"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>VenueShare</name>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="62"/>
        <source>Venue pages</source>
        <extracomment>the state changed: &quot;off&quot;, &quot;starting&quot;, &quot;on&quot;, &quot;stopping&quot;; with a message (&quot;&quot; or an error) a phone&apos;s contribution, from the server&apos;s thread: (keyword arguments, future to answer)</extracomment>
        <translation>Pages du site</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="65"/>
        <location filename="../../ui/moderator/venue_share.py" line="141"/>
        <source>Share on the &amp;venue network…</source>
        <translation>Partager sur le réseau du &amp;site…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="67"/>
        <source>Show the room clocks, now and next, and each participant&apos;s route in any browser on the venue network</source>
        <translation>Afficher les horloges des salles, «&#xa0;maintenant et ensuite&#xa0;» et le parcours de chaque participant dans tout navigateur du réseau du site</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="140"/>
        <source>Sharing on the &amp;venue network…</source>
        <translation>Partage en cours sur le réseau du &amp;site…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="142"/>
        <source>Venue pages: {0}</source>
        <translation>Pages du site&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="152"/>
        <source>Open a workshop first.</source>
        <translation>Ouvrez d’abord un atelier.</translation>
    </message>
</context>
<context>
    <name>VenueShareDialog</name>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="65"/>
        <source>127.0.0.1 (this computer only)</source>
        <extracomment>where the chosen address and port are remembered (QSettings)</extracomment>
        <translation>127.0.0.1 (cet ordinateur uniquement)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="83"/>
        <source>Share on the venue network</source>
        <translation>Partager sur le réseau du site</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="89"/>
        <source>Anyone on the network you choose can open these pages in a browser, read-only, with nothing to install: each room&apos;s clock as its stage display shows it (time left, phase, your message, what comes next, and the guiding questions where that room&apos;s stage display shows them); now and next for hallway screens (every room&apos;s round, group and time left, and the next agenda item); and each participant&apos;s own route (their group and rooms), which opens only with that participant&apos;s code. Notes, summaries, the brief and participant lists are not shared. Participants can send an opportunity, challenge or practice to a room&apos;s note-taker through that room&apos;s posting link (its QR code below), which the note-taker accepts into the notes or dismisses; close contributions per room or everywhere, or renew a room&apos;s link to end the old one. Sharing stops when you stop it or close the app.</source>
        <translation>Toute personne connectée au réseau choisi peut ouvrir ces pages dans un navigateur, en lecture seule, sans rien installer&#xa0;: l’horloge de chaque salle telle que la montre son affichage scène (temps restant, étape, votre message, la suite, et les questions directrices là où l’affichage scène de la salle les montre)&#xa0;; «&#xa0;maintenant et ensuite&#xa0;» pour les écrans des couloirs (le tour, le groupe et le temps restant de chaque salle, et le point suivant du programme)&#xa0;; et le parcours de chaque participant (son groupe et ses salles), qui ne s’ouvre qu’avec le code de ce participant. Les notes, les synthèses, les points de passation et les listes de participants ne sont pas partagés. Les participants peuvent envoyer une opportunité, un défi ou une pratique au preneur de notes d’une salle par le lien de contribution de cette salle (son code QR ci-dessous)&#xa0;; le preneur de notes l’accepte dans les notes ou l’écarte. Fermez les contributions salle par salle ou partout, ou renouvelez le lien d’une salle pour mettre fin à l’ancien. Le partage s’arrête quand vous l’arrêtez ou fermez l’application.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="100"/>
        <source>What is shared</source>
        <translation>Ce qui est partagé</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="105"/>
        <source>Address on the venue network</source>
        <translation>Adresse sur le réseau du site</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="106"/>
        <source>The pages are served on this address only</source>
        <translation>Les pages ne sont servies que sur cette adresse</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="107"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="111"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="112"/>
        <source>&amp;Port:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="119"/>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="247"/>
        <source>&amp;Start sharing</source>
        <translation>&amp;Démarrer le partage</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="120"/>
        <source>Start or stop sharing</source>
        <translation>Démarrer ou arrêter le partage</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="122"/>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l’adresse</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="123"/>
        <source>Copy the address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="125"/>
        <source>&amp;Open in browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="126"/>
        <source>Open the start page in a browser</source>
        <translation>Ouvrir la page d’accueil dans un navigateur</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="138"/>
        <source>Sharing state</source>
        <translation>État du partage</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="142"/>
        <source>Contributions from phones:</source>
        <translation>Contributions depuis les téléphones&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="143"/>
        <source>Open in &amp;every room</source>
        <translation>Ouvrir dans &amp;toutes les salles</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="144"/>
        <source>Take contributions from phones in every room</source>
        <translation>Recevoir les contributions des téléphones dans toutes les salles</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="146"/>
        <source>C&amp;lose in every room</source>
        <translation>F&amp;ermer dans toutes les salles</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="147"/>
        <source>Take no more contributions from phones in any room</source>
        <translation>Ne plus recevoir de contributions des téléphones dans aucune salle</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="157"/>
        <source>QR codes of the pages</source>
        <translation>Codes QR des pages</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="164"/>
        <source>Participant whose route to show</source>
        <translation>Participant dont afficher le parcours</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="170"/>
        <source>A participant&apos;s &amp;route:</source>
        <translation>&amp;Parcours d’un participant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="175"/>
        <source>Route code and address</source>
        <translation>Code et adresse du parcours</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="178"/>
        <source>QR code of the participant&apos;s route</source>
        <translation>Code QR du parcours du participant</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="187"/>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="300"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="227"/>
        <source>Choose an address first.</source>
        <translation>Choisissez d’abord une adresse.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="247"/>
        <source>&amp;Stop sharing</source>
        <translation>A&amp;rrêter le partage</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="257"/>
        <source>Shared at {0}/ — open it on any screen or phone on this network. Now and next, and each room&apos;s clock:</source>
        <translation>Partagé à l’adresse {0}/ — ouvrez-la sur tout écran ou téléphone de ce réseau. «&#xa0;Maintenant et ensuite&#xa0;», et l’horloge de chaque salle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="260"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="262"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="264"/>
        <source>Not shared. Choose the address of this computer on the venue network, then Start sharing.</source>
        <translation>Non partagé. Choisissez l’adresse de cet ordinateur sur le réseau du site, puis Démarrer le partage.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="282"/>
        <source>Now and next</source>
        <translation>Maintenant et ensuite</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="284"/>
        <source>{0}: clock</source>
        <translation>{0}&#xa0;: horloge</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="292"/>
        <source>{0}: contributions</source>
        <translation>{0}&#xa0;: contributions</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="295"/>
        <source>Open: phones can send contributions to this room&apos;s note-taker.</source>
        <translation>Contributions ouvertes&#xa0;: les téléphones peuvent en envoyer au preneur de notes de cette salle.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="296"/>
        <source>Closed: this room takes no contributions now.</source>
        <translation>Contributions fermées&#xa0;: cette salle n’en reçoit aucune pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="300"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="302"/>
        <source>Close contributions in {0}</source>
        <translation>Fermer les contributions dans {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="303"/>
        <source>Open contributions in {0}</source>
        <translation>Ouvrir les contributions dans {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="305"/>
        <source>Renew link</source>
        <translation>Renouveler le lien</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="307"/>
        <source>Renew the posting link of {0}</source>
        <translation>Renouveler le lien de contribution de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="308"/>
        <source>A new link and QR code; the old ones stop working (print or show the new one)</source>
        <translation>Un nouveau lien et un nouveau code QR&#xa0;; les anciens cessent de fonctionner (imprimez ou affichez le nouveau)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="326"/>
        <source>QR code: {0}</source>
        <translation>Code QR&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="333"/>
        <source>Address: {0}</source>
        <translation>Adresse&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="361"/>
        <source>Choose a participant to show the code and QR code of their route.</source>
        <translation>Choisissez un participant pour afficher le code et le code QR de son parcours.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="368"/>
        <source>Code {0}
{1}
Only for this participant: it opens their route.</source>
        <translation>Code {0}
{1}
Réservé à ce participant&#xa0;: il ouvre son parcours.</translation>
    </message>
</context>
</TS>
