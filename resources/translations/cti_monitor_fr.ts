<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Connection lost at %s</source>
        <translation>Connexion perdue à %s</translation>
    </message>
    <message>
        <source>O2G event channel down since %s</source>
        <translation>Canal d&apos;événements O2G coupé depuis %s</translation>
    </message>
    <message>
        <source>PBX link down since %s</source>
        <translation>Lien PBX coupé depuis %s</translation>
    </message>
    <message>
        <source>CTI link down since %s</source>
        <translation>Lien CTI coupé depuis %s</translation>
    </message>
    <message>
        <source> — states shown are as of then</source>
        <translation> — les états affichés datent de ce moment</translation>
    </message>
    <message>
        <source>not retrying (%s)</source>
        <translation>plus de nouvelle tentative (%s)</translation>
    </message>
    <message>
        <source>trying to reconnect…</source>
        <translation>tentative de reconnexion…</translation>
    </message>
    <message>
        <source>next try in %d s</source>
        <translation>prochain essai dans %d s</translation>
    </message>
    <message>
        <source>not available (%s)</source>
        <translation>indisponible (%s)</translation>
    </message>
    <message>
        <source>Drop: that call has ended</source>
        <translation>Dépôt : cet appel est terminé</translation>
    </message>
    <message>
        <source>Drop: the call is already on that line</source>
        <translation>Dépôt : l&apos;appel est déjà sur cette ligne</translation>
    </message>
    <message>
        <source>Drop: %s has no number to send the call to</source>
        <translation>Dépôt : %s n&apos;a pas de numéro où envoyer l&apos;appel</translation>
    </message>
    <message>
        <source>Drop: this call cannot be redirected or transferred now (the PBX offers neither)</source>
        <translation>Dépôt : cet appel ne peut être ni redirigé ni transféré maintenant (le PBX ne le propose pas)</translation>
    </message>
    <message>
        <source>last known: %s, at %s</source>
        <translation>dernier état connu : %s, à %s</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>a replay shows what was recorded: there is nothing to command</source>
        <translation>une relecture montre ce qui a été enregistré : rien à commander</translation>
    </message>
    <message>
        <source>Select a user to see their calls.</source>
        <translation>Sélectionnez un utilisateur pour voir ses appels.</translation>
    </message>
    <message>
        <source>No events for this user yet.</source>
        <translation>Pas encore d&apos;événement pour cet utilisateur.</translation>
    </message>
    <message>
        <source>No calls.</source>
        <translation>Aucun appel.</translation>
    </message>
    <message>
        <source>My line: </source>
        <translation>Ma ligne : </translation>
    </message>
    <message>
        <source>selected user hidden by the filter</source>
        <translation>utilisateur sélectionné masqué par le filtre</translation>
    </message>
    <message>
        <source>Device %s</source>
        <translation>Poste %s</translation>
    </message>
    <message>
        <source>%s: not offered on this device now</source>
        <translation>%s : non proposé sur ce poste pour le moment</translation>
    </message>
    <message>
        <source>Drop: %s</source>
        <translation>Dépôt : %s</translation>
    </message>
    <message>
        <source>%s to %s: %s</source>
        <translation>%s vers %s : %s</translation>
    </message>
    <message>
        <source>Click ignored: the call&apos;s buttons had just changed under the pointer</source>
        <translation>Clic ignoré : les boutons de l&apos;appel venaient de changer sous le pointeur</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <source>Set my line first (Line ▸ Set my line), then act on a colleague&apos;s lamp</source>
        <translation>Définissez d&apos;abord ma ligne (Ligne ▸ Définir ma ligne), puis agissez sur la lampe d&apos;un collègue</translation>
    </message>
    <message>
        <source>Actions on %s</source>
        <translation>Actions sur %s</translation>
    </message>
    <message>
        <source>Nothing the PBX offers now between my line and %s</source>
        <translation>Rien que le PBX propose maintenant entre ma ligne et %s</translation>
    </message>
    <message>
        <source>Blind transfer to %s</source>
        <translation>Transfert direct vers %s</translation>
    </message>
    <message>
        <source>Consult %s first (call them)</source>
        <translation>Consulter d&apos;abord %s (l&apos;appeler)</translation>
    </message>
    <message>
        <source>Transfer my call to %s:</source>
        <translation>Transférer mon appel vers %s :</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Call %s: my line&apos;s device offers no call now</source>
        <translation>Appeler %s : le poste de ma ligne ne propose pas d&apos;appel pour le moment</translation>
    </message>
    <message>
        <source>Pick up: set my line first (Line ▸ Set my line), then pick up a colleague&apos;s call</source>
        <translation>Interception : définissez d&apos;abord ma ligne (Ligne ▸ Définir ma ligne), puis interceptez l&apos;appel d&apos;un collègue</translation>
    </message>
    <message>
        <source>That call is no longer waiting</source>
        <translation>Cet appel n&apos;attend plus</translation>
    </message>
    <message>
        <source>Digits:</source>
        <translation>Chiffres :</translation>
    </message>
    <message>
        <source>With which call?</source>
        <translation>Avec quel appel ?</translation>
    </message>
    <message>
        <source>Which participant?</source>
        <translation>Quel participant ?</translation>
    </message>
    <message>
        <source>%s refused: %s (%s)</source>
        <translation>%s refusé : %s (%s)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>when busy</source>
        <translation>si occupé</translation>
    </message>
    <message>
        <source>on no answer</source>
        <translation>si pas de réponse</translation>
    </message>
    <message>
        <source>when busy or no answer</source>
        <translation>si occupé ou pas de réponse</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>messagerie vocale</translation>
    </message>
    <message>
        <source>overflow to %s %s</source>
        <translation>débordement vers %s %s</translation>
    </message>
    <message>
        <source>forwarded to %s</source>
        <translation>renvoyé vers %s</translation>
    </message>
    <message>
        <source>forwarded to %s %s</source>
        <translation>renvoyé vers %s %s</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>ne pas déranger</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NPD</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>MV</translation>
    </message>
    <message>
        <source>DND: will be refused</source>
        <translation>NPD : sera refusé</translation>
    </message>
    <message>
        <source>DND: to voicemail</source>
        <translation>NPD : vers la messagerie</translation>
    </message>
    <message>
        <source>DND: → forwarded to %s</source>
        <translation>NPD : → renvoyé vers %s</translation>
    </message>
    <message>
        <source>busy → forwarded to %s</source>
        <translation>occupé → renvoyé vers %s</translation>
    </message>
    <message>
        <source>Drag onto a user&apos;s lamp: %s the call to them</source>
        <translation>Glissez l&apos;appel sur la lampe d&apos;un utilisateur (%s)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>%s: not offered for this call now</source>
        <translation>%s : non proposé pour cet appel pour le moment</translation>
    </message>
    <message>
        <source>Shortcuts act on my line only: click to act on this call</source>
        <translation>Les raccourcis n&apos;agissent que sur ma ligne : cliquez pour agir sur cet appel</translation>
    </message>
    <message>
        <source>conference of %s</source>
        <translation>conférence à %s</translation>
    </message>
    <message>
        <source>recording: %s</source>
        <translation>enregistrement : %s</translation>
    </message>
    <message>
        <source>call %s</source>
        <translation>appel %s</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try to reconnect at once instead of waiting</source>
        <translation>Tenter de se reconnecter tout de suite au lieu d&apos;attendre</translation>
    </message>
    <message>
        <source>Routing of %s</source>
        <translation>Routage de %s</translation>
    </message>
    <message>
        <source>Routing: %s</source>
        <translation>Routage : %s</translation>
    </message>
    <message>
        <source>Routing: calls ring here</source>
        <translation>Routage : les appels sonnent ici</translation>
    </message>
    <message>
        <source>Routing: not known yet</source>
        <translation>Routage : pas encore connu</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Renvoi</translation>
    </message>
    <message>
        <source>Forward calls</source>
        <translation>Renvoyer les appels</translation>
    </message>
    <message>
        <source>When to forward</source>
        <translation>Quand renvoyer</translation>
    </message>
    <message>
        <source>Where to forward: a number, a colleague or voicemail</source>
        <translation>Où renvoyer : un numéro, un collègue ou la messagerie</translation>
    </message>
    <message>
        <source>number, colleague or voicemail</source>
        <translation>numéro, collègue ou messagerie</translation>
    </message>
    <message>
        <source>Set forward</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Set the forward</source>
        <translation>Activer le renvoi</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Forward: choose a number, a colleague or voicemail first</source>
        <translation>Renvoi : choisissez d&apos;abord un numéro, un collègue ou la messagerie</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>not written (see stderr)</source>
        <translation>non écrit (voir stderr)</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>About %s</source>
        <translation>À propos de %s</translation>
    </message>
    <message>
        <source>Live line states and call control for Alcatel-Lucent OmniPCX Enterprise.</source>
        <translation>États des lignes en direct et contrôle des appels pour Alcatel-Lucent OmniPCX Enterprise.</translation>
    </message>
    <message>
        <source>%s: unexpected error</source>
        <translation>%s : erreur inattendue</translation>
    </message>
    <message>
        <source>The details are in the log:
%s</source>
        <translation>Les détails sont dans le journal :
%s</translation>
    </message>
    <message>
        <source>The log file could not be written; the details are below.</source>
        <translation>Le fichier journal n&apos;a pas pu être écrit ; les détails sont ci-dessous.</translation>
    </message>
    <message>
        <source>%s ran into an unexpected error.</source>
        <translation>%s a rencontré une erreur inattendue.</translation>
    </message>
    <message>
        <source>It may go on working; if it behaves oddly, quit and start it again.</source>
        <translation>Il peut continuer à fonctionner ; s&apos;il se comporte bizarrement, quittez-le et relancez-le.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>My line: %s</source>
        <translation>Ma ligne : %s</translation>
    </message>
    <message>
        <source>%s (my line&apos;s first call offering it)</source>
        <translation>%s (le premier appel de ma ligne qui le propose)</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <source>move between lamps (or rows of the list)</source>
        <translation>passer d&apos;une lampe à l&apos;autre (ou d&apos;une ligne de la liste)</translation>
    </message>
    <message>
        <source>Enter, double click</source>
        <translation>Entrée, double-clic</translation>
    </message>
    <message>
        <source>on a lamp: transfer my answered call there (blind or consult), else call them</source>
        <translation>sur une lampe : y transférer mon appel en cours (direct ou après consultation), sinon l&apos;appeler</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10, right click</source>
        <translation>Touche Menu, Maj+F10, clic droit</translation>
    </message>
    <message>
        <source>on a lamp: what the PBX offers now between my line and them (call, transfer, redirect, pick up, voicemail, forward, do not disturb)</source>
        <translation>sur un voyant : ce que le PBX propose maintenant entre ma ligne et cette personne (appeler, transférer, rediriger, intercepter, messagerie, renvoi, ne pas déranger)</translation>
    </message>
    <message>
        <source>Enter in the search box</source>
        <translation>Entrée dans la recherche</translation>
    </message>
    <message>
        <source>select the first user shown</source>
        <translation>sélectionner le premier utilisateur affiché</translation>
    </message>
    <message>
        <source>add the selected user to the favourites, or take them out</source>
        <translation>ajouter l&apos;utilisateur sélectionné aux favoris, ou l&apos;en retirer</translation>
    </message>
    <message>
        <source>a new group of lamps (Groups menu: rename, delete, import, export)</source>
        <translation>un nouveau groupe de lampes (menu Groupes : renommer, supprimer, importer, exporter)</translation>
    </message>
    <message>
        <source>Left, Right on the groups&apos; tabs</source>
        <translation>Gauche, Droite sur les onglets des groupes</translation>
    </message>
    <message>
        <source>the previous or next group (as sections: Tab to a header, Space opens or folds it)</source>
        <translation>le groupe précédent ou suivant (en sections : Tab jusqu&apos;à un en-tête, Espace l&apos;ouvre ou le replie)</translation>
    </message>
    <message>
        <source>Enter on a waiting call</source>
        <translation>Entrée sur un appel en attente</translation>
    </message>
    <message>
        <source>pick it up to my line (the waiting-calls queue)</source>
        <translation>l&apos;intercepter sur ma ligne (la file des appels en attente)</translation>
    </message>
    <message>
        <source>replay: play/pause, next event, back one event</source>
        <translation>relecture : lecture/pause, événement suivant, un événement en arrière</translation>
    </message>
    <message>
        <source>open a trace, connect to a server, save the log, quit</source>
        <translation>ouvrir une trace, se connecter à un serveur, enregistrer le journal, quitter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>busy (%1)</source>
        <translation>occupé (%1)</translation>
    </message>
    <message>
        <source>no longer waiting</source>
        <translation>n&apos;attend plus</translation>
    </message>
    <message>
        <source>no action here</source>
        <translation>aucune action ici</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>appelant inconnu</translation>
    </message>
    <message>
        <source>rings on</source>
        <translation>continue de sonner</translation>
    </message>
    <message>
        <source>%1: no longer waiting</source>
        <translation>%1 : n&apos;attend plus</translation>
    </message>
    <message>
        <source>%1 calling %2, ringing for %3</source>
        <translation>%1 appelle %2, sonne depuis %3</translation>
    </message>
    <message>
        <source>%1 held by %2 for %3</source>
        <translation>%1 mis en attente par %2 depuis %3</translation>
    </message>
    <message>
        <source>%2 on hold with %1 for %3</source>
        <translation>%2 en garde avec %1 depuis %3</translation>
    </message>
    <message>
        <source>longer than %1 s</source>
        <translation>plus de %1 s</translation>
    </message>
    <message>
        <source>rings on if unanswered</source>
        <translation>continue de sonner sans réponse</translation>
    </message>
    <message>
        <source>last known at %1</source>
        <translation>dernier état connu à %1</translation>
    </message>
    <message>
        <source>No call is ringing unanswered.</source>
        <translation>Aucun appel ne sonne sans réponse.</translation>
    </message>
    <message>
        <source>No call is on hold.</source>
        <translation>Aucun appel en attente.</translation>
    </message>
    <message>
        <source>Waiting calls</source>
        <translation>Appels en attente</translation>
    </message>
    <message>
        <source>Calls ringing unanswered and calls on hold, longest waiting first</source>
        <translation>Appels qui sonnent sans réponse et appels en garde, le plus ancien d&apos;abord</translation>
    </message>
    <message>
        <source>Ringing calls</source>
        <translation>Appels qui sonnent</translation>
    </message>
    <message>
        <source>Longest waiting first; Enter picks the call up to my line; drag a row onto a lamp to redirect it</source>
        <translation>Le plus ancien d&apos;abord ; Entrée intercepte l&apos;appel sur ma ligne ; glissez une ligne sur une lampe pour le renvoyer</translation>
    </message>
    <message>
        <source>Held calls</source>
        <translation>Appels en garde</translation>
    </message>
    <message>
        <source>Calls on hold, longest first; select one to see its call</source>
        <translation>Appels en garde, le plus ancien d&apos;abord ; sélectionnez-en un pour voir son appel</translation>
    </message>
    <message>
        <source>Ringing (%1)</source>
        <translation>Sonnent (%1)</translation>
    </message>
    <message>
        <source>On hold (%1)</source>
        <translation>En garde (%1)</translation>
    </message>
    <message>
        <source>%1 waiting longer than %2 s</source>
        <translation>%1 en attente depuis plus de %2 s</translation>
    </message>
    <message>
        <source>not offered by the PBX for this call now</source>
        <translation>non proposé par le PBX pour cet appel maintenant</translation>
    </message>
    <message>
        <source>set my line first (Line ▸ Set my line)</source>
        <translation>définissez d&apos;abord ma ligne (Ligne ▸ Définir ma ligne)</translation>
    </message>
    <message>
        <source>it rings on my line: answer it there</source>
        <translation>il sonne sur ma ligne : répondez-y là</translation>
    </message>
    <message>
        <source>sent, waiting for the reply</source>
        <translation>envoyé, en attente de la réponse</translation>
    </message>
    <message>
        <source>Click ignored: that row had just changed under the pointer</source>
        <translation>Clic ignoré : cette ligne venait de changer sous le pointeur</translation>
    </message>
    <message>
        <source>A group needs a name</source>
        <translation>Un groupe doit avoir un nom</translation>
    </message>
    <message>
        <source>A group&apos;s name has at most %1 characters</source>
        <translation>Le nom d&apos;un groupe a au plus %1 caractères</translation>
    </message>
    <message>
        <source>There is already a group named “%1”</source>
        <translation>Il existe déjà un groupe nommé « %1 »</translation>
    </message>
    <message>
        <source>There is no group named “%1” any more</source>
        <translation>Il n&apos;y a plus de groupe nommé « %1 »</translation>
    </message>
    <message>
        <source>At most %1 groups</source>
        <translation>%1 groupes au plus</translation>
    </message>
    <message>
        <source>At most %1 users in a group</source>
        <translation>%1 utilisateurs au plus dans un groupe</translation>
    </message>
    <message>
        <source>The groups file is not valid: %1</source>
        <translation>Le fichier des groupes n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>Your groups could not be read: %s</source>
        <translation>Vos groupes n&apos;ont pas pu être lus : %s</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Users can only be added to your own groups and favourites</source>
        <translation>Les utilisateurs ne peuvent être ajoutés qu&apos;à vos propres groupes et favoris</translation>
    </message>
    <message>
        <source>Users can only be taken out of your own groups and favourites</source>
        <translation>Les utilisateurs ne peuvent être retirés que de vos propres groupes et favoris</translation>
    </message>
    <message>
        <source>Not imported: %s</source>
        <translation>Non importé : %s</translation>
    </message>
    <message>
        <source>Not exported to %1: %2</source>
        <translation>Non exporté vers %1 : %2</translation>
    </message>
    <message>
        <source>Your groups could not be saved to %1: %2</source>
        <translation>Vos groupes n&apos;ont pas pu être enregistrés dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 ringing</source>
        <translation>%1 en sonnerie</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n user(s)</source>
        <translation>
            <numerusform>%1 : %n utilisateur</numerusform>
            <numerusform>%1 : %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag lamps here to add them; right click to rename or delete</source>
        <translation>Glissez des lampes ici pour les ajouter ; clic droit pour renommer ou supprimer</translation>
    </message>
    <message>
        <source>Select a lamp first</source>
        <translation>Sélectionnez d&apos;abord une lampe</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>Nom du nouveau groupe :</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Nouveau nom de « %1 » :</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>Delete the group “%1”? Its users stay on the PBX; only the group goes.</source>
        <translation>Supprimer le groupe « %1 » ? Ses utilisateurs restent sur le PBX ; seul le groupe disparaît.</translation>
    </message>
    <message>
        <source>Group actions</source>
        <translation>Actions sur le groupe</translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation>Renommer « %1 »…</translation>
    </message>
    <message>
        <source>Delete “%1”…</source>
        <translation>Supprimer « %1 »…</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nouveau groupe…</translation>
    </message>
    <message>
        <source>Show groups as sections</source>
        <translation>Afficher les groupes en sections</translation>
    </message>
    <message>
        <source>Show groups as tabs</source>
        <translation>Afficher les groupes en onglets</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Ajouter au groupe</translation>
    </message>
    <message>
        <source>Remove from “%1”</source>
        <translation>Retirer de « %1 »</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Every monitored user&apos;s line state</source>
        <translation>L&apos;état de ligne de chaque utilisateur supervisé</translation>
    </message>
    <message>
        <source>Lamps</source>
        <translation>Lampes</translation>
    </message>
    <message>
        <source>One lamp per user; arrow keys move between them</source>
        <translation>Une lampe par utilisateur ; les flèches passent de l&apos;une à l&apos;autre</translation>
    </message>
    <message>
        <source>User list</source>
        <translation>Liste des utilisateurs</translation>
    </message>
    <message>
        <source>One row per user, sortable by column</source>
        <translation>Une ligne par utilisateur, triable par colonne</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Name, number or login; Enter selects the first match</source>
        <translation>Nom, numéro ou identifiant ; Entrée sélectionne le premier résultat</translation>
    </message>
    <message>
        <source>Show users</source>
        <translation>Afficher les utilisateurs</translation>
    </message>
    <message>
        <source>Only the users in this state</source>
        <translation>Seulement les utilisateurs dans cet état</translation>
    </message>
    <message>
        <source>Sort users</source>
        <translation>Trier les utilisateurs</translation>
    </message>
    <message>
        <source>Lamps or list</source>
        <translation>Lampes ou liste</translation>
    </message>
    <message>
        <source>Switch between lamps and a list</source>
        <translation>Basculer entre lampes et liste</translation>
    </message>
    <message>
        <source>Users shown</source>
        <translation>Utilisateurs affichés</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>The selected user&apos;s calls and their buttons</source>
        <translation>Les appels de l&apos;utilisateur sélectionné et leurs boutons</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Every event received, newest last</source>
        <translation>Chaque événement reçu, le plus récent en dernier</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filtrer les événements</translation>
    </message>
    <message>
        <source>Only the events of this user or callRef</source>
        <translation>Seulement les événements de cet utilisateur ou de ce callRef</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>One row per event; its JSON below</source>
        <translation>Une ligne par événement ; son JSON en dessous</translation>
    </message>
    <message>
        <source>Event JSON</source>
        <translation>JSON de l&apos;événement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Event counts</source>
        <translation>Compteurs d&apos;événements</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Effacer le champ</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>number to call</source>
        <translation>numéro à appeler</translation>
    </message>
    <message>
        <source>Number to call from device %1</source>
        <translation>Numéro à appeler depuis le poste %1</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>Répondre à l&apos;appel qui sonne</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Hang up: you leave the call (the others stay if there are several)</source>
        <translation>Raccrocher : vous quittez l&apos;appel (les autres restent s&apos;ils sont plusieurs)</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Put the call on hold</source>
        <translation>Mettre l&apos;appel en attente</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Take the held call back</source>
        <translation>Reprendre l&apos;appel en attente</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Basculer</translation>
    </message>
    <message>
        <source>Release the active call and go back to the held one</source>
        <translation>Libérer l&apos;appel en cours et revenir à celui en attente</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>DTMF</translation>
    </message>
    <message>
        <source>Send DTMF digits</source>
        <translation>Envoyer des chiffres DTMF</translation>
    </message>
    <message>
        <source>End call for all</source>
        <translation>Terminer pour tous</translation>
    </message>
    <message>
        <source>End the call for everyone in it, not only you</source>
        <translation>Terminer l&apos;appel pour tous ses participants, pas seulement pour vous</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Transfer to your other call</source>
        <translation>Transférer vers votre autre appel</translation>
    </message>
    <message>
        <source>Blind transfer</source>
        <translation>Transfert direct</translation>
    </message>
    <message>
        <source>Transfer to a number without consulting</source>
        <translation>Transférer vers un numéro sans consultation</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Merge with your other call into a conference</source>
        <translation>Réunir avec votre autre appel en conférence</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Rediriger</translation>
    </message>
    <message>
        <source>Send the ringing call to another number</source>
        <translation>Envoyer l&apos;appel qui sonne vers un autre numéro</translation>
    </message>
    <message>
        <source>To voicemail</source>
        <translation>Vers messagerie</translation>
    </message>
    <message>
        <source>Send the ringing call to voicemail</source>
        <translation>Envoyer l&apos;appel qui sonne vers la messagerie vocale</translation>
    </message>
    <message>
        <source>Leave message</source>
        <translation>Laisser un message</translation>
    </message>
    <message>
        <source>Overflow to the called party&apos;s voicemail</source>
        <translation>Déborder vers la messagerie de l&apos;appelé</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Intercepter</translation>
    </message>
    <message>
        <source>Pick up this call ringing elsewhere</source>
        <translation>Intercepter cet appel qui sonne ailleurs</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Ask to be called back when the party is free</source>
        <translation>Demander à être rappelé quand le correspondant est libre</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parquer</translation>
    </message>
    <message>
        <source>Park the call on a number</source>
        <translation>Parquer l&apos;appel sur un numéro</translation>
    </message>
    <message>
        <source>Camp on</source>
        <translation>Mise en file</translation>
    </message>
    <message>
        <source>Wait for the busy party</source>
        <translation>Attendre le correspondant occupé</translation>
    </message>
    <message>
        <source>Intrude</source>
        <translation>Intrusion</translation>
    </message>
    <message>
        <source>Intrude into the busy party&apos;s call</source>
        <translation>Entrer en tiers dans l&apos;appel du correspondant occupé</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Leave the conference: you go, the others stay connected</source>
        <translation>Quitter la conférence : vous partez, les autres restent connectés</translation>
    </message>
    <message>
        <source>Remove party…</source>
        <translation>Exclure…</translation>
    </message>
    <message>
        <source>Remove another participant from the conference (they are cut off)</source>
        <translation>Exclure un autre participant de la conférence (il est coupé)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Start recording the call</source>
        <translation>Commencer l&apos;enregistrement de l&apos;appel</translation>
    </message>
    <message>
        <source>Stop rec.</source>
        <translation>Arrêt enr.</translation>
    </message>
    <message>
        <source>Stop recording the call</source>
        <translation>Arrêter l&apos;enregistrement de l&apos;appel</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Call the number</source>
        <translation>Appeler le numéro</translation>
    </message>
    <message>
        <source>Business call</source>
        <translation>Appel pro</translation>
    </message>
    <message>
        <source>Call the number on the business account</source>
        <translation>Appeler le numéro sur le compte professionnel</translation>
    </message>
    <message>
        <source>Private call</source>
        <translation>Appel privé</translation>
    </message>
    <message>
        <source>Call the number as a private call</source>
        <translation>Appeler le numéro en appel privé</translation>
    </message>
    <message>
        <source>Unpark</source>
        <translation>Reprendre parcage</translation>
    </message>
    <message>
        <source>Take back a parked call</source>
        <translation>Reprendre un appel parqué</translation>
    </message>
    <message>
        <source>%s (offered by the PBX)</source>
        <translation>%s (proposé par le PBX)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>seulement si le serveur en demande un</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLogDock</name>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Filter by user or callRef</source>
        <translation>Filtrer par utilisateur ou callRef</translation>
    </message>
    <message>
        <source>Follow new events</source>
        <translation>Suivre les nouveaux événements</translation>
    </message>
    <message>
        <source>Select an event to see its JSON</source>
        <translation>Sélectionnez un événement pour voir son JSON</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>GroupChooser</name>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>occupé</translation>
    </message>
    <message>
        <source>redirected</source>
        <translation>redirigé</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>renvoyé</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transféré</translation>
    </message>
    <message>
        <source>to voicemail</source>
        <translation>vers la messagerie</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Correspondant</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acquitté</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>non acquitté</translation>
    </message>
</context>
<context>
    <name>HistoryControl</name>
    <message>
        <source>Call history: %1</source>
        <translation>Historique des appels : %1</translation>
    </message>
    <message>
        <source>Acknowledge on the gateway refused: %1</source>
        <translation>Acquittement refusé par la passerelle : %1</translation>
    </message>
    <message>
        <source>Acknowledge on the gateway failed: %1</source>
        <translation>Échec de l&apos;acquittement sur la passerelle : %1</translation>
    </message>
    <message>
        <source>Call back: set my line first (Line menu)</source>
        <translation>Rappeler : définissez d&apos;abord ma ligne (menu Ligne)</translation>
    </message>
    <message>
        <source>Call back refused: %1 (%2)</source>
        <translation>Rappel refusé : %1 (%2)</translation>
    </message>
    <message>
        <source>Call back failed: %1</source>
        <translation>Échec du rappel : %1</translation>
    </message>
    <message>
        <source>Calling %1 back</source>
        <translation>Rappel de %1</translation>
    </message>
    <message>
        <source>%1 called back: acknowledged</source>
        <translation>%1 rappelé : acquitté</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Missed only</source>
        <translation>Manqués seulement</translation>
    </message>
    <message>
        <source>Unacknowledged only</source>
        <translation>Non acquittés seulement</translation>
    </message>
    <message>
        <source>Selected user only</source>
        <translation>Utilisateur sélectionné seulement</translation>
    </message>
    <message>
        <source>Search names and numbers</source>
        <translation>Rechercher noms et numéros</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Show missed calls only</source>
        <translation>N&apos;afficher que les appels manqués</translation>
    </message>
    <message>
        <source>Show unacknowledged calls only</source>
        <translation>N&apos;afficher que les appels non acquittés</translation>
    </message>
    <message>
        <source>Show the selected user&apos;s calls only</source>
        <translation>N&apos;afficher que les appels de l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Search the history by name or number</source>
        <translation>Rechercher dans l&apos;historique par nom ou numéro</translation>
    </message>
    <message>
        <source>Limit the history to a date range</source>
        <translation>Limiter l&apos;historique à une période</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Premier jour affiché</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Dernier jour affiché</translation>
    </message>
    <message>
        <source>Call the other party back from my line</source>
        <translation>Rappeler le correspondant depuis ma ligne</translation>
    </message>
    <message>
        <source>Mark the selected calls acknowledged</source>
        <translation>Marquer les appels sélectionnés comme acquittés</translation>
    </message>
    <message>
        <source>Call history error</source>
        <translation>Erreur de l&apos;historique des appels</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>HistorySettingsBox</name>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep calls for, in days</source>
        <translation>Conserver les appels pendant, en jours</translation>
    </message>
    <message>
        <source>Keep at most this many calls</source>
        <translation>Conserver au plus ce nombre d&apos;appels</translation>
    </message>
    <message>
        <source>Keep calls &amp;for</source>
        <translation>Conserver les appels &amp;pendant</translation>
    </message>
    <message>
        <source>Keep at mo&amp;st</source>
        <translation>Conserver au plu&amp;s</translation>
    </message>
    <message>
        <source>%1 is set in the environment: it wins over this setting</source>
        <translation>%1 est défini dans l&apos;environnement : il l&apos;emporte sur ce réglage</translation>
    </message>
</context>
<context>
    <name>LampActions</name>
    <message>
        <source>Call %1</source>
        <translation>Appeler %1</translation>
    </message>
    <message>
        <source>Transfer my call to %1 (blind)</source>
        <translation>Transférer mon appel à %1 (sans consultation)</translation>
    </message>
    <message>
        <source>Complete the transfer to %1</source>
        <translation>Terminer le transfert vers %1</translation>
    </message>
    <message>
        <source>Conference with %1</source>
        <translation>Conférence avec %1</translation>
    </message>
    <message>
        <source>Redirect my ringing call to %1</source>
        <translation>Rediriger mon appel qui sonne vers %1</translation>
    </message>
    <message>
        <source>Pick up %1&apos;s ringing call</source>
        <translation>Intercepter l&apos;appel qui sonne chez %1</translation>
    </message>
    <message>
        <source>Send %1&apos;s ringing call to voicemail</source>
        <translation>Envoyer l&apos;appel qui sonne chez %1 en messagerie</translation>
    </message>
    <message>
        <source>Intrude into %1&apos;s call</source>
        <translation>Entrer en tiers dans l&apos;appel de %1</translation>
    </message>
    <message>
        <source>Camp on %1 (wait until free)</source>
        <translation>Mettre en attente sur %1 (jusqu&apos;à ce que la ligne se libère)</translation>
    </message>
    <message>
        <source>Ask %1 to call me back</source>
        <translation>Demander à %1 de me rappeler</translation>
    </message>
    <message>
        <source>Leave %1 a message</source>
        <translation>Laisser un message à %1</translation>
    </message>
    <message>
        <source>Do not disturb %1</source>
        <translation>Ne pas déranger %1</translation>
    </message>
    <message>
        <source>End do not disturb for %1</source>
        <translation>Fin de « ne pas déranger » pour %1</translation>
    </message>
    <message>
        <source>Forward %1&apos;s calls to me</source>
        <translation>Renvoyer les appels de %1 vers moi</translation>
    </message>
    <message>
        <source>Cancel %1&apos;s forward</source>
        <translation>Annuler le renvoi de %1</translation>
    </message>
    <message>
        <source>Forward or DND of %1…</source>
        <translation>Renvoi ou « ne pas déranger » de %1…</translation>
    </message>
    <message>
        <source>Consult %1 first (my call is held)</source>
        <translation>Consulter %1 d&apos;abord (mon appel est mis en attente)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CTI Monitor</source>
        <translation>CTI Monitor</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>aucune source</translation>
    </message>
    <message>
        <source>%1 ev/s · %2 events · %3 rejected · %4 gaps</source>
        <translation>%1 év./s · %2 événements · %3 rejetés · %4 trous</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open trace…</source>
        <translation>&amp;Ouvrir une trace…</translation>
    </message>
    <message>
        <source>&amp;Save the log&apos;s events as JSONL…</source>
        <translation>&amp;Enregistrer les événements du journal en JSONL…</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Built-in &amp;simulator</source>
        <translation>&amp;Simulateur intégré</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Ligne</translation>
    </message>
    <message>
        <source>Set &amp;my line…</source>
        <translation>Définir &amp;ma ligne…</translation>
    </message>
    <message>
        <source>My line = &amp;selected user</source>
        <translation>Ma ligne = utilisateur &amp;sélectionné</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Waiting calls</source>
        <translation>Appels en &amp;attente</translation>
    </message>
    <message>
        <source>Lamp &amp;density</source>
        <translation>&amp;Densité des lampes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About %s</source>
        <translation>À &amp;propos de %s</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groupes</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
        <source>Add selected to new group…</source>
        <translation>Ajouter la sélection à un nouveau groupe…</translation>
    </message>
    <message>
        <source>&amp;Favourite: add or remove the selected user</source>
        <translation>&amp;Favori : ajouter ou retirer l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Rename this group…</source>
        <translation>&amp;Renommer ce groupe…</translation>
    </message>
    <message>
        <source>&amp;Delete this group…</source>
        <translation>&amp;Supprimer ce groupe…</translation>
    </message>
    <message>
        <source>&amp;Search all groups</source>
        <translation>Re&amp;chercher dans tous les groupes</translation>
    </message>
    <message>
        <source>Show groups as</source>
        <translation>Afficher les groupes en</translation>
    </message>
    <message>
        <source>&amp;Tabs</source>
        <translation>&amp;Onglets</translation>
    </message>
    <message>
        <source>&amp;Collapsible sections</source>
        <translation>&amp;Sections repliables</translation>
    </message>
    <message>
        <source>&amp;Import groups…</source>
        <translation>&amp;Importer des groupes…</translation>
    </message>
    <message>
        <source>&amp;Export groups…</source>
        <translation>&amp;Exporter des groupes…</translation>
    </message>
    <message>
        <source>Import groups</source>
        <translation>Importer des groupes</translation>
    </message>
    <message>
        <source>Groups (*.json)</source>
        <translation>Groupes (*.json)</translation>
    </message>
    <message>
        <source>Groups imported from %s</source>
        <translation>Groupes importés depuis %s</translation>
    </message>
    <message>
        <source>Export groups</source>
        <translation>Exporter des groupes</translation>
    </message>
    <message>
        <source>Groups exported to %s</source>
        <translation>Groupes exportés vers %s</translation>
    </message>
    <message>
        <source>The server refused the token: enter another one</source>
        <translation>Le serveur a refusé le jeton : saisissez-en un autre</translation>
    </message>
    <message>
        <source>the server refused the token</source>
        <translation>le serveur a refusé le jeton</translation>
    </message>
    <message>
        <source>Login refused: check the login and its password</source>
        <translation>Connexion refusée : vérifiez l&apos;identifiant et son mot de passe</translation>
    </message>
    <message>
        <source>Connect: %s</source>
        <translation>Connexion : %s</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Ouvrir une trace</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%s: %d of %d lines are not events and will be skipped (%s)</source>
        <translation>%s : %d lignes sur %d ne sont pas des événements et seront ignorées (%s)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Save all %1 events received</source>
        <translation>Enregistrer les %1 événements reçus</translation>
    </message>
    <message>
        <source>Save the last {held} events (the log keeps {entries} events or {mib} MiB; {gone} older ones are gone)</source>
        <translation>Enregistrer les {held} derniers événements (le journal en garde {entries} ou {mib} Mio ; {gone} plus anciens sont perdus)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1</source>
        <translation>
            <numerusform>%n événement enregistré dans %1</numerusform>
            <numerusform>%n événements enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Ma ligne</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>%s is not in the directory of %s. Watch it as my line anyway?</source>
        <translation>%s n&apos;est pas dans l&apos;annuaire de %s. La suivre quand même comme ma ligne ?</translation>
    </message>
    <message>
        <source>this source</source>
        <translation>cette source</translation>
    </message>
    <message>
        <source>My line unchanged: %s is not in the directory</source>
        <translation>Ma ligne inchangée : %s n&apos;est pas dans l&apos;annuaire</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsBox</name>
    <message>
        <source>Notifications of a call ringing on my line</source>
        <translation>Notifications d&apos;un appel qui sonne sur ma ligne</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>The desktop&apos;s &amp;notification</source>
        <translation>La &amp;notification du bureau</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Notification du bureau</translation>
    </message>
    <message>
        <source>This desktop has no notification area</source>
        <translation>Ce bureau n&apos;a pas de zone de notification</translation>
    </message>
    <message>
        <source>A &amp;banner in the window</source>
        <translation>Un &amp;bandeau dans la fenêtre</translation>
    </message>
    <message>
        <source>Banner in the window</source>
        <translation>Bandeau dans la fenêtre</translation>
    </message>
    <message>
        <source>A &amp;sound:</source>
        <translation>Un &amp;son :</translation>
    </message>
    <message>
        <source>Ring sound</source>
        <translation>Son de sonnerie</translation>
    </message>
    <message>
        <source>Which ring sound</source>
        <translation>Quel son de sonnerie</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>É&amp;couter</translation>
    </message>
    <message>
        <source>Play the ring sound</source>
        <translation>Écouter le son de sonnerie</translation>
    </message>
</context>
<context>
    <name>NumberCompleter</name>
    <message>
        <source>Matching names and numbers</source>
        <translation>Noms et numéros correspondants</translation>
    </message>
</context>
<context>
    <name>PresencePanel</name>
    <message>
        <source>Search name, number or login</source>
        <translation>Nom, numéro ou identifiant</translation>
    </message>
    <message>
        <source>longest in state</source>
        <translation>plus longtemps dans l&apos;état</translation>
    </message>
    <message>
        <source>longest waiting (ringing first)</source>
        <translation>attente la plus longue (sonnerie d&apos;abord)</translation>
    </message>
    <message>
        <source>Sort users</source>
        <translation>Trier les utilisateurs</translation>
    </message>
    <message>
        <source>Lamp density</source>
        <translation>Densité des lampes</translation>
    </message>
    <message>
        <source>Lamp density: comfortable, compact or a wall of lamps</source>
        <translation>Densité des lampes : confortable, compacte ou un mur de lampes</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Switch between lamps and a list</source>
        <translation>Basculer entre lampes et liste</translation>
    </message>
    <message>
        <source>In all groups</source>
        <translation>Dans tous les groupes</translation>
    </message>
    <message>
        <source>Search and filter by state across all groups, not only the one shown</source>
        <translation>Rechercher et filtrer par état dans tous les groupes, pas seulement celui affiché</translation>
    </message>
    <message>
        <source>Search all groups</source>
        <translation>Rechercher dans tous les groupes</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Confortable</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacte</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <translation>
            <numerusform>%1 sur %n utilisateur</numerusform>
            <numerusform>%1 sur %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>If unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Intercepter</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En garde</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Correspondant</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>En garde chez</translation>
    </message>
</context>
<context>
    <name>QueueSettingsBox</name>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Waiting-calls queue</source>
        <translation>File des appels en attente</translation>
    </message>
    <message>
        <source>Highlight calls &amp;ringing longer than</source>
        <translation>Signaler les appels qui &amp;sonnent depuis plus de</translation>
    </message>
    <message>
        <source>Highlight ringing calls after, in seconds</source>
        <translation>Signaler les appels qui sonnent après, en secondes</translation>
    </message>
    <message>
        <source>Highlight calls &amp;held longer than</source>
        <translation>Signaler les appels en &amp;garde depuis plus de</translation>
    </message>
    <message>
        <source>Highlight held calls after, in seconds</source>
        <translation>Signaler les appels en garde après, en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <source>Replay</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Lecture / pause (Espace)</translation>
    </message>
    <message>
        <source>◂ Back</source>
        <translation>◂ Retour</translation>
    </message>
    <message>
        <source>Go back one event: the state just before it (Ctrl+Left)</source>
        <translation>Revenir d&apos;un événement : l&apos;état juste avant (Ctrl+Gauche)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Pas en arrière</translation>
    </message>
    <message>
        <source>Step ▸</source>
        <translation>Pas ▸</translation>
    </message>
    <message>
        <source>Deliver the next event (Ctrl+Right)</source>
        <translation>Envoyer l&apos;événement suivant (Ctrl+Droite)</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Vitesse de relecture</translation>
    </message>
    <message>
        <source>Position in the trace: drag back to rebuild the state at that event</source>
        <translation>Position dans la trace : revenez en arrière pour reconstruire l&apos;état à cet événement</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>RingBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>RingNotifier</name>
    <message>
        <source>CTI Monitor</source>
        <translation>CTI Monitor</translation>
    </message>
</context>
<context>
    <name>RingSound</name>
    <message>
        <source>Incoming call (the desktop&apos;s sound)</source>
        <translation>Appel entrant (son du bureau)</translation>
    </message>
    <message>
        <source>Bell (the desktop&apos;s sound)</source>
        <translation>Cloche (son du bureau)</translation>
    </message>
    <message>
        <source>New message (the desktop&apos;s sound)</source>
        <translation>Nouveau message (son du bureau)</translation>
    </message>
    <message>
        <source>System beep</source>
        <translation>Bip du système</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>The start source in Settings could not be opened (%s): the built-in simulator instead</source>
        <translation>La source de démarrage des Paramètres n&apos;a pas pu être ouverte (%s) : le simulateur intégré à la place</translation>
    </message>
    <message>
        <source>CTI Monitor</source>
        <translation>CTI Monitor</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The window&apos;s language, used from the next start</source>
        <translation>La langue de la fenêtre, utilisée au prochain démarrage</translation>
    </message>
    <message>
        <source>A new language applies when CTI Monitor starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de CTI Monitor.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Light, dark or high contrast, or as the system is set</source>
        <translation>Clair, sombre ou contraste élevé, ou comme le système</translation>
    </message>
    <message>
        <source>Lamp density</source>
        <translation>Densité des voyants</translation>
    </message>
    <message>
        <source>How many lamps fit: comfortable tiles, compact ones, or a wall of lamps</source>
        <translation>Combien de voyants tiennent : tuiles confortables, compactes, ou un mur de voyants</translation>
    </message>
    <message>
        <source>Lamp &amp;density</source>
        <translation>&amp;Densité des voyants</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>Appe&amp;ls</translation>
    </message>
    <message>
        <source>Start and &amp;history</source>
        <translation>Démarrage et &amp;historique</translation>
    </message>
    <message>
        <source>a login, e.g. oxe70020</source>
        <translation>un identifiant, p. ex. oxe70020</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Ma ligne</translation>
    </message>
    <message>
        <source>The login whose calls the Calls panel follows</source>
        <translation>L&apos;identifiant dont le panneau Appels suit les appels</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;My line</source>
        <translation>&amp;Ma ligne</translation>
    </message>
</context>
<context>
    <name>StartSettingsBox</name>
    <message>
        <source>At start</source>
        <translation>Au démarrage</translation>
    </message>
    <message>
        <source>Source opened at start</source>
        <translation>Source ouverte au démarrage</translation>
    </message>
    <message>
        <source>Open at start</source>
        <translation>Ouvrir au démarrage</translation>
    </message>
    <message>
        <source>What CTI Monitor opens when started without naming a source</source>
        <translation>Ce que CTI Monitor ouvre quand il démarre sans source nommée</translation>
    </message>
    <message>
        <source>wss://server:8765 or https://o2g.example.com</source>
        <translation>wss://serveur:8765 ou https://o2g.example.com</translation>
    </message>
    <message>
        <source>Address of the server or gateway</source>
        <translation>Adresse du serveur ou de la passerelle</translation>
    </message>
    <message>
        <source>the O2G login</source>
        <translation>l&apos;identifiant O2G</translation>
    </message>
    <message>
        <source>O2G user</source>
        <translation>Utilisateur O2G</translation>
    </message>
    <message>
        <source>Re&amp;member the O2G password in the system keyring</source>
        <translation>&amp;Mémoriser le mot de passe O2G dans le trousseau du système</translation>
    </message>
    <message>
        <source>Remember the O2G password in the system keyring</source>
        <translation>Mémoriser le mot de passe O2G dans le trousseau du système</translation>
    </message>
    <message>
        <source>Otherwise it is asked at each start; it is never stored in clear</source>
        <translation>Sinon il est demandé à chaque démarrage ; il n&apos;est jamais stocké en clair</translation>
    </message>
    <message>
        <source>Last used: %s</source>
        <translation>Dernier utilisé : %s</translation>
    </message>
    <message>
        <source>the built-in simulator</source>
        <translation>le simulateur intégré</translation>
    </message>
    <message>
        <source>&amp;Open at start</source>
        <translation>&amp;Ouvrir au démarrage</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Ad&amp;resse</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>Used when CTI Monitor starts without a source on its command line.</source>
        <translation>Utilisé quand CTI Monitor démarre sans source sur sa ligne de commande.</translation>
    </message>
</context>
<context>
    <name>StartSource</name>
    <message>
        <source>The built-in simulator</source>
        <translation>Le simulateur intégré</translation>
    </message>
    <message>
        <source>The last server or gateway used</source>
        <translation>Le dernier serveur ou passerelle utilisé</translation>
    </message>
    <message>
        <source>This server (WebSocket)</source>
        <translation>Ce serveur (WebSocket)</translation>
    </message>
    <message>
        <source>This O2G gateway</source>
        <translation>Cette passerelle O2G</translation>
    </message>
    <message>
        <source>A server&apos;s address starts with ws:// or wss://</source>
        <translation>L&apos;adresse d&apos;un serveur commence par ws:// ou wss://</translation>
    </message>
    <message>
        <source>A gateway&apos;s address starts with https://</source>
        <translation>L&apos;adresse d&apos;une passerelle commence par https://</translation>
    </message>
    <message>
        <source>A gateway&apos;s address starts with https:// (the password never goes in clear)</source>
        <translation>L&apos;adresse d&apos;une passerelle commence par https:// (le mot de passe ne circule jamais en clair)</translation>
    </message>
    <message>
        <source>Name the O2G user whose password is asked at start</source>
        <translation>Indiquez l&apos;utilisateur O2G dont le mot de passe est demandé au démarrage</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqués</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>ringing</source>
        <translation>sonne</translation>
    </message>
    <message>
        <source>dialing</source>
        <translation>numérotation</translation>
    </message>
    <message>
        <source>ringing remote</source>
        <translation>sonne chez l&apos;appelé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>en communication</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>releasing</source>
        <translation>libération</translation>
    </message>
    <message>
        <source>redirected</source>
        <translation>redirigé</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>conférence</translation>
    </message>
    <message>
        <source>party left</source>
        <translation>un participant est parti</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transféré</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>occupé</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>libéré</translation>
    </message>
    <message>
        <source>picked up</source>
        <translation>intercepté</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>renvoyé</translation>
    </message>
    <message>
        <source>camped on</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>call waiting</source>
        <translation>appel en attente</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>messagerie vocale</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>en communication</translation>
    </message>
    <message>
        <source>in conference</source>
        <translation>en conférence</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>all states</source>
        <translation>tous les états</translation>
    </message>
    <message>
        <source>not idle</source>
        <translation>non libres</translation>
    </message>
    <message>
        <source>missed calls</source>
        <translation>appels manqués</translation>
    </message>
    <message>
        <source>voice messages</source>
        <translation>messages vocaux</translation>
    </message>
    <message>
        <source>call-back requests</source>
        <translation>demandes de rappel</translation>
    </message>
    <message>
        <source>faxes</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>new texts</source>
        <translation>nouveaux messages texte</translation>
    </message>
    <message>
        <source>old texts</source>
        <translation>anciens messages texte</translation>
    </message>
    <message>
        <source>events waiting</source>
        <translation>événements en attente</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>reconnecting in %1 s%2</source>
        <translation>reconnexion dans %1 s%2</translation>
    </message>
    <message>
        <source>playing %1/%2</source>
        <translation>lecture %1/%2</translation>
    </message>
    <message>
        <source>paused %1/%2</source>
        <translation>en pause %1/%2</translation>
    </message>
    <message>
        <source>at end %1/%2</source>
        <translation>terminé %1/%2</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>par nom</translation>
    </message>
    <message>
        <source>by number</source>
        <translation>par numéro</translation>
    </message>
    <message>
        <source>by login</source>
        <translation>par identifiant</translation>
    </message>
    <message>
        <source>by state</source>
        <translation>par état</translation>
    </message>
    <message>
        <source>by time in state</source>
        <translation>par durée dans l&apos;état</translation>
    </message>
    <message>
        <source>by missed calls</source>
        <translation>par appels manqués</translation>
    </message>
    <message>
        <source>by voicemail</source>
        <translation>par messages vocaux</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
</context>
</TS>
