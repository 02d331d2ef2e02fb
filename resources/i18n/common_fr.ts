<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AutosavedText</name>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="136" />
        <source>Merge…</source>
        <extracomment>an undecided conflict is worth noticing: darker, in the colour of a warning the row as the other laptop left it (a frozen snapshot) the Service's sentence a sentence for the status bar (about a text that may no longer be on screen) the field of the edited row that holds the text</extracomment>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="137" />
        <source>Compare your text with the other laptop's and choose what to keep</source>
        <translation>Comparer votre texte avec celui de l’autre ordinateur et choisir ce qui reste</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="138" />
        <source>Merge with the other laptop's text</source>
        <translation>Fusionner avec le texte de l’autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="193" />
        <source>Decide later: your text stays in the editor, not saved; “Merge…” under it opens this window again. Leaving the room before deciding saves both texts, theirs first.</source>
        <extracomment>the version of the target the editor's text was based on (see the module docstring) an undecided conflict of the shown target, or None the offline journal's entry that would save both texts if the app died undecided pushes so far; per target, the last push whose refusal was dealt with, and the last text pushed</extracomment>
        <translation>Décider plus tard : votre texte reste dans l’éditeur, non enregistré ; « Fusionner… » en dessous rouvre cette fenêtre. Si vous quittez la salle avant de décider, les deux textes sont enregistrés, le leur en premier.</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="230" />
        <source>Saving within a second…</source>
        <translation>Enregistrement dans une seconde…</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="274" />
        <source>{0}: changed on another laptop and not merged, so both texts were saved, theirs first, then yours after the line “{1}”.</source>
        <translation>{0} : modifié sur un autre ordinateur et non fusionné ; les deux textes ont donc été enregistrés, le leur d’abord, puis le vôtre après la ligne « {1} ».</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="278" />
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="279" />
        <source>Saved both texts, yours after “{0}”: merge them when you can.</source>
        <translation>Les deux textes sont enregistrés, le vôtre après « {0} » : fusionnez-les dès que possible.</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="284" />
        <source>{0}: not saved: {1}</source>
        <translation>{0} : non enregistré : {1}</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="286" />
        <source>Not saved: {0} Your text stays here; keep typing to save it again.</source>
        <translation>Non enregistré : {0} Votre texte reste ici ; continuez à écrire pour l’enregistrer de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="320" />
        <source>Changed on another laptop meanwhile, so your text was not saved over theirs. It stays here, unsaved, until you choose what to keep.</source>
        <translation>Modifié entre-temps sur un autre ordinateur : votre texte n’a donc pas remplacé le leur. Il reste ici, non enregistré, jusqu’à ce que vous choisissiez ce qui reste.</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="383" />
        <source>Saving the merged text…</source>
        <translation>Enregistrement du texte fusionné…</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="395" />
        <source>Kept the other laptop's text; yours was dropped.</source>
        <translation>Le texte de l’autre ordinateur est conservé ; le vôtre est abandonné.</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="419" />
        <source>Saving both texts, theirs first…</source>
        <translation>Enregistrement des deux textes, le leur d’abord…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="94" />
        <source>every few minutes</source>
        <extracomment>why a backup was made, as the list of backups says it (translated where shown)</extracomment>
        <translation>toutes les quelques minutes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="95" />
        <source>before an import replaced the workshop</source>
        <translation>avant qu’une importation ne remplace l’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="96" />
        <source>before a backup was restored</source>
        <translation>avant la restauration d’une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="97" />
        <source>before damaged rows were moved aside</source>
        <translation>avant la mise à l’écart de lignes endommagées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="98" />
        <source>made by hand</source>
        <translation>faite manuellement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="109" />
        <source>Backups of this workshop</source>
        <translation>Sauvegardes de cet atelier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="111" />
        <source>Consistent copies of the workshop file, made every few minutes while it changes and before anything replaces it. Restoring one backs up the workshop as it is now first, so a restore can itself be undone from this list.</source>
        <translation>Copies cohérentes du fichier de l’atelier, faites toutes les quelques minutes tant qu’il change et avant tout remplacement. En restaurer une sauvegarde d’abord l’atelier tel qu’il est : une restauration peut donc elle-même être annulée depuis cette liste.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="118" />
        <source>Backups, newest first</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="119" />
        <source>When each backup was made, and why; choose one and restore it</source>
        <translation>Quand et pourquoi chaque sauvegarde a été faite ; choisissez-en une et restaurez-la</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="123" />
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="130" />
        <source>Restore this backup…</source>
        <translation>Restaurer cette sauvegarde…</translation>
    </message>
</context>
<context>
    <name>ClockTicker</name>
    <message>
        <location filename="../../ui/common/clock_ticker.py" line="216" />
        <source>The round times could not be corrected after the clock change: {0}</source>
        <extracomment>seconds between polls while no round runs (aligned to the wall-clock second) added to every delay so a timer that fires a hair early still sees the new second the controller's index when the shift was stored; any later index already includes it the shown second changed: (now, naive UTC) how many ticks were emitted (for benchmarks and tests)</extracomment>
        <translation>Les horaires des tours n’ont pas pu être corrigés après le changement d’heure : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/common/clock_ticker.py" line="266" />
        <source>Round {0} started automatically at {1}.</source>
        <translation>Tour {0} lancé automatiquement à {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/clock_ticker.py" line="269" />
        <source>Round {0} could not start automatically: {1}</source>
        <translation>Le tour {0} n’a pas pu démarrer automatiquement : {1}</translation>
    </message>
    <message>
        <location filename="../../ui/common/clock_ticker.py" line="271" />
        <source>Start round {0} (automatic)</source>
        <translation>Lancer le tour {0} (automatique)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="38" />
        <source>Encrypted</source>
        <extracomment>libpq's TLS modes, the safe ones first ("require" is the default: a venue network is not a trusted one) the modes that may send everything in clear what each mode means: the TLS list shows libpq's own word (what the server's staff configure and type, the same in every language) and says what it means in the window's language beside it</extracomment>
        <translation>Chiffrée</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="39" />
        <source>Encrypted, and the server's certificate is checked</source>
        <translation>Chiffrée, et le certificat du serveur est vérifié</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="40" />
        <source>Encrypted only if the server offers it</source>
        <translation>Chiffrée seulement si le serveur le propose</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="41" />
        <source>Not encrypted</source>
        <translation>Non chiffrée</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="80" />
        <source>Connect to a shared workshop</source>
        <translation>Se connecter à un atelier partagé</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="84" />
        <source>e.g. cafe-server.local or 192.0.2.10</source>
        <translation>p. ex. cafe-server.local ou 192.0.2.10</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="85" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="86" />
        <source>The host name or address of the venue's workshop server</source>
        <translation>Le nom d’hôte ou l’adresse du serveur de l’atelier sur le lieu</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="90" />
        <source>Port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="92" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="93" />
        <source>The workshop's database on the server</source>
        <translation>La base de données de l’atelier sur le serveur</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="95" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="98" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="106" />
        <source>TLS encryption</source>
        <translation>Chiffrement TLS</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="107" />
        <source>Remember the password (in the PostgreSQL password file ~/.pgpass)</source>
        <translation>Mémoriser le mot de passe (dans le fichier de mots de passe PostgreSQL ~/.pgpass)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="118" />
        <source>Use TLS (require)</source>
        <extracomment>what is unsafe about the connection as chosen (not encrypted for sure, no password)</extracomment>
        <translation>Utiliser TLS (require)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="119" />
        <source>Encrypt the connection: TLS require</source>
        <translation>Chiffrer la connexion : TLS require</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="121" />
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="121" />
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="122" />
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="122" />
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="123" />
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="123" />
        <source>&amp;TLS:</source>
        <translation>&amp;TLS :</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="133" />
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="148" />
        <source>Whether what this laptop sends to the server is encrypted: {0}</source>
        <translation>Si ce que cet ordinateur envoie au serveur est chiffré : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="150" />
        <source>Not encrypted for sure: with “{0}” what this laptop sends may cross the venue network in clear, readable by anyone on it. Choose “{1}”.</source>
        <translation>Chiffrement non garanti : avec « {0} », ce que cet ordinateur envoie peut traverser le réseau du lieu en clair, lisible par quiconque s’y trouve. Choisissez « {1} ».</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="154" />
        <source>No password: this works only if the password file has one for this login, or if the server asks for none, and then anyone on the network can change the workshop.</source>
        <translation>Aucun mot de passe : cela ne fonctionne que si le fichier de mots de passe en contient un pour cet identifiant, ou si le serveur n’en demande pas, et alors n’importe qui sur le réseau peut modifier l’atelier.</translation>
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
        <translation>Cette modification appartient à un atelier qui n’est plus ouvert.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="35" />
        <source>Untitled workshop</source>
        <extracomment>the title a new workshop gets when none is given (in the window's language: see :func:`default_title`)</extracomment>
        <translation>Atelier sans titre</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="73" />
        <source>Opening {0}…</source>
        <extracomment>the user chose to quit because no workshop could be opened (exit code) a short message for the status bar the open workshop's damaged rows, left out of what is shown (cafe.storage.damage.RowProblem)</extracomment>
        <translation>Ouverture de {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="93" />
        <location filename="../../ui/file_actions.py" line="125" />
        <source>Cannot open the workshop</source>
        <translation>Impossible d’ouvrir l’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="94" />
        <source>{0}: the file no longer exists.</source>
        <translation>{0} : le fichier n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="103" />
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="104" />
        <source>{0} already exists. Choose a new file name: a new workshop never overwrites another.</source>
        <translation>{0} existe déjà. Choisissez un autre nom de fichier : un nouvel atelier n’en remplace jamais un autre.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="121" />
        <source>Opened {0}</source>
        <translation>{0} ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="141" />
        <location filename="../../ui/file_actions.py" line="154" />
        <source>Cannot import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="146" />
        <source>Importing “{0}” replaces the whole workshop “{1}” in {2} — its agenda, rooms, themes, people and notes — with the workshop in the file.

A backup of the workshop as it is now is made first: File › Backups… restores it.</source>
        <translation>Importer « {0} » remplace tout l’atelier « {1} » dans {2} — programme, salles, thèmes, personnes et notes — par l’atelier contenu dans le fichier.

Une sauvegarde de l’atelier dans son état actuel est faite d’abord : Fichier › Sauvegardes… permet de la restaurer.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="150" />
        <source>Replace the workshop?</source>
        <translation>Remplacer l’atelier ?</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="150" />
        <source>Replace workshop</source>
        <translation>Remplacer l’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="153" />
        <source>Imported {0}</source>
        <translation>{0} importé</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="161" />
        <source>A shared workshop is backed up by its server (pg_dump), not by this laptop.</source>
        <translation>Un atelier partagé est sauvegardé par son serveur (pg_dump), pas par cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="171" />
        <source>The workshop becomes what it was at {0}; what changed since is set aside in a backup made now, which this same list restores. The undo history is cleared.</source>
        <translation>L’atelier redevient tel qu’il était le {0} ; ce qui a changé depuis est mis de côté dans une sauvegarde faite maintenant, que cette même liste permet de restaurer. L’historique d’annulation est effacé.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="173" />
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="173" />
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="178" />
        <source>Restored the backup of {0}. The workshop as it was is in the list of backups.</source>
        <translation>Sauvegarde du {0} restaurée. L’atelier tel qu’il était figure dans la liste des sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="180" />
        <source>Restored the backup of {0}.</source>
        <translation>Sauvegarde du {0} restaurée.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="183" />
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="190" />
        <source>These rows of the workshop are damaged and were left out when it opened. Moving them aside writes them to a recovery file beside the database, after a backup, and removes them from the database, which is then sound again:</source>
        <translation>Ces lignes de l’atelier sont endommagées et ont été laissées de côté à l’ouverture. Les mettre à l’écart les écrit dans un fichier de récupération à côté de la base de données, après une sauvegarde, puis les retire de la base, qui redevient saine :</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="194" />
        <source>Move damaged rows aside?</source>
        <translation>Mettre à l’écart les lignes endommagées ?</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="194" />
        <source>Move them aside</source>
        <translation>Les mettre à l’écart</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="202" />
        <source>%n damaged row(s) moved aside into {0}.</source>
        <translation>
            <numerusform>%n ligne endommagée mise à l’écart dans {0}.</numerusform>
            <numerusform>%n lignes endommagées mises à l’écart dans {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="206" />
        <source>Cannot repair</source>
        <translation>Réparation impossible</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="224" />
        <source>Workshop file merged</source>
        <translation>Fichier d’atelier fusionné</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="225" />
        <location filename="../../ui/file_actions.py" line="249" />
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="226" />
        <source>Merged {0}</source>
        <translation>{0} fusionné</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="228" />
        <source>Cannot merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="237" />
        <source>Exported to {0}</source>
        <translation>Exporté vers {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="238" />
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="245" />
        <source>{0}: %n problem(s) found.</source>
        <translation>
            <numerusform>{0} : %n problème trouvé.</numerusform>
            <numerusform>{0} : %n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="250" />
        <source>{0}

Nothing was changed.</source>
        <translation>{0}

Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>MarkupBar</name>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="225" />
        <source>B</source>
        <comment>the letter on the bold button</comment>
        <extracomment>QSettings key prefix of the remembered preview ticks the editor's bar, once it has one the short name, for callers that look the helper up by it</extracomment>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="225" />
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="226" />
        <source>Bold (Ctrl+B): **text**</source>
        <translation>Gras (Ctrl+B) : **texte**</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="230" />
        <source>I</source>
        <comment>the letter on the italics button</comment>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="230" />
        <source>Italics</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="231" />
        <source>Italics (Ctrl+I): *text*</source>
        <translation>Italique (Ctrl+I) : *texte*</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="236" />
        <source>**bold**  *italics*  - list  1. list  &gt; quote  [text](https://…)</source>
        <translation>**gras**  *italique*  - liste  1. liste  &gt; citation  [texte](https://…)</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="240" />
        <source>Formatting the report prints: **bold**, *italics*, a line starting with “- ” or “1. ” for a list, “&gt; ” for a quote, [text](https://…) for a link. A blank line starts a new paragraph.</source>
        <translation>Mise en forme reprise dans le rapport : **gras**, *italique*, une ligne commençant par « - » ou « 1. » pour une liste, « &gt; » pour une citation, [texte](https://…) pour un lien. Une ligne vide commence un nouveau paragraphe.</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="242" />
        <location filename="../../ui/common/markup_editing.py" line="245" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="244" />
        <source>Show the text as the report prints it (Ctrl+Shift+P)</source>
        <translation>Afficher le texte tel que le rapport l’imprime (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="246" />
        <source>Shows the text formatted below the editor</source>
        <translation>Affiche le texte mis en forme sous l’éditeur</translation>
    </message>
</context>
<context>
    <name>MarkupPreview</name>
    <message>
        <location filename="../../ui/common/markup_preview.py" line="89" />
        <source>Formatted preview</source>
        <translation>Aperçu mis en forme</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_preview.py" line="90" />
        <source>The text as the report prints it: bold, italics, lists, quotes and links</source>
        <translation>Le texte tel que le rapport l’imprime : gras, italique, listes, citations et liens</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_preview.py" line="92" />
        <source>Nothing written yet.</source>
        <translation>Rien d’écrit pour l’instant.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="43" />
        <source>— text from this laptop, not merged —</source>
        <extracomment>the line between their text and ours when both are kept (the English one; :func:`separator` gives the window's language, which is what is written: the people reading the text read that language)</extracomment>
        <translation>— texte de cet ordinateur, non fusionné —</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="60" />
        <source>Changed on another laptop — merge the texts</source>
        <extracomment>"Save this text": the right-hand text, to be saved over theirs "Keep theirs": this laptop's text is dropped closed without a choice; the owner keeps both texts for later</extracomment>
        <translation>Modifié sur un autre ordinateur — fusionner les textes</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="88" />
        <source>The other laptop's text, read only</source>
        <extracomment>the right-hand text was changed here since it was last filled in</extracomment>
        <translation>Le texte de l’autre ordinateur, en lecture seule</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="89" />
        <source>The text as the shared workshop holds it now; copy from it what you want to keep</source>
        <translation>Le texte tel que l’atelier partagé le contient maintenant ; copiez-en ce que vous voulez garder</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="91" />
        <source>Your text, to merge</source>
        <translation>Votre texte, à fusionner</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="92" />
        <source>Make this text say what should stay, then save it (Ctrl+Enter)</source>
        <translation>Faites dire à ce texte ce qui doit rester, puis enregistrez-le (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="97" />
        <source>&amp;On the shared workshop now (another laptop's text)</source>
        <translation>&amp;Dans l’atelier partagé maintenant (texte de l’autre ordinateur)</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="98" />
        <source>&amp;Yours (edit this one)</source>
        <translation>&amp;Votre texte (modifiez celui-ci)</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="111" />
        <source>&amp;Save this text</source>
        <translation>&amp;Enregistrer ce texte</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="113" />
        <source>Save your text (the editable one) over the other laptop's (Ctrl+Enter)</source>
        <translation>Enregistrer votre texte (celui qui est modifiable) à la place de celui de l’autre ordinateur (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="114" />
        <source>&amp;Keep theirs</source>
        <translation>&amp;Garder le leur</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="116" />
        <source>Keep the other laptop's text and drop yours</source>
        <translation>Garder le texte de l’autre ordinateur et abandonner le vôtre</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="117" />
        <source>Decide &amp;later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="119" />
        <source>Close this window and choose later (Escape)</source>
        <translation>Fermer cette fenêtre et choisir plus tard (Échap)</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="151" />
        <source>{0} Nothing has been overwritten. Compare the two texts, make yours (the editable one) say what should stay (copy from theirs what you want to keep), then save it.</source>
        <translation>{0} Rien n’a été écrasé. Comparez les deux textes, faites dire au vôtre (celui qui est modifiable) ce qui doit rester (copiez du leur ce que vous voulez garder), puis enregistrez-le.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ui/print_menu.py" line="142" />
        <source>workshop</source>
        <comment>file name of a workshop without title</comment>
        <extracomment>the Print menu's object name (how other parts of the window find it, whatever its language) why the route slips carry no route codes ("" when they do, or for other printouts) hosts whose address means nothing on a participant's phone where Round › Share on the venue network remembers the address and port chosen (the keys of ui.moderator.venue_share_dialog, spelt out here: the Print menu serves every place of the window, which do not import each other) a printout was written (its path) nothing was written (the sentence why)</extracomment>
        <translation>atelier</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="159" />
        <source>Save the route slip of {0}</source>
        <translation>Enregistrer la fiche de parcours de {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_menu.py" line="163" />
        <source>Save the route slips of %n participant(s)</source>
        <translation>
            <numerusform>Enregistrer la fiche de parcours de %n participant</numerusform>
            <numerusform>Enregistrer les fiches de parcours de %n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="198" />
        <source>Saved to {0}, without route codes: {1}</source>
        <translation>Enregistré dans {0}, sans codes de parcours : {1}</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="201" />
        <source>Saved to {0}</source>
        <translation>Enregistré dans {0}</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="204" />
        <source>Preparing {0}…</source>
        <translation>Préparation de {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="209" />
        <source>Nothing was printed</source>
        <translation>Rien n’a été imprimé</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="210" />
        <source>{0}

No file was written.</source>
        <translation>{0}

Aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <location filename="../../ui/common/forms.py" line="338" />
        <source>{0}:</source>
        <translation>{0} :</translation>
    </message>
    <message>
        <location filename="../../ui/common/forms.py" line="374" />
        <source>{0} was changed on another laptop meanwhile, to “{1}”; yours is not saved. Save it again to replace theirs.</source>
        <translation>{0} a été modifié entre-temps sur un autre ordinateur, en « {1} » ; votre saisie n’est pas enregistrée. Enregistrez-la de nouveau pour remplacer la leur.</translation>
    </message>
    <message>
        <location filename="../../ui/common/forms.py" line="390" />
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>SavedFileButtons</name>
    <message>
        <location filename="../../ui/common/save_folder.py" line="94" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/common/save_folder.py" line="96" />
        <source>Open the file just written</source>
        <translation>Ouvrir le fichier qui vient d’être écrit</translation>
    </message>
    <message>
        <location filename="../../ui/common/save_folder.py" line="98" />
        <source>Show &amp;folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../ui/common/save_folder.py" line="100" />
        <source>Show the folder of the file just written</source>
        <translation>Afficher le dossier du fichier qui vient d’être écrit</translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="67" />
        <source>Name the server (host name or address).</source>
        <translation>Indiquez le serveur (nom d’hôte ou adresse).</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="69" />
        <source>Name the workshop's database on the server.</source>
        <translation>Indiquez la base de données de l’atelier sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="71" />
        <source>Give the user name to connect as.</source>
        <translation>Indiquez le nom d’utilisateur pour la connexion.</translation>
    </message>
</context>
<context>
    <name>SharedLink</name>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="50" />
        <source>Undo waits until this change reaches the shared workshop; edit or delete the item meanwhile.</source>
        <translation>L’annulation attend que cette modification parvienne à l’atelier partagé ; en attendant, modifiez ou supprimez l’élément.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="52" />
        <source>Undo waits until this change is saved; edit or delete the item meanwhile.</source>
        <translation>L’annulation attend que cette modification soit enregistrée ; en attendant, modifiez ou supprimez l’élément.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="107" />
        <source>The shared workshop's server cannot be reached: changes are kept on this laptop and sent when it is back.</source>
        <translation>Le serveur de l’atelier partagé est injoignable : les modifications sont conservées sur cet ordinateur et envoyées à son retour.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="112" />
        <source>The offline journal could not be written: {0} Changes are still sent, but would be lost if the app closed while offline.</source>
        <translation>Le journal hors ligne n’a pas pu être écrit : {0} Les modifications sont toujours envoyées, mais seraient perdues si l’application se fermait hors ligne.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop/shared_link.py" line="126" />
        <source>%n change(s) made while offline were sent to the shared workshop.</source>
        <translation>
            <numerusform>%n modification faite hors ligne a été envoyée à l’atelier partagé.</numerusform>
            <numerusform>%n modifications faites hors ligne ont été envoyées à l’atelier partagé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop/shared_link.py" line="129" />
        <source>%n change(s) not saved when the app last closed were saved now.</source>
        <translation>
            <numerusform>%n modification non enregistrée à la dernière fermeture de l’application vient d’être enregistrée.</numerusform>
            <numerusform>%n modifications non enregistrées à la dernière fermeture de l’application viennent d’être enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="132" />
        <source>Not sent: {0}</source>
        <translation>Non envoyé : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="133" />
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop/shared_link.py" line="135" />
        <source>%n change(s) made while offline met another laptop's edit: compare and merge them.</source>
        <translation>
            <numerusform>%n modification faite hors ligne croise celle d’un autre ordinateur : comparez et fusionnez-les.</numerusform>
            <numerusform>%n modifications faites hors ligne croisent celles d’un autre ordinateur : comparez et fusionnez-les.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedOnCloseDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="70" />
        <source>%n change(s) are not saved yet ({0}).</source>
        <translation>
            <numerusform>%n modification n’est pas encore enregistrée ({0}).</numerusform>
            <numerusform>%n modifications ne sont pas encore enregistrées ({0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="71" />
        <source>%n change(s) are not saved yet.</source>
        <translation>
            <numerusform>%n modification n’est pas encore enregistrée.</numerusform>
            <numerusform>%n modifications ne sont pas encore enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="76" />
        <source>Nothing is lost: closing keeps what waits on this laptop, and it is saved first the next time this workshop opens.</source>
        <translation>Rien n’est perdu : en fermant, ce qui attend reste sur cet ordinateur et sera enregistré en premier à la prochaine ouverture de cet atelier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="80" />
        <source>Changes not saved yet</source>
        <translation>Modifications pas encore enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="82" />
        <source>Keep waiting</source>
        <translation>Continuer d’attendre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="84" />
        <source>Close and keep them for next time</source>
        <translation>Fermer et les garder pour la prochaine fois</translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message>
        <location filename="../../ui/workshop/controller.py" line="126" />
        <location filename="../../ui/workshop/controller.py" line="406" />
        <source>Saved</source>
        <extracomment>after close, how long a failing save is still retried before it is logged and given up the same on a shared workshop, whose waiting edits are kept in the offline journal anyway a workshop was opened or created: (display name of the database) opening failed (message for the user); whatever was open stays open (WorkshopIndex of the new snapshot, SnapshotUpdate) "Saved", "Saving…", "Not saved: &lt;reason&gt;" or "Offline — N changes waiting" (in the window's language) a one-off message for the status bar push every pending edit now (emitted on the main thread before closing or opening another workshop; slots run synchronously and must only queue work, never wait for it) an undo or redo step was applied (views that apply their own edits locally reload) another laptop's change on a shared workshop (listener thread -&gt; main thread) seconds to add to this laptop's clock to read the shared server's (None: local clock) edits made offline that another laptop overtook, found when the journal was replayed: a list of cafe.sync.journal.Conflict (each with this laptop's wanted values and the row now) a shared workshop opened over a connection that is not encrypted or asked no password: (kind, sentence) pairs that say what is unsafe (the window shows them where they stay visible)</extracomment>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="242" />
        <source>The sample workshop could not be loaded: {0}</source>
        <extracomment>the save state needs the user's eye (offline, not saved), not just "Saved" or "Saving…" the open shared workshop's journal writer (None on SQLite), and the last one closed edits of a shared workshop sent to the worker and not answered yet the open workshop is shared (PostgreSQL) rather than a file on this laptop while the status says offline: the most changes that waited (None when online)</extracomment>
        <translation>L’atelier d’exemple n’a pas pu être chargé : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="253" />
        <source>{0}: could not be opened ({1}: {2}).</source>
        <translation>{0} : ouverture impossible ({1} : {2}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop/controller.py" line="256" />
        <source>%n change(s) made on this laptop while it was offline are kept, and sent once the workshop opens.</source>
        <translation>
            <numerusform>%n modification faite sur cet ordinateur hors ligne est conservée et sera envoyée à l’ouverture de l’atelier.</numerusform>
            <numerusform>%n modifications faites sur cet ordinateur hors ligne sont conservées et seront envoyées à l’ouverture de l’atelier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop/controller.py" line="397" />
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Hors ligne — %n modification en attente</numerusform>
            <numerusform>Hors ligne — %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="398" />
        <source>Offline — no changes waiting</source>
        <translation>Hors ligne — aucune modification en attente</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="401" />
        <source>Not saved: {0} — retrying</source>
        <translation>Non enregistré : {0} — nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="403" />
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="406" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="411" />
        <source>Connected to the shared workshop again: the changes that waited were sent.</source>
        <translation>De nouveau connecté à l’atelier partagé : les modifications en attente ont été envoyées.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="412" />
        <source>Connected to the shared workshop again.</source>
        <translation>De nouveau connecté à l’atelier partagé.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="459" />
        <source>Could not reload the workshop: {0}</source>
        <translation>Impossible de recharger l’atelier : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="468" />
        <source>an unexpected error ({0}: {1})</source>
        <translation>une erreur inattendue ({0} : {1})</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="29" />
        <source>Workshop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données d’atelier (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="30" />
        <source>Workshop files (*.json);;All files (*)</source>
        <translation>Fichiers d’atelier (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="45" />
        <source>ddd d MMM yyyy, HH:mm:ss</source>
        <comment>Qt date format of a backup's time</comment>
        <translation>ddd d MMM yyyy 'à' HH:mm:ss</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="55" />
        <source>Cannot open the workshop</source>
        <translation>Impossible d’ouvrir l’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="57" />
        <source>Open another…</source>
        <translation>En ouvrir un autre…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="58" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="155" />
        <source>Each problem found</source>
        <translation>Chaque problème trouvé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="186" />
        <location filename="../../ui/dialogs.py" line="203" />
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="187" />
        <source>Title of the workshop:</source>
        <translation>Titre de l’atelier :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="194" />
        <source>Open workshop</source>
        <translation>Ouvrir un atelier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="213" />
        <source>Import workshop file</source>
        <translation>Importer un fichier d’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="223" />
        <source>Export workshop file</source>
        <translation>Exporter le fichier de l’atelier</translation>
    </message>
</context>
<context>
    <name>print_menu</name>
    <message>
        <location filename="../../ui/print_menu.py" line="38" />
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="41" />
        <source>&amp;Group lists…</source>
        <extracomment>(printout name in cafe.report.printouts, menu text, file name ending); texts translated where shown</extracomment>
        <translation>&amp;Listes des groupes…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="42" />
        <source>&amp;Door signs…</source>
        <translation>&amp;Affiches de porte…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="43" />
        <source>&amp;Route slips…</source>
        <translation>&amp;Fiches de parcours…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="47" />
        <source>Save group lists</source>
        <extracomment>the title of the save dialog of each printout</extracomment>
        <translation>Enregistrer les listes des groupes</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="48" />
        <source>Save door signs</source>
        <translation>Enregistrer les affiches de porte</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="49" />
        <source>Save route slips</source>
        <translation>Enregistrer les fiches de parcours</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="229" />
        <location filename="../../ui/print_menu.py" line="252" />
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="237" />
        <source>&amp;Projector: moves between rounds…</source>
        <translation>&amp;Projecteur : déplacements entre les tours…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="257" />
        <source>Open a workshop first.</source>
        <translation>Ouvrez d’abord un atelier.</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="268" />
        <source>The host's &amp;brief (PDF)…</source>
        <translation>Point de passation de l’&amp;hôte (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="269" />
        <source>Projector: the host's b&amp;rief</source>
        <translation>Pr&amp;ojecteur : point de passation de l’hôte</translation>
    </message>
</context>
</TS>