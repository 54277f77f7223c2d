<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>jcr::AddOrganisationCommand</name>
    <message>
        <source>Add organisation “%1”</source>
        <translation>Ajouter l’organisation «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>jcr::AddStatusUpdateCommand</name>
    <message>
        <source>Add update to “%1”</source>
        <translation>Ajouter une mise à jour à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>L’élément n’existe plus.</translation>
    </message>
    <message>
        <source>The item was changed again by someone else; the update was not undone.</source>
        <translation>L’élément a de nouveau été modifié par quelqu’un d’autre; la mise à jour n’a pas été annulée.</translation>
    </message>
</context>
<context>
    <name>jcr::BackgroundIntegrityCheck</name>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Le fichier n’a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>La ligne %1 de la table %2 renvoie à une ligne manquante de %3.</translation>
    </message>
</context>
<context>
    <name>jcr::BackupManager</name>
    <message>
        <source>The list of backups in %1 could not be written.</source>
        <translation>La liste des copies de sauvegarde dans %1 n’a pas pu être écrite.</translation>
    </message>
    <message>
        <source>The file has not passed its check yet; it is backed up once it has.</source>
        <translation>Le fichier n’a pas encore réussi sa vérification; il sera sauvegardé dès qu’il l’aura réussie.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Le dossier de sauvegarde %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The daily backup was skipped: the disk of %1 has %2 MiB free, and a backup of %3 MiB must leave at least %4 MiB.</source>
        <translation>La sauvegarde quotidienne n’a pas été faite&#xa0;: le disque de %1 a %2 Mio libres, et une sauvegarde de %3 Mio doit laisser au moins %4 Mio.</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>La copie de sauvegarde ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No room for a temporary copy of the backup.</source>
        <translation>Pas assez d’espace pour une copie temporaire de la sauvegarde.</translation>
    </message>
    <message>
        <source>The backup could not be copied.</source>
        <translation>La copie de sauvegarde n’a pas pu être copiée.</translation>
    </message>
    <message>
        <source>The backup was written by a newer version of the application.</source>
        <translation>La copie de sauvegarde a été écrite par une version plus récente de l’application.</translation>
    </message>
</context>
<context>
    <name>jcr::BaselineChooser</name>
    <message>
        <source>Compare With a Day</source>
        <translation>Comparer avec un jour</translation>
    </message>
    <message>
        <source>Compare the roadmap now with how it stood at the end of this day (from the record of change):</source>
        <translation>Comparer la feuille de route actuelle avec son état à la fin de ce jour (d’après le registre des modifications)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;No Baseline</source>
        <translation>&amp;Aucune référence</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A &amp;Day: %1…</source>
        <translation>Un &amp;jour&#xa0;: %1…</translation>
    </message>
    <message>
        <source>A &amp;Day…</source>
        <translation>Un &amp;jour…</translation>
    </message>
    <message>
        <source>Day to compare with</source>
        <translation>Jour de comparaison</translation>
    </message>
</context>
<context>
    <name>jcr::BaselineComparison</name>
    <message>
        <source>State on %1</source>
        <translation>État au %1</translation>
    </message>
    <message>
        <source>No day was given to compare with.</source>
        <translation>Aucun jour de comparaison n’a été indiqué.</translation>
    </message>
</context>
<context>
    <name>jcr::BaselineRepository</name>
    <message>
        <source>Reading the baseline failed: %1</source>
        <translation>La lecture de la référence a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the baselines failed</source>
        <translation>La lecture des références a échoué</translation>
    </message>
    <message>
        <source>This roadmap has no baselines.</source>
        <translation>Cette feuille de route n’a pas de référence.</translation>
    </message>
    <message>
        <source>Reading the baseline failed</source>
        <translation>La lecture de la référence a échoué</translation>
    </message>
    <message>
        <source>The baseline no longer exists.</source>
        <translation>La référence n’existe plus.</translation>
    </message>
    <message>
        <source>The baseline could not be saved</source>
        <translation>La référence n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>The baseline could not be renamed</source>
        <translation>La référence n’a pas pu être renommée</translation>
    </message>
    <message>
        <source>The baseline “%1” was renamed or deleted by someone else in the meantime.</source>
        <translation>La référence «&#xa0;%1&#xa0;» a été renommée ou supprimée par quelqu’un d’autre entre-temps.</translation>
    </message>
    <message>
        <source>The baseline could not be deleted</source>
        <translation>La référence n’a pas pu être supprimée</translation>
    </message>
</context>
<context>
    <name>jcr::BaselinesDialog</name>
    <message>
        <source>Baselines</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>A baseline records every item&apos;s dates, status, health and progress as they are now, so that you can later see what slipped (View ▸ Compare With).</source>
        <translation>Une référence enregistre les dates, l’état, la santé et l’avancement de chaque élément tels qu’ils sont maintenant, pour voir plus tard ce qui a pris du retard (Affichage ▸ Comparer avec).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Baseline name</source>
        <translation>Nom de la référence</translation>
    </message>
    <message>
        <source>Baseline note</source>
        <translation>Note de la référence</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create Baseline</source>
        <translation>&amp;Créer la référence</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>jcr::BoardCanvas</name>
    <message numerus="yes">
        <source>%1  ·  %n card(s)</source>
        <translation>
            <numerusform>%1  ·  %n carte</numerusform>
            <numerusform>%1  ·  %n cartes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::BoardColumnHeader</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s) shown</source>
        <translation>
            <numerusform>%1&#xa0;: %n carte affichée</numerusform>
            <numerusform>%1&#xa0;: %n cartes affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of a work-in-progress limit of %2 (the limit never blocks)</source>
        <translation>%1 sur une limite de travaux en cours de %2 (la limite ne bloque jamais)</translation>
    </message>
    <message>
        <source>No work-in-progress limit; right-click to set one</source>
        <translation>Aucune limite de travaux en cours; cliquez avec le bouton droit pour en fixer une</translation>
    </message>
    <message>
        <source>Change WIP Limit (%1)…</source>
        <translation>Modifier la limite de travaux en cours (%1)…</translation>
    </message>
    <message>
        <source>Set WIP Limit…</source>
        <translation>Fixer une limite de travaux en cours…</translation>
    </message>
    <message>
        <source>Remove WIP Limit</source>
        <translation>Retirer la limite de travaux en cours</translation>
    </message>
    <message>
        <source>Expand Column</source>
        <translation>Déplier la colonne</translation>
    </message>
    <message>
        <source>Collapse Column</source>
        <translation>Replier la colonne</translation>
    </message>
    <message>
        <source>WIP Limit</source>
        <translation>Limite de travaux en cours</translation>
    </message>
    <message>
        <source>Soft limit of cards in “%1” (0 for none).
The header turns amber at the limit and red above it; moves are never blocked.</source>
        <translation>Limite indicative de cartes dans «&#xa0;%1&#xa0;» (0 pour aucune).
L’en-tête devient ambre à la limite et rouge au-delà; les déplacements ne sont jamais bloqués.</translation>
    </message>
</context>
<context>
    <name>jcr::BoardModel</name>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation>
            <numerusform>Déplacer %n carte</numerusform>
            <numerusform>Déplacer %n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to %1</source>
        <translation>
            <numerusform>Déplacer %n carte vers %1</numerusform>
            <numerusform>Déplacer %n cartes vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::BoardView</name>
    <message>
        <source>Swimlanes by area</source>
        <translation>Couloirs par domaine</translation>
    </message>
    <message>
        <source>One row per priority area</source>
        <translation>Une rangée par domaine prioritaire</translation>
    </message>
    <message>
        <source>Hide empty lanes</source>
        <translation>Masquer les couloirs vides</translation>
    </message>
    <message>
        <source>+ Add item</source>
        <translation>+ Ajouter un élément</translation>
    </message>
    <message>
        <source>Add an item to “%1” (Ctrl+N)</source>
        <translation>Ajouter un élément à «&#xa0;%1&#xa0;» (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n item(s)</source>
        <translation>
            <numerusform>Affichage de %1 sur %n élément</numerusform>
            <numerusform>Affichage de %1 sur %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set health of %n item(s)</source>
        <translation>
            <numerusform>Définir l’état de santé de %n élément</numerusform>
            <numerusform>Définir l’état de santé de %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>Set health</source>
        <translation>Définir l’état de santé</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Board columns</source>
        <translation>Colonnes du tableau</translation>
    </message>
    <message>
        <source>%1, priority area %2 %3</source>
        <translation>%1, domaine prioritaire %2 %3</translation>
    </message>
</context>
<context>
    <name>jcr::CardAccessible</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Move to next column</source>
        <translation>Déplacer vers la colonne suivante</translation>
    </message>
    <message>
        <source>Move to previous column</source>
        <translation>Déplacer vers la colonne précédente</translation>
    </message>
    <message>
        <source>Opens the item in the editor</source>
        <translation>Ouvre l’élément dans l’éditeur</translation>
    </message>
    <message>
        <source>Moves the item to the next status</source>
        <translation>Fait passer l’élément à l’état suivant</translation>
    </message>
    <message>
        <source>Moves the item to the previous status</source>
        <translation>Ramène l’élément à l’état précédent</translation>
    </message>
</context>
<context>
    <name>jcr::CardDelegate</name>
    <message>
        <source>JP</source>
        <comment>lead side badge: Japan</comment>
        <translation>JP</translation>
    </message>
    <message>
        <source>CA</source>
        <comment>lead side badge: Canada</comment>
        <translation>CA</translation>
    </message>
    <message>
        <source>Joint</source>
        <comment>lead side badge</comment>
        <translation>Conjoint</translation>
    </message>
    <message>
        <source>Due %1 — overdue</source>
        <translation>Échéance %1 — en retard</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 % done</source>
        <translation>%1 · %2 · %3&#xa0;% terminé</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>Slipped %1 against the baseline</source>
        <translation>Retard de %1 par rapport à la référence</translation>
    </message>
    <message>
        <source>slipped %1</source>
        <translation>retard %1</translation>
    </message>
</context>
<context>
    <name>jcr::CardListView</name>
    <message>
        <source>No cards</source>
        <translation>Aucune carte</translation>
    </message>
</context>
<context>
    <name>jcr::ChangeFeed</name>
    <message>
        <source>The server does not answer.</source>
        <translation>Le serveur ne répond pas.</translation>
    </message>
    <message numerus="yes">
        <source>The server has not answered for %n second(s).</source>
        <translation>
            <numerusform>Le serveur ne répond plus depuis %n seconde.</numerusform>
            <numerusform>Le serveur ne répond plus depuis %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::ChangeLogRepository</name>
    <message>
        <source>Reading the record of change failed: %1</source>
        <translation>La lecture du registre des modifications a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recording who changes the roadmap failed</source>
        <translation>L’enregistrement de l’auteur des modifications de la feuille de route a échoué</translation>
    </message>
    <message>
        <source>Reading the record of change failed</source>
        <translation>La lecture du registre des modifications a échoué</translation>
    </message>
</context>
<context>
    <name>jcr::ChangesView</name>
    <message>
        <source>Fro&amp;m:</source>
        <translation>D&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Domaine %1</translation>
    </message>
    <message>
        <source>the newest %1 of %2 changes: choose fewer days to see the others</source>
        <translation>les %1 modifications les plus récentes sur %2&#xa0;: choisissez moins de jours pour voir les autres</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>Modifications enregistrées</translation>
    </message>
</context>
<context>
    <name>jcr::ClassificationBanner</name>
    <message>
        <source>The roadmap&apos;s classification marking. Change it in File ▸ Document Properties.</source>
        <translation>La mention de classification de la feuille de route. Modifiez-la dans Fichier ▸ Propriétés du document.</translation>
    </message>
    <message>
        <source>Classification marking: %1</source>
        <translation>Mention de classification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>jcr::ClassificationMarking</name>
    <message>
        <source>Unclassified</source>
        <translation>Non classifié</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Other marking</source>
        <translation>Autre mention</translation>
    </message>
</context>
<context>
    <name>jcr::ConnectDialog</name>
    <message>
        <source>Use &amp;TLS (verify the server&apos;s certificate)</source>
        <translation>Utiliser &amp;TLS (vérifier le certificat du serveur)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Connect to Team Roadmap</source>
        <translation>Se connecter à une feuille de route d’équipe</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org, ou un dossier de socket comme /run/postgresql</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>roadmap</translation>
    </message>
    <message>
        <source>Your login on this computer</source>
        <translation>Votre identifiant sur cet ordinateur</translation>
    </message>
    <message>
        <source>Empty: taken from ~/.pgpass</source>
        <translation>Vide&#xa0;: lu dans ~/.pgpass</translation>
    </message>
    <message>
        <source>From your IT service, e.g. ca.pem</source>
        <translation>Fourni par votre service informatique, p. ex. ca.pem</translation>
    </message>
    <message>
        <source>The same address works on the command line, for example in “jcroadmap report ADDRESS”. It never holds the password.</source>
        <translation>La même adresse s’utilise en ligne de commande, par exemple dans «&#xa0;jcroadmap report ADRESSE&#xa0;». Elle ne contient jamais le mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>Certificat de l’&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Adr&amp;esse&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate of the Authority</source>
        <translation>Certificat de l’autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Fill in the server and the database.</source>
        <translation>Indiquez le serveur et la base de données.</translation>
    </message>
    <message>
        <source>Choose the certificate of the authority that signed the server&apos;s.</source>
        <translation>Choisissez le certificat de l’autorité qui a signé celui du serveur.</translation>
    </message>
    <message>
        <source>Press Tab to fill in the fields from this address.</source>
        <translation>Appuyez sur Tab pour remplir les champs à partir de cette adresse.</translation>
    </message>
    <message>
        <source>Remember the password in the desktop &amp;keyring</source>
        <translation>Mémoriser le mot de passe dans le trousseau de &amp;clés du bureau</translation>
    </message>
    <message>
        <source>Once the server accepts the password, it is kept in your desktop keyring for this login and server, never in a file of the planner.</source>
        <translation>Une fois accepté par le serveur, le mot de passe est gardé dans votre trousseau de clés du bureau pour cet identifiant et ce serveur, jamais dans un fichier du planificateur.</translation>
    </message>
    <message>
        <source>The password is taken from the desktop keyring.</source>
        <translation>Le mot de passe est lu dans le trousseau de clés du bureau.</translation>
    </message>
    <message>
        <source>No desktop keyring: the password is taken from ~/.pgpass.</source>
        <translation>Pas de trousseau de clés du bureau&#xa0;: le mot de passe est lu dans ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>jcr::ConnectionBanner</name>
    <message>
        <source>Connection to the server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>The connection to the server is lost. Your changes are kept and saved when it is back; retrying…</source>
        <translation>La connexion au serveur est perdue. Vos modifications sont conservées et seront enregistrées à son retour&#xa0;; nouvelle tentative en cours…</translation>
    </message>
    <message>
        <source>The connection to the server is lost (%1). Your changes are kept and saved when it is back; retrying…</source>
        <translation>La connexion au serveur est perdue (%1). Vos modifications sont conservées et seront enregistrées à son retour&#xa0;; nouvelle tentative en cours…</translation>
    </message>
</context>
<context>
    <name>jcr::ConstraintCheck</name>
    <message>
        <source>The rules of table %1 could not be checked: %2</source>
        <translation>Les règles de la table %1 n’ont pas pu être vérifiées&#xa0;: %2</translation>
    </message>
    <message>
        <source>1 row of table %1 breaks the rule %2</source>
        <translation>1 ligne de la table %1 enfreint la règle %2</translation>
    </message>
    <message>
        <source>%1 rows of table %2 break the rule %3</source>
        <translation>%1 lignes de la table %2 enfreignent la règle %3</translation>
    </message>
    <message>
        <source> (row %1)</source>
        <translation> (ligne %1)</translation>
    </message>
</context>
<context>
    <name>jcr::CreateBaselineCommand</name>
    <message>
        <source>Create baseline “%1”</source>
        <translation>Créer la référence «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>jcr::CreateItemCommand</name>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>jcr::CsvReader</name>
    <message>
        <source>The file is not valid UTF-16 text.</source>
        <translation>Le fichier n’est pas un texte UTF-16 valide.</translation>
    </message>
    <message>
        <source>The file is not text (it holds zero bytes): it is not a CSV file.</source>
        <translation>Le fichier n’est pas du texte (il contient des octets nuls)&#xa0;: ce n’est pas un fichier CSV.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; it looks like %1. Nothing was imported: in Excel, save it as “CSV UTF-8 (Comma delimited)” and import that file.</source>
        <extracomment>%1 is the name of an encoding such as Shift_JIS or Windows-1252</extracomment>
        <translation>Le fichier n’est pas un texte UTF-8; il semble être en&#xa0;%1. Rien n’a été importé&#xa0;: dans Excel, enregistrez-le en «&#xa0;CSV UTF-8 (délimité par des virgules)&#xa0;» et importez ce fichier.</translation>
    </message>
    <message>
        <source>a quoted field goes on after its closing quote</source>
        <translation>un champ entre guillemets se poursuit après son guillemet fermant</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed; the file is cut off or not CSV.</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n’est jamais fermé; le fichier est tronqué ou n’est pas un CSV.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Le fichier est vide&#xa0;: il n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2</source>
        <translation>elle a %1 champs alors que l’en-tête en a %2</translation>
    </message>
    <message>
        <source>the “%1” field begins with “%2” and a spreadsheet would run it as a formula; put an apostrophe (&apos;) in front to keep it as text</source>
        <translation>le champ «&#xa0;%1&#xa0;» commence par «&#xa0;%2&#xa0;» et un tableur l’exécuterait comme une formule; mettez une apostrophe (&apos;) devant pour le garder comme texte</translation>
    </message>
    <message>
        <source>a tab or line break</source>
        <translation>une tabulation ou un saut de ligne</translation>
    </message>
</context>
<context>
    <name>jcr::Database</name>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This is not a roadmap file: it is not an SQLite database.</source>
        <translation>Ce n’est pas un fichier de feuille de route&#xa0;: ce n’est pas une base de données SQLite.</translation>
    </message>
    <message numerus="yes">
        <source>The file is damaged: it is cut off after %n byte(s).</source>
        <translation>
            <numerusform>Le fichier est endommagé&#xa0;: il est tronqué après %n octet.</numerusform>
            <numerusform>Le fichier est endommagé&#xa0;: il est tronqué après %n octets.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: another program is writing to the file; try again in a moment.</source>
        <translation>%1&#xa0;: un autre programme écrit dans le fichier; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>Aucun nom de fichier n’a été donné.</translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten.</source>
        <translation>%1 existe déjà; il n’a pas été écrasé.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>This is not a roadmap file: it is empty.</source>
        <translation>Ce n’est pas un fichier de feuille de route&#xa0;: il est vide.</translation>
    </message>
    <message>
        <source>This is not a roadmap file: it is an SQLite database of another application.</source>
        <translation>Ce n’est pas un fichier de feuille de route&#xa0;: c’est une base de données SQLite d’une autre application.</translation>
    </message>
    <message>
        <source>This roadmap file has no schema version; it may be damaged.</source>
        <translation>Ce fichier de feuille de route n’a pas de version de schéma; il est peut-être endommagé.</translation>
    </message>
    <message>
        <source>The file was switched to write-ahead logging (WAL) by another program%1; it is not opened, to leave it untouched. Run &quot;PRAGMA journal_mode=DELETE&quot; on it in sqlite3 to make it a single complete file again.</source>
        <translation>Le fichier a été passé en journalisation à écriture anticipée (WAL) par un autre programme%1; il n’est pas ouvert, pour le laisser intact. Exécutez «&#xa0;PRAGMA journal_mode=DELETE&#xa0;» sur ce fichier dans sqlite3 pour en refaire un fichier unique et complet.</translation>
    </message>
    <message>
        <source> and changes are pending in %1</source>
        <translation> et des modifications sont en attente dans %1</translation>
    </message>
    <message>
        <source>The file is damaged: its header records %1 bytes, but the file has %2 bytes.</source>
        <translation>Le fichier est endommagé&#xa0;: son en-tête indique %1 octets, mais le fichier en compte %2.</translation>
    </message>
    <message>
        <source>The file was opened read-only.</source>
        <translation>Le fichier a été ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>Le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>The folder of the file is read-only.</source>
        <translation>Le dossier du fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle.</source>
        <translation>Le pilote SQLite ne donne pas accès à son descripteur.</translation>
    </message>
    <message>
        <source>The file cannot be configured (%1).</source>
        <translation>Le fichier ne peut pas être configuré (%1).</translation>
    </message>
    <message>
        <source>The file cannot be read; it may be damaged (%1).</source>
        <translation>Le fichier ne peut pas être lu; il est peut-être endommagé (%1).</translation>
    </message>
    <message>
        <source>This roadmap was written by a newer version of the application (schema %1) and cannot be read by this one (schema %2).</source>
        <translation>Cette feuille de route a été écrite par une version plus récente de l’application (schéma %1) et ne peut pas être lue par celle-ci (schéma %2).</translation>
    </message>
    <message>
        <source>%1 The file is not opened, to protect your data.</source>
        <translation>%1 Le fichier n’est pas ouvert, pour protéger vos données.</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Le fichier est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file breaks the roadmap&apos;s rules: %1. It is not opened, to protect your data.</source>
        <translation>Le fichier enfreint les règles de la feuille de route&#xa0;: %1. Il n’est pas ouvert, pour protéger vos données.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of the application (schema %1); it is opened read-only.</source>
        <translation>Le fichier a été écrit par une version plus récente de l’application (schéma %1); il est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The file is being checked; editing starts when the check has passed.</source>
        <translation>Le fichier est en cours de vérification; la modification sera possible une fois la vérification réussie.</translation>
    </message>
    <message>
        <source>The file could not be upgraded to schema %1: %2</source>
        <translation>Le fichier n’a pas pu être mis à niveau vers le schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file cannot be read any more (%1).</source>
        <translation>Le fichier ne peut plus être lu (%1).</translation>
    </message>
    <message>
        <source>Another program changed the file&apos;s identity or schema version (schema %1 instead of %2).</source>
        <translation>Un autre programme a modifié l’identité ou la version de schéma du fichier (schéma %1 au lieu de %2).</translation>
    </message>
    <message>
        <source>Another program changed the structure of the file: %1</source>
        <translation>Un autre programme a modifié la structure du fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another program is holding the roadmap file locked; your change was not saved. Try again in a moment.</source>
        <translation>Un autre programme verrouille le fichier de feuille de route; votre modification n’a pas été enregistrée. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Another program is holding the roadmap file locked.</source>
        <translation>Un autre programme verrouille le fichier de feuille de route.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>A file cannot be copied onto itself.</source>
        <translation>Un fichier ne peut pas être copié sur lui-même.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>La copie n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The copy could not be written to %1.</source>
        <translation>La copie n’a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>The copy has schema %1, the file schema %2.</source>
        <translation>La copie est au schéma %1, le fichier au schéma %2.</translation>
    </message>
    <message>
        <source>The copy could not be restored: %1</source>
        <translation>La copie n’a pas pu être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The check could not run to its end: %1</source>
        <translation>La vérification n’a pas pu aller jusqu’au bout&#xa0;: %1</translation>
    </message>
    <message>
        <source>(more rows refer to missing rows)</source>
        <translation>(d’autres lignes renvoient à des lignes manquantes)</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>La ligne %1 de la table %2 renvoie à une ligne manquante de %3.</translation>
    </message>
    <message>
        <source>The references could not be checked: %1</source>
        <translation>Les références n’ont pas pu être vérifiées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>jcr::DeferWriteCommand</name>
    <message>
        <source>%1 (not saved)</source>
        <extracomment>An undo step whose change another program&apos;s edit made impossible</extracomment>
        <translation>%1 (non enregistré)</translation>
    </message>
</context>
<context>
    <name>jcr::DeleteBaselineCommand</name>
    <message>
        <source>Delete baseline “%1”</source>
        <translation>Supprimer la référence «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>jcr::DeleteItemsCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::DependencyEditor</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>This item should not start before these end. Delete removes the selected one.</source>
        <translation>Cet élément ne devrait pas commencer avant la fin de ceux-ci. Suppr retire l’élément sélectionné.</translation>
    </message>
    <message>
        <source>Add a predecessor</source>
        <translation>Ajouter un prédécesseur</translation>
    </message>
    <message>
        <source>Type to find an item this one waits for</source>
        <translation>Tapez pour trouver un élément que celui-ci attend</translation>
    </message>
    <message>
        <source>No other item has “%1” in its title.</source>
        <translation>Aucun autre élément n’a «&#xa0;%1&#xa0;» dans son titre.</translation>
    </message>
    <message numerus="yes">
        <source>%n items match “%1”: choose one from the list.</source>
        <translation>
            <numerusform>%n élément correspond à «&#xa0;%1&#xa0;»&#xa0;: choisissez-en un dans la liste.</numerusform>
            <numerusform>%n éléments correspondent à «&#xa0;%1&#xa0;»&#xa0;: choisissez-en un dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Prédécesseurs</translation>
    </message>
    <message>
        <source>Clear the predecessor search</source>
        <translation>Effacer la recherche de prédécesseur</translation>
    </message>
</context>
<context>
    <name>jcr::DocumentPropertiesDialog</name>
    <message>
        <source>Document Properties</source>
        <translation>Propriétés du document</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Classification marking:</source>
        <translation>Mention de &amp;classification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Bureau&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Briefing note&lt;/b&gt; (printed on the briefing; blocks left empty are left out)</source>
        <translation>&lt;b&gt;Note d’information&lt;/b&gt; (imprimée sur la note d’une page; les blocs vides sont omis)</translation>
    </message>
    <message>
        <source>&amp;Drafter:</source>
        <translation>&amp;Rédaction&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;pprover:</source>
        <translation>A&amp;pprobation&#xa0;:</translation>
    </message>
    <message>
        <source>File &amp;number:</source>
        <translation>&amp;Numéro de dossier&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key messages:</source>
        <translation>Messages &amp;clés&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps:</source>
        <translation>Prochaines é&amp;tapes&#xa0;:</translation>
    </message>
    <message>
        <source>Shown at the right end of the menu bar, on exported timeline images and on every report page.</source>
        <translation>Affichée à droite de la barre de menus, sur les images exportées de la chronologie et sur chaque page des rapports.</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>Mention de classification</translation>
    </message>
</context>
<context>
    <name>jcr::EditItemsCommand</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>priority area</source>
        <translation>domaine prioritaire</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>health</source>
        <translation>santé</translation>
    </message>
    <message>
        <source>lead side</source>
        <translation>partie responsable</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>avancement</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>Change %1 of “%2”</source>
        <extracomment>%1 is a list of fields, %2 the item&apos;s title</extracomment>
        <translation>Modifier %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” was deleted by someone else; the change cannot be undone.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé par quelqu’un d’autre; la modification ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>“%1” was deleted by someone else; the change cannot be made.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé par quelqu’un d’autre; la modification ne peut pas être faite.</translation>
    </message>
    <message>
        <source>“%1” was changed again by someone else; your earlier change was not undone, so that their change is kept.</source>
        <translation>«&#xa0;%1&#xa0;» a de nouveau été modifié par quelqu’un d’autre; votre modification précédente n’a pas été annulée, afin de conserver la sienne.</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else in the meantime; your change was not applied, so that their change is kept.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par quelqu’un d’autre entre-temps; votre modification n’a pas été appliquée, afin de conserver la sienne.</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>traductions</translation>
    </message>
</context>
<context>
    <name>jcr::EditOrganisationCommand</name>
    <message>
        <source>Change organisation “%1”</source>
        <translation>Modifier l’organisation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename organisation “%1” to “%2”</source>
        <translation>Renommer l’organisation «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>jcr::EditService</name>
    <message>
        <source>New item</source>
        <translation>Nouvel élément</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Another program is holding the roadmap file; the item is added as soon as it releases it.</source>
        <translation>Un autre programme retient le fichier de feuille de route; l’élément sera ajouté dès qu’il le libérera.</translation>
    </message>
    <message>
        <source>The item was not added.</source>
        <translation>L’élément n’a pas été ajouté.</translation>
    </message>
    <message>
        <source>“%1” has no priority area of this roadmap.</source>
        <translation>«&#xa0;%1&#xa0;» n’a aucun domaine prioritaire de cette feuille de route.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>Ajouter %n élément</numerusform>
            <numerusform>Ajouter %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is incomplete; nothing was imported.</source>
        <translation>L’importation est incomplète; rien n’a été importé.</translation>
    </message>
    <message>
        <source>“%1” has no priority area of this roadmap; nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» n’a aucun domaine prioritaire de cette feuille de route; rien n’a été importé.</translation>
    </message>
    <message>
        <source>“%1”: %2 Nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 Rien n’a été importé.</translation>
    </message>
    <message>
        <source>“%1” is no longer in this roadmap; nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait plus partie de cette feuille de route; rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>Importer %n élément</numerusform>
            <numerusform>Importer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>L’élément n’existe plus.</translation>
    </message>
    <message>
        <source>That priority area does not exist.</source>
        <translation>Ce domaine prioritaire n’existe pas.</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Déplacer %n élément</numerusform>
            <numerusform>Déplacer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>An item cannot depend on itself.</source>
        <translation>Un élément ne peut pas dépendre de lui-même.</translation>
    </message>
    <message>
        <source>“%1” already depends on “%2”: the link would close a loop.</source>
        <translation>«&#xa0;%1&#xa0;» dépend déjà de «&#xa0;%2&#xa0;»&#xa0;: le lien fermerait une boucle.</translation>
    </message>
    <message>
        <source>Make “%1” depend on “%2”</source>
        <translation>Faire dépendre «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Remove a dependency of “%1”</source>
        <translation>Retirer une dépendance de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>That organisation does not exist.</source>
        <translation>Cette organisation n’existe pas.</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>Une organisation doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The short name is longer than %1 characters.</source>
        <translation>Le nom abrégé dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>There is already an organisation named “%1”.</source>
        <translation>Il existe déjà une organisation nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The organisation was not added.</source>
        <translation>L’organisation n’a pas été ajoutée.</translation>
    </message>
    <message>
        <source>A limit cannot be negative.</source>
        <translation>Une limite ne peut pas être négative.</translation>
    </message>
    <message>
        <source>A baseline needs a name.</source>
        <translation>Une référence doit avoir un nom.</translation>
    </message>
    <message>
        <source>A baseline name has at most %1 characters (this one has %2).</source>
        <translation>Le nom d’une référence compte au plus %1 caractères (celui-ci en a %2).</translation>
    </message>
    <message>
        <source>There is already a baseline named “%1”.</source>
        <translation>Il existe déjà une référence nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A baseline note has at most %1 characters (this one has %2).</source>
        <translation>La note d’une référence compte au plus %1 caractères (celle-ci en a %2).</translation>
    </message>
    <message>
        <source>The baseline will be taken when the file is free.</source>
        <translation>La référence sera prise lorsque le fichier sera libre.</translation>
    </message>
    <message>
        <source>That baseline does not exist.</source>
        <translation>Cette référence n’existe pas.</translation>
    </message>
</context>
<context>
    <name>jcr::ExportTimelineDialog</name>
    <message>
        <source>Export Timeline Image</source>
        <translation>Exporter l’image de la chronologie</translation>
    </message>
    <message>
        <source>roadmap-timeline.png</source>
        <translation>chronologie-feuille-de-route.png</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;File (PNG or SVG):</source>
        <translation>&amp;Fichier (PNG ou SVG)&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>The file name must end in .png or .svg.</source>
        <translation>Le nom du fichier doit se terminer par .png ou .svg.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer?</translation>
    </message>
</context>
<context>
    <name>jcr::FileStateBanner</name>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation>Enregistrer une copie &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Writes the roadmap as shown, with the changes that wait, to a new file and continues there.</source>
        <translation>Écrit la feuille de route telle qu’elle est affichée, avec les modifications en attente, dans un nouveau fichier et poursuit le travail dans celui-ci.</translation>
    </message>
    <message>
        <source>1 change waits to be saved; it is kept.</source>
        <translation>1 modification attend d’être enregistrée; elle est conservée.</translation>
    </message>
    <message>
        <source>%1 changes wait to be saved; they are kept.</source>
        <translation>%1 modifications attendent d’être enregistrées; elles sont conservées.</translation>
    </message>
    <message>
        <source>Waiting for another program to release the file… </source>
        <translation>En attente de la libération du fichier par un autre programme… </translation>
    </message>
    <message>
        <source>1 change is not saved yet; it is saved as soon as the file is released (Undo takes it back).</source>
        <translation>1 modification n’est pas encore enregistrée; elle le sera dès que le fichier sera libéré (Annuler la retire).</translation>
    </message>
    <message>
        <source>%1 changes are not saved yet; they are saved as soon as the file is released (Undo takes them back).</source>
        <translation>%1 modifications ne sont pas encore enregistrées; elles le seront dès que le fichier sera libéré (Annuler les retire).</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>copy of %1</source>
        <translation>copie de %1</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>La copie n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>The copy was saved but cannot be continued in</source>
        <translation>La copie a été enregistrée, mais le travail ne peut pas s’y poursuivre</translation>
    </message>
    <message>
        <source>The roadmap was not reopened</source>
        <translation>La feuille de route n’a pas été rouverte</translation>
    </message>
    <message>
        <source>Changes are not saved yet</source>
        <translation>Des modifications ne sont pas encore enregistrées</translation>
    </message>
    <message>
        <source>1 change is waiting to be saved.</source>
        <translation>1 modification attend d’être enregistrée.</translation>
    </message>
    <message>
        <source>%1 changes are waiting to be saved.</source>
        <translation>%1 modifications attendent d’être enregistrées.</translation>
    </message>
    <message>
        <source>Another program holds the file, or the file is no longer where it was. If you close it now, these changes are lost.</source>
        <translation>Un autre programme retient le fichier, ou le fichier n’est plus à son emplacement. Si vous le fermez maintenant, ces modifications seront perdues.</translation>
    </message>
    <message>
        <source>Keep Open</source>
        <translation>Garder ouvert</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>1 change waits for the server; it is saved as soon as the server accepts it (Undo takes it back).</source>
        <translation>1 modification attend le serveur&#xa0;; elle sera enregistrée dès qu’il l’acceptera (Annuler la retire).</translation>
    </message>
    <message>
        <source>%1 changes wait for the server; they are saved as soon as it accepts them (Undo takes them back).</source>
        <translation>%1 modifications attendent le serveur&#xa0;; elles seront enregistrées dès qu’il les acceptera (Annuler les retire).</translation>
    </message>
    <message>
        <source>The server cannot be reached, or another user&apos;s change is still in progress. If you close it now, these changes are lost.</source>
        <translation>Le serveur est injoignable, ou la modification d’un autre utilisateur est en cours. Si vous fermez maintenant, ces modifications seront perdues.</translation>
    </message>
</context>
<context>
    <name>jcr::FileStatus</name>
    <message>
        <source>The file %1 was deleted while open. What you see is still here: save a copy to keep it.</source>
        <translation>Le fichier %1 a été supprimé pendant qu’il était ouvert. Ce que vous voyez est toujours là&#xa0;: enregistrez une copie pour le conserver.</translation>
    </message>
    <message>
        <source>The file %1 was renamed or moved to %2 while open.</source>
        <translation>Le fichier %1 a été renommé ou déplacé vers %2 pendant qu’il était ouvert.</translation>
    </message>
    <message>
        <source>The file %1 was replaced by another file while open. What you see is the roadmap as it was: save a copy to keep it, or reopen to see the new file.</source>
        <translation>Le fichier %1 a été remplacé par un autre fichier pendant qu’il était ouvert. Ce que vous voyez est la feuille de route telle qu’elle était&#xa0;: enregistrez une copie pour la conserver, ou rouvrez le fichier pour voir le nouveau.</translation>
    </message>
    <message>
        <source>The folder of %1 became read-only while open: changes cannot be saved there until it is writable again.</source>
        <translation>Le dossier de %1 est passé en lecture seule pendant qu’il était ouvert&#xa0;: les modifications ne peuvent pas y être enregistrées tant qu’il n’est pas de nouveau accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>jcr::FilterBar</name>
    <message>
        <source>Priority area</source>
        <translation>Domaine prioritaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Lead side</source>
        <translation>Partie responsable</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)…</source>
        <translation>Filtrer (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texte du filtre</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All health</source>
        <translation>Toute santé</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation>Toute partie</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Échéance dans %n jour</numerusform>
            <numerusform>Échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show all items</source>
        <translation>Afficher tous les éléments</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Any organisation</source>
        <translation>Toute organisation</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Clear filter text</source>
        <translation>Effacer le texte du filtre</translation>
    </message>
</context>
<context>
    <name>jcr::FuzzyDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <source>How exact the date is: the statement often names only a year.</source>
        <translation>Précision de la date&#xa0;: la déclaration ne nomme souvent qu’une année.</translation>
    </message>
    <message>
        <source>Type the date as it shows (15 Aug 2027, Aug 2027, Q3 2027, 2027) or as numbers (15/8/2027, 2027-08-15). Up and Down step by one period.</source>
        <translation>Tapez la date telle qu’elle s’affiche (15 août 2027, août 2027, T3 2027, 2027) ou en chiffres (15/8/2027, 2027-08-15). Les flèches Haut et Bas avancent ou reculent d’une période.</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>“%1” is not a date of %2 precision; type it like %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date de précision «&#xa0;%2&#xa0;»; tapez-la sous la forme %3.</translation>
    </message>
    <message>
        <source>%1 precision</source>
        <translation>%1, précision</translation>
    </message>
    <message>
        <source>%1 calendar</source>
        <translation>%1, calendrier</translation>
    </message>
</context>
<context>
    <name>jcr::History</name>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>Domaine prioritaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Lead side</source>
        <translation>Partie responsable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>Prédécesseur</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>Passage source</translation>
    </message>
    <message>
        <source>Status note</source>
        <translation>Note d’état</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Priority area added</source>
        <translation>Domaine prioritaire ajouté</translation>
    </message>
    <message>
        <source>Item created</source>
        <translation>Élément créé</translation>
    </message>
    <message>
        <source>Priority area deleted</source>
        <translation>Domaine prioritaire supprimé</translation>
    </message>
    <message>
        <source>Item deleted</source>
        <translation>Élément supprimé</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 retiré</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Title in French</source>
        <translation>Titre en français</translation>
    </message>
    <message>
        <source>Title in Japanese</source>
        <translation>Titre en japonais</translation>
    </message>
    <message>
        <source>Description in French</source>
        <translation>Description en français</translation>
    </message>
    <message>
        <source>Description in Japanese</source>
        <translation>Description en japonais</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <source>Name in Japanese</source>
        <translation>Nom en japonais</translation>
    </message>
    <message>
        <source>Short name in French</source>
        <translation>Nom abrégé en français</translation>
    </message>
    <message>
        <source>Short name in Japanese</source>
        <translation>Nom abrégé en japonais</translation>
    </message>
</context>
<context>
    <name>jcr::IcsExporter</name>
    <message>
        <source>Priority area %1: %2</source>
        <extracomment>%1 is the priority area&apos;s number, %2 its name</extracomment>
        <translation>Domaine prioritaire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · lead: %3</source>
        <translation>%1 · %2 · responsable&#xa0;: %3</translation>
    </message>
    <message>
        <source>Dates: %1 (to the %2)</source>
        <translation>Dates&#xa0;: %1 (précision&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>jcr::ImportItemsCommand</name>
    <message>
        <source>“%1” was changed or deleted by someone else in the meantime; nothing was imported, so that their change is kept.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié ou supprimé par quelqu’un d’autre entre-temps; rien n’a été importé, afin de conserver sa modification.</translation>
    </message>
    <message>
        <source>“%1” was changed or deleted by someone else since the import; the import was not undone, so that their change is kept.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié ou supprimé par quelqu’un d’autre depuis l’importation; l’importation n’a pas été annulée, afin de conserver sa modification.</translation>
    </message>
</context>
<context>
    <name>jcr::ImportPlan</name>
    <message>
        <source>%1 changed, %2 new, %3 rejected, %4 unchanged</source>
        <extracomment>the preview of an import, e.g. &quot;12 changed, 3 new, 2 rejected, 40 unchanged&quot;</extracomment>
        <translation>%1 modifiés, %2 nouveaux, %3 rejetés, %4 inchangés</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rangée %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
</context>
<context>
    <name>jcr::ImportPlanner</name>
    <message>
        <source>the %1 is empty (one of: %2)</source>
        <translation>le champ %1 est vide (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown %1 “%2” (one of: %3)</source>
        <translation>%1&#xa0;: valeur inconnue «&#xa0;%2&#xa0;» (valeurs possibles&#xa0;: %3)</translation>
    </message>
    <message>
        <source>the %1 “%2” is not a date (write 2026-12-12, 2026-12, 2026-Q4 or 2026)</source>
        <translation>le champ %1 «&#xa0;%2&#xa0;» n’est pas une date (écrivez 2026-12-12, 2026-12, 2026-Q4 ou 2026)</translation>
    </message>
    <message>
        <source>unknown %1 precision “%2” (one of: %3)</source>
        <translation>%1&#xa0;: précision inconnue «&#xa0;%2&#xa0;» (valeurs possibles&#xa0;: %3)</translation>
    </message>
    <message>
        <source>the %1 “%2” is to the %3 but its precision column says %4</source>
        <translation>le champ %1 «&#xa0;%2&#xa0;» a la précision «&#xa0;%3&#xa0;», mais sa colonne de précision indique «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>Column %1 of the header has no name.</source>
        <translation>La colonne %1 de l’en-tête n’a pas de nom.</translation>
    </message>
    <message>
        <source>Unknown column “%1”. The columns are: %2.</source>
        <translation>Colonne inconnue «&#xa0;%1&#xa0;». Les colonnes sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <source>“%1” is not an item id</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’élément</translation>
    </message>
    <message>
        <source>id %1 is also on %2</source>
        <translation>l’identifiant %1 figure aussi à la %2</translation>
    </message>
    <message>
        <source>there is no item with id %1 in this roadmap (leave the id empty to add a new item)</source>
        <translation>aucun élément ne porte l’identifiant %1 dans cette feuille de route (laissez l’identifiant vide pour ajouter un nouvel élément)</translation>
    </message>
    <message>
        <source>a number from 1 to %1, or the area&apos;s name</source>
        <translation>un nombre de 1 à %1, ou le nom du domaine</translation>
    </message>
    <message>
        <source>unknown priority area “%1” (%2)</source>
        <translation>domaine prioritaire inconnu «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>a priority area is required (%1)</source>
        <translation>un domaine prioritaire est obligatoire (%1)</translation>
    </message>
    <message>
        <source>the priority area is empty (%1)</source>
        <translation>le domaine prioritaire est vide (%1)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>health</source>
        <translation>santé</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>the progress “%1” is not a whole number from 0 to 100</source>
        <translation>l’avancement «&#xa0;%1&#xa0;» n’est pas un nombre entier de 0 à 100</translation>
    </message>
    <message>
        <source>unknown organisation “%1”</source>
        <translation>organisation inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the organisation “%1” is listed twice</source>
        <translation>l’organisation «&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>the dependency “%1” is not the id of an item in this roadmap</source>
        <translation>la dépendance «&#xa0;%1&#xa0;» n’est pas l’identifiant d’un élément de cette feuille de route</translation>
    </message>
    <message>
        <source>an item cannot depend on itself</source>
        <translation>un élément ne peut pas dépendre de lui-même</translation>
    </message>
</context>
<context>
    <name>jcr::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Nothing will be imported until every rejected row is corrected: an import is all or nothing.</source>
        <translation>Rien ne sera importé tant que chaque rangée rejetée n’aura pas été corrigée&#xa0;: une importation se fait en entier ou pas du tout.</translation>
    </message>
    <message>
        <source>The file matches the roadmap: there is nothing to import.</source>
        <translation>Le fichier correspond à la feuille de route&#xa0;: il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>The import is one step: Edit ▸ Undo takes it back.</source>
        <translation>L’importation est une seule étape&#xa0;: Édition ▸ Annuler la retire.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Rejetés (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Modifiés (%1)</translation>
    </message>
    <message>
        <source>Change dependencies of “%1”</source>
        <translation>Modifier les dépendances de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>identifiant %1</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Nouveaux (%1)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Im&amp;porter</translation>
    </message>
</context>
<context>
    <name>jcr::ImportReader</name>
    <message>
        <source>%1: import reads .csv, .xlsx and .json files.</source>
        <translation>%1&#xa0;: l’importation lit les fichiers .csv, .xlsx et .json.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB; the limit is %3 MB).</source>
        <translation>%1 est trop volumineux pour être importé (%2 Mo; la limite est de %3 Mo).</translation>
    </message>
    <message>
        <source>%1 is too large to import (the limit is %2 MB).</source>
        <translation>%1 est trop volumineux pour être importé (la limite est de %2 Mo).</translation>
    </message>
</context>
<context>
    <name>jcr::ImportSourceDialog</name>
    <message>
        <source>Import Source Document</source>
        <translation>Importer un document source</translation>
    </message>
    <message>
        <source>e.g. Japan-Canada Foreign and Defence Ministers&apos; Meeting</source>
        <translation>p. ex. Réunion des ministres des Affaires étrangères et de la Défense Japon-Canada</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-JJ (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>https://… where the official text is published (optional)</source>
        <translation>https://… où le texte officiel est publié (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>Lie&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>The official &amp;text, exactly as published (paste it, or load a UTF-8 .txt or .md file). It is never changed after the import.</source>
        <translation>Le &amp;texte officiel, tel qu’il a été publié (collez-le, ou chargez un fichier .txt ou .md en UTF-8). Il n’est jamais modifié après l’importation.</translation>
    </message>
    <message>
        <source>From &amp;File…</source>
        <translation>À partir d’un &amp;fichier…</translation>
    </message>
    <message>
        <source>Text or Markdown (*.txt *.md *.markdown)</source>
        <translation>Texte ou Markdown (*.txt *.md *.markdown)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Im&amp;porter</translation>
    </message>
    <message>
        <source>The date must be a day, YYYY-MM-DD.</source>
        <translation>La date doit être un jour, AAAA-MM-JJ.</translation>
    </message>
</context>
<context>
    <name>jcr::InterchangeActions</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Excel Workbook…</source>
        <translation>Classeur &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;iCalendar (Outlook)…</source>
        <translation>&amp;iCalendar (Outlook)…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Impor&amp;t…</source>
        <translation>Impor&amp;ter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Exporter en&#xa0;%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Import Items</source>
        <translation>Importer des éléments</translation>
    </message>
    <message>
        <source>CSV, Excel or JSON (*.csv *.xlsx *.json)</source>
        <translation>CSV, Excel ou JSON (*.csv *.xlsx *.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>Importé %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>jcr::InterchangeFormat</name>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
</context>
<context>
    <name>jcr::Item</name>
    <message>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>Le titre dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>A cited passage must name its source and may not be empty.</source>
        <translation>Un passage cité doit nommer sa source et ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>Le texte dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>A priority area is required.</source>
        <translation>Un domaine prioritaire est obligatoire.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation>La fin (%1) est antérieure au début (%2).</translation>
    </message>
    <message>
        <source>Progress must be between 0 and 100 %.</source>
        <translation>L’avancement doit être compris entre 0 et 100&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>jcr::ItemEditor</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Someone else changed this item while you were editing it.</source>
        <translation>Quelqu’un d’autre a modifié cet élément pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Garder la sienne</translation>
    </message>
    <message>
        <source>&amp;Apply Mine</source>
        <translation>&amp;Appliquer la mienne</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name signs the status updates you add (you can change it later in Edit ▸ Preferences):</source>
        <translation>Votre nom signe les mises à jour que vous ajoutez (vous pourrez le changer plus tard dans Édition ▸ Préférences)&#xa0;:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Priority &amp;area:</source>
        <translation>Domaine &amp;prioritaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Hea&amp;lth:</source>
        <translation>&amp;Santé&#xa0;:</translation>
    </message>
    <message>
        <source>Lead s&amp;ide:</source>
        <translation>Partie responsab&amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>Déb&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;nd / due:</source>
        <translation>Fi&amp;n / échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Prede&amp;cessors:</source>
        <translation>Prédé&amp;cesseurs&#xa0;:</translation>
    </message>
    <message>
        <source>The items this one waits for: it should not start before they end.</source>
        <translation>Les éléments que celui-ci attend&#xa0;: il ne devrait pas commencer avant leur fin.</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>A&amp;vancement&#xa0;:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. cyber, G7</source>
        <translation>Séparées par des virgules, p. ex. cyber, G7</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Desc&amp;ription&#xa0;:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Organisations:</source>
        <translation>Or&amp;ganisations&#xa0;:</translation>
    </message>
    <message>
        <source>The passages of the source documents this item comes from, as published (Sources view: select a passage to cite it).</source>
        <translation>Les passages des documents sources dont cet élément est tiré, tels qu’ils ont été publiés (vue Sources&#xa0;: sélectionnez un passage pour le citer).</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Your name, as it signs your updates. Change it in Edit ▸ Preferences.</source>
        <translation>Votre nom, tel qu’il signe vos mises à jour. Modifiez-le dans Édition ▸ Préférences.</translation>
    </message>
    <message>
        <source>What happened, what is next</source>
        <translation>Ce qui s’est passé, ce qui vient ensuite</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <source>Add &amp;Update</source>
        <translation>Ajouter une &amp;mise à jour</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signé par&#xa0;:</translation>
    </message>
    <message>
        <source>Update:</source>
        <translation>Mise à jour&#xa0;:</translation>
    </message>
    <message>
        <source>New status / health:</source>
        <translation>Nouvel état / santé&#xa0;:</translation>
    </message>
    <message>
        <source>No roadmap is open. Use File ▸ Open or File ▸ New Roadmap.</source>
        <translation>Aucune feuille de route n’est ouverte. Utilisez Fichier ▸ Ouvrir ou Fichier ▸ Nouvelle feuille de route.</translation>
    </message>
    <message>
        <source>This roadmap has no items yet. Press Ctrl+N to add the first one, or use File ▸ New Roadmap for the roadmap seeded from the Joint Statement.</source>
        <translation>Cette feuille de route ne contient encore aucun élément. Appuyez sur Ctrl+N pour ajouter le premier, ou utilisez Fichier ▸ Nouvelle feuille de route pour obtenir la feuille de route préremplie à partir de la Déclaration commune.</translation>
    </message>
    <message>
        <source>No item selected. Select an item in the list, on the board or on the timeline to edit it.</source>
        <translation>Aucun élément sélectionné. Sélectionnez un élément dans la liste, sur le tableau ou dans la chronologie pour le modifier.</translation>
    </message>
    <message>
        <source>As &amp;lead</source>
        <translation>Comme responsa&amp;ble</translation>
    </message>
    <message>
        <source>As &amp;supporting</source>
        <translation>En s&amp;outien</translation>
    </message>
    <message>
        <source>You (asked when you add your first update)</source>
        <translation>Vous (demandé lorsque vous ajoutez votre première mise à jour)</translation>
    </message>
    <message>
        <source>Someone else deleted this item; your change was not saved.</source>
        <translation>Quelqu’un d’autre a supprimé cet élément; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Kept the version saved by someone else.</source>
        <translation>La version enregistrée par quelqu’un d’autre a été conservée.</translation>
    </message>
    <message>
        <source>%1 — theirs: “%2”; yours: “%3”</source>
        <translation>%1 — la sienne&#xa0;: «&#xa0;%2&#xa0;»; la vôtre&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>Domaine prioritaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Lead side</source>
        <translation>Partie responsable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>An update is signed with your name: the update was not added.</source>
        <translation>Une mise à jour est signée de votre nom&#xa0;: la mise à jour n’a pas été ajoutée.</translation>
    </message>
    <message>
        <source>Write what happened, or choose a new status or health.</source>
        <translation>Écrivez ce qui s’est passé, ou choisissez un nouvel état ou une nouvelle santé.</translation>
    </message>
    <message>
        <source>The update is longer than %1 characters.</source>
        <translation>La mise à jour dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>End / due</source>
        <translation>Fin / échéance</translation>
    </message>
    <message>
        <source>Organisations of the item</source>
        <translation>Organisations de l’élément</translation>
    </message>
    <message>
        <source>Item fields</source>
        <translation>Champs de l’élément</translation>
    </message>
</context>
<context>
    <name>jcr::ItemHistoryView</name>
    <message>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>Status notes only</source>
        <translation>Notes d’état seulement</translation>
    </message>
    <message>
        <source>Show every recorded change of this item with the status notes, or only the status notes</source>
        <translation>Afficher chaque modification enregistrée de cet élément avec les notes d’état, ou seulement les notes d’état</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>jcr::ItemModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>Domaine prioritaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Lead organisations</source>
        <translation>Organisations responsables</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Baseline start</source>
        <translation>Début (référence)</translation>
    </message>
    <message>
        <source>Baseline end</source>
        <translation>Fin (référence)</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>No title in %1 yet: the primary title is shown.
%2</source>
        <extracomment>%1: the language of the interface, in itself (&quot;Français&quot;); %2: the title</extracomment>
        <translation>Aucun titre dans cette langue (%1)&#xa0;: le titre principal est affiché.
%2</translation>
    </message>
</context>
<context>
    <name>jcr::ItemSummary</name>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>lead Japan</source>
        <translation>responsable Japon</translation>
    </message>
    <message>
        <source>lead Canada</source>
        <translation>responsable Canada</translation>
    </message>
    <message>
        <source>lead Japan and Canada</source>
        <translation>responsables Japon et Canada</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of an item&apos;s spoken summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>début %1</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>sans dates</translation>
    </message>
    <message>
        <source>priority area %1 %2</source>
        <translation>domaine prioritaire %1 %2</translation>
    </message>
    <message>
        <source>%1 % done</source>
        <translation>%1&#xa0;% terminé</translation>
    </message>
    <message>
        <source>led by %1</source>
        <translation>sous la responsabilité de %1</translation>
    </message>
</context>
<context>
    <name>jcr::ItemTable</name>
    <message>
        <source>the source passage “%1” does not occur verbatim in any source document of this roadmap</source>
        <translation>le passage source «&#xa0;%1&#xa0;» ne figure mot pour mot dans aucun document source de cette feuille de route</translation>
    </message>
</context>
<context>
    <name>jcr::ItemTranslationsEditor</name>
    <message>
        <source>None: the primary title is shown</source>
        <translation>Aucun&#xa0;: le titre principal est affiché</translation>
    </message>
    <message>
        <source>None: the primary description is shown</source>
        <translation>Aucune&#xa0;: la description principale est affichée</translation>
    </message>
    <message>
        <source>Title (%1):</source>
        <translation>Titre (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Description (%1):</source>
        <translation>Description (%1)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>jcr::ItemsView</name>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>jcr::JournalRecovery</name>
    <message>
        <source>it cannot be read</source>
        <translation>il ne peut pas être lu</translation>
    </message>
    <message>
        <source>its page size (%1) is not the file&apos;s (%2)</source>
        <translation>sa taille de page (%1) n’est pas celle du fichier (%2)</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>son en-tête est endommagé</translation>
    </message>
    <message>
        <source>its copy of the first page is not of an SQLite file</source>
        <translation>sa copie de la première page n’est pas celle d’un fichier SQLite</translation>
    </message>
    <message>
        <source>it was written for a file of another application</source>
        <translation>il a été écrit pour un fichier d’une autre application</translation>
    </message>
    <message>
        <source>it was written for another version of the file (change counter %1, the file&apos;s is %2)</source>
        <translation>il a été écrit pour une autre version du fichier (compteur de modifications %1, celui du fichier est %2)</translation>
    </message>
    <message>
        <source>%1 has an unfinished change left by a program that stopped while writing it (%2).</source>
        <translation>%1 contient une modification inachevée laissée par un programme qui s’est arrêté en cours d’écriture (%2).</translation>
    </message>
    <message>
        <source>%1 It must be undone before the file can be read, and the %2 is read-only here. Open it with jcroadmap where the file and its folder can be written (or make them writable), or use a backup.</source>
        <translation>%1 Elle doit être annulée avant que le fichier puisse être lu, et le %2 est ici en lecture seule. Ouvrez-le avec jcroadmap là où le fichier et son dossier sont accessibles en écriture (ou rendez-les accessibles en écriture), ou utilisez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>%1 That journal does not belong to the file: %2. Neither file was changed. Move %3 away to open the file as it is, or restore a backup.</source>
        <translation>%1 Ce journal n’appartient pas au fichier&#xa0;: %2. Aucun des deux fichiers n’a été modifié. Déplacez %3 ailleurs pour ouvrir le fichier tel quel, ou restaurez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>%1 There is no room beside it to undo it safely; nothing was changed.</source>
        <translation>%1 Il n’y a pas assez d’espace à côté pour l’annuler en toute sécurité; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 It could not be copied to undo it safely; nothing was changed.</source>
        <translation>%1 Elle n’a pas pu être copiée pour l’annuler en toute sécurité; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 Undoing it failed (%2); neither file was changed. Move %3 away to open the file as it is, or restore a backup.</source>
        <translation>%1 Son annulation a échoué (%2); aucun des deux fichiers n’a été modifié. Déplacez %3 ailleurs pour ouvrir le fichier tel quel, ou restaurez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>%1 Undoing it would not leave a sound roadmap (%2), so the journal probably belongs to another file; neither file was changed. Move %3 away to open the file as it is, or restore a backup.</source>
        <translation>%1 Son annulation ne laisserait pas une feuille de route saine (%2); le journal appartient donc probablement à un autre fichier. Aucun des deux fichiers n’a été modifié. Déplacez %3 ailleurs pour ouvrir le fichier tel quel, ou restaurez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>%1 Another program changed it while it was being undone; nothing was changed. Try again.</source>
        <translation>%1 Un autre programme l’a modifié pendant son annulation; rien n’a été modifié. Réessayez.</translation>
    </message>
    <message>
        <source>%1 There is no room beside it to keep the originals; nothing was changed.</source>
        <translation>%1 Il n’y a pas assez d’espace à côté pour conserver les originaux; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 The repaired file could not take its place; nothing was changed.</source>
        <translation>%1 Le fichier réparé n’a pas pu prendre sa place; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>An unfinished change left by a program that stopped while writing was undone; the file and the journal as they were are kept as %1 and %2.</source>
        <translation>Une modification inachevée laissée par un programme qui s’est arrêté en cours d’écriture a été annulée; le fichier et le journal tels qu’ils étaient sont conservés sous les noms %1 et %2.</translation>
    </message>
</context>
<context>
    <name>jcr::JsonReader</name>
    <message>
        <source>a value is a list or an object where text or a number belongs</source>
        <translation>une valeur est une liste ou un objet là où il faut du texte ou un nombre</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 on line %2.</source>
        <translation>Le fichier n’est pas du JSON valide&#xa0;: %1 à la ligne %2.</translation>
    </message>
    <message>
        <source>The JSON has no list of items (an &quot;items&quot; array, or a list at the top).</source>
        <translation>Le JSON n’a pas de liste d’éléments (un tableau «&#xa0;items&#xa0;», ou une liste au premier niveau).</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>ce n’est pas un objet</translation>
    </message>
</context>
<context>
    <name>jcr::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>Langue du &amp;système (%1)</translation>
    </message>
    <message>
        <source>A new language applies when the planner starts again.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage du planificateur.</translation>
    </message>
</context>
<context>
    <name>jcr::MainWindow</name>
    <message>
        <source>Japan–Canada Roadmap Planner</source>
        <translation>Planificateur de la feuille de route Japon-Canada</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Roadmap…</source>
        <translation>&amp;Nouvelle feuille de route…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New E&amp;mpty Roadmap…</source>
        <translation>Nouvelle feuille de route &amp;vide…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Op&amp;en in New Window…</source>
        <translation>Ouvrir dans une nouvelle f&amp;enêtre…</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Nouvelle &amp;fenêtre</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation>Enregistrer une co&amp;pie sous…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Doc&amp;ument Properties…</source>
        <translation>Propriétés du doc&amp;ument…</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer à partir d’une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Exported “%1” — click to open</source>
        <translation>«&#xa0;%1&#xa0;» exporté — cliquez pour l’ouvrir</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <source>&amp;New Item</source>
        <translation>&amp;Nouvel élément</translation>
    </message>
    <message>
        <source>&amp;Edit Item</source>
        <translation>&amp;Modifier l’élément</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete Item</source>
        <translation>&amp;Supprimer l’élément</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation>&amp;Organisations…</translation>
    </message>
    <message>
        <source>Preferen&amp;ces…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Modifications</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>La modification n’a pas été faite</translation>
    </message>
    <message>
        <source>The waiting change was saved.</source>
        <translation>La modification en attente a été enregistrée.</translation>
    </message>
    <message>
        <source>The %1 waiting changes were saved.</source>
        <translation>Les %1 modifications en attente ont été enregistrées.</translation>
    </message>
    <message>
        <source>The roadmap is now read-only</source>
        <translation>La feuille de route est maintenant en lecture seule</translation>
    </message>
    <message>
        <source>The daily backup could not be taken: %1</source>
        <translation>La sauvegarde quotidienne n’a pas pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>No backup to restore</source>
        <translation>Aucune sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>There is no backup of this roadmap yet in %1.</source>
        <translation>Il n’y a encore aucune sauvegarde de cette feuille de route dans %1.</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 élément</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 éléments</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1 — “%2”, %3 (before a restore)</source>
        <translation>%1 — «&#xa0;%2&#xa0;», %3 (avant une restauration)</translation>
    </message>
    <message>
        <source>%1 — “%2”, %3</source>
        <translation>%1 — «&#xa0;%2&#xa0;», %3</translation>
    </message>
    <message>
        <source>⚠ Not made by the planner: %1 (modified %2)</source>
        <translation>⚠ Non produit par le planificateur&#xa0;: %1 (modifié le %2)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer à partir d’une sauvegarde</translation>
    </message>
    <message>
        <source>Backups of this roadmap, newest first (kept in %1):</source>
        <translation>Sauvegardes de cette feuille de route, de la plus récente à la plus ancienne (conservées dans %1)&#xa0;:</translation>
    </message>
    <message>
        <source>Replace the whole roadmap with the backup of %1?</source>
        <translation>Remplacer toute la feuille de route par la sauvegarde du %1?</translation>
    </message>
    <message>
        <source>Replace the whole roadmap with %1? The planner did not make this file.</source>
        <translation>Remplacer toute la feuille de route par %1? Ce fichier n’a pas été produit par le planificateur.</translation>
    </message>
    <message>
        <source>Everyone with the file open sees the restored content. The current content is first saved as another backup, so this can be reversed; the undo history is cleared.</source>
        <translation>Toutes les personnes qui ont ouvert le fichier verront le contenu restauré. Le contenu actuel est d’abord enregistré comme une autre sauvegarde, ce qui permet de revenir en arrière; l’historique d’annulation est effacé.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n’a pas été restaurée</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>La sauvegarde du %1 a été restaurée.</translation>
    </message>
    <message>
        <source>The default roadmap could not be created</source>
        <translation>La feuille de route par défaut n’a pas pu être créée</translation>
    </message>
    <message>
        <source>%1 could not be opened</source>
        <translation>%1 n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message>
        <source>No roadmap open</source>
        <translation>Aucune feuille de route ouverte</translation>
    </message>
    <message>
        <source>No roadmap is open. Use File ▸ Open or File ▸ New Roadmap.</source>
        <translation>Aucune feuille de route n’est ouverte. Utilisez Fichier ▸ Ouvrir ou Fichier ▸ Nouvelle feuille de route.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 Changes cannot be made.</source>
        <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; %1 Aucune modification n’est possible.</translation>
    </message>
    <message>
        <source>1 day to the %1 centennial year</source>
        <translation>1 jour avant l’année du centenaire (%1)</translation>
    </message>
    <message>
        <source>%1 days to the %2 centennial year</source>
        <translation>%1 jours avant l’année du centenaire (%2)</translation>
    </message>
    <message>
        <source>Centennial year %1</source>
        <translation>Année du centenaire (%1)</translation>
    </message>
    <message>
        <source>New Roadmap</source>
        <translation>Nouvelle feuille de route</translation>
    </message>
    <message>
        <source>New Empty Roadmap</source>
        <translation>Nouvelle feuille de route vide</translation>
    </message>
    <message>
        <source>The roadmap was not created</source>
        <translation>La feuille de route n’a pas été créée</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: an existing file is never overwritten.</source>
        <translation>%1 existe déjà. Choisissez un autre nom&#xa0;: un fichier existant n’est jamais écrasé.</translation>
    </message>
    <message>
        <source>Open Roadmap</source>
        <translation>Ouvrir une feuille de route</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source> (copy).</source>
        <translation> (copie).</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>La copie n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>The item is hidden by the filter: clear the filter to see it.</source>
        <translation>L’élément est masqué par le filtre&#xa0;: effacez le filtre pour le voir.</translation>
    </message>
    <message>
        <source>The properties were not saved</source>
        <translation>Les propriétés n’ont pas été enregistrées</translation>
    </message>
    <message>
        <source>About the Japan–Canada Roadmap Planner</source>
        <translation>À propos du planificateur de la feuille de route Japon-Canada</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Japan–Canada Roadmap Planner %1&lt;/h3&gt;&lt;p&gt;Plans and reports on the Japan–Canada Comprehensive Strategic Roadmap established by the Joint Statement of 6 March 2026, towards the centennial of bilateral relations in 2028.&lt;/p&gt;&lt;p&gt;The roadmap is a plain SQLite file: every change is saved at once.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Planificateur de la feuille de route Japon-Canada %1&lt;/h3&gt;&lt;p&gt;Planifie la Feuille de route stratégique globale Japon-Canada établie par la Déclaration commune du 6 mars 2026 et en rend compte, en vue du centenaire des relations bilatérales en 2028.&lt;/p&gt;&lt;p&gt;La feuille de route est un simple fichier SQLite&#xa0;: chaque modification est enregistrée immédiatement.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Baselines…</source>
        <translation>&amp;Références…</translation>
    </message>
    <message>
        <source>Compare &amp;With</source>
        <translation>Comparer a&amp;vec</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Aucune comparaison</translation>
    </message>
    <message>
        <source>The planner speaks %1 already.</source>
        <translation>Le planificateur est déjà en %1.</translation>
    </message>
    <message>
        <source>The planner will speak %1 from its next start.</source>
        <translation>Le planificateur sera en %1 dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>Connected again; the roadmap was re-read.</source>
        <translation>Reconnecté&#xa0;; la feuille de route a été relue.</translation>
    </message>
    <message>
        <source>Connect to Te&amp;am Roadmap…</source>
        <translation>Se &amp;connecter à une feuille de route d’équipe…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>jcr::OpenFileNotice</name>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
</context>
<context>
    <name>jcr::OrganisationsDialog</name>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Remove Organisation</source>
        <translation>Retirer l’organisation</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>e.g. Ministry of Foreign Affairs of Japan</source>
        <translation>p. ex. ministère des Affaires étrangères du Japon</translation>
    </message>
    <message>
        <source>e.g. MOFA</source>
        <translation>p. ex. MOFA</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Nom a&amp;brégé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add as New</source>
        <translation>&amp;Ajouter comme nouvelle</translation>
    </message>
    <message>
        <source>Add an organisation with the name, short name and country above.</source>
        <translation>Ajouter une organisation avec le nom, le nom abrégé et le pays ci-dessus.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Give the selected organisation the name, short name and country above.</source>
        <translation>Donner à l’organisation sélectionnée le nom, le nom abrégé et le pays ci-dessus.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the selected organisation (its items stay).</source>
        <translation>Retirer l’organisation sélectionnée (ses éléments restent).</translation>
    </message>
    <message>
        <source>Changes are saved at once; Edit ▸ Undo takes them back.</source>
        <translation>Les modifications sont enregistrées immédiatement; Édition ▸ Annuler les retire.</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1”? %n item(s) take part with it.</source>
        <translation>
            <numerusform>Retirer «&#xa0;%1&#xa0;»? %n élément y est associé.</numerusform>
            <numerusform>Retirer «&#xa0;%1&#xa0;»? %n éléments y sont associés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The items stay; only their link to this organisation goes. Edit ▸ Undo brings both back.</source>
        <translation>Les éléments restent; seul leur lien avec cette organisation disparaît. Édition ▸ Annuler rétablit les deux.</translation>
    </message>
</context>
<context>
    <name>jcr::OutputGuard</name>
    <message>
        <source>No output file was given.</source>
        <translation>Aucun fichier de sortie n’a été donné.</translation>
    </message>
    <message>
        <source>%1 is the input file; it was not overwritten. Choose another output file.</source>
        <translation>%1 est le fichier d’entrée; il n’a pas été écrasé. Choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 belongs to the database beside it; it was not overwritten.</source>
        <translation>%1 appartient à la base de données à côté; il n’a pas été écrasé.</translation>
    </message>
    <message>
        <source>%1 is a roadmap or another SQLite database; it was not overwritten. Choose another output file.</source>
        <translation>%1 est une feuille de route ou une autre base de données SQLite; il n’a pas été écrasé. Choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>jcr::PageComposer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 de %2</translation>
    </message>
</context>
<context>
    <name>jcr::PdfPostProcessor</name>
    <message>
        <source>Could not finish the PDF: %1</source>
        <translation>Impossible de terminer le PDF&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>jcr::PostgresStore</name>
    <message>
        <source>%1 is not a roadmap file; a team roadmap is published from a file.</source>
        <translation>%1 n’est pas un fichier de feuille de route&#xa0;; une feuille de route d’équipe est publiée à partir d’un fichier.</translation>
    </message>
    <message>
        <source>The file has schema %1 and the server schema %2: open the file for editing once, which upgrades it, then publish it.</source>
        <translation>Le fichier a le schéma %1 et le serveur le schéma %2&#xa0;: ouvrez une fois le fichier en écriture, ce qui le met à niveau, puis publiez-le.</translation>
    </message>
    <message>
        <source>The roadmap could not be copied</source>
        <translation>La feuille de route n’a pas pu être copiée</translation>
    </message>
    <message>
        <source>The file has no table %1.</source>
        <translation>Le fichier n’a pas de table %1.</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>Le fichier n’a pas pu être lu</translation>
    </message>
    <message>
        <source>The table %1 could not be copied</source>
        <translation>La table %1 n’a pas pu être copiée</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The roadmap could not be read</source>
        <translation>La feuille de route n’a pas pu être lue</translation>
    </message>
    <message>
        <source>The copy could not be written</source>
        <translation>La copie n’a pas pu être écrite</translation>
    </message>
    <message>
        <source>The copy failed its check: %1</source>
        <translation>La copie n’a pas passé la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The copy could not be written to %1.</source>
        <translation>La copie n’a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt n’est pas installé (Debian&#xa0;: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection could not be set up</source>
        <translation>La connexion n’a pas pu être établie</translation>
    </message>
    <message>
        <source>The server could not be read</source>
        <translation>Le serveur n’a pas pu être lu</translation>
    </message>
    <message>
        <source>The database %1 is not empty; a team roadmap is set up only in an empty database (nothing was changed).</source>
        <translation>La base de données %1 n’est pas vide&#xa0;; une feuille de route d’équipe ne s’installe que dans une base vide (rien n’a été modifié).</translation>
    </message>
    <message>
        <source>The roadmap could not be set up</source>
        <translation>La feuille de route n’a pas pu être installée</translation>
    </message>
    <message>
        <source>You may not read the roadmap on %1: ask its administrator for access.</source>
        <translation>Vous n’avez pas le droit de lire la feuille de route sur %1&#xa0;: demandez l’accès à son administrateur.</translation>
    </message>
    <message>
        <source>The database %1 holds no roadmap. An administrator sets one up with &quot;jcroadmap server-init&quot; or &quot;jcroadmap publish&quot;.</source>
        <translation>La base de données %1 ne contient aucune feuille de route. Un administrateur en installe une avec «&#xa0;jcroadmap server-init&#xa0;» ou «&#xa0;jcroadmap publish&#xa0;».</translation>
    </message>
    <message>
        <source>The database %1 belongs to another application.</source>
        <translation>La base de données %1 appartient à une autre application.</translation>
    </message>
    <message>
        <source>The roadmap on the server was set up by a newer version of the planner (schema %1); it is shown read-only.</source>
        <translation>La feuille de route du serveur a été installée par une version plus récente du planificateur (schéma %1)&#xa0;; elle est affichée en lecture seule.</translation>
    </message>
    <message>
        <source>The roadmap on the server has schema %1, which this version does not upgrade.</source>
        <translation>La feuille de route du serveur a le schéma %1, que cette version ne met pas à niveau.</translation>
    </message>
    <message>
        <source>The roadmap was opened read-only.</source>
        <translation>La feuille de route a été ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>%1: another officer is saving a change; try again in a moment.</source>
        <translation>%1&#xa0;: un autre agent enregistre une modification&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1: the server does not allow you to make this change (%2).</source>
        <translation>%1&#xa0;: le serveur ne vous permet pas d’apporter cette modification (%2).</translation>
    </message>
    <message>
        <source>%1: the roadmap is read-only.</source>
        <translation>%1&#xa0;: la feuille de route est en lecture seule.</translation>
    </message>
    <message>
        <source>%1: the connection to the server was lost (%2).</source>
        <translation>%1&#xa0;: la connexion au serveur a été perdue (%2).</translation>
    </message>
    <message>
        <source>The roadmap on the server is no longer a roadmap.</source>
        <translation>La feuille de route du serveur n’en est plus une.</translation>
    </message>
    <message>
        <source>The roadmap on the server was changed to schema %1.</source>
        <translation>La feuille de route du serveur est passée au schéma %1.</translation>
    </message>
    <message>
        <source>A change is already being saved.</source>
        <translation>Une modification est déjà en cours d’enregistrement.</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>La modification n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>No change is being saved.</source>
        <translation>Aucune modification n’est en cours d’enregistrement.</translation>
    </message>
    <message>
        <source>The server did not keep the change.</source>
        <translation>Le serveur n’a pas conservé la modification.</translation>
    </message>
    <message>
        <source>Recording who changes the roadmap failed</source>
        <translation>L’enregistrement de l’auteur de la modification a échoué</translation>
    </message>
    <message>
        <source>The item could not be saved</source>
        <translation>L’élément n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted by someone else in the meantime.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé entre-temps par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>The server does not allow you to change &quot;%1&quot;.</source>
        <translation>Le serveur ne vous permet pas de modifier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else in the meantime.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié entre-temps par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>The organisations could not be saved</source>
        <translation>Les organisations n’ont pas pu être enregistrées</translation>
    </message>
    <message>
        <source>The tags could not be saved</source>
        <translation>Les étiquettes n’ont pas pu être enregistrées</translation>
    </message>
    <message>
        <source>The citations could not be saved</source>
        <translation>Les citations n’ont pas pu être enregistrées</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; could not be saved</source>
        <translation>L’étiquette «&#xa0;%1&#xa0;» n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; could not be saved.</source>
        <translation>L’étiquette «&#xa0;%1&#xa0;» n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The item could not be deleted</source>
        <translation>L’élément n’a pas pu être supprimé</translation>
    </message>
    <message>
        <source>The server does not allow you to delete &quot;%1&quot;.</source>
        <translation>Le serveur ne vous permet pas de supprimer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The item was changed or deleted by someone else in the meantime.</source>
        <translation>L’élément a été modifié ou supprimé entre-temps par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>An update needs a valid date.</source>
        <translation>Une mise à jour doit avoir une date valide.</translation>
    </message>
    <message>
        <source>The update could not be added</source>
        <translation>La mise à jour n’a pas pu être ajoutée</translation>
    </message>
    <message>
        <source>The update could not be removed</source>
        <translation>La mise à jour n’a pas pu être retirée</translation>
    </message>
    <message>
        <source>The update was removed by someone else in the meantime.</source>
        <translation>La mise à jour a été retirée entre-temps par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>The dependency could not be added</source>
        <translation>La dépendance n’a pas pu être ajoutée</translation>
    </message>
    <message>
        <source>The dependency could not be removed</source>
        <translation>La dépendance n’a pas pu être retirée</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be added</source>
        <translation>L’organisation «&#xa0;%1&#xa0;» n’a pas pu être ajoutée</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be saved</source>
        <translation>L’organisation «&#xa0;%1&#xa0;» n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; was changed or removed by someone else in the meantime.</source>
        <translation>L’organisation «&#xa0;%1&#xa0;» a été modifiée ou retirée entre-temps par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be removed</source>
        <translation>L’organisation «&#xa0;%1&#xa0;» n’a pas pu être retirée</translation>
    </message>
    <message>
        <source>The column limit could not be saved</source>
        <translation>La limite de la colonne n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Reading a setting failed</source>
        <translation>La lecture d’un paramètre a échoué</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is too long (%2 characters; at most %3).</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» est trop long (%2 caractères&#xa0;; au plus %3).</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>Le paramètre n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The priority area &quot;%1&quot; could not be added</source>
        <translation>Le domaine prioritaire «&#xa0;%1&#xa0;» n’a pas pu être ajouté</translation>
    </message>
    <message>
        <source>The source document &quot;%1&quot; could not be added</source>
        <translation>Le document source «&#xa0;%1&#xa0;» n’a pas pu être ajouté</translation>
    </message>
    <message>
        <source>The new source document could not be read back.</source>
        <translation>Le nouveau document source n’a pas pu être relu.</translation>
    </message>
    <message>
        <source>Reading the settings failed</source>
        <translation>La lecture des paramètres a échoué</translation>
    </message>
    <message>
        <source>Reading the priority areas failed</source>
        <translation>La lecture des domaines prioritaires a échoué</translation>
    </message>
    <message>
        <source>Reading the organisations failed</source>
        <translation>La lecture des organisations a échoué</translation>
    </message>
    <message>
        <source>Reading the items failed</source>
        <translation>La lecture des éléments a échoué</translation>
    </message>
    <message>
        <source>Reading the item organisations failed</source>
        <translation>La lecture des organisations des éléments a échoué</translation>
    </message>
    <message>
        <source>Reading the tags failed</source>
        <translation>La lecture des étiquettes a échoué</translation>
    </message>
    <message>
        <source>Reading the dependencies failed</source>
        <translation>La lecture des dépendances a échoué</translation>
    </message>
    <message>
        <source>Reading the source documents failed</source>
        <translation>La lecture des documents sources a échoué</translation>
    </message>
    <message>
        <source>Reading the citations failed</source>
        <translation>La lecture des citations a échoué</translation>
    </message>
    <message>
        <source>Reading the board settings failed</source>
        <translation>La lecture des paramètres du tableau a échoué</translation>
    </message>
    <message>
        <source>Reading the item failed</source>
        <translation>La lecture de l’élément a échoué</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>L’élément n’existe plus.</translation>
    </message>
    <message>
        <source>Reading the history failed</source>
        <translation>La lecture de l’historique a échoué</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s items failed</source>
        <translation>La lecture des éléments de l’organisation a échoué</translation>
    </message>
    <message>
        <source>Reading the baselines failed</source>
        <translation>La lecture des références a échoué</translation>
    </message>
    <message>
        <source>Reading the baseline failed</source>
        <translation>La lecture de la référence a échoué</translation>
    </message>
    <message>
        <source>The baseline no longer exists.</source>
        <translation>La référence n’existe plus.</translation>
    </message>
    <message>
        <source>The baseline could not be saved</source>
        <translation>La référence n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>The baseline could not be renamed</source>
        <translation>La référence n’a pas pu être renommée</translation>
    </message>
    <message>
        <source>The baseline “%1” was renamed or deleted by someone else in the meantime.</source>
        <translation>La référence «&#xa0;%1&#xa0;» a été renommée ou supprimée entre-temps par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>The baseline could not be deleted</source>
        <translation>La référence n’a pas pu être supprimée</translation>
    </message>
    <message>
        <source>Reading the record of change failed</source>
        <translation>La lecture du registre des modifications a échoué</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not signed by the authority in %1 (or it has expired), so the server cannot be trusted. Check that this is the authority&apos;s certificate your IT service gave you for this server.</source>
        <translation>le certificat du serveur n’est pas signé par l’autorité de certification de %1 (ou il a expiré)&#xa0;: le serveur n’est donc pas digne de confiance. Vérifiez qu’il s’agit bien du certificat de l’autorité que votre service informatique vous a fourni pour ce serveur.</translation>
    </message>
    <message>
        <source>the authority&apos;s certificate %1 does not exist. Choose the file your IT service gave you (sslrootcert=FILE).</source>
        <translation>le certificat de l’autorité de certification %1 n’existe pas. Choisissez le fichier fourni par votre service informatique (sslrootcert=FICHIER).</translation>
    </message>
    <message>
        <source>%1 is not an authority&apos;s certificate the planner can read (a PEM file is expected).</source>
        <translation>%1 n’est pas un certificat d’autorité de certification lisible par le planificateur (un fichier PEM est attendu).</translation>
    </message>
    <message>
        <source>the server does not offer TLS, which the address asks for (sslmode=%1).</source>
        <translation>le serveur ne propose pas TLS, que l’adresse exige (sslmode=%1).</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for &quot;%1&quot;, not for &quot;%2&quot;, the server name in the address. Connect with the name the certificate is for, or ask the server&apos;s administrator.</source>
        <translation>le certificat du serveur est établi pour «&#xa0;%1&#xa0;» et non pour «&#xa0;%2&#xa0;», le nom du serveur dans l’adresse. Connectez-vous avec le nom que porte le certificat, ou adressez-vous à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for &quot;%1&quot; and other names, but not for &quot;%2&quot;, the server name in the address. Connect with a name the certificate is for, or ask the server&apos;s administrator.</source>
        <translation>le certificat du serveur est établi pour «&#xa0;%1&#xa0;» et d’autres noms, mais pas pour «&#xa0;%2&#xa0;», le nom du serveur dans l’adresse. Connectez-vous avec un nom que porte le certificat, ou adressez-vous à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>You may not edit the items of priority area %1, &quot;%2&quot;: the roadmap&apos;s administrator has given that area to its own editors.</source>
        <translation>Vous ne pouvez pas modifier les éléments du domaine prioritaire %1, « %2 » : l&apos;administrateur de la feuille de route a confié ce domaine à ses propres rédacteurs.</translation>
    </message>
    <message>
        <source>the server did not answer within %1 seconds; the connection is opened again for the next change</source>
        <translation>le serveur n&apos;a pas répondu dans les %1 secondes ; la connexion sera rouverte pour la prochaine modification</translation>
    </message>
    <message>
        <source>the server does not answer</source>
        <translation>le serveur ne répond pas</translation>
    </message>
</context>
<context>
    <name>jcr::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Signs the status updates you add. It is kept on this computer, not in the roadmap.</source>
        <translation>Signe les mises à jour que vous ajoutez. Il est conservé sur cet ordinateur, et non dans la feuille de route.</translation>
    </message>
</context>
<context>
    <name>jcr::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>jcr::RemoveOrganisationCommand</name>
    <message>
        <source>Remove organisation “%1”</source>
        <translation>Retirer l’organisation «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>jcr::RenameBaselineCommand</name>
    <message>
        <source>Rename baseline “%1”</source>
        <translation>Renommer la référence «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>jcr::ReportActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>See a status report, briefing or board print before printing.</source>
        <translation>Voir un rapport d’étape, une note d’information ou une impression du tableau avant l’impression.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print a status report, briefing or board print.</source>
        <translation>Imprimer un rapport d’étape, une note d’information ou une impression du tableau.</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save a status report, briefing or board print as PDF.</source>
        <translation>Enregistrer un rapport d’étape, une note d’information ou une impression du tableau en PDF.</translation>
    </message>
    <message>
        <source>No roadmap is open.</source>
        <translation>Aucune feuille de route n’est ouverte.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>note d’information</translation>
    </message>
    <message>
        <source>board</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>jcr::ReportModel</name>
    <message>
        <source>There is no baseline named “%1” in this roadmap.</source>
        <translation>Cette feuille de route n’a pas de référence nommée «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>jcr::ReportOptions</name>
    <message>
        <source>Status report</source>
        <translation>Rapport d’étape</translation>
    </message>
    <message>
        <source>One-page briefing</source>
        <translation>Note d’information d’une page</translation>
    </message>
    <message>
        <source>Board print</source>
        <translation>Impression du tableau</translation>
    </message>
</context>
<context>
    <name>jcr::ReportOptionsDialog</name>
    <message>
        <source>Report Options</source>
        <translation>Options du rapport</translation>
    </message>
    <message>
        <source>Priority areas</source>
        <translation>Domaines prioritaires</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Always report as of the day the report is made.</source>
        <translation>Toujours établir le rapport à la date du jour où il est produit.</translation>
    </message>
    <message>
        <source>Start of &quot;completed since&quot; and &quot;changes since&quot;.</source>
        <translation>Début de «&#xa0;terminés depuis&#xa0;» et de «&#xa0;modifications depuis&#xa0;».</translation>
    </message>
    <message>
        <source>Include item descriptions</source>
        <translation>Inclure les descriptions des éléments</translation>
    </message>
    <message>
        <source>Add the &amp;traceability annex (sources → items)</source>
        <translation>Ajouter l’annexe de &amp;traçabilité (sources → éléments)</translation>
    </message>
    <message>
        <source>Status report: each commitment sentence of the source documents with the items that track it and their status; untracked sentences are listed.</source>
        <translation>Rapport d’étape&#xa0;: chaque phrase d’engagement des documents sources, avec les éléments qui en assurent le suivi et leur état; les phrases sans suivi sont énumérées.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Automatic (status portrait, others landscape)</source>
        <translation>Automatique (rapport d’étape en portrait, autres en paysage)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page. Empty: the document&apos;s marking.</source>
        <translation>Imprimée en haut et en bas de chaque page. Vide&#xa0;: la mention du document.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;En date du&#xa0;:</translation>
    </message>
    <message>
        <source>Changes &amp;since:</source>
        <translation>Modifications &amp;depuis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Classification&#xa0;:</translation>
    </message>
    <message>
        <source>The choices could not be remembered in the roadmap file: %1</source>
        <translation>Les choix n’ont pas pu être mémorisés dans le fichier de feuille de route&#xa0;: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Status report: a &quot;Slippage against&quot; section and the count in the summary; briefing: the slip of each key milestone.</source>
        <translation>Rapport d’étape&#xa0;: une section «&#xa0;Retards par rapport à&#xa0;» et leur nombre dans le sommaire; note d’information&#xa0;: le retard de chaque jalon clé.</translation>
    </message>
    <message>
        <source>Slippage against &amp;baseline:</source>
        <translation>Retards par rapport à la &amp;référence&#xa0;:</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>Mention de classification</translation>
    </message>
    <message>
        <source>As the interface (%1)</source>
        <translation>Comme l’interface (%1)</translation>
    </message>
    <message>
        <source>Headings, dates, page numbers and item titles of the report are in this language.</source>
        <translation>Les intertitres, les dates, les numéros de page et les titres des éléments du rapport sont dans cette langue.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>jcr::ReportRenderer</name>
    <message>
        <source>Status as of %1; classification %2</source>
        <translation>État au %1; classification&#xa0;%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>not dated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>status → %1</source>
        <translation>état → %1</translation>
    </message>
    <message>
        <source>health → %1</source>
        <translation>santé → %1</translation>
    </message>
    <message>
        <source>. </source>
        <translation>. </translation>
    </message>
    <message>
        <source>Latest update, %1%2: %3</source>
        <translation>Dernière mise à jour, %1%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>all priority areas</source>
        <translation>tous les domaines prioritaires</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>start overdue by 1 day</source>
        <translation>début en retard de 1 jour</translation>
    </message>
    <message>
        <source>start overdue by %1 days</source>
        <translation>début en retard de %1 jours</translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation>en retard de 1 jour</translation>
    </message>
    <message>
        <source>overdue by %1 days</source>
        <translation>en retard de %1 jours</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 élément</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 éléments</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · au %2</translation>
    </message>
    <message>
        <source>Could not start printing.</source>
        <translation>Impossible de lancer l’impression.</translation>
    </message>
    <message>
        <source>Could not start a new page.</source>
        <translation>Impossible de commencer une nouvelle page.</translation>
    </message>
    <message>
        <source>Could not finish printing.</source>
        <translation>Impossible de terminer l’impression.</translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation>État au %1</translation>
    </message>
    <message>
        <source>Classification: %1 · Changes since %2 · Covers %3</source>
        <translation>Classification&#xa0;: %1 · Modifications depuis le %2 · Portée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>items in the report, %1 of them active</source>
        <translation>éléments dans le rapport, dont %1 actifs</translation>
    </message>
    <message>
        <source>overall progress</source>
        <translation>avancement global</translation>
    </message>
    <message>
        <source>overdue; %1 at risk or off track</source>
        <translation>en retard; %1 à risque ou en difficulté</translation>
    </message>
    <message>
        <source>days to the centennial (1 January %1)</source>
        <translation>jours avant le centenaire (1er janvier %1)</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>Domaine prioritaire</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All selected areas</source>
        <translation>Tous les domaines sélectionnés</translation>
    </message>
    <message>
        <source>An area is at risk when a quarter or more of its active items are at risk, off track or overdue, and off track when a quarter or more are off track.</source>
        <translation>Un domaine est à risque lorsqu’au moins le quart de ses éléments actifs sont à risque, en difficulté ou en retard, et en difficulté lorsqu’au moins le quart sont en difficulté.</translation>
    </message>
    <message numerus="yes">
        <source>Upcoming: the next %n days (to %1)</source>
        <translation>
            <numerusform>À venir&#xa0;: %n jour (jusqu’au %1)</numerusform>
            <numerusform>À venir&#xa0;: %n jours (jusqu’au %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing starts or falls due in this period.</source>
        <translation>Rien ne commence ni n’arrive à échéance pendant cette période.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Overdue and at risk</source>
        <translation>En retard et à risque</translation>
    </message>
    <message>
        <source>No active item is overdue, at risk or off track.</source>
        <translation>Aucun élément actif n’est en retard, à risque ou en difficulté.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Completed since %1</source>
        <translation>Terminés depuis le %1</translation>
    </message>
    <message>
        <source>No item was completed in this period.</source>
        <translation>Aucun élément n’a été terminé pendant cette période.</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Modifications depuis le %1</translation>
    </message>
    <message>
        <source>No change was recorded in this period.</source>
        <translation>Aucune modification n’a été enregistrée pendant cette période.</translation>
    </message>
    <message>
        <source>%1 items added</source>
        <translation>%1 éléments ajoutés</translation>
    </message>
    <message>
        <source>%1 items removed</source>
        <translation>%1 éléments retirés</translation>
    </message>
    <message>
        <source>Item added</source>
        <translation>Élément ajouté</translation>
    </message>
    <message>
        <source>Item removed</source>
        <translation>Élément retiré</translation>
    </message>
    <message>
        <source>Status → %1</source>
        <translation>État → %1</translation>
    </message>
    <message>
        <source>Health → %1</source>
        <translation>Santé → %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Priority area %1: %2</source>
        <translation>Domaine prioritaire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source> · %1 done · %2 % progress · %3 overdue · %4 at risk or off track · health: %5</source>
        <translation> · %1 terminés · avancement de %2&#xa0;% · %3 en retard · %4 à risque ou en difficulté · santé&#xa0;: %5</translation>
    </message>
    <message>
        <source>This area has no items yet.</source>
        <translation>Ce domaine n’a encore aucun élément.</translation>
    </message>
    <message>
        <source>No item of this area is dated yet, so it has no timeline.</source>
        <translation>Aucun élément de ce domaine n’est encore daté; il n’a donc pas de chronologie.</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Briefing as of %1 · %2 days to the centennial · %3 items, %4 % overall progress · %5 overdue, %6 at risk or off track</source>
        <translation>Note d’information au %1 · %2 jours avant le centenaire · %3 éléments, avancement global de %4&#xa0;% · %5 en retard, %6 à risque ou en difficulté</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Priority areas at a glance</source>
        <translation>Aperçu des domaines prioritaires</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the status report)</source>
        <translation>
            <numerusform>… et %n autre (voir le rapport d’étape)</numerusform>
            <numerusform>… et %n autres (voir le rapport d’étape)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next key milestones (%n days)</source>
        <translation>
            <numerusform>Prochains jalons clés (%n jour)</numerusform>
            <numerusform>Prochains jalons clés (%n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing falls due in the next %n days.</source>
        <translation>
            <numerusform>Rien n’arrive à échéance d’ici %n jour.</numerusform>
            <numerusform>Rien n’arrive à échéance d’ici %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items at risk or overdue</source>
        <translation>Éléments à risque ou en retard</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Board as of %1 · %2</source>
        <translation>Tableau au %1 · %2</translation>
    </message>
    <message>
        <source>Board as of %1 (continued)</source>
        <translation>Tableau au %1 (suite)</translation>
    </message>
    <message>
        <source>%1, cont.</source>
        <translation>%1 (suite).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Annex: traceability to the source documents</source>
        <translation>Annexe&#xa0;: traçabilité par rapport aux documents sources</translation>
    </message>
    <message>
        <source>Each sentence of the source documents that reads as a commitment, the items that track it and their status. A sentence no item tracks is marked &quot;not tracked&quot;.</source>
        <translation>Chaque phrase des documents sources qui se lit comme un engagement, les éléments qui en assurent le suivi et leur état. Une phrase dont aucun élément n’assure le suivi porte la mention «&#xa0;non suivie&#xa0;».</translation>
    </message>
    <message>
        <source>The roadmap has no source document with commitment sentences.</source>
        <translation>La feuille de route n’a aucun document source contenant des phrases d’engagement.</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Tracked by (status)</source>
        <translation>Suivi par (état)</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>non suivie</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Drafted by %1</source>
        <translation>Rédigé par %1</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Approuvé par %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) slipped against the baseline “%1” of %2 (see Slippage).</source>
        <translation>
            <numerusform>%n élément en retard par rapport à la référence «&#xa0;%1&#xa0;» du %2 (voir Retards).</numerusform>
            <numerusform>%n éléments en retard par rapport à la référence «&#xa0;%1&#xa0;» du %2 (voir Retards).</numerusform>
        </translation>
    </message>
    <message>
        <source>slipped %1 · </source>
        <translation>retard %1 · </translation>
    </message>
    <message>
        <source>Slippage against %1</source>
        <translation>Retards par rapport à %1</translation>
    </message>
    <message>
        <source>Items whose due date (the end; without one, the start) lies in a later period than in the baseline of %1. Slip is counted in the precision of the vaguer of the two dates: Q3 to Q4 is one quarter, and a date that only became more exact within its period has not slipped.</source>
        <translation>Éléments dont l’échéance (la fin; sans fin, le début) tombe dans une période plus tardive que dans la référence du %1. Le retard se compte dans la précision la plus vague des deux dates&#xa0;: du T3 au T4, c’est un trimestre, et une date devenue seulement plus précise dans sa période n’a pas pris de retard.</translation>
    </message>
    <message>
        <source>No item has slipped against this baseline.</source>
        <translation>Aucun élément n’a pris de retard par rapport à cette référence.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
</context>
<context>
    <name>jcr::ReportTimeline</name>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>Centennial %1</source>
        <translation>Centenaire %1</translation>
    </message>
    <message numerus="yes">
        <source>+%n not shown</source>
        <translation>
            <numerusform>+%n non affiché</numerusform>
            <numerusform>+%n non affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>No dated items</source>
        <translation>Aucun élément daté</translation>
    </message>
    <message>
        <source>None in this period</source>
        <translation>Aucun pendant cette période</translation>
    </message>
    <message>
        <source>Item with dates</source>
        <translation>Élément avec dates</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>At risk (▲) or overdue</source>
        <comment>legend: the amber outline and the mark</comment>
        <translation>À risque (▲) ou en retard</translation>
    </message>
    <message>
        <source>Off track (✖)</source>
        <comment>legend: the red outline and the mark</comment>
        <translation>En difficulté (✖)</translation>
    </message>
</context>
<context>
    <name>jcr::RoadmapDocument</name>
    <message>
        <source>The file is damaged (%1). It is shown read-only; restore a backup or open a copy.</source>
        <translation>Le fichier est endommagé (%1). Il est affiché en lecture seule; restaurez une copie de sauvegarde ou ouvrez une copie.</translation>
    </message>
    <message>
        <source>%1 can only be opened read-only: %2</source>
        <translation>%1 ne peut être ouvert qu’en lecture seule&#xa0;: %2</translation>
    </message>
    <message>
        <source>The item cannot cite this passage: %1.</source>
        <translation>L’élément ne peut pas citer ce passage&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>L’élément n’existe plus.</translation>
    </message>
    <message>
        <source>The priority area of &quot;%1&quot; no longer exists.</source>
        <translation>Le domaine prioritaire de «&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
    <message>
        <source>%1 To protect your data, the roadmap is no longer read or edited here; close it and open it again.</source>
        <translation>%1 Pour protéger vos données, la feuille de route n’est plus lue ni modifiée ici; fermez-la et ouvrez-la de nouveau.</translation>
    </message>
    <message>
        <source>The roadmap was changed by another program but could not be re-read: %1</source>
        <translation>La feuille de route a été modifiée par un autre programme, mais n’a pas pu être relue&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
    <message>
        <source>The imported items could not be read back.</source>
        <translation>Les éléments importés n’ont pas pu être relus.</translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>L’organisation n’existe plus.</translation>
    </message>
    <message>
        <source>An item of “%1” was added by someone else in the meantime.</source>
        <translation>Un élément de «&#xa0;%1&#xa0;» a été ajouté par quelqu’un d’autre entre-temps.</translation>
    </message>
    <message>
        <source>The connection to the server is lost (%1). Your change is kept and saved when it is back.</source>
        <translation>La connexion au serveur est perdue (%1). Votre modification est conservée et sera enregistrée à son retour.</translation>
    </message>
</context>
<context>
    <name>jcr::RoadmapExporter</name>
    <message>
        <source>%1: the file name must end in .csv, .xlsx, .ics or .json.</source>
        <translation>%1&#xa0;: le nom du fichier doit se terminer par .csv, .xlsx, .ics ou .json.</translation>
    </message>
</context>
<context>
    <name>jcr::RoadmapImporter</name>
    <message numerus="yes">
        <source>%n row(s) were rejected; nothing was imported.</source>
        <translation>
            <numerusform>%n rangée a été rejetée; rien n’a été importé.</numerusform>
            <numerusform>%n rangées ont été rejetées; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>the undo step of an import; %1 is a file name</extracomment>
        <translation>Importer %1</translation>
    </message>
</context>
<context>
    <name>jcr::RoadmapRepository</name>
    <message>
        <source>Reading the settings failed</source>
        <translation>La lecture des paramètres a échoué</translation>
    </message>
    <message>
        <source>Reading the priority areas failed</source>
        <translation>La lecture des domaines prioritaires a échoué</translation>
    </message>
    <message>
        <source>Reading the organisations failed</source>
        <translation>La lecture des organisations a échoué</translation>
    </message>
    <message>
        <source>Reading the items failed</source>
        <translation>La lecture des éléments a échoué</translation>
    </message>
    <message>
        <source>Reading the item organisations failed</source>
        <translation>La lecture des organisations des éléments a échoué</translation>
    </message>
    <message>
        <source>Reading the tags failed</source>
        <translation>La lecture des étiquettes a échoué</translation>
    </message>
    <message>
        <source>Reading the dependencies failed</source>
        <translation>La lecture des dépendances a échoué</translation>
    </message>
    <message>
        <source>Reading the board settings failed</source>
        <translation>La lecture des paramètres du tableau a échoué</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>L’élément n’existe plus.</translation>
    </message>
    <message>
        <source>Reading the item failed</source>
        <translation>La lecture de l’élément a échoué</translation>
    </message>
    <message>
        <source>The item could not be added</source>
        <translation>L’élément n’a pas pu être ajouté</translation>
    </message>
    <message>
        <source>The organisations could not be saved</source>
        <translation>Les organisations n’ont pas pu être enregistrées</translation>
    </message>
    <message>
        <source>The tags could not be saved</source>
        <translation>Les étiquettes n’ont pas pu être enregistrées</translation>
    </message>
    <message>
        <source>The item could not be saved</source>
        <translation>L’élément n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted by someone else in the meantime.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé par quelqu’un d’autre entre-temps.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else in the meantime.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par quelqu’un d’autre entre-temps.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; could not be saved</source>
        <translation>L’étiquette «&#xa0;%1&#xa0;» n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; could not be saved.</source>
        <translation>L’étiquette «&#xa0;%1&#xa0;» n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The item could not be deleted</source>
        <translation>L’élément n’a pas pu être supprimé</translation>
    </message>
    <message>
        <source>The item was changed or deleted by someone else in the meantime.</source>
        <translation>L’élément a été modifié ou supprimé par quelqu’un d’autre entre-temps.</translation>
    </message>
    <message>
        <source>Reading the history failed</source>
        <translation>La lecture de l’historique a échoué</translation>
    </message>
    <message>
        <source>An update needs a valid date.</source>
        <translation>Une mise à jour doit avoir une date valide.</translation>
    </message>
    <message>
        <source>The update could not be added</source>
        <translation>La mise à jour n’a pas pu être ajoutée</translation>
    </message>
    <message>
        <source>The update could not be removed</source>
        <translation>La mise à jour n’a pas pu être retirée</translation>
    </message>
    <message>
        <source>The update was removed by someone else in the meantime.</source>
        <translation>La mise à jour a été retirée par quelqu’un d’autre entre-temps.</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be added</source>
        <translation>L’organisation «&#xa0;%1&#xa0;» n’a pas pu être ajoutée</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be saved</source>
        <translation>L’organisation «&#xa0;%1&#xa0;» n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; was changed or removed by someone else in the meantime.</source>
        <translation>L’organisation «&#xa0;%1&#xa0;» a été modifiée ou retirée par quelqu’un d’autre entre-temps.</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be removed</source>
        <translation>L’organisation «&#xa0;%1&#xa0;» n’a pas pu être retirée</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s items failed</source>
        <translation>La lecture des éléments de l’organisation a échoué</translation>
    </message>
    <message>
        <source>The dependency could not be added</source>
        <translation>La dépendance n’a pas pu être ajoutée</translation>
    </message>
    <message>
        <source>The dependency could not be removed</source>
        <translation>La dépendance n’a pas pu être retirée</translation>
    </message>
    <message>
        <source>The column limit could not be saved</source>
        <translation>La limite de la colonne n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Reading a setting failed</source>
        <translation>La lecture d’un paramètre a échoué</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is too long (%2 characters; at most %3).</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» est trop long (%2 caractères; au plus %3).</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>Le paramètre n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The priority area &quot;%1&quot; could not be added</source>
        <translation>Le domaine prioritaire «&#xa0;%1&#xa0;» n’a pas pu être ajouté</translation>
    </message>
    <message>
        <source>The seed names an unknown organisation &quot;%1&quot;.</source>
        <translation>Les données initiales nomment une organisation inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The seed item &quot;%1&quot; cites a source document the seed does not define.</source>
        <translation>L’élément initial «&#xa0;%1&#xa0;» cite un document source que les données initiales ne définissent pas.</translation>
    </message>
    <message>
        <source>Reading the translations failed</source>
        <translation>La lecture des traductions a échoué</translation>
    </message>
</context>
<context>
    <name>jcr::SchemaValidator</name>
    <message>
        <source>The file&apos;s table of contents cannot be read (%1).</source>
        <translation>La table des matières du fichier ne peut pas être lue (%1).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is missing from the file.</source>
        <translation>Élément de schéma manquant dans le fichier&#xa0;: %1 «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; differs from the roadmap schema.</source>
        <translation>Élément de schéma différent du schéma de la feuille de route&#xa0;: %1 «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The file contains an unexpected %1 &quot;%2&quot;.</source>
        <translation>Le fichier contient un élément de schéma inattendu&#xa0;: %1 «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>jcr::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a server address (postgresql://…).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur (postgresql://…).</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not valid: %2</source>
        <translation>L’adresse de serveur «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a port number.</source>
        <translation>Le port «&#xa0;%1&#xa0;» n’est pas un numéro de port.</translation>
    </message>
    <message>
        <source>The server address has an option the planner does not know: &quot;%1&quot;.</source>
        <translation>L’adresse du serveur contient une option inconnue du planificateur&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; names no database: add it after the host, as in postgresql://officer@db.example/roadmap.</source>
        <translation>L’adresse de serveur «&#xa0;%1&#xa0;» ne nomme aucune base de données&#xa0;: ajoutez-la après l’hôte, comme dans postgresql://officer@db.example/roadmap.</translation>
    </message>
    <message>
        <source>A verified TLS connection needs the certificate of the authority that signed the server&apos;s (sslrootcert=FILE).</source>
        <translation>Une connexion TLS vérifiée demande le certificat de l’autorité qui a signé celui du serveur (sslrootcert=FICHIER).</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Do not write the password into the server address: type it into File ▸ Connect to Team Roadmap…, which keeps it in memory only, or put it in ~/.pgpass.</source>
        <translation>N’écrivez pas le mot de passe dans l’adresse du serveur : saisissez-le dans Fichier ▸ Se connecter à une feuille de route d’équipe…, qui le garde en mémoire seulement, ou mettez-le dans ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>jcr::SetWipLimitCommand</name>
    <message>
        <source>Set limit of “%1”</source>
        <translation>Fixer la limite de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>jcr::Slip</name>
    <message>
        <source>new date</source>
        <translation>nouvelle date</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n trimestre</numerusform>
            <numerusform>%n trimestres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>newly dated</source>
        <translation>nouvellement daté</translation>
    </message>
    <message>
        <source>date removed</source>
        <translation>date retirée</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n jour plus tard</numerusform>
            <numerusform>%n jours plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier</source>
        <translation>
            <numerusform>%n jour plus tôt</numerusform>
            <numerusform>%n jours plus tôt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) later</source>
        <translation>
            <numerusform>%n mois plus tard</numerusform>
            <numerusform>%n mois plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) earlier</source>
        <translation>
            <numerusform>%n mois plus tôt</numerusform>
            <numerusform>%n mois plus tôt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) later</source>
        <translation>
            <numerusform>%n trimestre plus tard</numerusform>
            <numerusform>%n trimestres plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) earlier</source>
        <translation>
            <numerusform>%n trimestre plus tôt</numerusform>
            <numerusform>%n trimestres plus tôt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) later</source>
        <translation>
            <numerusform>%n an plus tard</numerusform>
            <numerusform>%n ans plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) earlier</source>
        <translation>
            <numerusform>%n an plus tôt</numerusform>
            <numerusform>%n ans plus tôt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::SourceCoverage</name>
    <message numerus="yes">
        <source>%1 of %n commitment sentence(s) tracked</source>
        <translation>
            <numerusform>%1 sur %n phrase d’engagement suivie</numerusform>
            <numerusform>%1 sur %n phrases d’engagement suivies</numerusform>
        </translation>
    </message>
    <message>
        <source>the cited source document %1 does not exist</source>
        <translation>le document source cité %1 n’existe pas</translation>
    </message>
    <message>
        <source>the cited passage is empty</source>
        <translation>le passage cité est vide</translation>
    </message>
    <message>
        <source>the cited passage does not occur verbatim in &quot;%1&quot;</source>
        <translation>le passage cité ne figure pas mot pour mot dans «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>jcr::SourceImport</name>
    <message>
        <source>%1 is not a .txt or .md file: import the official text as UTF-8 plain text or Markdown.</source>
        <translation>%1 n’est pas un fichier .txt ou .md&#xa0;: importez le texte officiel en texte brut UTF-8 ou en Markdown.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a source document (at most %2 characters).</source>
        <translation>%1 est trop volumineux pour un document source (au plus %2 caractères).</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 n’est pas un fichier texte.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: save it as UTF-8 and import it again.</source>
        <translation>%1 n’est pas un texte UTF-8 valide&#xa0;: enregistrez-le en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <source>The title is longer than 500 characters.</source>
        <translation>Le titre dépasse 500 caractères.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Le texte est vide.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>Le texte dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The place is longer than 200 characters.</source>
        <translation>Le lieu dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>The link is longer than 2000 characters.</source>
        <translation>Le lien dépasse 2000 caractères.</translation>
    </message>
</context>
<context>
    <name>jcr::SourceRepository</name>
    <message>
        <source>Reading the source documents failed</source>
        <translation>La lecture des documents sources a échoué</translation>
    </message>
    <message>
        <source>The source document &quot;%1&quot; could not be added</source>
        <translation>Le document source «&#xa0;%1&#xa0;» n’a pas pu être ajouté</translation>
    </message>
    <message>
        <source>The new source document could not be read back.</source>
        <translation>Le nouveau document source n’a pas pu être relu.</translation>
    </message>
    <message>
        <source>Reading the citations failed</source>
        <translation>La lecture des citations a échoué</translation>
    </message>
    <message>
        <source>The citations could not be saved</source>
        <translation>Les citations n’ont pas pu être enregistrées</translation>
    </message>
</context>
<context>
    <name>jcr::SourceTextView</name>
    <message>
        <source>Commitment not tracked by any item: select it and choose New Item from Passage.</source>
        <translation>Engagement dont aucun élément n’assure le suivi&#xa0;: sélectionnez-le et choisissez Nouvel élément à partir du passage.</translation>
    </message>
    <message>
        <source>Cited by:
%1
(click to show the item)</source>
        <translation>Cité par&#xa0;:
%1
(cliquez pour afficher l’élément)</translation>
    </message>
</context>
<context>
    <name>jcr::SourcesView</name>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import Source…</source>
        <translation>&amp;Importer une source…</translation>
    </message>
    <message>
        <source>New Item from &amp;Passage</source>
        <translation>Nouvel élément à partir du &amp;passage</translation>
    </message>
    <message>
        <source>Select a passage of the text, then create an item that cites it.</source>
        <translation>Sélectionnez un passage du texte, puis créez un élément qui le cite.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#ffefb0&apos;&gt;&amp;nbsp;cited by an item&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffc93c&apos;&gt;&amp;nbsp;cited by the selected item&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fddcdc; text-decoration: underline; color:#8a0012&apos;&gt;&amp;nbsp;commitment no item tracks&amp;nbsp;&lt;/span&gt; — click a highlight to show its item; select words, then New Item from Passage.</source>
        <translation>&lt;span style=&apos;background:#ffefb0&apos;&gt;&amp;nbsp;cité par un élément&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffc93c&apos;&gt;&amp;nbsp;cité par l’élément sélectionné&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fddcdc; text-decoration: underline; color:#8a0012&apos;&gt;&amp;nbsp;engagement sans élément de suivi&amp;nbsp;&lt;/span&gt; — cliquez sur un surlignage pour afficher son élément; sélectionnez des mots, puis Nouvel élément à partir du passage.</translation>
    </message>
    <message>
        <source>This roadmap has no source document yet. Import the official text with Import Source…</source>
        <translation>Cette feuille de route n’a encore aucun document source. Importez le texte officiel avec Importer une source…</translation>
    </message>
    <message>
        <source>%1 in this text · %2 in all sources</source>
        <translation>%1 dans ce texte · %2 dans toutes les sources</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cited passage(s) no longer occur in their source (changed outside the planner):</source>
        <translation>
            <numerusform>%n passage cité ne figure plus dans sa source (modifiée hors du planificateur)&#xa0;:</numerusform>
            <numerusform>%n passages cités ne figurent plus dans leur source (modifiée hors du planificateur)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>New Item from Passage</source>
        <translation>Nouvel élément à partir du passage</translation>
    </message>
    <message>
        <source>The item could not be created.</source>
        <translation>L’élément n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Import Source Document</source>
        <translation>Importer un document source</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
</context>
<context>
    <name>jcr::SqliteStore</name>
    <message>
        <source>%1 is not a roadmap file; only a file&apos;s content can replace this file&apos;s.</source>
        <translation>%1 n&apos;est pas un fichier de feuille de route ; seul le contenu d&apos;un fichier peut remplacer celui de ce fichier.</translation>
    </message>
</context>
<context>
    <name>jcr::TeamRoadmapConnector</name>
    <message>
        <source>The desktop keyring did not keep the password: %1</source>
        <translation>Le trousseau de clés du bureau n’a pas gardé le mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Connect to Team Roadmap</source>
        <translation>Se connecter à une feuille de route d’équipe</translation>
    </message>
    <message>
        <source>The password came from the desktop keyring. Forget it there, so that you can type the new one?</source>
        <translation>Le mot de passe venait du trousseau de clés du bureau. L’y oublier, pour pouvoir saisir le nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Forget the Password</source>
        <translation>&amp;Oublier le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Le garder</translation>
    </message>
</context>
<context>
    <name>jcr::TimelineChart</name>
    <message>
        <source>No dates</source>
        <translation>Aucune date</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>Number of items in a timeline lane</extracomment>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>zoom in for labels</source>
        <translation>zoomez pour voir les étiquettes</translation>
    </message>
    <message>
        <source>too many for labels</source>
        <translation>trop nombreux pour les étiquettes</translation>
    </message>
    <message>
        <source>Joint Statement</source>
        <translation>Déclaration commune</translation>
    </message>
    <message>
        <source>Centennial %1</source>
        <translation>Centenaire %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <comment>a timeline label</comment>
        <translation>%1 (en retard)</translation>
    </message>
</context>
<context>
    <name>jcr::TimelineChartView</name>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Schedule items</source>
        <translation>Planifier des éléments</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>jcr::TimelineImageWriter</name>
    <message>
        <source>Unknown image type &quot;%1&quot;: use .png, .svg or .pdf.</source>
        <translation>Type d’image inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Japan–Canada Roadmap timeline, %1 – %2</source>
        <translation>Chronologie de la feuille de route Japon-Canada, %1 – %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the image is too large for the memory available</source>
        <translation>l’image est trop grande pour la mémoire disponible</translation>
    </message>
    <message>
        <source>the image could not be drawn</source>
        <translation>l’image n’a pas pu être dessinée</translation>
    </message>
</context>
<context>
    <name>jcr::TimelineItemAccessible</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Move earlier by one step</source>
        <translation>Avancer d’un pas</translation>
    </message>
    <message>
        <source>Move later by one step</source>
        <translation>Reculer d’un pas</translation>
    </message>
    <message>
        <source>Opens the item in the editor</source>
        <translation>Ouvre l’élément dans l’éditeur</translation>
    </message>
    <message>
        <source>Moves the item&apos;s dates by one step of the zoom or of its own precision</source>
        <translation>Déplace les dates de l’élément d’un pas du zoom ou de sa propre précision</translation>
    </message>
</context>
<context>
    <name>jcr::TimelineLaneAccessible</name>
    <message numerus="yes">
        <source>%1 %2, %n item(s)</source>
        <extracomment>A timeline lane for a screen reader: &quot;1 Security &amp; Defence, 5 items&quot;</extracomment>
        <translation>
            <numerusform>%1 %2, %n élément</numerusform>
            <numerusform>%1 %2, %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Folded lane of the timeline</source>
        <translation>Couloir replié de la chronologie</translation>
    </message>
    <message>
        <source>Lane of the timeline</source>
        <translation>Couloir de la chronologie</translation>
    </message>
</context>
<context>
    <name>jcr::TimelineView</name>
    <message>
        <source>Items without dates. Drag one onto the timeline to schedule it.</source>
        <translation>Éléments sans dates. Faites-en glisser un sur la chronologie pour le planifier.</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Zoom to weeks</source>
        <translation>Zoom sur les semaines</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Zoom to months</source>
        <translation>Zoom sur les mois</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Zoom to quarters</source>
        <translation>Zoom sur les trimestres</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Zoom to years</source>
        <translation>Zoom sur les années</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show the whole Roadmap to the centennial (Ctrl+0)</source>
        <translation>Afficher toute la feuille de route jusqu’au centenaire (Ctrl+0)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Scroll to today</source>
        <translation>Aller à aujourd’hui</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>Exporter l’image…</translation>
    </message>
    <message>
        <source>Save the timeline as a PNG or SVG image for slides</source>
        <translation>Enregistrer la chronologie en image PNG ou SVG pour des diapositives</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unscheduled&lt;/b&gt; (%1)&lt;br&gt;&lt;small&gt;Drag onto the timeline to give dates.&lt;/small&gt;</source>
        <translation>&lt;b&gt;Non planifiés&lt;/b&gt; (%1)&lt;br&gt;&lt;small&gt;Faites glisser sur la chronologie pour donner des dates.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Export Timeline Image</source>
        <translation>Exporter l’image de la chronologie</translation>
    </message>
    <message>
        <source>Unscheduled items</source>
        <translation>Éléments non planifiés</translation>
    </message>
    <message>
        <source>More timeline tools</source>
        <translation>Autres outils de la chronologie</translation>
    </message>
</context>
<context>
    <name>jcr::XlsxExporter</name>
    <message>
        <source>Item %1 (“%2”) has a text longer than Excel&apos;s %3 characters per cell; export it as CSV or JSON instead.</source>
        <translation>L’élément %1 («&#xa0;%2&#xa0;») a un texte plus long que les %3 caractères par cellule d’Excel; exportez-le plutôt en CSV ou en JSON.</translation>
    </message>
    <message>
        <source>A status update of item %1 is longer than Excel&apos;s %2 characters per cell; export it as CSV or JSON instead.</source>
        <translation>Une mise à jour de l’élément %1 dépasse les %2 caractères par cellule d’Excel; exportez-le plutôt en CSV ou en JSON.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the workbook: %1</source>
        <translation>Impossible de créer un dossier temporaire pour le classeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The workbook could not be created.</source>
        <translation>Le classeur n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Status updates</source>
        <translation>Mises à jour de l’état</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>Le classeur n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The workbook could not be read back: %1</source>
        <translation>Le classeur n’a pas pu être relu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>jcr::XlsxReader</name>
    <message>
        <source>The workbook is damaged: %1 cannot be read.</source>
        <translation>Le classeur est endommagé&#xa0;: %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is too large to import (%2 MB).</source>
        <translation>La partie %1 du classeur est trop volumineuse pour être importée (%2 Mo).</translation>
    </message>
    <message>
        <source>The workbook is damaged: %1 cannot be opened (%2).</source>
        <translation>Le classeur est endommagé&#xa0;: %1 ne peut pas être ouvert (%2).</translation>
    </message>
    <message>
        <source>The workbook is damaged: %1 is cut off.</source>
        <translation>Le classeur est endommagé&#xa0;: %1 est tronqué.</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings are damaged: %1</source>
        <translation>Les chaînes partagées du classeur sont endommagées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx): it is not a ZIP package.</source>
        <translation>Le fichier n’est pas un classeur Excel (.xlsx)&#xa0;: ce n’est pas un paquet ZIP.</translation>
    </message>
    <message>
        <source>The file is a ZIP package but not an Excel workbook (it has no xl/workbook.xml).</source>
        <translation>Le fichier est un paquet ZIP, mais pas un classeur Excel (il n’a pas de xl/workbook.xml).</translation>
    </message>
    <message>
        <source>The workbook is damaged: its first sheet (%1) is missing.</source>
        <translation>Le classeur est endommagé&#xa0;: sa première feuille (%1) est manquante.</translation>
    </message>
    <message>
        <source>it has a value in column %1, right of the last titled column</source>
        <translation>elle a une valeur dans la colonne %1, à droite de la dernière colonne titrée</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a cell reference; the workbook is damaged.</source>
        <translation>Rangée %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une référence de cellule; le classeur est endommagé.</translation>
    </message>
    <message>
        <source>cell %1 holds a formula (=%2); import takes values only</source>
        <translation>la cellule %1 contient une formule (=%2); l’importation ne prend que des valeurs</translation>
    </message>
    <message>
        <source>Cell %1 refers to a missing shared string; the workbook is damaged.</source>
        <translation>La cellule %1 renvoie à une chaîne partagée manquante; le classeur est endommagé.</translation>
    </message>
    <message>
        <source>cell %1 holds the error %2</source>
        <translation>la cellule %1 contient l’erreur %2</translation>
    </message>
    <message>
        <source>cell %1 holds “%2”, which is not a number</source>
        <translation>la cellule %1 contient «&#xa0;%2&#xa0;», qui n’est pas un nombre</translation>
    </message>
    <message>
        <source>The sheet has too many columns.</source>
        <translation>La feuille a trop de colonnes.</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is damaged: %1 (line %2 of its XML).</source>
        <translation>La première feuille du classeur est endommagée&#xa0;: %1 (ligne %2 de son XML).</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is empty: it has no header row.</source>
        <translation>La première feuille du classeur est vide&#xa0;: elle n’a pas de rangée d’en-tête.</translation>
    </message>
</context>
<context>
    <name>jcr::accessiblenames</name>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
</context>
<context>
    <name>jcr::cli</name>
    <message>
        <source>--%1 &quot;%2&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>--%1 «&#xa0;%2&#xa0;» n’est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>The roadmap file.</source>
        <translation>Le fichier de feuille de route.</translation>
    </message>
    <message>
        <source>Only changes made on or after DATE.</source>
        <translation>Seulement les modifications faites le DATE ou après.</translation>
    </message>
    <message>
        <source>Only changes made on or before DATE.</source>
        <translation>Seulement les modifications faites le DATE ou avant.</translation>
    </message>
    <message>
        <source>Output format: tsv (default) or json.</source>
        <translation>Format de sortie&#xa0;: tsv (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Lists the roadmap&apos;s record of change, newest first: id, time (UTC), who, item, area, action, field, old value, new value. Changes made by other programs than the planner are recorded as &quot;another program&quot;.</source>
        <translation>Énumère le registre des modifications de la feuille de route, du plus récent au plus ancien&#xa0;: identifiant, heure (UTC), auteur, élément, domaine, action, champ, ancienne valeur, nouvelle valeur. Les modifications faites par d’autres programmes que le planificateur sont enregistrées comme «&#xa0;un autre programme&#xa0;».</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use tsv or json</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez tsv ou json</translation>
    </message>
    <message>
        <source>--until is before --since</source>
        <translation>--until est antérieur à --since</translation>
    </message>
    <message>
        <source>The roadmap file to create.</source>
        <translation>Le fichier de feuille de route à créer.</translation>
    </message>
    <message>
        <source>Only the six priority areas, no items (default: the seeded roadmap).</source>
        <translation>Seulement les six domaines prioritaires, sans éléments (par défaut&#xa0;: la feuille de route préremplie).</translation>
    </message>
    <message>
        <source>Creates a new roadmap file. Never overwrites a file.</source>
        <translation>Crée un nouveau fichier de feuille de route. N’écrase jamais un fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n item(s).</source>
        <translation>
            <numerusform>%1 créé avec %n élément.</numerusform>
            <numerusform>%1 créé avec %n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <source>The roadmap file to check.</source>
        <translation>Le fichier de feuille de route à vérifier.</translation>
    </message>
    <message>
        <source>Checks that FILE is a healthy roadmap of a known schema, with the same checks as opening it (identity, schema, structure, references) plus a full integrity check. Never modifies it. Exit code 0 when healthy, 1 otherwise.</source>
        <translation>Vérifie que FILE est une feuille de route saine d’un schéma connu, avec les mêmes vérifications qu’à l’ouverture (identité, schéma, structure, références) et une vérification complète de l’intégrité. Ne le modifie jamais. Code de sortie 0 s’il est sain, 1 sinon.</translation>
    </message>
    <message>
        <source>%1: the file is damaged: %2</source>
        <translation>%1&#xa0;: le fichier est endommagé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cited passage(s) no longer occur in their source: %2</source>
        <translation>
            <numerusform>%1&#xa0;: %n passage cité ne figure plus dans sa source&#xa0;: %2</numerusform>
            <numerusform>%1&#xa0;: %n passages cités ne figurent plus dans leur source&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: ok, schema %2, %n item(s)</source>
        <translation>
            <numerusform>%1&#xa0;: ok, schéma %2, %n élément</numerusform>
            <numerusform>%1&#xa0;: ok, schéma %2, %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source> (upgraded to schema %1 when opened for editing)</source>
        <translation> (mis à niveau vers le schéma %1 lors de l’ouverture pour modification)</translation>
    </message>
    <message>
        <source>The roadmap file to list.</source>
        <translation>Le fichier de feuille de route à énumérer.</translation>
    </message>
    <message>
        <source>Lists the items: id, area, kind, status, health, lead, start, end, title.</source>
        <translation>Énumère les éléments&#xa0;: identifiant, domaine, type, état, santé, responsable, début, fin, titre.</translation>
    </message>
    <message>
        <source>create a roadmap file (seeded, or --empty)</source>
        <translation>créer un fichier de feuille de route (prérempli, ou --empty)</translation>
    </message>
    <message>
        <source>check that a file is a healthy roadmap</source>
        <translation>vérifier qu’un fichier est une feuille de route saine</translation>
    </message>
    <message>
        <source>list the items (tsv or json)</source>
        <translation>énumérer les éléments (tsv ou json)</translation>
    </message>
    <message>
        <source>write a status report, briefing or board as PDF</source>
        <translation>écrire un rapport d’étape, une note d’information ou le tableau en PDF</translation>
    </message>
    <message>
        <source>render the timeline as PNG, SVG or PDF</source>
        <translation>produire la chronologie en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>export to CSV, Excel, iCalendar or JSON</source>
        <translation>exporter en CSV, Excel, iCalendar ou JSON</translation>
    </message>
    <message>
        <source>import items from CSV, Excel or JSON</source>
        <translation>importer des éléments à partir de CSV, d’Excel ou de JSON</translation>
    </message>
    <message>
        <source>list the source documents, or --import one</source>
        <translation>énumérer les documents sources, ou en importer un avec --import</translation>
    </message>
    <message>
        <source>list the commitment sentences and their items</source>
        <translation>énumérer les phrases d’engagement et leurs éléments</translation>
    </message>
    <message>
        <source>list the recorded changes (tsv or json)</source>
        <translation>énumérer les modifications enregistrées (tsv ou json)</translation>
    </message>
    <message>
        <source>Usage: jcroadmap [FILE]
       jcroadmap COMMAND [OPTIONS] FILE

Without a command, opens FILE (or the default roadmap) in the planner window.

Commands (each has --help):
</source>
        <translation>Utilisation&#xa0;: jcroadmap [FILE]
       jcroadmap COMMANDE [OPTIONS] FILE

Sans commande, ouvre FILE (ou la feuille de route par défaut) dans la fenêtre du planificateur.

Commandes (chacune a --help)&#xa0;:
</translation>
    </message>
    <message>
        <source>
Options:
  --version  print the version
  --help     print this help
</source>
        <translation>
Options&#xa0;:
  --version  afficher la version
  --help     afficher cette aide
</translation>
    </message>
    <message>
        <source>expected exactly one FILE argument (see --help)</source>
        <translation>un seul argument FILE est attendu (voir --help)</translation>
    </message>
    <message>
        <source>could not write the output: %1</source>
        <translation>impossible d’écrire la sortie&#xa0;: %1</translation>
    </message>
    <message>
        <source>no command given (see --help)</source>
        <translation>aucune commande donnée (voir --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are %2 (see --help)</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»; les commandes sont %2 (voir --help)</translation>
    </message>
    <message>
        <source>The roadmap file to export.</source>
        <translation>Le fichier de feuille de route à exporter.</translation>
    </message>
    <message>
        <source>The file to write; its extension chooses the format: .csv, .xlsx, .ics or .json.</source>
        <translation>Le fichier à écrire; son extension détermine le format&#xa0;: .csv, .xlsx, .ics ou .json.</translation>
    </message>
    <message>
        <source>iCalendar: leave out events that end before this day.</source>
        <translation>iCalendar&#xa0;: omettre les événements qui se terminent avant ce jour.</translation>
    </message>
    <message>
        <source>iCalendar: leave out events that start after this day.</source>
        <translation>iCalendar&#xa0;: omettre les événements qui commencent après ce jour.</translation>
    </message>
    <message>
        <source>iCalendar: only this priority area (its number or name); repeat for more.</source>
        <translation>iCalendar&#xa0;: seulement ce domaine prioritaire (son numéro ou son nom); répéter pour en ajouter.</translation>
    </message>
    <message>
        <source>Exports the roadmap FILE: every item as CSV (UTF-8, safe to open in Excel) or as an Excel workbook, the dated items as an iCalendar file, or the whole roadmap as JSON. Never writes over FILE or another SQLite file.</source>
        <translation>Exporte la feuille de route FILE&#xa0;: chaque élément en CSV (UTF-8, à ouvrir sans risque dans Excel) ou en classeur Excel, les éléments datés en fichier iCalendar, ou toute la feuille de route en JSON. N’écrit jamais sur FILE ni sur un autre fichier SQLite.</translation>
    </message>
    <message>
        <source>no output file given: use -o OUT.csv, .xlsx, .ics or .json</source>
        <translation>aucun fichier de sortie donné&#xa0;: utilisez -o OUT.csv, .xlsx, .ics ou .json</translation>
    </message>
    <message>
        <source>%1: the output must end in .csv, .xlsx, .ics or .json</source>
        <translation>%1&#xa0;: la sortie doit se terminer par .csv, .xlsx, .ics ou .json</translation>
    </message>
    <message>
        <source>--from: “%1” is not a day (YYYY-MM-DD)</source>
        <translation>--from&#xa0;: «&#xa0;%1&#xa0;» n’est pas un jour (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--to: “%1” is not a day (YYYY-MM-DD)</source>
        <translation>--to&#xa0;: «&#xa0;%1&#xa0;» n’est pas un jour (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to est antérieur à --from</translation>
    </message>
    <message>
        <source>--from, --to and --area apply to .ics exports only</source>
        <translation>--from, --to et --area ne s’appliquent qu’aux exportations .ics</translation>
    </message>
    <message>
        <source>--area: no priority area “%1” in %2</source>
        <translation>--area&#xa0;: aucun domaine prioritaire «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>%n élément exporté vers %1.</numerusform>
            <numerusform>%n éléments exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The roadmap file to import into.</source>
        <translation>Le fichier de feuille de route dans lequel importer.</translation>
    </message>
    <message>
        <source>The file to import: .csv, .xlsx or .json.</source>
        <translation>Le fichier à importer&#xa0;: .csv, .xlsx ou .json.</translation>
    </message>
    <message>
        <source>Check IN and say what would change, without writing anything.</source>
        <translation>Vérifier IN et indiquer ce qui changerait, sans rien écrire.</translation>
    </message>
    <message>
        <source>Imports items into the roadmap FILE: a row with an id updates that item, a row without one adds an item. All or nothing: when a row is rejected, nothing is written. Exit code 0 when imported (or, with --dry-run, importable), 1 otherwise.</source>
        <translation>Importe des éléments dans la feuille de route FILE&#xa0;: une rangée avec un identifiant met à jour cet élément, une rangée sans identifiant ajoute un élément. Tout ou rien&#xa0;: si une rangée est rejetée, rien n’est écrit. Code de sortie 0 si l’importation a eu lieu (ou, avec --dry-run, est possible), 1 sinon.</translation>
    </message>
    <message>
        <source>expected FILE and IN (see --help)</source>
        <translation>FILE et IN sont attendus (voir --help)</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing imported: %n row(s) rejected</source>
        <translation>
            <numerusform>%1&#xa0;: rien n’a été importé&#xa0;: %n rangée rejetée</numerusform>
            <numerusform>%1&#xa0;: rien n’a été importé&#xa0;: %n rangées rejetées</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Essai à blanc&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>Importé dans %1.</translation>
    </message>
    <message>
        <source>Writes a report of FILE as PDF: a multi-page status report, a one-page briefing or the board. Never modifies FILE. The output depends only on FILE and the options (the as-of date defaults to today).</source>
        <translation>Écrit un rapport de FILE en PDF&#xa0;: un rapport d’étape de plusieurs pages, une note d’information d’une page ou le tableau. Ne modifie jamais FILE. Le résultat ne dépend que de FILE et des options (la date de référence est aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Report type: status (default), briefing or board.</source>
        <translation>Type de rapport&#xa0;: status (par défaut), briefing ou board.</translation>
    </message>
    <message>
        <source>Report date, YYYY-MM-DD (default: today).</source>
        <translation>Date du rapport, AAAA-MM-JJ (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>Start of &quot;completed since&quot; and &quot;changes since&quot;, YYYY-MM-DD (default: 30 days before the report date).</source>
        <translation>Début de «&#xa0;terminés depuis&#xa0;» et de «&#xa0;modifications depuis&#xa0;», AAAA-MM-JJ (par défaut&#xa0;: 30 jours avant la date du rapport).</translation>
    </message>
    <message>
        <source>Only priority area N (1-6); repeat for several.</source>
        <translation>Seulement le domaine prioritaire N (1-6); répéter pour en indiquer plusieurs.</translation>
    </message>
    <message>
        <source>Paper: a4 or letter (default from the locale).</source>
        <translation>Papier&#xa0;: a4 ou letter (par défaut, selon les paramètres régionaux).</translation>
    </message>
    <message>
        <source>Page orientation: auto (default: portrait for status, landscape otherwise), portrait or landscape.</source>
        <translation>Orientation de la page&#xa0;: auto (par défaut&#xa0;: portrait pour le rapport d’étape, paysage sinon), portrait ou landscape.</translation>
    </message>
    <message>
        <source>Marking printed at the top and bottom of every page (default: the file&apos;s).</source>
        <translation>Mention imprimée en haut et en bas de chaque page (par défaut&#xa0;: celle du fichier).</translation>
    </message>
    <message>
        <source>Include item descriptions in the status report.</source>
        <translation>Inclure les descriptions des éléments dans le rapport d’étape.</translation>
    </message>
    <message>
        <source>Add the traceability annex to the status report: each commitment sentence of the sources, the items that track it and their status.</source>
        <translation>Ajouter l’annexe de traçabilité au rapport d’étape&#xa0;: chaque phrase d’engagement des sources, les éléments qui en assurent le suivi et leur état.</translation>
    </message>
    <message>
        <source>no output file given: use -o OUT.pdf</source>
        <translation>aucun fichier de sortie donné&#xa0;: utilisez -o OUT.pdf</translation>
    </message>
    <message>
        <source>unknown report type &quot;%1&quot;: use status, briefing or board</source>
        <translation>type de rapport inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez status, briefing ou board</translation>
    </message>
    <message>
        <source>invalid --as-of date &quot;%1&quot;: use YYYY-MM-DD</source>
        <translation>date --as-of invalide «&#xa0;%1&#xa0;»&#xa0;: utilisez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>invalid --since date &quot;%1&quot;: use YYYY-MM-DD</source>
        <translation>date --since invalide «&#xa0;%1&#xa0;»&#xa0;: utilisez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>--since must not be after the report date</source>
        <translation>--since ne doit pas être postérieur à la date du rapport</translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot;: use a4 or letter</source>
        <translation>papier inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez a4 ou letter</translation>
    </message>
    <message>
        <source>unknown orientation &quot;%1&quot;: use auto, portrait or landscape</source>
        <translation>orientation inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez auto, portrait ou landscape</translation>
    </message>
    <message>
        <source>no priority area &quot;%1&quot; in %2</source>
        <translation>aucun domaine prioritaire «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <source>standard input is not valid UTF-8</source>
        <translation>l’entrée standard n’est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <source>--date %1 is not a day (YYYY-MM-DD)</source>
        <translation>--date %1 n’est pas un jour (AAAA-MM-JJ)</translation>
    </message>
    <message numerus="yes">
        <source>Imported source %1 &quot;%2&quot; into %3: %n commitment sentence(s).</source>
        <translation>
            <numerusform>Source %1 «&#xa0;%2&#xa0;» importée dans %3&#xa0;: %n phrase d’engagement.</numerusform>
            <numerusform>Source %1 «&#xa0;%2&#xa0;» importée dans %3&#xa0;: %n phrases d’engagement.</numerusform>
        </translation>
    </message>
    <message>
        <source>item %1 &quot;%2&quot;: %3</source>
        <translation>élément %1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Add the official text in TEXT (a UTF-8 .txt or .md file, or - for standard input) as a new source document.</source>
        <translation>Ajouter le texte officiel contenu dans TEXT (un fichier .txt ou .md en UTF-8, ou - pour l’entrée standard) comme nouveau document source.</translation>
    </message>
    <message>
        <source>Title of the imported text (required with --import).</source>
        <translation>Titre du texte importé (obligatoire avec --import).</translation>
    </message>
    <message>
        <source>Day the text was issued, YYYY-MM-DD.</source>
        <translation>Jour de publication du texte, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Where it was issued.</source>
        <translation>Lieu de publication.</translation>
    </message>
    <message>
        <source>Where the official text is published.</source>
        <translation>Adresse où le texte officiel est publié.</translation>
    </message>
    <message>
        <source>Lists the source documents of FILE (id, date, place, commitment sentences tracked, title), or imports another one with --import.</source>
        <translation>Énumère les documents sources de FILE (identifiant, date, lieu, phrases d’engagement suivies, titre), ou en importe un autre avec --import.</translation>
    </message>
    <message>
        <source>--%1 is only used with --import</source>
        <translation>--%1 ne s’utilise qu’avec --import</translation>
    </message>
    <message>
        <source>Lists every commitment sentence of the source documents with the items that cite it; a sentence cited by no item is uncovered.</source>
        <translation>Énumère chaque phrase d’engagement des documents sources avec les éléments qui la citent; une phrase qu’aucun élément ne cite n’est pas couverte.</translation>
    </message>
    <message>
        <source>Renders the timeline of FILE as an image: PNG, or SVG and PDF with real text.</source>
        <translation>Produit la chronologie de FILE sous forme d’image&#xa0;: PNG, ou SVG et PDF avec du vrai texte.</translation>
    </message>
    <message>
        <source>The image to write (.png, .svg or .pdf).</source>
        <translation>L’image à écrire (.png, .svg ou .pdf).</translation>
    </message>
    <message>
        <source>First day shown: 2026-03-06, 2026-03, 2026-Q1 or 2026 (default: from the items).</source>
        <translation>Premier jour affiché&#xa0;: 2026-03-06, 2026-03, 2026-Q1 ou 2026 (par défaut&#xa0;: selon les éléments).</translation>
    </message>
    <message>
        <source>Last day shown, same forms; a period counts up to its end (default: the end of 2028 or of the items).</source>
        <translation>Dernier jour affiché, mêmes formes; une période compte jusqu’à sa fin (par défaut&#xa0;: la fin de 2028 ou des éléments).</translation>
    </message>
    <message>
        <source>Width in pixels (default 1600); the height follows from the lanes.</source>
        <translation>Largeur en pixels (1600 par défaut); la hauteur découle des couloirs.</translation>
    </message>
    <message>
        <source>Priority areas to show, by number: 1,3,6 (default: all).</source>
        <translation>Domaines prioritaires à afficher, par numéro&#xa0;: 1,3,6 (par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <source>Leave out the today line.</source>
        <translation>Omettre la ligne d’aujourd’hui.</translation>
    </message>
    <message>
        <source>no output given: use -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation>aucune sortie donnée&#xa0;: utilisez -o OUT.png, OUT.svg ou OUT.pdf</translation>
    </message>
    <message>
        <source>unknown image type &quot;%1&quot;: use .png, .svg or .pdf</source>
        <translation>type d’image inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>--width must be a number of pixels between 200 and 20000</source>
        <translation>--width doit être un nombre de pixels compris entre 200 et 20000</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date</source>
        <translation>--from&#xa0;: «&#xa0;%1&#xa0;» n’est pas une date</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a date</source>
        <translation>--to&#xa0;: «&#xa0;%1&#xa0;» n’est pas une date</translation>
    </message>
    <message>
        <source>--areas: there is no priority area &quot;%1&quot;</source>
        <translation>--areas&#xa0;: il n’y a aucun domaine prioritaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 px, %4 – %5).</source>
        <translation>%1 écrit (%2 × %3 px, %4 – %5).</translation>
    </message>
    <message>
        <source>list, create NAME, rename OLD NEW, delete NAME, or compare NAME (or compare --date DATE).</source>
        <translation>list, create NOM, rename ANCIEN NOUVEAU, delete NOM, ou compare NOM (ou compare --date DATE).</translation>
    </message>
    <message>
        <source>create: a note kept with the baseline.</source>
        <translation>create&#xa0;: une note conservée avec la référence.</translation>
    </message>
    <message>
        <source>compare: against the state at the end of DATE (YYYY-MM-DD), rebuilt from the record of change.</source>
        <translation>compare&#xa0;: par rapport à l’état à la fin de DATE (AAAA-MM-JJ), reconstitué d’après le registre des modifications.</translation>
    </message>
    <message>
        <source>list and compare: output format, tsv (default) or json.</source>
        <translation>list et compare&#xa0;: format de sortie, tsv (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Lists, creates, renames and deletes the roadmap&apos;s baselines — named snapshots of every item&apos;s dates, status, health and progress — and lists the items that slipped against one. A new baseline is dated today.</source>
        <translation>Liste, crée, renomme et supprime les références de la feuille de route — des instantanés nommés des dates, de l’état, de la santé et de l’avancement de chaque élément — et liste les éléments en retard par rapport à l’une d’elles. Une nouvelle référence est datée d’aujourd’hui.</translation>
    </message>
    <message>
        <source>expected FILE and an action: list, create, rename, delete or compare (see --help)</source>
        <translation>FICHIER et une action attendus&#xa0;: list, create, rename, delete ou compare (voir --help)</translation>
    </message>
    <message>
        <source>usage: jcroadmap baseline FILE %1</source>
        <translation>utilisation&#xa0;: jcroadmap baseline FICHIER %1</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: use list, create, rename, delete or compare</source>
        <translation>action inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez list, create, rename, delete ou compare</translation>
    </message>
    <message>
        <source>--note goes with create only</source>
        <translation>--note ne va qu’avec create</translation>
    </message>
    <message>
        <source>--date goes with compare only</source>
        <translation>--date ne va qu’avec compare</translation>
    </message>
    <message>
        <source>%1: this file is of an older schema; open it for writing once to upgrade it</source>
        <translation>%1&#xa0;: ce fichier est d’un schéma plus ancien; ouvrez-le une fois en écriture pour le mettre à niveau</translation>
    </message>
    <message>
        <source>%1: no baseline named “%2”</source>
        <translation>%1&#xa0;: aucune référence nommée «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Created baseline “%1” of %n item(s).</source>
        <translation>
            <numerusform>Référence «&#xa0;%1&#xa0;» créée, %n élément.</numerusform>
            <numerusform>Référence «&#xa0;%1&#xa0;» créée, %n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed baseline “%1” to “%2”.</source>
        <translation>Référence «&#xa0;%1&#xa0;» renommée «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Deleted baseline “%1”.</source>
        <translation>Référence «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>--date «&#xa0;%1&#xa0;» n’est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>list, create, rename or delete baselines; compare</source>
        <translation>lister, créer, renommer ou supprimer des références; comparer</translation>
    </message>
    <message>
        <source>Report slippage against the baseline NAME (see `jcroadmap baseline`): a section of the status report, counted in its summary; slips shown on the briefing&apos;s key milestones.</source>
        <translation>Signaler les retards par rapport à la référence NOM (voir `jcroadmap baseline`)&#xa0;: une section du rapport d’étape, comptée dans son sommaire; retards indiqués sur les jalons clés de la note d’information.</translation>
    </message>
    <message>
        <source>Language of the report: en, fr or ja (default: the interface&apos;s).</source>
        <translation>Langue du rapport&#xa0;: en, fr ou ja (par défaut&#xa0;: celle de l’interface).</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: use en, fr or ja</source>
        <translation>langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez en, fr ou ja</translation>
    </message>
    <message>
        <source>publish a roadmap file as a team roadmap on a server</source>
        <translation>publier un fichier de feuille de route comme feuille de route d’équipe sur un serveur</translation>
    </message>
    <message>
        <source>copy a team roadmap into a new roadmap file</source>
        <translation>copier une feuille de route d’équipe dans un nouveau fichier de feuille de route</translation>
    </message>
    <message>
        <source>set up an empty server database (or --sql: the script)</source>
        <translation>préparer une base de données vide sur le serveur (ou --sql : le script)</translation>
    </message>
    <message>
        <source>
FILE may also be a team roadmap on a PostgreSQL server:
  postgresql://USER@HOST/DATABASE
</source>
        <translation>
FILE peut aussi être une feuille de route d’équipe sur un serveur PostgreSQL :
  postgresql://USER@HOST/DATABASE
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; write it as postgresql://USER@HOST/DATABASE</source>
        <translation>« %1 » n’est pas une adresse de serveur ; écrivez-la sous la forme postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>The roadmap file to publish.</source>
        <translation>Le fichier de feuille de route à publier.</translation>
    </message>
    <message>
        <source>The server database: postgresql://USER@HOST/DATABASE</source>
        <translation>La base de données du serveur : postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>Replace a team roadmap that already has items (default: refuse).</source>
        <translation>Remplacer une feuille de route d’équipe qui a déjà des éléments (par défaut : refuser).</translation>
    </message>
    <message>
        <source>Publishes FILE as a team roadmap on a PostgreSQL server: sets up the schema on an empty database and copies everything, history and baselines included, in one transaction. The file is not changed.</source>
        <translation>Publie FILE comme feuille de route d’équipe sur un serveur PostgreSQL : prépare le schéma sur une base de données vide et copie tout, historique et références comprises, en une seule transaction. Le fichier n’est pas modifié.</translation>
    </message>
    <message>
        <source>give a roadmap FILE and a server URL (see --help)</source>
        <translation>indiquez un fichier de feuille de route FILE et une URL de serveur (voir --help)</translation>
    </message>
    <message>
        <source>%1: the file is damaged and is not published: %2</source>
        <translation>%1 : le fichier est endommagé et n’est pas publié : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds a roadmap with %n item(s); nothing was changed (--replace replaces it).</source>
        <translation>
            <numerusform>%1 contient déjà une feuille de route de %n élément ; rien n’a été modifié (--replace la remplace).</numerusform>
            <numerusform>%1 contient déjà une feuille de route de %n éléments ; rien n’a été modifié (--replace la remplace).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %1 to %2: %n item(s), %3 recorded changes.</source>
        <translation>
            <numerusform>%1 publié sur %2 : %n élément, %3 modifications enregistrées.</numerusform>
            <numerusform>%1 publié sur %2 : %n éléments, %3 modifications enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team roadmap: postgresql://USER@HOST/DATABASE</source>
        <translation>La feuille de route d’équipe : postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>The roadmap file to write (must not exist).</source>
        <translation>Le fichier de feuille de route à écrire (ne doit pas exister).</translation>
    </message>
    <message>
        <source>Copies a team roadmap, history and baselines included, into a new roadmap file for offline work. Never overwrites a file.</source>
        <translation>Copie une feuille de route d’équipe, historique et références comprises, dans un nouveau fichier de feuille de route pour travailler hors ligne. N’écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>give a server URL and a new roadmap FILE (see --help)</source>
        <translation>indiquez une URL de serveur et un nouveau fichier de feuille de route FILE (voir --help)</translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten.</source>
        <translation>%1 existe déjà ; il n’a pas été écrasé.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n item(s).</source>
        <translation>
            <numerusform>%1 copié dans %2 : %n élément.</numerusform>
            <numerusform>%1 copié dans %2 : %n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <source>The empty server database: postgresql://USER@HOST/DATABASE</source>
        <translation>La base de données vide du serveur : postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>Print the SQL script instead (for psql -1 -f), and change nothing.</source>
        <translation>Afficher plutôt le script SQL (pour psql -1 -f), sans rien modifier.</translation>
    </message>
    <message>
        <source>Sets up an empty PostgreSQL database as an empty team roadmap (publish a file into it, or open it and add items).</source>
        <translation>Prépare une base de données PostgreSQL vide comme feuille de route d’équipe vide (publiez-y un fichier, ou ouvrez-la et ajoutez des éléments).</translation>
    </message>
    <message>
        <source>--sql takes no URL</source>
        <translation>--sql ne prend pas d’URL</translation>
    </message>
    <message>
        <source>give one server URL (see --help)</source>
        <translation>indiquez une URL de serveur (voir --help)</translation>
    </message>
    <message>
        <source>Set up an empty team roadmap at %1 (schema %2).</source>
        <translation>Feuille de route d’équipe vide préparée sur %1 (schéma %2).</translation>
    </message>
</context>
<context>
    <name>jcr::enums</name>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>En difficulté</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>Conjoint</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>Soutien</translation>
    </message>
</context>
<context>
    <name>jcr::paths</name>
    <message>
        <source>Roadmap files (*.%1 *.sqlite *.db);;All files (*)</source>
        <translation>Fichiers de feuille de route (*.%1 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>jcr::seed</name>
    <message>
        <source>line %1: %2</source>
        <extracomment>A problem in a seed file: &quot;line 12: unknown field &apos;Foo&apos;…&quot;</extracomment>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown block type %1 (expected Document, Source-Document, Area, Organisation or Item)</source>
        <translation>type de bloc inconnu %1 (attendu&#xa0;: Document, Source-Document, Area, Organisation ou Item)</translation>
    </message>
    <message>
        <source>a continuation line must follow a field</source>
        <translation>une ligne de continuation doit suivre un champ</translation>
    </message>
    <message>
        <source>expected %1, a comment, a blank line or a continuation line</source>
        <translation>%1, un commentaire, une ligne vide ou une ligne de continuation attendu</translation>
    </message>
    <message>
        <source>unknown field %1 in a %2 block (expected one of: %3)</source>
        <translation>champ inconnu %1 dans un bloc %2 (valeurs possibles&#xa0;: %3)</translation>
    </message>
    <message>
        <source>field %1 appears more than once</source>
        <translation>le champ %1 figure plus d’une fois</translation>
    </message>
    <message>
        <source>the %1 block has no %2 field</source>
        <translation>le bloc %1 n’a pas de champ %2</translation>
    </message>
    <message>
        <source>field %1 must not be empty</source>
        <translation>le champ %1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>a second Document block (the first is on line %1)</source>
        <translation>un deuxième bloc Document (le premier est à la ligne %1)</translation>
    </message>
    <message>
        <source>the Document field takes no value</source>
        <translation>le champ Document ne prend aucune valeur</translation>
    </message>
    <message>
        <source>%1 is not a file name beside the seed</source>
        <translation>%1 n’est pas un nom de fichier à côté des données initiales</translation>
    </message>
    <message>
        <source>%1 is not a day (YYYY-MM-DD)</source>
        <translation>%1 n’est pas un jour (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1 is not an area number (1 to %2)</source>
        <translation>%1 n’est pas un numéro de domaine (1 à %2)</translation>
    </message>
    <message>
        <source>area %1 is defined twice (first on line %2)</source>
        <translation>le domaine %1 est défini deux fois (la première fois à la ligne %2)</translation>
    </message>
    <message>
        <source>%1 is not a colour of the form #RRGGBB</source>
        <translation>%1 n’est pas une couleur de la forme #RRGGBB</translation>
    </message>
    <message>
        <source>%1 is not a valid short name (no spaces or commas)</source>
        <translation>%1 n’est pas un nom abrégé valide (ni espaces ni virgules)</translation>
    </message>
    <message>
        <source>organisation %1 is defined twice (first on line %2)</source>
        <translation>l’organisation&#xa0;%1 est définie deux fois (la première fois à la ligne %2)</translation>
    </message>
    <message>
        <source>organisation name %1 is used twice (first on line %2)</source>
        <translation>le nom d’organisation&#xa0;%1 est utilisé deux fois (la première fois à la ligne %2)</translation>
    </message>
    <message>
        <source>unknown country %1 (expected one of: %2)</source>
        <translation>pays inconnu %1 (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 is not a date (use 2026-03-06, 2026-12, 2026-Q3 or 2026)</source>
        <translation>%1 n’est pas une date (utilisez 2026-03-06, 2026-12, 2026-Q3 ou 2026)</translation>
    </message>
    <message>
        <source>%1 is not a valid item key (lowercase letters, digits and single hyphens)</source>
        <translation>%1 n’est pas une clé d’élément valide (lettres minuscules, chiffres et traits d’union simples)</translation>
    </message>
    <message>
        <source>item key %1 is used twice (first on line %2)</source>
        <translation>la clé d’élément %1 est utilisée deux fois (la première fois à la ligne %2)</translation>
    </message>
    <message>
        <source>%1 is not an area number</source>
        <translation>%1 n’est pas un numéro de domaine</translation>
    </message>
    <message>
        <source>unknown kind %1 (expected one of: %2)</source>
        <translation>type inconnu %1 (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown status %1 (expected one of: %2)</source>
        <translation>état inconnu %1 (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown health %1 (expected one of: %2)</source>
        <translation>santé inconnue %1 (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown lead %1 (expected one of: %2)</source>
        <translation>partie responsable inconnue %1 (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the end (%1) is before the start (%2)</source>
        <translation>la fin (%1) est antérieure au début (%2)</translation>
    </message>
    <message>
        <source>progress %1 is not a whole number from 0 to 100</source>
        <translation>l’avancement %1 n’est pas un nombre entier de 0 à 100</translation>
    </message>
    <message>
        <source>%1 is not of the form &apos;lead SHORT&apos; or &apos;supporting SHORT&apos;</source>
        <translation>%1 n’est pas de la forme &apos;lead SHORT&apos; ou &apos;supporting SHORT&apos;</translation>
    </message>
    <message>
        <source>organisation %1 is listed twice</source>
        <translation>l’organisation&#xa0;%1 figure deux fois</translation>
    </message>
    <message>
        <source>a tag must have 1 to %1 characters; check for stray commas</source>
        <translation>une étiquette doit avoir de 1 à %1 caractères; vérifiez s’il y a des virgules en trop</translation>
    </message>
    <message>
        <source>tag %1 is listed twice</source>
        <translation>l’étiquette %1 figure deux fois</translation>
    </message>
    <message>
        <source>an empty item key; check for stray commas</source>
        <translation>une clé d’élément vide; vérifiez s’il y a des virgules en trop</translation>
    </message>
    <message>
        <source>item %1 cannot depend on itself</source>
        <translation>l’élément %1 ne peut pas dépendre de lui-même</translation>
    </message>
    <message>
        <source>item %1 is listed twice</source>
        <translation>l’élément %1 figure deux fois</translation>
    </message>
    <message>
        <source>an Update has the form &apos;DATE | AUTHOR | status=KEY health=KEY | TEXT&apos;</source>
        <translation>un champ Update a la forme &apos;DATE | AUTHOR | status=KEY health=KEY | TEXT&apos;</translation>
    </message>
    <message>
        <source>%1 is not a day such as 2026-03-06</source>
        <translation>%1 n’est pas un jour comme 2026-03-06</translation>
    </message>
    <message>
        <source>the author is longer than %1 characters</source>
        <translation>l’auteur dépasse %1 caractères</translation>
    </message>
    <message>
        <source>%1 is not a change (expected status=KEY or health=KEY, each at most once)</source>
        <translation>%1 n’est pas une modification (attendu&#xa0;: status=KEY ou health=KEY, chacun au plus une fois)</translation>
    </message>
    <message>
        <source>an Update needs a text after the last &apos;|&apos;</source>
        <translation>un champ Update doit avoir un texte après le dernier &apos;|&apos;</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>le texte dépasse %1 caractères</translation>
    </message>
    <message>
        <source>there is no Area block numbered %1</source>
        <translation>il n’y a aucun bloc Area numéro %1</translation>
    </message>
    <message>
        <source>there is no Organisation block %1</source>
        <translation>il n’y a aucun bloc Organisation&#xa0;%1</translation>
    </message>
    <message>
        <source>there is no Item block %1</source>
        <translation>il n’y a aucun bloc Item %1</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>cycle de dépendances&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8.</source>
        <translation>%1 n’est pas un texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>The built-in seed roadmap is invalid: %1</source>
        <translation>Les données initiales intégrées de la feuille de route ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation>le titre dépasse %1 caractères</translation>
    </message>
</context>
</TS>
