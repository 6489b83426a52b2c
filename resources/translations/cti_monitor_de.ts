<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Connection lost at %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O2G event channel down since %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBX link down since %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTI link down since %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — states shown are as of then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not retrying (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trying to reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next try in %d s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop: that call has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop: the call is already on that line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop: %s has no number to send the call to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop: this call cannot be redirected or transferred now (the PBX offers neither)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last known: %s, at %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replay shows what was recorded: there is nothing to command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user to see their calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events for this user yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected user hidden by the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: not offered on this device now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s to %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click ignored: the call&apos;s buttons had just changed under the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up: set my line first (Line ▸ Set my line), then pick up a colleague&apos;s call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With which call?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which participant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s refused: %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when busy or no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overflow to %s %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded to %s %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DND: will be refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DND: to voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DND: → forwarded to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy → forwarded to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag onto a user&apos;s lamp: %s the call to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: not offered for this call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts act on my line only: click to act on this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to reconnect at once instead of waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing: calls ring here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing: not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to forward: a number, a colleague or voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number, colleague or voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward: choose a number, a colleague or voicemail first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written (see stderr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live line states and call control for Alcatel-Lucent OmniPCX Enterprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log:
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file could not be written; the details are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s ran into an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may go on working; if it behaves oddly, quit and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>Number to call from device %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up: you leave the call (the others stay if there are several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the call on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the held call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the active call and go back to the held one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send DTMF digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End call for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the call for everyone in it, not only you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to your other call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to a number without consulting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with your other call into a conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the ringing call to another number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the ringing call to voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overflow to the called party&apos;s voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up this call ringing elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to be called back when the party is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park the call on a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camp on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the busy party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intrude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intrude into the busy party&apos;s call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the conference: you go, the others stay connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove another participant from the conference (they are cut off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start recording the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop rec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recording the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the number on the business account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the number as a private call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back a parked call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (offered by the PBX)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLogDock</name>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user or callRef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow new events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CTI Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ev/s · %2 events · %3 rejected · %4 gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the log&apos;s events as JSONL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in &amp;simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;my line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My line = &amp;selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the token: enter another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login refused: check the login and its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %d of %d lines are not events and will be skipped (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all %1 events received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the last {held} events (the log keeps {entries} events or {mib} MiB; {gone} older ones are gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>My line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is not in the directory of %s. Watch it as my line anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My line unchanged: %s is not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberCompleter</name>
    <message>
        <source>Matching names and numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresencePanel</name>
    <message>
        <source>Search name, number or login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between lamps and a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◂ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back one event: the state just before it (Ctrl+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver the next event (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the trace: drag back to rebuild the state at that event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RingBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RingNotifier</name>
    <message>
        <source>CTI Monitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>CTI Monitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s language, used from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when CTI Monitor starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark, or as the system is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a login, e.g. oxe70020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login whose calls the Calls panel follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dialing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camped on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
