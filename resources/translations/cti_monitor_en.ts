<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name />
        <message numerus="yes">
            <source>%1: %n user(s)</source>
            <translation>
                <numerusform>%1: %n user</numerusform>
                <numerusform>%1: %n users</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Durations</name>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
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
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>Saved %n event(s) to %1</source>
            <translation>
                <numerusform>Saved %n event to %1</numerusform>
                <numerusform>Saved %n events to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PresencePanel</name>
        <message numerus="yes">
            <source>%1 of %n user(s)</source>
            <translation>
                <numerusform>%1 of %n user</numerusform>
                <numerusform>%1 of %n users</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n user</numerusform>
                <numerusform>%n users</numerusform>
            </translation>
        </message>
    </context>
</TS>
