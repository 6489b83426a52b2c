<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Connection lost at %s</source>
        <translation>Verbindung verloren um %s</translation>
    </message>
    <message>
        <source>O2G event channel down since %s</source>
        <translation>O2G-Ereigniskanal unterbrochen seit %s</translation>
    </message>
    <message>
        <source>PBX link down since %s</source>
        <translation>PBX-Verbindung unterbrochen seit %s</translation>
    </message>
    <message>
        <source>CTI link down since %s</source>
        <translation>CTI-Verbindung unterbrochen seit %s</translation>
    </message>
    <message>
        <source> — states shown are as of then</source>
        <translation> — die angezeigten Zustände sind von diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>not retrying (%s)</source>
        <translation>kein weiterer Versuch (%s)</translation>
    </message>
    <message>
        <source>trying to reconnect…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>next try in %d s</source>
        <translation>nächster Versuch in %d s</translation>
    </message>
    <message>
        <source>not available (%s)</source>
        <translation>nicht verfügbar (%s)</translation>
    </message>
    <message>
        <source>Drop: that call has ended</source>
        <translation>Ablegen: dieser Anruf ist beendet</translation>
    </message>
    <message>
        <source>Drop: the call is already on that line</source>
        <translation>Ablegen: der Anruf ist schon auf dieser Leitung</translation>
    </message>
    <message>
        <source>Drop: %s has no number to send the call to</source>
        <translation>Ablegen: %s hat keine Nummer, an die der Anruf gehen kann</translation>
    </message>
    <message>
        <source>Drop: this call cannot be redirected or transferred now (the PBX offers neither)</source>
        <translation>Ablegen: dieser Anruf kann jetzt weder umgeleitet noch vermittelt werden (die TK-Anlage bietet beides nicht an)</translation>
    </message>
    <message>
        <source>last known: %s, at %s</source>
        <translation>zuletzt bekannt: %s, um %s</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>a replay shows what was recorded: there is nothing to command</source>
        <translation>eine Wiedergabe zeigt nur Aufgezeichnetes: nichts zu steuern</translation>
    </message>
    <message>
        <source>Select a user to see their calls.</source>
        <translation>Wählen Sie einen Benutzer, um seine Anrufe zu sehen.</translation>
    </message>
    <message>
        <source>No events for this user yet.</source>
        <translation>Noch keine Ereignisse für diesen Benutzer.</translation>
    </message>
    <message>
        <source>No calls.</source>
        <translation>Keine Anrufe.</translation>
    </message>
    <message>
        <source>My line: </source>
        <translation>Meine Leitung: </translation>
    </message>
    <message>
        <source>selected user hidden by the filter</source>
        <translation>ausgewählter Benutzer durch den Filter ausgeblendet</translation>
    </message>
    <message>
        <source>Device %s</source>
        <translation>Endgerät %s</translation>
    </message>
    <message>
        <source>%s: not offered on this device now</source>
        <translation>%s: auf diesem Endgerät gerade nicht angeboten</translation>
    </message>
    <message>
        <source>Drop: %s</source>
        <translation>Ablegen: %s</translation>
    </message>
    <message>
        <source>%s to %s: %s</source>
        <translation>%s an %s: %s</translation>
    </message>
    <message>
        <source>Click ignored: the call&apos;s buttons had just changed under the pointer</source>
        <translation>Klick ignoriert: die Schaltflächen des Anrufs hatten sich gerade unter dem Mauszeiger geändert</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Set my line first (Line ▸ Set my line), then act on a colleague&apos;s lamp</source>
        <translation>Zuerst meine Leitung festlegen (Leitung ▸ Meine Leitung festlegen), dann auf die Lampe eines Kollegen wirken</translation>
    </message>
    <message>
        <source>Actions on %s</source>
        <translation>Aktionen für %s</translation>
    </message>
    <message>
        <source>Nothing the PBX offers now between my line and %s</source>
        <translation>Die TK-Anlage bietet jetzt nichts zwischen meiner Leitung und %s an</translation>
    </message>
    <message>
        <source>Blind transfer to %s</source>
        <translation>Blind an %s vermitteln</translation>
    </message>
    <message>
        <source>Consult %s first (call them)</source>
        <translation>Zuerst bei %s rückfragen (anrufen)</translation>
    </message>
    <message>
        <source>Transfer my call to %s:</source>
        <translation>Meinen Anruf an %s vermitteln:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Vermitteln</translation>
    </message>
    <message>
        <source>Call %s: my line&apos;s device offers no call now</source>
        <translation>%s anrufen: das Endgerät meiner Leitung bietet gerade keinen Anruf an</translation>
    </message>
    <message>
        <source>Pick up: set my line first (Line ▸ Set my line), then pick up a colleague&apos;s call</source>
        <translation>Heranholen: zuerst meine Leitung festlegen (Leitung ▸ Meine Leitung festlegen), dann den Anruf eines Kollegen heranholen</translation>
    </message>
    <message>
        <source>That call is no longer waiting</source>
        <translation>Dieser Anruf wartet nicht mehr</translation>
    </message>
    <message>
        <source>Digits:</source>
        <translation>Ziffern:</translation>
    </message>
    <message>
        <source>With which call?</source>
        <translation>Mit welchem Anruf?</translation>
    </message>
    <message>
        <source>Which participant?</source>
        <translation>Welcher Teilnehmer?</translation>
    </message>
    <message>
        <source>%s refused: %s (%s)</source>
        <translation>%s abgelehnt: %s (%s)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>when busy</source>
        <translation>bei besetzt</translation>
    </message>
    <message>
        <source>on no answer</source>
        <translation>bei Nichtmelden</translation>
    </message>
    <message>
        <source>when busy or no answer</source>
        <translation>bei besetzt oder Nichtmelden</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>Sprachbox</translation>
    </message>
    <message>
        <source>overflow to %s %s</source>
        <translation>Überlauf an %s %s</translation>
    </message>
    <message>
        <source>forwarded to %s</source>
        <translation>umgeleitet an %s</translation>
    </message>
    <message>
        <source>forwarded to %s %s</source>
        <translation>umgeleitet an %s %s</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>nicht stören</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>SB</translation>
    </message>
    <message>
        <source>DND: will be refused</source>
        <translation>NS: wird abgewiesen</translation>
    </message>
    <message>
        <source>DND: to voicemail</source>
        <translation>NS: zur Sprachbox</translation>
    </message>
    <message>
        <source>DND: → forwarded to %s</source>
        <translation>NS: → umgeleitet an %s</translation>
    </message>
    <message>
        <source>busy → forwarded to %s</source>
        <translation>besetzt → umgeleitet an %s</translation>
    </message>
    <message>
        <source>Drag onto a user&apos;s lamp: %s the call to them</source>
        <translation>Anruf auf die Lampe eines Benutzers ziehen (%s)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>%s: not offered for this call now</source>
        <translation>%s: für diesen Anruf gerade nicht angeboten</translation>
    </message>
    <message>
        <source>Shortcuts act on my line only: click to act on this call</source>
        <translation>Tastenkürzel wirken nur auf meine Leitung: klicken, um diesen Anruf zu steuern</translation>
    </message>
    <message>
        <source>conference of %s</source>
        <translation>Konferenz mit %s</translation>
    </message>
    <message>
        <source>recording: %s</source>
        <translation>Aufnahme: %s</translation>
    </message>
    <message>
        <source>call %s</source>
        <translation>Anruf %s</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut</translation>
    </message>
    <message>
        <source>Try to reconnect at once instead of waiting</source>
        <translation>Sofort neu verbinden statt zu warten</translation>
    </message>
    <message>
        <source>Routing of %s</source>
        <translation>Rufumleitung von %s</translation>
    </message>
    <message>
        <source>Routing: %s</source>
        <translation>Umleitung: %s</translation>
    </message>
    <message>
        <source>Routing: calls ring here</source>
        <translation>Umleitung: Anrufe klingeln hier</translation>
    </message>
    <message>
        <source>Routing: not known yet</source>
        <translation>Umleitung: noch nicht bekannt</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Umleiten</translation>
    </message>
    <message>
        <source>Forward calls</source>
        <translation>Anrufe umleiten</translation>
    </message>
    <message>
        <source>When to forward</source>
        <translation>Wann umleiten</translation>
    </message>
    <message>
        <source>Where to forward: a number, a colleague or voicemail</source>
        <translation>Wohin umleiten: eine Nummer, ein Kollege oder die Sprachbox</translation>
    </message>
    <message>
        <source>number, colleague or voicemail</source>
        <translation>Nummer, Kollege oder Sprachbox</translation>
    </message>
    <message>
        <source>Set forward</source>
        <translation>Umleiten</translation>
    </message>
    <message>
        <source>Set the forward</source>
        <translation>Umleitung setzen</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Forward: choose a number, a colleague or voicemail first</source>
        <translation>Umleiten: zuerst eine Nummer, einen Kollegen oder die Sprachbox wählen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <source>not written (see stderr)</source>
        <translation>nicht geschrieben (siehe stderr)</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>About %s</source>
        <translation>Über %s</translation>
    </message>
    <message>
        <source>Live line states and call control for Alcatel-Lucent OmniPCX Enterprise.</source>
        <translation>Leitungszustände live und Anrufsteuerung für Alcatel-Lucent OmniPCX Enterprise.</translation>
    </message>
    <message>
        <source>%s: unexpected error</source>
        <translation>%s: unerwarteter Fehler</translation>
    </message>
    <message>
        <source>The details are in the log:
%s</source>
        <translation>Die Einzelheiten stehen im Protokoll:
%s</translation>
    </message>
    <message>
        <source>The log file could not be written; the details are below.</source>
        <translation>Die Protokolldatei konnte nicht geschrieben werden; die Einzelheiten stehen unten.</translation>
    </message>
    <message>
        <source>%s ran into an unexpected error.</source>
        <translation>%s ist auf einen unerwarteten Fehler gestoßen.</translation>
    </message>
    <message>
        <source>It may go on working; if it behaves oddly, quit and start it again.</source>
        <translation>Es kann weiterlaufen; wenn es sich seltsam verhält, beenden und neu starten.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>My line: %s</source>
        <translation>Meine Leitung: %s</translation>
    </message>
    <message>
        <source>%s (my line&apos;s first call offering it)</source>
        <translation>%s (der erste Anruf meiner Leitung, der es anbietet)</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>move between lamps (or rows of the list)</source>
        <translation>zwischen Lampen (oder Zeilen der Liste) wechseln</translation>
    </message>
    <message>
        <source>Enter, double click</source>
        <translation>Eingabe, Doppelklick</translation>
    </message>
    <message>
        <source>on a lamp: transfer my answered call there (blind or consult), else call them</source>
        <translation>auf einer Lampe: meinen angenommenen Anruf dorthin vermitteln (blind oder mit Rückfrage), sonst anrufen</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10, right click</source>
        <translation>Menütaste, Umschalt+F10, Rechtsklick</translation>
    </message>
    <message>
        <source>on a lamp: what the PBX offers now between my line and them (call, transfer, redirect, pick up, voicemail, forward, do not disturb)</source>
        <translation>auf einer Lampe: was die TK-Anlage jetzt zwischen meiner Leitung und der Person anbietet (anrufen, vermitteln, umleiten, heranholen, Voicemail, Rufumleitung, nicht stören)</translation>
    </message>
    <message>
        <source>Enter in the search box</source>
        <translation>Eingabe im Suchfeld</translation>
    </message>
    <message>
        <source>select the first user shown</source>
        <translation>den ersten angezeigten Benutzer wählen</translation>
    </message>
    <message>
        <source>add the selected user to the favourites, or take them out</source>
        <translation>den ausgewählten Benutzer zu den Favoriten hinzufügen oder daraus entfernen</translation>
    </message>
    <message>
        <source>a new group of lamps (Groups menu: rename, delete, import, export)</source>
        <translation>eine neue Gruppe von Lampen (Menü Gruppen: umbenennen, löschen, importieren, exportieren)</translation>
    </message>
    <message>
        <source>Left, Right on the groups&apos; tabs</source>
        <translation>Links, Rechts auf den Reitern der Gruppen</translation>
    </message>
    <message>
        <source>the previous or next group (as sections: Tab to a header, Space opens or folds it)</source>
        <translation>die vorige oder nächste Gruppe (als Abschnitte: mit Tab zu einer Überschrift, die Leertaste klappt sie auf oder zu)</translation>
    </message>
    <message>
        <source>Enter on a waiting call</source>
        <translation>Eingabe auf einem wartenden Anruf</translation>
    </message>
    <message>
        <source>pick it up to my line (the waiting-calls queue)</source>
        <translation>ihn auf meine Leitung heranholen (die Warteschlange)</translation>
    </message>
    <message>
        <source>replay: play/pause, next event, back one event</source>
        <translation>Wiedergabe: Abspielen/Pause, nächstes Ereignis, ein Ereignis zurück</translation>
    </message>
    <message>
        <source>open a trace, connect to a server, save the log, quit</source>
        <translation>Mitschnitt öffnen, mit Server verbinden, Protokoll speichern, beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>busy (%1)</source>
        <translation>besetzt (%1)</translation>
    </message>
    <message>
        <source>no longer waiting</source>
        <translation>wartet nicht mehr</translation>
    </message>
    <message>
        <source>no action here</source>
        <translation>hier keine Aktion</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>unbekannter Anrufer</translation>
    </message>
    <message>
        <source>rings on</source>
        <translation>klingelt weiter</translation>
    </message>
    <message>
        <source>%1: no longer waiting</source>
        <translation>%1: wartet nicht mehr</translation>
    </message>
    <message>
        <source>%1 calling %2, ringing for %3</source>
        <translation>%1 ruft %2 an, klingelt seit %3</translation>
    </message>
    <message>
        <source>%1 held by %2 for %3</source>
        <translation>%1 von %2 gehalten seit %3</translation>
    </message>
    <message>
        <source>%2 on hold with %1 for %3</source>
        <translation>%2 gehalten mit %1 seit %3</translation>
    </message>
    <message>
        <source>longer than %1 s</source>
        <translation>länger als %1 s</translation>
    </message>
    <message>
        <source>rings on if unanswered</source>
        <translation>klingelt weiter, wenn niemand annimmt</translation>
    </message>
    <message>
        <source>last known at %1</source>
        <translation>zuletzt bekannt um %1</translation>
    </message>
    <message>
        <source>No call is ringing unanswered.</source>
        <translation>Kein Anruf klingelt unbeantwortet.</translation>
    </message>
    <message>
        <source>No call is on hold.</source>
        <translation>Kein Anruf wird gehalten.</translation>
    </message>
    <message>
        <source>Waiting calls</source>
        <translation>Wartende Anrufe</translation>
    </message>
    <message>
        <source>Calls ringing unanswered and calls on hold, longest waiting first</source>
        <translation>Unbeantwortet klingelnde und gehaltene Anrufe, der am längsten wartende zuerst</translation>
    </message>
    <message>
        <source>Ringing calls</source>
        <translation>Klingelnde Anrufe</translation>
    </message>
    <message>
        <source>Longest waiting first; Enter picks the call up to my line; drag a row onto a lamp to redirect it</source>
        <translation>Der am längsten wartende zuerst; Eingabe holt den Anruf auf meine Leitung; eine Zeile auf eine Lampe ziehen leitet ihn um</translation>
    </message>
    <message>
        <source>Held calls</source>
        <translation>Gehaltene Anrufe</translation>
    </message>
    <message>
        <source>Calls on hold, longest first; select one to see its call</source>
        <translation>Gehaltene Anrufe, der längste zuerst; einen auswählen, um seinen Anruf zu sehen</translation>
    </message>
    <message>
        <source>Ringing (%1)</source>
        <translation>Klingelt (%1)</translation>
    </message>
    <message>
        <source>On hold (%1)</source>
        <translation>Gehalten (%1)</translation>
    </message>
    <message>
        <source>%1 waiting longer than %2 s</source>
        <translation>%1 warten länger als %2 s</translation>
    </message>
    <message>
        <source>not offered by the PBX for this call now</source>
        <translation>von der TK-Anlage für diesen Anruf jetzt nicht angeboten</translation>
    </message>
    <message>
        <source>set my line first (Line ▸ Set my line)</source>
        <translation>zuerst meine Leitung festlegen (Leitung ▸ Meine Leitung festlegen)</translation>
    </message>
    <message>
        <source>it rings on my line: answer it there</source>
        <translation>er klingelt auf meiner Leitung: dort annehmen</translation>
    </message>
    <message>
        <source>sent, waiting for the reply</source>
        <translation>gesendet, warte auf die Antwort</translation>
    </message>
    <message>
        <source>Click ignored: that row had just changed under the pointer</source>
        <translation>Klick ignoriert: diese Zeile hatte sich gerade unter dem Zeiger geändert</translation>
    </message>
    <message>
        <source>A group needs a name</source>
        <translation>Eine Gruppe braucht einen Namen</translation>
    </message>
    <message>
        <source>A group&apos;s name has at most %1 characters</source>
        <translation>Ein Gruppenname hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>There is already a group named “%1”</source>
        <translation>Es gibt bereits eine Gruppe namens “%1”</translation>
    </message>
    <message>
        <source>There is no group named “%1” any more</source>
        <translation>Es gibt keine Gruppe namens “%1” mehr</translation>
    </message>
    <message>
        <source>At most %1 groups</source>
        <translation>Höchstens %1 Gruppen</translation>
    </message>
    <message>
        <source>At most %1 users in a group</source>
        <translation>Höchstens %1 Benutzer in einer Gruppe</translation>
    </message>
    <message>
        <source>The groups file is not valid: %1</source>
        <translation>Die Gruppendatei ist ungültig: %1</translation>
    </message>
    <message>
        <source>Your groups could not be read: %s</source>
        <translation>Ihre Gruppen konnten nicht gelesen werden: %s</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Users can only be added to your own groups and favourites</source>
        <translation>Benutzer können nur zu Ihren eigenen Gruppen und Favoriten hinzugefügt werden</translation>
    </message>
    <message>
        <source>Users can only be taken out of your own groups and favourites</source>
        <translation>Benutzer können nur aus Ihren eigenen Gruppen und Favoriten entfernt werden</translation>
    </message>
    <message>
        <source>Not imported: %s</source>
        <translation>Nicht importiert: %s</translation>
    </message>
    <message>
        <source>Not exported to %1: %2</source>
        <translation>Nicht nach %1 exportiert: %2</translation>
    </message>
    <message>
        <source>Your groups could not be saved to %1: %2</source>
        <translation>Ihre Gruppen konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 ringing</source>
        <translation>klingelt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n user(s)</source>
        <translation>
            <numerusform>%1: %n Benutzer</numerusform>
            <numerusform>%1: %n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag lamps here to add them; right click to rename or delete</source>
        <translation>Lampen hierher ziehen, um sie hinzuzufügen; Rechtsklick zum Umbenennen oder Löschen</translation>
    </message>
    <message>
        <source>Select a lamp first</source>
        <translation>Wählen Sie zuerst eine Lampe aus</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>Name der neuen Gruppe:</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Neuer Name für “%1”:</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <source>Delete the group “%1”? Its users stay on the PBX; only the group goes.</source>
        <translation>Die Gruppe “%1” löschen? Ihre Benutzer bleiben in der TK-Anlage; nur die Gruppe verschwindet.</translation>
    </message>
    <message>
        <source>Group actions</source>
        <translation>Gruppenaktionen</translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation>“%1” umbenennen…</translation>
    </message>
    <message>
        <source>Delete “%1”…</source>
        <translation>“%1” löschen…</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Neue Gruppe…</translation>
    </message>
    <message>
        <source>Show groups as sections</source>
        <translation>Gruppen als Abschnitte anzeigen</translation>
    </message>
    <message>
        <source>Show groups as tabs</source>
        <translation>Gruppen als Reiter anzeigen</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Aus den Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu den Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove from “%1”</source>
        <translation>Aus “%1” entfernen</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Every monitored user&apos;s line state</source>
        <translation>Der Leitungszustand jedes überwachten Benutzers</translation>
    </message>
    <message>
        <source>Lamps</source>
        <translation>Lampen</translation>
    </message>
    <message>
        <source>One lamp per user; arrow keys move between them</source>
        <translation>Eine Lampe pro Benutzer; die Pfeiltasten wechseln zwischen ihnen</translation>
    </message>
    <message>
        <source>User list</source>
        <translation>Benutzerliste</translation>
    </message>
    <message>
        <source>One row per user, sortable by column</source>
        <translation>Eine Zeile pro Benutzer, nach Spalten sortierbar</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Name, number or login; Enter selects the first match</source>
        <translation>Name, Nummer oder Login; Eingabe wählt den ersten Treffer</translation>
    </message>
    <message>
        <source>Show users</source>
        <translation>Benutzer anzeigen</translation>
    </message>
    <message>
        <source>Only the users in this state</source>
        <translation>Nur die Benutzer in diesem Zustand</translation>
    </message>
    <message>
        <source>Sort users</source>
        <translation>Benutzer sortieren</translation>
    </message>
    <message>
        <source>Lamps or list</source>
        <translation>Lampen oder Liste</translation>
    </message>
    <message>
        <source>Switch between lamps and a list</source>
        <translation>Zwischen Lampen und Liste wechseln</translation>
    </message>
    <message>
        <source>Users shown</source>
        <translation>Angezeigte Benutzer</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>The selected user&apos;s calls and their buttons</source>
        <translation>Die Anrufe des ausgewählten Benutzers und ihre Schaltflächen</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Every event received, newest last</source>
        <translation>Jedes empfangene Ereignis, das neueste zuletzt</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <source>Only the events of this user or callRef</source>
        <translation>Nur die Ereignisse dieses Benutzers oder dieser callRef</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>One row per event; its JSON below</source>
        <translation>Eine Zeile pro Ereignis; sein JSON darunter</translation>
    </message>
    <message>
        <source>Event JSON</source>
        <translation>JSON des Ereignisses</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Event counts</source>
        <translation>Ereigniszähler</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Feld leeren</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>number to call</source>
        <translation>zu wählende Nummer</translation>
    </message>
    <message>
        <source>Number to call from device %1</source>
        <translation>Zu wählende Nummer von Endgerät %1</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>Answer</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>Den klingelnden Anruf annehmen</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Hang up: you leave the call (the others stay if there are several)</source>
        <translation>Auflegen: Sie verlassen den Anruf (die anderen bleiben, wenn es mehrere sind)</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Put the call on hold</source>
        <translation>Den Anruf halten</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Take the held call back</source>
        <translation>Den gehaltenen Anruf zurückholen</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Makeln</translation>
    </message>
    <message>
        <source>Release the active call and go back to the held one</source>
        <translation>Den aktiven Anruf beenden und zum gehaltenen zurückkehren</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>MFV</translation>
    </message>
    <message>
        <source>Send DTMF digits</source>
        <translation>MFV-Ziffern senden</translation>
    </message>
    <message>
        <source>End call for all</source>
        <translation>Für alle beenden</translation>
    </message>
    <message>
        <source>End the call for everyone in it, not only you</source>
        <translation>Den Anruf für alle Teilnehmer beenden, nicht nur für Sie</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Vermitteln</translation>
    </message>
    <message>
        <source>Transfer to your other call</source>
        <translation>An Ihren anderen Anruf vermitteln</translation>
    </message>
    <message>
        <source>Blind transfer</source>
        <translation>Blind vermitteln</translation>
    </message>
    <message>
        <source>Transfer to a number without consulting</source>
        <translation>Ohne Rückfrage an eine Nummer vermitteln</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>Merge with your other call into a conference</source>
        <translation>Mit Ihrem anderen Anruf zur Konferenz zusammenschalten</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Umleiten</translation>
    </message>
    <message>
        <source>Send the ringing call to another number</source>
        <translation>Den klingelnden Anruf an eine andere Nummer leiten</translation>
    </message>
    <message>
        <source>To voicemail</source>
        <translation>Zur Sprachbox</translation>
    </message>
    <message>
        <source>Send the ringing call to voicemail</source>
        <translation>Den klingelnden Anruf zur Sprachbox leiten</translation>
    </message>
    <message>
        <source>Leave message</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>Overflow to the called party&apos;s voicemail</source>
        <translation>Überlauf zur Sprachbox des Angerufenen</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Heranholen</translation>
    </message>
    <message>
        <source>Pick up this call ringing elsewhere</source>
        <translation>Diesen Anruf heranholen, der woanders klingelt</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Ask to be called back when the party is free</source>
        <translation>Rückruf anfordern, sobald der Teilnehmer frei ist</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>Park the call on a number</source>
        <translation>Den Anruf auf einer Nummer parken</translation>
    </message>
    <message>
        <source>Camp on</source>
        <translation>Anklopfen</translation>
    </message>
    <message>
        <source>Wait for the busy party</source>
        <translation>Auf den besetzten Teilnehmer warten</translation>
    </message>
    <message>
        <source>Intrude</source>
        <translation>Aufschalten</translation>
    </message>
    <message>
        <source>Intrude into the busy party&apos;s call</source>
        <translation>Sich in das Gespräch des besetzten Teilnehmers aufschalten</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Leave the conference: you go, the others stay connected</source>
        <translation>Konferenz verlassen: Sie gehen, die anderen bleiben verbunden</translation>
    </message>
    <message>
        <source>Remove party…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove another participant from the conference (they are cut off)</source>
        <translation>Einen anderen Teilnehmer aus der Konferenz entfernen (er wird getrennt)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Start recording the call</source>
        <translation>Aufnahme des Anrufs starten</translation>
    </message>
    <message>
        <source>Stop rec.</source>
        <translation>Aufn. stopp</translation>
    </message>
    <message>
        <source>Stop recording the call</source>
        <translation>Aufnahme des Anrufs beenden</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Call the number</source>
        <translation>Die Nummer anrufen</translation>
    </message>
    <message>
        <source>Business call</source>
        <translation>Dienstlich</translation>
    </message>
    <message>
        <source>Call the number on the business account</source>
        <translation>Die Nummer dienstlich anrufen</translation>
    </message>
    <message>
        <source>Private call</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Call the number as a private call</source>
        <translation>Die Nummer privat anrufen</translation>
    </message>
    <message>
        <source>Unpark</source>
        <translation>Entparken</translation>
    </message>
    <message>
        <source>Take back a parked call</source>
        <translation>Einen geparkten Anruf zurückholen</translation>
    </message>
    <message>
        <source>%s (offered by the PBX)</source>
        <translation>%s (von der TK-Anlage angeboten)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>nur wenn der Server eines verlangt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLogDock</name>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Filter by user or callRef</source>
        <translation>Nach Benutzer oder callRef filtern</translation>
    </message>
    <message>
        <source>Follow new events</source>
        <translation>Neuen Ereignissen folgen</translation>
    </message>
    <message>
        <source>Select an event to see its JSON</source>
        <translation>Ein Ereignis wählen, um sein JSON zu sehen</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>GroupChooser</name>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>answered</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>besetzt</translation>
    </message>
    <message>
        <source>redirected</source>
        <translation>umgeleitet</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>umgeleitet</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>vermittelt</translation>
    </message>
    <message>
        <source>to voicemail</source>
        <translation>zur Sprachbox</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Gesprächspartner</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>HistoryControl</name>
    <message>
        <source>Call history: %1</source>
        <translation>Anrufliste: %1</translation>
    </message>
    <message>
        <source>Acknowledge on the gateway refused: %1</source>
        <translation>Bestätigung am Gateway abgelehnt: %1</translation>
    </message>
    <message>
        <source>Acknowledge on the gateway failed: %1</source>
        <translation>Bestätigung am Gateway fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Call back: set my line first (Line menu)</source>
        <translation>Zurückrufen: zuerst meine Leitung festlegen (Menü Leitung)</translation>
    </message>
    <message>
        <source>Call back refused: %1 (%2)</source>
        <translation>Rückruf abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <source>Call back failed: %1</source>
        <translation>Rückruf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Calling %1 back</source>
        <translation>%1 wird zurückgerufen</translation>
    </message>
    <message>
        <source>%1 called back: acknowledged</source>
        <translation>%1 zurückgerufen: bestätigt</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Missed only</source>
        <translation>Nur verpasste</translation>
    </message>
    <message>
        <source>Unacknowledged only</source>
        <translation>Nur unbestätigte</translation>
    </message>
    <message>
        <source>Selected user only</source>
        <translation>Nur ausgewählter Benutzer</translation>
    </message>
    <message>
        <source>Search names and numbers</source>
        <translation>Namen und Nummern suchen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Zurückrufen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Show missed calls only</source>
        <translation>Nur verpasste Anrufe zeigen</translation>
    </message>
    <message>
        <source>Show unacknowledged calls only</source>
        <translation>Nur unbestätigte Anrufe zeigen</translation>
    </message>
    <message>
        <source>Show the selected user&apos;s calls only</source>
        <translation>Nur die Anrufe des ausgewählten Benutzers zeigen</translation>
    </message>
    <message>
        <source>Search the history by name or number</source>
        <translation>Den Verlauf nach Name oder Nummer durchsuchen</translation>
    </message>
    <message>
        <source>Limit the history to a date range</source>
        <translation>Den Verlauf auf einen Zeitraum beschränken</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
        <source>Call the other party back from my line</source>
        <translation>Den Gesprächspartner von meiner Leitung zurückrufen</translation>
    </message>
    <message>
        <source>Mark the selected calls acknowledged</source>
        <translation>Die ausgewählten Anrufe als bestätigt markieren</translation>
    </message>
    <message>
        <source>Call history error</source>
        <translation>Fehler der Anrufliste</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>HistorySettingsBox</name>
    <message>
        <source>Call history</source>
        <translation>Anrufverlauf</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep calls for, in days</source>
        <translation>Anrufe aufbewahren, in Tagen</translation>
    </message>
    <message>
        <source>Keep at most this many calls</source>
        <translation>Höchstens so viele Anrufe aufbewahren</translation>
    </message>
    <message>
        <source>Keep calls &amp;for</source>
        <translation>Anrufe aufbewahren &amp;für</translation>
    </message>
    <message>
        <source>Keep at mo&amp;st</source>
        <translation>Höch&amp;stens aufbewahren</translation>
    </message>
    <message>
        <source>%1 is set in the environment: it wins over this setting</source>
        <translation>%1 ist in der Umgebung gesetzt: es hat Vorrang vor dieser Einstellung</translation>
    </message>
</context>
<context>
    <name>LampActions</name>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Transfer my call to %1 (blind)</source>
        <translation>Meinen Anruf an %1 vermitteln (ohne Rückfrage)</translation>
    </message>
    <message>
        <source>Complete the transfer to %1</source>
        <translation>Vermittlung an %1 abschließen</translation>
    </message>
    <message>
        <source>Conference with %1</source>
        <translation>Konferenz mit %1</translation>
    </message>
    <message>
        <source>Redirect my ringing call to %1</source>
        <translation>Meinen klingelnden Anruf zu %1 umleiten</translation>
    </message>
    <message>
        <source>Pick up %1&apos;s ringing call</source>
        <translation>Klingelnden Anruf von %1 heranholen</translation>
    </message>
    <message>
        <source>Send %1&apos;s ringing call to voicemail</source>
        <translation>Klingelnden Anruf von %1 an die Voicemail</translation>
    </message>
    <message>
        <source>Intrude into %1&apos;s call</source>
        <translation>In das Gespräch von %1 aufschalten</translation>
    </message>
    <message>
        <source>Camp on %1 (wait until free)</source>
        <translation>Auf %1 anklopfen (warten, bis frei)</translation>
    </message>
    <message>
        <source>Ask %1 to call me back</source>
        <translation>%1 um Rückruf bitten</translation>
    </message>
    <message>
        <source>Leave %1 a message</source>
        <translation>%1 eine Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>Do not disturb %1</source>
        <translation>Nicht stören für %1</translation>
    </message>
    <message>
        <source>End do not disturb for %1</source>
        <translation>Nicht stören für %1 beenden</translation>
    </message>
    <message>
        <source>Forward %1&apos;s calls to me</source>
        <translation>Anrufe von %1 zu mir umleiten</translation>
    </message>
    <message>
        <source>Cancel %1&apos;s forward</source>
        <translation>Rufumleitung von %1 aufheben</translation>
    </message>
    <message>
        <source>Forward or DND of %1…</source>
        <translation>Rufumleitung oder Nicht stören von %1…</translation>
    </message>
    <message>
        <source>Consult %1 first (my call is held)</source>
        <translation>Erst Rückfrage bei %1 (mein Anruf wird gehalten)</translation>
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
        <translation>keine Quelle</translation>
    </message>
    <message>
        <source>%1 ev/s · %2 events · %3 rejected · %4 gaps</source>
        <translation>%1 Ereig./s · %2 Ereignisse · %3 abgelehnt · %4 Lücken</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open trace…</source>
        <translation>Mitschnitt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save the log&apos;s events as JSONL…</source>
        <translation>Ereignisse des Protokolls als JSONL &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>Built-in &amp;simulator</source>
        <translation>Eingebauter Si&amp;mulator</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Leitung</translation>
    </message>
    <message>
        <source>Set &amp;my line…</source>
        <translation>&amp;Meine Leitung festlegen…</translation>
    </message>
    <message>
        <source>My line = &amp;selected user</source>
        <translation>Meine Leitung = &amp;ausgewählter Benutzer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Waiting calls</source>
        <translation>&amp;Wartende Anrufe</translation>
    </message>
    <message>
        <source>Lamp &amp;density</source>
        <translation>Lampen&amp;dichte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About %s</source>
        <translation>&amp;Über %s</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Neue Gruppe…</translation>
    </message>
    <message>
        <source>Add selected to new group…</source>
        <translation>Auswahl zu neuer Gruppe hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Favourite: add or remove the selected user</source>
        <translation>&amp;Favorit: ausgewählten Benutzer hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>&amp;Rename this group…</source>
        <translation>Diese Gruppe &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete this group…</source>
        <translation>Diese Gruppe &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Search all groups</source>
        <translation>In allen Gruppen &amp;suchen</translation>
    </message>
    <message>
        <source>Show groups as</source>
        <translation>Gruppen anzeigen als</translation>
    </message>
    <message>
        <source>&amp;Tabs</source>
        <translation>&amp;Reiter</translation>
    </message>
    <message>
        <source>&amp;Collapsible sections</source>
        <translation>&amp;Einklappbare Abschnitte</translation>
    </message>
    <message>
        <source>&amp;Import groups…</source>
        <translation>Gruppen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export groups…</source>
        <translation>Gruppen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Import groups</source>
        <translation>Gruppen importieren</translation>
    </message>
    <message>
        <source>Groups (*.json)</source>
        <translation>Gruppen (*.json)</translation>
    </message>
    <message>
        <source>Groups imported from %s</source>
        <translation>Gruppen aus %s importiert</translation>
    </message>
    <message>
        <source>Export groups</source>
        <translation>Gruppen exportieren</translation>
    </message>
    <message>
        <source>Groups exported to %s</source>
        <translation>Gruppen nach %s exportiert</translation>
    </message>
    <message>
        <source>The server refused the token: enter another one</source>
        <translation>Der Server hat das Token abgelehnt: bitte ein anderes eingeben</translation>
    </message>
    <message>
        <source>the server refused the token</source>
        <translation>der Server hat das Token abgelehnt</translation>
    </message>
    <message>
        <source>Login refused: check the login and its password</source>
        <translation>Anmeldung abgelehnt: Login und Passwort prüfen</translation>
    </message>
    <message>
        <source>Connect: %s</source>
        <translation>Verbinden: %s</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%s: %d of %d lines are not events and will be skipped (%s)</source>
        <translation>%s: %d von %d Zeilen sind keine Ereignisse und werden übersprungen (%s)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Save all %1 events received</source>
        <translation>Alle %1 empfangenen Ereignisse speichern</translation>
    </message>
    <message>
        <source>Save the last {held} events (the log keeps {entries} events or {mib} MiB; {gone} older ones are gone)</source>
        <translation>Die letzten {held} Ereignisse speichern (das Protokoll behält {entries} Ereignisse oder {mib} MiB; {gone} ältere sind verloren)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1</source>
        <translation>
            <numerusform>%n Ereignis in %1 gespeichert</numerusform>
            <numerusform>%n Ereignisse in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Meine Leitung</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>%s is not in the directory of %s. Watch it as my line anyway?</source>
        <translation>%s ist nicht im Verzeichnis von %s. Trotzdem als meine Leitung beobachten?</translation>
    </message>
    <message>
        <source>this source</source>
        <translation>dieser Quelle</translation>
    </message>
    <message>
        <source>My line unchanged: %s is not in the directory</source>
        <translation>Meine Leitung unverändert: %s ist nicht im Verzeichnis</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsBox</name>
    <message>
        <source>Notifications of a call ringing on my line</source>
        <translation>Benachrichtigungen bei einem Anruf auf meiner Leitung</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>The desktop&apos;s &amp;notification</source>
        <translation>Die &amp;Benachrichtigung des Desktops</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Desktop-Benachrichtigung</translation>
    </message>
    <message>
        <source>This desktop has no notification area</source>
        <translation>Dieser Desktop hat keinen Benachrichtigungsbereich</translation>
    </message>
    <message>
        <source>A &amp;banner in the window</source>
        <translation>Ein &amp;Banner im Fenster</translation>
    </message>
    <message>
        <source>Banner in the window</source>
        <translation>Banner im Fenster</translation>
    </message>
    <message>
        <source>A &amp;sound:</source>
        <translation>Ein &amp;Ton:</translation>
    </message>
    <message>
        <source>Ring sound</source>
        <translation>Klingelton</translation>
    </message>
    <message>
        <source>Which ring sound</source>
        <translation>Welcher Klingelton</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Play the ring sound</source>
        <translation>Den Klingelton abspielen</translation>
    </message>
</context>
<context>
    <name>NumberCompleter</name>
    <message>
        <source>Matching names and numbers</source>
        <translation>Passende Namen und Nummern</translation>
    </message>
</context>
<context>
    <name>PresencePanel</name>
    <message>
        <source>Search name, number or login</source>
        <translation>Name, Nummer oder Login suchen</translation>
    </message>
    <message>
        <source>longest in state</source>
        <translation>am längsten im Zustand</translation>
    </message>
    <message>
        <source>longest waiting (ringing first)</source>
        <translation>am längsten wartend (klingelnde zuerst)</translation>
    </message>
    <message>
        <source>Sort users</source>
        <translation>Benutzer sortieren</translation>
    </message>
    <message>
        <source>Lamp density</source>
        <translation>Lampendichte</translation>
    </message>
    <message>
        <source>Lamp density: comfortable, compact or a wall of lamps</source>
        <translation>Lampendichte: bequem, kompakt oder eine Lampenwand</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Switch between lamps and a list</source>
        <translation>Zwischen Lampen und Liste wechseln</translation>
    </message>
    <message>
        <source>In all groups</source>
        <translation>In allen Gruppen</translation>
    </message>
    <message>
        <source>Search and filter by state across all groups, not only the one shown</source>
        <translation>In allen Gruppen suchen und nach Zustand filtern, nicht nur in der angezeigten</translation>
    </message>
    <message>
        <source>Search all groups</source>
        <translation>In allen Gruppen suchen</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Bequem</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <translation>
            <numerusform>%1 von %n Benutzer</numerusform>
            <numerusform>%1 von %n Benutzern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>If unanswered</source>
        <translation>Ohne Antwort</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Heranholen</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Sprachbox</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Gehalten bei</translation>
    </message>
</context>
<context>
    <name>QueueSettingsBox</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Waiting-calls queue</source>
        <translation>Warteschlange der wartenden Anrufe</translation>
    </message>
    <message>
        <source>Highlight calls &amp;ringing longer than</source>
        <translation>Anrufe hervorheben, die länger &amp;klingeln als</translation>
    </message>
    <message>
        <source>Highlight ringing calls after, in seconds</source>
        <translation>Klingelnde Anrufe hervorheben nach, in Sekunden</translation>
    </message>
    <message>
        <source>Highlight calls &amp;held longer than</source>
        <translation>Anrufe hervorheben, die länger &amp;gehalten werden als</translation>
    </message>
    <message>
        <source>Highlight held calls after, in seconds</source>
        <translation>Gehaltene Anrufe hervorheben nach, in Sekunden</translation>
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
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Abspielen / Pause (Leertaste)</translation>
    </message>
    <message>
        <source>◂ Back</source>
        <translation>◂ Zurück</translation>
    </message>
    <message>
        <source>Go back one event: the state just before it (Ctrl+Left)</source>
        <translation>Ein Ereignis zurück: der Zustand direkt davor (Strg+Links)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <source>Step ▸</source>
        <translation>Schritt ▸</translation>
    </message>
    <message>
        <source>Deliver the next event (Ctrl+Right)</source>
        <translation>Das nächste Ereignis liefern (Strg+Rechts)</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>Position in the trace: drag back to rebuild the state at that event</source>
        <translation>Position im Mitschnitt: zurückziehen, um den Zustand bei diesem Ereignis wiederherzustellen</translation>
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
        <translation>Schließen</translation>
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
        <translation>Eingehender Anruf (Ton des Desktops)</translation>
    </message>
    <message>
        <source>Bell (the desktop&apos;s sound)</source>
        <translation>Glocke (Ton des Desktops)</translation>
    </message>
    <message>
        <source>New message (the desktop&apos;s sound)</source>
        <translation>Neue Nachricht (Ton des Desktops)</translation>
    </message>
    <message>
        <source>System beep</source>
        <translation>Systemton</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>The start source in Settings could not be opened (%s): the built-in simulator instead</source>
        <translation>Die Startquelle aus den Einstellungen ließ sich nicht öffnen (%s): stattdessen der eingebaute Simulator</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The window&apos;s language, used from the next start</source>
        <translation>Die Sprache des Fensters, ab dem nächsten Start</translation>
    </message>
    <message>
        <source>A new language applies when CTI Monitor starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von CTI Monitor.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Light, dark or high contrast, or as the system is set</source>
        <translation>Hell, dunkel oder hoher Kontrast, oder wie das System</translation>
    </message>
    <message>
        <source>Lamp density</source>
        <translation>Lampendichte</translation>
    </message>
    <message>
        <source>How many lamps fit: comfortable tiles, compact ones, or a wall of lamps</source>
        <translation>Wie viele Lampen passen: bequeme Kacheln, kompakte oder eine Lampenwand</translation>
    </message>
    <message>
        <source>Lamp &amp;density</source>
        <translation>Lampen&amp;dichte</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>A&amp;llgemein</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>An&amp;rufe</translation>
    </message>
    <message>
        <source>Start and &amp;history</source>
        <translation>Start und &amp;Verlauf</translation>
    </message>
    <message>
        <source>a login, e.g. oxe70020</source>
        <translation>ein Login, z. B. oxe70020</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Meine Leitung</translation>
    </message>
    <message>
        <source>The login whose calls the Calls panel follows</source>
        <translation>Das Login, dessen Anrufe der Bereich Anrufe verfolgt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;My line</source>
        <translation>&amp;Meine Leitung</translation>
    </message>
</context>
<context>
    <name>StartSettingsBox</name>
    <message>
        <source>At start</source>
        <translation>Beim Start</translation>
    </message>
    <message>
        <source>Source opened at start</source>
        <translation>Beim Start geöffnete Quelle</translation>
    </message>
    <message>
        <source>Open at start</source>
        <translation>Beim Start öffnen</translation>
    </message>
    <message>
        <source>What CTI Monitor opens when started without naming a source</source>
        <translation>Was CTI Monitor öffnet, wenn es ohne genannte Quelle startet</translation>
    </message>
    <message>
        <source>wss://server:8765 or https://o2g.example.com</source>
        <translation>wss://server:8765 oder https://o2g.example.com</translation>
    </message>
    <message>
        <source>Address of the server or gateway</source>
        <translation>Adresse des Servers oder Gateways</translation>
    </message>
    <message>
        <source>the O2G login</source>
        <translation>die O2G-Anmeldung</translation>
    </message>
    <message>
        <source>O2G user</source>
        <translation>O2G-Benutzer</translation>
    </message>
    <message>
        <source>Re&amp;member the O2G password in the system keyring</source>
        <translation>O2G-Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Remember the O2G password in the system keyring</source>
        <translation>O2G-Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Otherwise it is asked at each start; it is never stored in clear</source>
        <translation>Sonst wird es bei jedem Start abgefragt; es wird nie im Klartext gespeichert</translation>
    </message>
    <message>
        <source>Last used: %s</source>
        <translation>Zuletzt benutzt: %s</translation>
    </message>
    <message>
        <source>the built-in simulator</source>
        <translation>der eingebaute Simulator</translation>
    </message>
    <message>
        <source>&amp;Open at start</source>
        <translation>Beim Start ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Ad&amp;resse</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Used when CTI Monitor starts without a source on its command line.</source>
        <translation>Wird benutzt, wenn CTI Monitor ohne Quelle auf der Befehlszeile startet.</translation>
    </message>
</context>
<context>
    <name>StartSource</name>
    <message>
        <source>The built-in simulator</source>
        <translation>Der eingebaute Simulator</translation>
    </message>
    <message>
        <source>The last server or gateway used</source>
        <translation>Der zuletzt benutzte Server oder Gateway</translation>
    </message>
    <message>
        <source>This server (WebSocket)</source>
        <translation>Dieser Server (WebSocket)</translation>
    </message>
    <message>
        <source>This O2G gateway</source>
        <translation>Dieses O2G-Gateway</translation>
    </message>
    <message>
        <source>A server&apos;s address starts with ws:// or wss://</source>
        <translation>Die Adresse eines Servers beginnt mit ws:// oder wss://</translation>
    </message>
    <message>
        <source>A gateway&apos;s address starts with https://</source>
        <translation>Die Adresse eines Gateways beginnt mit https://</translation>
    </message>
    <message>
        <source>A gateway&apos;s address starts with https:// (the password never goes in clear)</source>
        <translation>Die Adresse eines Gateways beginnt mit https:// (das Passwort geht nie im Klartext)</translation>
    </message>
    <message>
        <source>Name the O2G user whose password is asked at start</source>
        <translation>Nennen Sie den O2G-Benutzer, dessen Passwort beim Start abgefragt wird</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Sprachbox</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>ringing</source>
        <translation>klingelt</translation>
    </message>
    <message>
        <source>dialing</source>
        <translation>wählt</translation>
    </message>
    <message>
        <source>ringing remote</source>
        <translation>klingelt beim Ziel</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>releasing</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>redirected</source>
        <translation>umgeleitet</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Wiederanruf</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>party left</source>
        <translation>Teilnehmer gegangen</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>vermittelt</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>besetzt</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>picked up</source>
        <translation>herangeholt</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>umgeleitet</translation>
    </message>
    <message>
        <source>camped on</source>
        <translation>angeklopft</translation>
    </message>
    <message>
        <source>call waiting</source>
        <translation>Anklopfen</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>Sprachbox</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>im Gespräch</translation>
    </message>
    <message>
        <source>in conference</source>
        <translation>in Konferenz</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>all states</source>
        <translation>alle Zustände</translation>
    </message>
    <message>
        <source>not idle</source>
        <translation>nicht frei</translation>
    </message>
    <message>
        <source>missed calls</source>
        <translation>verpasste Anrufe</translation>
    </message>
    <message>
        <source>voice messages</source>
        <translation>Sprachnachrichten</translation>
    </message>
    <message>
        <source>call-back requests</source>
        <translation>Rückrufwünsche</translation>
    </message>
    <message>
        <source>faxes</source>
        <translation>Faxe</translation>
    </message>
    <message>
        <source>new texts</source>
        <translation>neue Textnachrichten</translation>
    </message>
    <message>
        <source>old texts</source>
        <translation>alte Textnachrichten</translation>
    </message>
    <message>
        <source>events waiting</source>
        <translation>wartende Ereignisse</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>reconnecting in %1 s%2</source>
        <translation>neuer Versuch in %1 s%2</translation>
    </message>
    <message>
        <source>playing %1/%2</source>
        <translation>läuft %1/%2</translation>
    </message>
    <message>
        <source>paused %1/%2</source>
        <translation>pausiert %1/%2</translation>
    </message>
    <message>
        <source>at end %1/%2</source>
        <translation>am Ende %1/%2</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>nach Name</translation>
    </message>
    <message>
        <source>by number</source>
        <translation>nach Nummer</translation>
    </message>
    <message>
        <source>by login</source>
        <translation>nach Login</translation>
    </message>
    <message>
        <source>by state</source>
        <translation>nach Zustand</translation>
    </message>
    <message>
        <source>by time in state</source>
        <translation>nach Dauer im Zustand</translation>
    </message>
    <message>
        <source>by missed calls</source>
        <translation>nach verpassten Anrufen</translation>
    </message>
    <message>
        <source>by voicemail</source>
        <translation>nach Sprachnachrichten</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Sprachbox</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
</context>
</TS>
