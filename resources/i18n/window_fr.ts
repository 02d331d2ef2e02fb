<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="51" />
        <source>Setup</source>
        <extracomment>what a place shows (key, label) of each place, in navigation order (View menu: Alt+1…; Ctrl+1…4 are the note columns')</extracomment>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52" />
        <source>Rounds &amp; rooms</source>
        <translation>Tours et salles</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53" />
        <source>Room notes</source>
        <translation>Notes de salle</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54" />
        <source>Moderator overview</source>
        <translation>Vue du modérateur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55" />
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>Places</source>
        <extracomment>the first workshop is on screen and the window takes input</extracomment>
        <translation>Espaces</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>The places of the window; Alt+1 to Alt+5 go to each</source>
        <translation>Les espaces de la fenêtre ; Alt+1 à Alt+5 pour y aller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>Opening the workshop…</source>
        <translation>Ouverture de l’atelier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355" />
        <source>No workshop is open.</source>
        <translation>Aucun atelier n’est ouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>Save state</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>Connection security</source>
        <extracomment>shown while the shared workshop's connection is not encrypted or asked no password</extracomment>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>&amp;File</source>
        <extracomment>made when the offline journal's replay finds its first conflict</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>&amp;Import workshop file…</source>
        <translation>&amp;Importer un fichier d’atelier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <source>&amp;Export workshop file…</source>
        <translation>&amp;Exporter le fichier de l’atelier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>&amp;Merge a room laptop's workshop file…</source>
        <translation>&amp;Fusionner le fichier d’atelier d’un portable de salle…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Move &amp;damaged rows aside…</source>
        <translation>Mettre de côté les lignes en&amp;dommagées…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>&amp;Connect to a shared workshop…</source>
        <translation>Se &amp;connecter à un atelier partagé…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <source>This &amp;laptop serves</source>
        <translation>Ce &amp;portable sert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218" />
        <source>&amp;{0} {1}  (missing)</source>
        <translation>&amp;{0} {1}  (introuvable)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>No recent workshops</source>
        <translation>Aucun atelier récent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237" />
        <source>No workshop open</source>
        <translation>Aucun atelier ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240" />
        <source>Every room (moderator)</source>
        <translation>Toutes les salles (modérateur)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267" />
        <source>The window will be in {0} from the next start.</source>
        <translation>La fenêtre sera en {0} au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271" />
        <source>This laptop serves: {0}</source>
        <translation>Ce portable sert : {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321" />
        <source>This workshop opened without {0}: File › Move damaged rows aside… keeps them in a recovery file and repairs the database.</source>
        <translation>Cet atelier s’est ouvert sans {0} : Fichier › Mettre de côté les lignes endommagées… les garde dans un fichier de récupération et répare la base de données.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339" />
        <source>⚠ Not encrypted</source>
        <translation>⚠ Non chiffrée</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339" />
        <source>⚠ No password</source>
        <translation>⚠ Sans mot de passe</translation>
    </message>
</context>
</TS>