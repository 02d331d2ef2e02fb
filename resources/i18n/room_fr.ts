<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttributionField</name>
    <message>
        <location filename="../../ui/room/notes_attributions.py" line="79" />
        <source>&amp;Who (selected item):</source>
        <translation>&amp;Qui (élément choisi) :</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_attributions.py" line="83" />
        <source>Who: countries or organisations of the chosen item</source>
        <translation>Qui : pays ou organisations de l'élément choisi</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_attributions.py" line="84" />
        <source>Countries or organisations, separated by commas, e.g. Egypt, Italy, ILO</source>
        <translation>Pays ou organisations, séparés par des virgules, p. ex. Égypte, Italie, OIT</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_attributions.py" line="85" />
        <source>Separated by commas; completion offers the participants' countries and organisations. Alt+W comes here.</source>
        <translation>Séparés par des virgules ; la saisie semi-automatique propose les pays et organisations des participants. Alt+Q mène ici.</translation>
    </message>
</context>
<context>
    <name>BriefView</name>
    <message>
        <location filename="../../ui/room/brief_view.py" line="88" />
        <source>NEW</source>
        <extracomment>lines of the brief put on screen together (one piece of HTML) the first step shows at least this many lines at once: a usual brief appears whole, in one go how long one later step may hold the window before the next event is served</extracomment>
        <translation>NOUVEAU</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="103" />
        <source>Guiding question</source>
        <translation>Question directrice</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="104" />
        <source>Guiding questions</source>
        <translation>Questions directrices</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="220" />
        <source>Print the brief</source>
        <extracomment>every line is on screen</extracomment>
        <translation>Imprimer le point de passation</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="221" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="296" />
        <location filename="../../ui/room/brief_view.py" line="299" />
        <source>Full brief</source>
        <extracomment>the brief with both outlines (None: no brief yet) what the browser shows: (room, round, full), for keeping the reader's place on a refresh</extracomment>
        <translation>Point de passation complet</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="298" />
        <source>Every item and citation, instead of what fits a two-minute briefing</source>
        <translation>Tous les éléments et toutes les citations, au lieu de ce qui tient en deux minutes</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="303" />
        <source>Projector screen</source>
        <translation>Écran du projecteur</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="304" />
        <source>The screen the brief is shown on in large type</source>
        <translation>L'écran où le point de passation s'affiche en grands caractères</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="305" />
        <source>Show on projector</source>
        <translation>Projeter</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="307" />
        <source>The brief in large type, full screen on the chosen screen (F: full screen, + and −: size, Escape: close)</source>
        <translation>Le point de passation en grands caractères, plein écran sur l'écran choisi (F : plein écran, + et − : taille, Échap : fermer)</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="310" />
        <source>Print (PDF)…</source>
        <translation>Imprimer (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="312" />
        <source>Save the brief as a PDF to print</source>
        <translation>Enregistrer le point de passation en PDF pour l'imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="320" />
        <source>Screen:</source>
        <translation>Écran :</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="329" />
        <source>The host's brief</source>
        <translation>Le point de passation de l'hôte</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="407" />
        <source>&lt;p&gt;&lt;i&gt;Choose a room.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Choisissez une salle.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/brief_view.py" line="415" />
        <source>%n items</source>
        <translation><numerusform>%n élément</numerusform><numerusform>%n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/brief_view.py" line="416" />
        <source>%n new</source>
        <translation><numerusform>%n nouveau</numerusform><numerusform>%n nouveaux</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/brief_view.py" line="417" />
        <source>about %n min to read</source>
        <translation><numerusform>environ %n min de lecture</numerusform><numerusform>environ %n min de lecture</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="423" />
        <source>Screen {0}</source>
        <translation>Écran {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="460" />
        <source>The brief was saved to {0}.</source>
        <translation>Le point de passation a été enregistré dans {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="462" />
        <source>The brief was not saved: {0}</source>
        <translation>Le point de passation n'a pas été enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>ContributionQueue</name>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="48" />
        <source>Opportunity</source>
        <extracomment>the kind of one contribution (the columns' titles are plural)</extracomment>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="49" />
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="50" />
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="51" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="94" />
        <source>Contributions from phones</source>
        <extracomment>a sentence for the status bar</extracomment>
        <translation>Contributions depuis les téléphones</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="95" />
        <source>Enter accepts the chosen contribution into the notes, Delete dismisses it</source>
        <translation>Entrée accepte la contribution choisie dans les notes, Suppr l'écarte</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="104" />
        <source>Column the contribution goes to</source>
        <translation>Colonne où va la contribution</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="112" />
        <source>Heading the contribution goes under (empty: none)</source>
        <translation>Rubrique sous laquelle va la contribution (vide : aucune)</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="116" />
        <source>Text of the contribution, as it will be in the notes</source>
        <translation>Texte de la contribution, tel qu'il figurera dans les notes</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="120" />
        <source>Accept into the notes</source>
        <translation>Accepter dans les notes</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="122" />
        <source>Accept the chosen contribution into the notes</source>
        <translation>Accepter la contribution choisie dans les notes</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="123" />
        <location filename="../../ui/room/contributions_queue.py" line="194" />
        <source>It becomes an item of this round, under the heading chosen (Enter)</source>
        <translation>Elle devient un élément de ce tour, sous la rubrique choisie (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="125" />
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="127" />
        <source>Dismiss the chosen contribution</source>
        <translation>Écarter la contribution choisie</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="128" />
        <source>It leaves the queue and goes nowhere (Delete in the list; Ctrl+Z brings it back)</source>
        <translation>Elle quitte la file d'attente sans aller nulle part (Suppr dans la liste ; Ctrl+Z la rétablit)</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="131" />
        <source>Column:</source>
        <translation>Colonne :</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="131" />
        <source>Under heading:</source>
        <translation>Sous la rubrique :</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="132" />
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/contributions_queue.py" line="187" />
        <location filename="../../ui/room/contributions_queue.py" line="285" />
        <source>From phones: %n contribution(s) waiting</source>
        <translation><numerusform>Depuis les téléphones : %n contribution en attente</numerusform><numerusform>Depuis les téléphones : %n contributions en attente</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="195" />
        <source>Choose a round to accept into (all rounds are read only)</source>
        <translation>Choisissez un tour où l'accepter (« tous les tours » est en lecture seule)</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="252" />
        <source>Choose a round first: all rounds are read only.</source>
        <translation>Choisissez d'abord un tour : « tous les tours » est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="256" />
        <source>The text is empty: type it, or dismiss the contribution.</source>
        <translation>Le texte est vide : saisissez-le, ou écartez la contribution.</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="261" />
        <source>Accept a contribution</source>
        <translation>Accepter une contribution</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="271" />
        <source>Dismiss a contribution</source>
        <translation>Écarter une contribution</translation>
    </message>
</context>
<context>
    <name>HeaderTexts</name>
    <message numerus="yes">
        <location filename="../../ui/room/notes_header.py" line="230" />
        <source>Summary: draft (%n words)</source>
        <translation><numerusform>Synthèse : brouillon (%n mot)</numerusform><numerusform>Synthèse : brouillon (%n mots)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/notes_header.py" line="231" />
        <source>Summary: final (%n words)</source>
        <translation><numerusform>Synthèse : définitive (%n mot)</numerusform><numerusform>Synthèse : définitive (%n mots)</numerusform></translation>
    </message>
</context>
<context>
    <name>KeyTexts</name>
    <message>
        <location filename="../../ui/room/notes_column.py" line="72" />
        <source>In an entry line</source>
        <translation>Dans une ligne de saisie</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="73" />
        <source>Enter — add the item (or the heading)</source>
        <translation>Entrée — ajoute l'élément (ou la rubrique)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="74" />
        <source>Ctrl+H — type a heading; the items typed next go under it</source>
        <translation>Ctrl+H — saisir une rubrique ; les éléments saisis ensuite s'y rangent</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="75" />
        <source>↑ / ↓ — choose a row of the list (new items go under its heading)</source>
        <translation>↑ / ↓ — choisir une ligne de la liste (les nouveaux éléments vont sous sa rubrique)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="76" />
        <source>Escape — leave heading mode, then clear the choice</source>
        <translation>Échap — quitte le mode rubrique, puis annule le choix</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="77" />
        <source>F2 — edit the chosen row in place (none chosen: the last row)</source>
        <translation>F2 — modifie la ligne choisie sur place (sinon la dernière)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="78" />
        <source>Delete, on an empty line — delete the chosen row (none chosen: choose the last row first)</source>
        <translation>Suppr, sur une ligne vide — supprime la ligne choisie (sinon choisit d'abord la dernière)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="80" />
        <source>In a list</source>
        <translation>Dans une liste</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="81" />
        <source>F2 or a double click — edit in place (Enter or Escape ends, keeping the text)</source>
        <translation>F2 ou double-clic — modifier sur place (Entrée ou Échap termine en gardant le texte)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="82" />
        <source>Delete — delete the chosen row</source>
        <translation>Suppr — supprime la ligne choisie</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="83" />
        <source>Right click or the Menu key — the chosen item's actions, each with its key</source>
        <translation>Clic droit ou touche Menu — les actions de l'élément choisi, chacune avec sa touche</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="85" />
        <source>Anywhere in the notes</source>
        <translation>Partout dans les notes</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="86" />
        <source>Ctrl+1 … Ctrl+4 — the entry of Opportunities, Challenges, Practices, Other</source>
        <translation>Ctrl+1 … Ctrl+4 — la saisie d'Opportunités, Défis, Pratiques, Autres</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="87" />
        <source>Ctrl+K — mark the chosen item as a key point ★ (again: unmark it)</source>
        <translation>Ctrl+K — marque l'élément choisi comme point clé ★ (une seconde fois : retire la marque)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="88" />
        <source>Alt+↑ / Alt+↓ — move the chosen item (a heading moves with its items)</source>
        <translation>Alt+↑ / Alt+↓ — déplace l'élément choisi (une rubrique se déplace avec ses éléments)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="89" />
        <source>Alt+← / Alt+→, Ctrl+Shift+1 … 4 — move the chosen item to another column</source>
        <translation>Alt+← / Alt+→, Ctrl+Maj+1 … 4 — déplace l'élément choisi vers une autre colonne</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="90" />
        <source>Ctrl+Z / Ctrl+Shift+Z — undo, redo (in an entry, its typing first)</source>
        <translation>Ctrl+Z / Ctrl+Maj+Z — annuler, rétablir (dans une saisie, d'abord la frappe)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="92" />
        <source>In the room view</source>
        <translation>Dans la vue de la salle</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="93" />
        <source>Ctrl+R — go to the round running in this room</source>
        <translation>Ctrl+R — aller au tour en cours dans cette salle</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="94" />
        <source>Alt+W — the Who field of the chosen item</source>
        <translation>Alt+Q — le champ « Qui » de l'élément choisi</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="95" />
        <source>In the round summary and synthesis: Ctrl+B bold, Ctrl+I italics, Ctrl+Shift+P preview</source>
        <translation>Dans les synthèses : Ctrl+B gras, Ctrl+I italique, Ctrl+Maj+P aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="96" />
        <source>Alt+1 … Alt+5 — the places of the window</source>
        <translation>Alt+1 … Alt+5 — les espaces de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="97" />
        <source>F1 — show or hide every key</source>
        <translation>F1 — afficher ou masquer toutes les touches</translation>
    </message>
</context>
<context>
    <name>NoteColumnModel</name>
    <message>
        <location filename="../../ui/room/notes_model.py" line="140" />
        <source>Heading “{0}”: F2 renames it, Alt+Up/Down moves it with its items</source>
        <extracomment>the heading a row belongs to ("" for items under no heading) the row's key (note uuid, or "<byte value="x1f" />" + the uuid of its block's first note for a heading row) True while this laptop's change of the row has not been saved yet the :class:`Row` itself (one call where a delegate needs several facts) True for an item marked as a key point (★, for the plenary's slides) the item's note; for a heading row the first note standing for it (or None) the text shown, when given (a heading's name); an item's is made from its note when first asked the item is marked as a key point (★): the plenary's slides start from these (row, new text) the user finished editing in place</extracomment>
        <translation>Rubrique « {0} » : F2 la renomme, Alt+Haut/Bas la déplace avec ses éléments</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_model.py" line="142" />
        <source>Who: {0}</source>
        <translation>Qui : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_model.py" line="144" />
        <source>★ Key point: on the plenary's slides (Ctrl+K unmarks it)</source>
        <translation>★ Point clé : sur les diapositives de la plénière (Ctrl+K retire la marque)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_model.py" line="148" />
        <source>Key point: {0}</source>
        <translation>Point clé : {0}</translation>
    </message>
</context>
<context>
    <name>NotesColumn</name>
    <message>
        <location filename="../../ui/room/notes_column.py" line="57" />
        <source>Enter adds · ↑↓ choose · F2 edits · Delete on an empty line deletes · Ctrl+K key point · Ctrl+H heading · Alt+↑↓ move · Alt+←→ other column · Ctrl+1–4 column · Ctrl+Z undo · F1 all keys</source>
        <translation>Entrée ajoute · ↑↓ choisit · F2 modifie · Suppr sur ligne vide supprime · Ctrl+K point clé · Ctrl+H rubrique · Alt+↑↓ déplace · Alt+←→ autre colonne · Ctrl+1–4 colonne · Ctrl+Z annule · F1 toutes les touches</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="253" />
        <source>{0}: items</source>
        <extracomment>rows a column lays out between two events</extracomment>
        <translation>{0} : éléments</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="254" />
        <source>F2 edits the chosen item, Delete deletes it, Ctrl+K marks it as a key point; the Menu key lists every action</source>
        <translation>F2 modifie l'élément choisi, Suppr le supprime, Ctrl+K le marque comme point clé ; la touche Menu liste toutes les actions</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="258" />
        <source>New item in {0}</source>
        <translation>Nouvel élément dans {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="344" />
        <location filename="../../ui/room/notes_column.py" line="345" />
        <source>Choose a round to add items</source>
        <translation>Choisissez un tour pour ajouter des éléments</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="349" />
        <source>New heading, e.g. Access to justice:</source>
        <translation>Nouvelle rubrique, p. ex. Accès à la justice :</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="350" />
        <source>Enter adds the heading · Esc: items</source>
        <translation>Entrée ajoute la rubrique · Échap : éléments</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="353" />
        <source>Add to {0} (Ctrl+{1})</source>
        <translation>Ajouter à {0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="354" />
        <source>Under “{0}” · Esc: none</source>
        <translation>Sous « {0} » · Échap : aucune</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="355" />
        <source>No heading · Ctrl+H adds one</source>
        <translation>Sans rubrique · Ctrl+H en ajoute une</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/notes_column.py" line="365" />
        <source>%n items in {0}</source>
        <translation><numerusform>%n élément dans {0}</numerusform><numerusform>%n éléments dans {0}</numerusform></translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="81" />
        <source>Delete heading</source>
        <translation>Supprimer la rubrique</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="93" />
        <source>Not deleted: {0}</source>
        <translation>Non supprimé : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="95" />
        <source>Delete item</source>
        <translation>Supprimer l'élément</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="109" />
        <source>Move heading</source>
        <translation>Déplacer la rubrique</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="113" />
        <source>Move item up</source>
        <translation>Monter l'élément</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="113" />
        <source>Move item down</source>
        <translation>Descendre l'élément</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="128" />
        <source>A heading moves within its column; move its items one by one.</source>
        <translation>Une rubrique se déplace dans sa colonne ; déplacez ses éléments un par un.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="139" />
        <source>Move item to {0}</source>
        <translation>Déplacer l'élément vers {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="147" />
        <source>Choose an item first (↑↓ or a click); Ctrl+K then marks it as a key point.</source>
        <translation>Choisissez d'abord un élément (↑↓ ou un clic) ; Ctrl+K le marque alors comme point clé.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="150" />
        <source>All rounds are shown together, read-only: choose a round to mark key points.</source>
        <translation>Tous les tours sont affichés ensemble, en lecture seule : choisissez un tour pour marquer des points clés.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="153" />
        <source>A heading is on the slides anyway: mark the items under “{0}”.</source>
        <translation>Une rubrique figure de toute façon sur les diapositives : marquez les éléments sous « {0} ».</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="171" />
        <source>Not marked as a key point: {0}</source>
        <translation>Non marqué comme point clé : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="172" />
        <source>Still a key point: {0}</source>
        <translation>Toujours un point clé : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="174" />
        <source>Mark key point</source>
        <translation>Marquer comme point clé</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="174" />
        <source>Unmark key point</source>
        <translation>Retirer le point clé</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="178" />
        <source>Marked as a key point ★: it starts on the plenary's slides.</source>
        <translation>Marqué comme point clé ★ : il figure d'emblée sur les diapositives de la plénière.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="179" />
        <source>No longer a key point.</source>
        <translation>Ce n'est plus un point clé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/notes_editor.py" line="131" />
        <source>“{0}” still has %n items: move or delete them first.</source>
        <extracomment>how long after this view's own edits the notes are read again anyway None for a commit that came without an open editor (see ``_committed``) the item the attribution field edits changed (a note, or None) a sentence for the status bar editing session -&gt; the version its item had when the session began: every save of the session is made against it (the worker forwards this window's own steps), so a reload that brings another laptop's change under an open editor cannot make a save pass over it items waiting for the user to merge (their uuid -&gt; NoteMerge) a change this view did not apply itself (a move, an undo) needs a reload</extracomment>
        <translation><numerusform>« {0} » contient encore %n élément : déplacez-le ou supprimez-le d'abord.</numerusform><numerusform>« {0} » contient encore %n éléments : déplacez-les ou supprimez-les d'abord.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="194" />
        <source>The notes could not be read: {0}</source>
        <translation>Impossible de lire les notes : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="309" />
        <source>This item was deleted meanwhile; your text was kept as a new item.</source>
        <translation>Cet élément a été supprimé entre-temps ; votre texte a été conservé comme nouvel élément.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="321" />
        <source>Edit item</source>
        <translation>Modifier l'élément</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="348" />
        <source>{0} Your text was kept as a new item.</source>
        <translation>{0} Votre texte a été conservé comme nouvel élément.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="369" />
        <source>Heading not renamed: {0}</source>
        <translation>Rubrique non renommée : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="374" />
        <source>Rename heading</source>
        <translation>Renommer la rubrique</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="391" />
        <source>Who said it was not saved: {0}</source>
        <translation>« Qui » n'a pas été enregistré : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="394" />
        <source>Set who said it</source>
        <translation>Indiquer qui l'a dit</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="124" />
        <source>{0}: nothing to edit yet.</source>
        <extracomment>the column whose entry gets the focus back when the in-place edit started from it ends</extracomment>
        <translation>{0} : rien à modifier pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="144" />
        <source>{0}: nothing to delete.</source>
        <translation>{0} : rien à supprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="146" />
        <source>“{0}” is chosen: Delete again deletes it (Ctrl+Z brings it back).</source>
        <translation>« {0} » est choisi : Suppr une seconde fois le supprime (Ctrl+Z le rétablit).</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="152" />
        <source>Deleted “{0}”. Ctrl+Z brings it back.</source>
        <translation>« {0} » supprimé. Ctrl+Z le rétablit.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="213" />
        <source>Not added: {0}</source>
        <translation>Non ajouté : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="215" />
        <source>Add heading</source>
        <translation>Ajouter une rubrique</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="215" />
        <source>Add item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="42" />
        <source>Decide later: both stay in the column, theirs and yours (kept as a new item under the same heading).</source>
        <translation>Décider plus tard : les deux restent dans la colonne, le leur et le vôtre (conservé comme nouvel élément sous la même rubrique).</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="89" />
        <source>An item in {0}, under “{1}”</source>
        <extracomment>the (room, round) both items are in their item as the Service last reported it</extracomment>
        <translation>Un élément de {0}, sous « {1} »</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="90" />
        <source>An item in {0}</source>
        <translation>Un élément de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="144" />
        <source>Merged into the other laptop's item; the copy kept aside was deleted.</source>
        <translation>Fusionné dans l'élément de l'autre ordinateur ; la copie mise de côté a été supprimée.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="149" />
        <source>Not merged: {0} Your text stays as its own item.</source>
        <translation>Non fusionné : {0} Votre texte reste un élément à part.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="160" />
        <source>Merge item</source>
        <translation>Fusionner l'élément</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="167" />
        <source>Kept the other laptop's text; your copy was deleted (Ctrl+Z brings it back).</source>
        <translation>Texte de l'autre ordinateur conservé ; votre copie a été supprimée (Ctrl+Z la rétablit).</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="175" />
        <source>Both kept: the other laptop's item, and yours as a new item under the same heading.</source>
        <translation>Les deux sont conservés : l'élément de l'autre ordinateur, et le vôtre comme nouvel élément sous la même rubrique.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="183" />
        <source>Your copy was edited since it was kept aside, so it stays.</source>
        <translation>Votre copie a été modifiée depuis qu'elle a été mise de côté : elle reste.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="185" />
        <source>Delete the copy kept aside</source>
        <translation>Supprimer la copie mise de côté</translation>
    </message>
</context>
<context>
    <name>NotesHeader</name>
    <message>
        <location filename="../../ui/room/notes_header.py" line="52" />
        <source>Time left in this round</source>
        <extracomment>whether the guiding questions are shown (open) in the room view how many lines of questions show before the box scrolls (about as high as the header's own text)</extracomment>
        <translation>Temps restant de ce tour</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="57" />
        <source>Phase of this round</source>
        <translation>Phase de ce tour</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="84" />
        <location filename="../../ui/room/notes_header.py" line="95" />
        <source>Guiding questions</source>
        <extracomment>the guiding questions shown (of the shown room's theme)</extracomment>
        <translation>Questions directrices</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/notes_header.py" line="132" />
        <source>Guiding questions (%n)</source>
        <extracomment>the tallest the box grows before it scrolls</extracomment>
        <translation><numerusform>Question directrice (%n)</numerusform><numerusform>Questions directrices (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="133" />
        <source>Guiding question (1)</source>
        <translation>Question directrice (1)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="144" />
        <source>Shows or hides the theme's guiding questions beside the clock.</source>
        <translation>Affiche ou masque les questions directrices du thème à côté de l'horloge.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="179" />
        <source>{0} · late</source>
        <translation>{0} · en retard</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="181" />
        <source>{0}: {1} left in this round</source>
        <translation>{0} : il reste {1} dans ce tour</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="237" />
        <source>This workshop has no rooms yet.</source>
        <translation>Cet atelier n'a pas encore de salle.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="245" />
        <source>Hosted by {0}</source>
        <translation>Hôte : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="246" />
        <source>Note-taking: {0}</source>
        <translation>Prise de notes : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="250" />
        <source>No theme in this room.</source>
        <translation>Aucun thème dans cette salle.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="252" />
        <source>All rounds (read only: choose a round to add items)</source>
        <translation>Tous les tours (lecture seule : choisissez un tour pour ajouter des éléments)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="257" />
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="258" />
        <source>&lt;b&gt;{0}&lt;/b&gt; inside</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; dans la salle</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="259" />
        <source>no group in this room</source>
        <translation>aucun groupe dans cette salle</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="263" />
        <source>Summary: not written yet</source>
        <translation>Synthèse : pas encore rédigée</translation>
    </message>
</context>
<context>
    <name>NotesMenu</name>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="77" />
        <source>Item actions</source>
        <extracomment>the key that marks the chosen item as a key point, or takes the mark away</extracomment>
        <translation>Actions sur l'élément</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="78" />
        <source>Key point ★</source>
        <translation>Point clé ★</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="84" />
        <source>A key point is on the plenary's slides from the start</source>
        <translation>Un point clé figure d'emblée sur les diapositives de la plénière</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="92" />
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="94" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="96" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="99" />
        <source>Delete</source>
        <translation>Supprimer</translation>
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
        <translation>Synthèse du tour</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="55" />
        <source>What did this group conclude? Two or three sentences: the next group hears them first.</source>
        <translation>Qu'a conclu ce groupe ? Deux ou trois phrases : le groupe suivant les entend en premier.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="127" />
        <source>Round summary · {0}, round {1}</source>
        <translation>Synthèse du tour · {0}, tour {1}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="146" />
        <source>Edit round summary</source>
        <translation>Modifier la synthèse du tour</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="159" />
        <source>Theme synthesis (for the plenary)</source>
        <translation>Synthèse thématique (pour la plénière)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="160" />
        <source>What the theme has concluded so far, refined after each round: the host presents it in plenary and it opens the theme's section of the report.</source>
        <translation>Ce que le thème a conclu jusqu'ici, affiné après chaque tour : l'hôte la présente en plénière et elle ouvre la section du thème dans le rapport.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="181" />
        <source>Theme synthesis · {0}</source>
        <translation>Synthèse thématique · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="182" />
        <source>Theme synthesis</source>
        <translation>Synthèse thématique</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="188" />
        <source>This theme no longer exists.</source>
        <translation>Ce thème n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="191" />
        <source>Edit theme synthesis</source>
        <translation>Modifier la synthèse thématique</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/room/brief_view.py" line="236" />
        <source>Brief — projector</source>
        <translation>Point de passation — projecteur</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="241" />
        <source>The host's brief, in large type</source>
        <translation>Le point de passation de l'hôte, en grands caractères</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="242" />
        <source>F: full screen on or off · + and −: size · Escape: close</source>
        <translation>F : plein écran ou non · + et − : taille · Échap : fermer</translation>
    </message>
</context>
<context>
    <name>ReplayConflicts</name>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="97" />
        <source>Typed on this laptop while it was offline. {0}</source>
        <extracomment>the operations whose conflicts are merged here, and the field that holds their text</extracomment>
        <translation>Saisi sur cet ordinateur pendant qu'il était hors ligne. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="99" />
        <source>Decide later keeps both texts: nothing is lost.</source>
        <translation>« Décider plus tard » garde les deux textes : rien n'est perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="128" />
        <source>Merge texts</source>
        <translation>Fusionner les textes</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="130" />
        <source>Not merged: {0}</source>
        <translation>Non fusionné : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="134" />
        <source>Keep both texts</source>
        <translation>Garder les deux textes</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="137" />
        <source>Your offline text was kept as a new item beside the other laptop's.</source>
        <translation>Votre texte hors ligne a été conservé comme nouvel élément, à côté de celui de l'autre ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="141" />
        <source>Both texts were kept, the other laptop's first.</source>
        <translation>Les deux textes ont été conservés, celui de l'autre ordinateur en premier.</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="151" />
        <source>An item in {0}</source>
        <translation>Un élément de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="153" />
        <source>The round summary of {0}</source>
        <translation>La synthèse du tour de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="157" />
        <source>The account of “{0}”</source>
        <translation>Le compte rendu de « {0} »</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="157" />
        <source>A session's account</source>
        <translation>Le compte rendu d'une séance</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="159" />
        <source>The synthesis of the theme “{0}”</source>
        <translation>La synthèse du thème « {0} »</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="160" />
        <source>A theme's synthesis</source>
        <translation>La synthèse d'un thème</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="165" />
        <source>a room</source>
        <translation>une salle</translation>
    </message>
</context>
<context>
    <name>RoomTexts</name>
    <message>
        <location filename="../../ui/room/room_texts.py" line="23" />
        <source>Opportunities</source>
        <extracomment>the columns' titles, as the window's translations know them (the core's catalogue comes first)</extracomment>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="24" />
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="25" />
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="26" />
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="31" />
        <source>not started</source>
        <extracomment>a round's state in a room, as the window's translations know it</extracomment>
        <translation>pas commencé</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="32" />
        <source>▶ running</source>
        <translation>▶ en cours</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="33" />
        <source>⏸ paused</source>
        <translation>⏸ en pause</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="34" />
        <source>✓ finished</source>
        <translation>✓ terminé</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="62" />
        <source>Round {0}</source>
        <translation>Tour {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="71" />
        <source>Round {0} · {1}–{2}</source>
        <translation>Tour {0} · {1}–{2}</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../../ui/room/room_view.py" line="91" />
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="92" />
        <source>The room whose notes are shown</source>
        <translation>La salle dont les notes sont affichées</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="93" />
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="94" />
        <source>The round whose notes are shown; all rounds are read only</source>
        <translation>Le tour dont les notes sont affichées ; « tous les tours » est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="95" />
        <source>Room:</source>
        <translation>Salle :</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="95" />
        <source>Round:</source>
        <translation>Tour :</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="139" />
        <source>Keys of the note columns</source>
        <extracomment>shown while notes go to a round that has ended although another one runs in this room the shown round follows the one running in the room (until the note-taker picks another)</extracomment>
        <translation>Touches des colonnes de notes</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="142" />
        <source>All keys (F1)</source>
        <translation>Toutes les touches (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="145" />
        <source>Show every key of the room view</source>
        <translation>Afficher toutes les touches de la vue de la salle</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="146" />
        <source>Every key of the room view (F1 shows and hides them)</source>
        <translation>Toutes les touches de la vue de la salle (F1 les affiche et les masque)</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="148" />
        <source>Every key of the room view</source>
        <translation>Toutes les touches de la vue de la salle</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="179" />
        <source>Notes</source>
        <extracomment>contributions from phones waiting for this room's note-taker (hidden while none waits)</extracomment>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="180" />
        <source>Brief</source>
        <translation>Passation</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="181" />
        <source>Notes or the host's brief</source>
        <translation>Notes ou point de passation de l'hôte</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="182" />
        <source>The four columns, the Who field and the summaries</source>
        <translation>Les quatre colonnes, le champ « Qui » et les synthèses</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="183" />
        <source>The host's brief for the next group</source>
        <translation>Le point de passation de l'hôte pour le groupe suivant</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="275" />
        <source>You are adding to round {0}, which has ended. Round {1} is running in this room.</source>
        <translation>Vous complétez le tour {0}, qui est terminé. Le tour {1} est en cours dans cette salle.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="277" />
        <source>Go to round {0} (Ctrl+R)</source>
        <translation>Aller au tour {0} (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="278" />
        <source>Go to the running round, round {0}</source>
        <translation>Aller au tour en cours, le tour {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="327" />
        <source>Round {0} started: this room's notes now go to round {0}.</source>
        <translation>Le tour {0} a commencé : les notes de cette salle vont désormais au tour {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="337" />
        <source>All rounds (read only)</source>
        <translation>Tous les tours (lecture seule)</translation>
    </message>
</context>
<context>
    <name>RoundSummaryEditor</name>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="59" />
        <source>Round summary</source>
        <translation>Synthèse du tour</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="60" />
        <source>What this group concluded; the next group hears it first. Ctrl+B bold, Ctrl+I italics.</source>
        <translation>Ce que ce groupe a conclu ; le groupe suivant l'entend en premier. Ctrl+B gras, Ctrl+I italique.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="63" />
        <location filename="../../ui/room/notes_summary.py" line="67" />
        <source>Final (host)</source>
        <translation>Définitive (hôte)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="65" />
        <source>Unticked: a draft by the note-taker. Ticked: the host's final text. Changing the text afterwards makes it a draft again.</source>
        <translation>Non cochée : un brouillon du preneur de notes. Cochée : le texte définitif de l'hôte. Toute modification ultérieure en refait un brouillon.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="68" />
        <source>Ticked when the host has checked the round summary</source>
        <translation>Cochée quand l'hôte a vérifié la synthèse du tour</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="70" />
        <source>Edited since it was final: tick again when it is right</source>
        <extracomment>shown when the text changed after the host ticked "Final": the tick no longer vouches for it</extracomment>
        <translation>Modifiée depuis sa validation : recochez quand elle est juste</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="73" />
        <source>The host ticked “Final (host)” for an earlier text. The text was changed since, so it is a draft again until the host ticks it.</source>
        <translation>L'hôte avait coché « Définitive (hôte) » pour un texte antérieur. Le texte a changé depuis : c'est de nouveau un brouillon jusqu'à ce que l'hôte le coche.</translation>
    </message>
</context>
<context>
    <name>SynthesisEditor</name>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="165" />
        <source>Theme synthesis</source>
        <translation>Synthèse thématique</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="166" />
        <source>The theme's running summary across rounds, for the plenary and the report. Ctrl+B bold, Ctrl+I italics.</source>
        <translation>La synthèse du thème au fil des tours, pour la plénière et le rapport. Ctrl+B gras, Ctrl+I italique.</translation>
    </message>
</context>
</TS>