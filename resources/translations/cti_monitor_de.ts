<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Appearance</source>
        <comment>Follow the system</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <comment>Light</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <comment>Dark</comment>
        <translation type="unfinished"></translation>
    </message>
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
        <source>selected user hidden by the filter</source>
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
        <source>Pick up: set my line first (Line ▸ Set my line), then pick up a colleague&apos;s call</source>
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
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>Number to call from device %1</source>
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
    <name>MainWindow</name>
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
        <source>%s: %d of %d lines are not events and will be skipped (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the last {held} events (the log keeps {entries} events or {mib} MiB; {gone} older ones are gone)</source>
        <translation type="unfinished"></translation>
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
    <name>ReplayBar</name>
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
</context>
<context>
    <name>Run</name>
    <message>
        <source>CTI Monitor</source>
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
        <source>incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
