<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Connection lost at %s</source>
        <translation>Conexión perdida a las %s</translation>
    </message>
    <message>
        <source>O2G event channel down since %s</source>
        <translation>Canal de eventos O2G caído desde las %s</translation>
    </message>
    <message>
        <source>PBX link down since %s</source>
        <translation>Enlace con la centralita caído desde las %s</translation>
    </message>
    <message>
        <source>CTI link down since %s</source>
        <translation>Enlace CTI caído desde las %s</translation>
    </message>
    <message>
        <source> — states shown are as of then</source>
        <translation> — los estados mostrados son de ese momento</translation>
    </message>
    <message>
        <source>not retrying (%s)</source>
        <translation>sin reintentar (%s)</translation>
    </message>
    <message>
        <source>trying to reconnect…</source>
        <translation>intentando reconectar…</translation>
    </message>
    <message>
        <source>next try in %d s</source>
        <translation>próximo intento en %d s</translation>
    </message>
    <message>
        <source>not available (%s)</source>
        <translation>no disponible (%s)</translation>
    </message>
    <message>
        <source>Drop: that call has ended</source>
        <translation>Soltar: esa llamada ha terminado</translation>
    </message>
    <message>
        <source>Drop: the call is already on that line</source>
        <translation>Soltar: la llamada ya está en esa línea</translation>
    </message>
    <message>
        <source>Drop: %s has no number to send the call to</source>
        <translation>Soltar: %s no tiene número al que enviar la llamada</translation>
    </message>
    <message>
        <source>Drop: this call cannot be redirected or transferred now (the PBX offers neither)</source>
        <translation>Soltar: esta llamada no se puede redirigir ni transferir ahora (la centralita no ofrece ninguna de las dos)</translation>
    </message>
    <message>
        <source>last known: %s, at %s</source>
        <translation>último conocido: %s, a las %s</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 desde hace %2</translation>
    </message>
    <message>
        <source>a replay shows what was recorded: there is nothing to command</source>
        <translation>una reproducción muestra lo grabado: no hay nada que controlar</translation>
    </message>
    <message>
        <source>Select a user to see their calls.</source>
        <translation>Seleccione un usuario para ver sus llamadas.</translation>
    </message>
    <message>
        <source>No events for this user yet.</source>
        <translation>Todavía no hay eventos de este usuario.</translation>
    </message>
    <message>
        <source>No calls.</source>
        <translation>Sin llamadas.</translation>
    </message>
    <message>
        <source>My line: </source>
        <translation>Mi línea: </translation>
    </message>
    <message>
        <source>selected user hidden by the filter</source>
        <translation>usuario seleccionado oculto por el filtro</translation>
    </message>
    <message>
        <source>Device %s</source>
        <translation>Terminal %s</translation>
    </message>
    <message>
        <source>%s: not offered on this device now</source>
        <translation>%s: no disponible ahora en este terminal</translation>
    </message>
    <message>
        <source>Drop: %s</source>
        <translation>Soltar: %s</translation>
    </message>
    <message>
        <source>%s to %s: %s</source>
        <translation>%s a %s: %s</translation>
    </message>
    <message>
        <source>Click ignored: the call&apos;s buttons had just changed under the pointer</source>
        <translation>Clic ignorado: los botones de la llamada acababan de cambiar bajo el puntero</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Set my line first (Line ▸ Set my line), then act on a colleague&apos;s lamp</source>
        <translation>Defina primero mi línea (Línea ▸ Definir mi línea) y luego actúe sobre la lámpara de un compañero</translation>
    </message>
    <message>
        <source>Actions on %s</source>
        <translation>Acciones sobre %s</translation>
    </message>
    <message>
        <source>Nothing the PBX offers now between my line and %s</source>
        <translation>La centralita no ofrece nada ahora entre mi línea y %s</translation>
    </message>
    <message>
        <source>Blind transfer to %s</source>
        <translation>Transferencia ciega a %s</translation>
    </message>
    <message>
        <source>Consult %s first (call them)</source>
        <translation>Consultar primero a %s (llamarle)</translation>
    </message>
    <message>
        <source>Transfer my call to %s:</source>
        <translation>Transferir mi llamada a %s:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Call %s: my line&apos;s device offers no call now</source>
        <translation>Llamar a %s: el terminal de mi línea no ofrece llamar ahora</translation>
    </message>
    <message>
        <source>Pick up: set my line first (Line ▸ Set my line), then pick up a colleague&apos;s call</source>
        <translation>Capturar: defina primero mi línea (Línea ▸ Definir mi línea) y luego capture la llamada de un compañero</translation>
    </message>
    <message>
        <source>That call is no longer waiting</source>
        <translation>Esa llamada ya no espera</translation>
    </message>
    <message>
        <source>Digits:</source>
        <translation>Dígitos:</translation>
    </message>
    <message>
        <source>With which call?</source>
        <translation>¿Con qué llamada?</translation>
    </message>
    <message>
        <source>Which participant?</source>
        <translation>¿Qué participante?</translation>
    </message>
    <message>
        <source>%s refused: %s (%s)</source>
        <translation>%s rechazado: %s (%s)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source>when busy</source>
        <translation>si ocupado</translation>
    </message>
    <message>
        <source>on no answer</source>
        <translation>si no contesta</translation>
    </message>
    <message>
        <source>when busy or no answer</source>
        <translation>si ocupado o no contesta</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>buzón de voz</translation>
    </message>
    <message>
        <source>overflow to %s %s</source>
        <translation>desbordamiento a %s %s</translation>
    </message>
    <message>
        <source>forwarded to %s</source>
        <translation>desviado a %s</translation>
    </message>
    <message>
        <source>forwarded to %s %s</source>
        <translation>desviado a %s %s</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>no molestar</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NM</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>BV</translation>
    </message>
    <message>
        <source>DND: will be refused</source>
        <translation>NM: se rechazará</translation>
    </message>
    <message>
        <source>DND: to voicemail</source>
        <translation>NM: al buzón de voz</translation>
    </message>
    <message>
        <source>DND: → forwarded to %s</source>
        <translation>NM: → desviado a %s</translation>
    </message>
    <message>
        <source>busy → forwarded to %s</source>
        <translation>ocupado → desviado a %s</translation>
    </message>
    <message>
        <source>Drag onto a user&apos;s lamp: %s the call to them</source>
        <translation>Arrastre la llamada sobre la lámpara de un usuario (%s)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>%s: not offered for this call now</source>
        <translation>%s: no disponible ahora para esta llamada</translation>
    </message>
    <message>
        <source>Shortcuts act on my line only: click to act on this call</source>
        <translation>Los atajos solo actúan en mi línea: haga clic para actuar sobre esta llamada</translation>
    </message>
    <message>
        <source>conference of %s</source>
        <translation>conferencia de %s</translation>
    </message>
    <message>
        <source>recording: %s</source>
        <translation>grabación: %s</translation>
    </message>
    <message>
        <source>call %s</source>
        <translation>llamada %s</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try to reconnect at once instead of waiting</source>
        <translation>Intentar reconectar ya en lugar de esperar</translation>
    </message>
    <message>
        <source>Routing of %s</source>
        <translation>Encaminamiento de %s</translation>
    </message>
    <message>
        <source>Routing: %s</source>
        <translation>Encaminamiento: %s</translation>
    </message>
    <message>
        <source>Routing: calls ring here</source>
        <translation>Encaminamiento: las llamadas suenan aquí</translation>
    </message>
    <message>
        <source>Routing: not known yet</source>
        <translation>Encaminamiento: aún desconocido</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Desvío</translation>
    </message>
    <message>
        <source>Forward calls</source>
        <translation>Desviar llamadas</translation>
    </message>
    <message>
        <source>When to forward</source>
        <translation>Cuándo desviar</translation>
    </message>
    <message>
        <source>Where to forward: a number, a colleague or voicemail</source>
        <translation>Adónde desviar: un número, un compañero o el buzón de voz</translation>
    </message>
    <message>
        <source>number, colleague or voicemail</source>
        <translation>número, compañero o buzón</translation>
    </message>
    <message>
        <source>Set forward</source>
        <translation>Desviar</translation>
    </message>
    <message>
        <source>Set the forward</source>
        <translation>Activar el desvío</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>Forward: choose a number, a colleague or voicemail first</source>
        <translation>Desvío: elija primero un número, un compañero o el buzón de voz</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <source>not written (see stderr)</source>
        <translation>no escrito (ver stderr)</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>About %s</source>
        <translation>Acerca de %s</translation>
    </message>
    <message>
        <source>Live line states and call control for Alcatel-Lucent OmniPCX Enterprise.</source>
        <translation>Estados de línea en directo y control de llamadas para Alcatel-Lucent OmniPCX Enterprise.</translation>
    </message>
    <message>
        <source>%s: unexpected error</source>
        <translation>%s: error inesperado</translation>
    </message>
    <message>
        <source>The details are in the log:
%s</source>
        <translation>Los detalles están en el registro:
%s</translation>
    </message>
    <message>
        <source>The log file could not be written; the details are below.</source>
        <translation>No se pudo escribir el archivo de registro; los detalles están abajo.</translation>
    </message>
    <message>
        <source>%s ran into an unexpected error.</source>
        <translation>%s ha encontrado un error inesperado.</translation>
    </message>
    <message>
        <source>It may go on working; if it behaves oddly, quit and start it again.</source>
        <translation>Puede seguir funcionando; si se comporta de forma extraña, ciérrelo y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>My line: %s</source>
        <translation>Mi línea: %s</translation>
    </message>
    <message>
        <source>%s (my line&apos;s first call offering it)</source>
        <translation>%s (la primera llamada de mi línea que lo ofrece)</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <source>move between lamps (or rows of the list)</source>
        <translation>moverse entre lámparas (o filas de la lista)</translation>
    </message>
    <message>
        <source>Enter, double click</source>
        <translation>Intro, doble clic</translation>
    </message>
    <message>
        <source>on a lamp: transfer my answered call there (blind or consult), else call them</source>
        <translation>en una lámpara: transferir allí mi llamada contestada (ciega o con consulta), si no, llamarle</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10, right click</source>
        <translation>Tecla Menú, Mayús+F10, clic derecho</translation>
    </message>
    <message>
        <source>on a lamp: what the PBX offers now between my line and them (call, transfer, redirect, pick up, voicemail, forward, do not disturb)</source>
        <translation>sobre una lámpara: lo que la centralita ofrece ahora entre mi línea y esa persona (llamar, transferir, redirigir, capturar, buzón de voz, desvío, no molestar)</translation>
    </message>
    <message>
        <source>Enter in the search box</source>
        <translation>Intro en el cuadro de búsqueda</translation>
    </message>
    <message>
        <source>select the first user shown</source>
        <translation>seleccionar el primer usuario mostrado</translation>
    </message>
    <message>
        <source>add the selected user to the favourites, or take them out</source>
        <translation>añadir el usuario seleccionado a los favoritos, o quitarlo</translation>
    </message>
    <message>
        <source>a new group of lamps (Groups menu: rename, delete, import, export)</source>
        <translation>un nuevo grupo de lámparas (menú Grupos: renombrar, eliminar, importar, exportar)</translation>
    </message>
    <message>
        <source>Left, Right on the groups&apos; tabs</source>
        <translation>Izquierda, Derecha en las pestañas de los grupos</translation>
    </message>
    <message>
        <source>the previous or next group (as sections: Tab to a header, Space opens or folds it)</source>
        <translation>el grupo anterior o siguiente (como secciones: Tab hasta un encabezado, Espacio lo abre o lo pliega)</translation>
    </message>
    <message>
        <source>Enter on a waiting call</source>
        <translation>Intro en una llamada en espera</translation>
    </message>
    <message>
        <source>pick it up to my line (the waiting-calls queue)</source>
        <translation>capturarla en mi línea (la cola de llamadas en espera)</translation>
    </message>
    <message>
        <source>replay: play/pause, next event, back one event</source>
        <translation>reproducción: reproducir/pausa, evento siguiente, un evento atrás</translation>
    </message>
    <message>
        <source>open a trace, connect to a server, save the log, quit</source>
        <translation>abrir una traza, conectar a un servidor, guardar el registro, salir</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>busy (%1)</source>
        <translation>ocupado (%1)</translation>
    </message>
    <message>
        <source>no longer waiting</source>
        <translation>ya no espera</translation>
    </message>
    <message>
        <source>no action here</source>
        <translation>ninguna acción aquí</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>llamante desconocido</translation>
    </message>
    <message>
        <source>rings on</source>
        <translation>sigue sonando</translation>
    </message>
    <message>
        <source>%1: no longer waiting</source>
        <translation>%1: ya no espera</translation>
    </message>
    <message>
        <source>%1 calling %2, ringing for %3</source>
        <translation>%1 llama a %2, suena desde hace %3</translation>
    </message>
    <message>
        <source>%1 held by %2 for %3</source>
        <translation>%1 retenido por %2 desde hace %3</translation>
    </message>
    <message>
        <source>%2 on hold with %1 for %3</source>
        <translation>%2 retenido con %1 desde hace %3</translation>
    </message>
    <message>
        <source>longer than %1 s</source>
        <translation>más de %1 s</translation>
    </message>
    <message>
        <source>rings on if unanswered</source>
        <translation>sigue sonando si nadie contesta</translation>
    </message>
    <message>
        <source>last known at %1</source>
        <translation>último conocido a las %1</translation>
    </message>
    <message>
        <source>No call is ringing unanswered.</source>
        <translation>Ninguna llamada suena sin respuesta.</translation>
    </message>
    <message>
        <source>No call is on hold.</source>
        <translation>Ninguna llamada retenida.</translation>
    </message>
    <message>
        <source>Waiting calls</source>
        <translation>Llamadas en espera</translation>
    </message>
    <message>
        <source>Calls ringing unanswered and calls on hold, longest waiting first</source>
        <translation>Llamadas que suenan sin respuesta y llamadas retenidas, la que más espera primero</translation>
    </message>
    <message>
        <source>Ringing calls</source>
        <translation>Llamadas que suenan</translation>
    </message>
    <message>
        <source>Longest waiting first; Enter picks the call up to my line; drag a row onto a lamp to redirect it</source>
        <translation>La que más espera primero; Intro captura la llamada en mi línea; arrastre una fila sobre una lámpara para desviarla</translation>
    </message>
    <message>
        <source>Held calls</source>
        <translation>Llamadas retenidas</translation>
    </message>
    <message>
        <source>Calls on hold, longest first; select one to see its call</source>
        <translation>Llamadas retenidas, la más antigua primero; seleccione una para ver su llamada</translation>
    </message>
    <message>
        <source>Ringing (%1)</source>
        <translation>Suenan (%1)</translation>
    </message>
    <message>
        <source>On hold (%1)</source>
        <translation>Retenidas (%1)</translation>
    </message>
    <message>
        <source>%1 waiting longer than %2 s</source>
        <translation>%1 esperan más de %2 s</translation>
    </message>
    <message>
        <source>not offered by the PBX for this call now</source>
        <translation>la centralita no lo ofrece ahora para esta llamada</translation>
    </message>
    <message>
        <source>set my line first (Line ▸ Set my line)</source>
        <translation>defina primero mi línea (Línea ▸ Definir mi línea)</translation>
    </message>
    <message>
        <source>it rings on my line: answer it there</source>
        <translation>suena en mi línea: contéstela allí</translation>
    </message>
    <message>
        <source>sent, waiting for the reply</source>
        <translation>enviado, esperando la respuesta</translation>
    </message>
    <message>
        <source>Click ignored: that row had just changed under the pointer</source>
        <translation>Clic ignorado: esa fila acababa de cambiar bajo el puntero</translation>
    </message>
    <message>
        <source>A group needs a name</source>
        <translation>Un grupo necesita un nombre</translation>
    </message>
    <message>
        <source>A group&apos;s name has at most %1 characters</source>
        <translation>El nombre de un grupo tiene como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>There is already a group named “%1”</source>
        <translation>Ya existe un grupo llamado «%1»</translation>
    </message>
    <message>
        <source>There is no group named “%1” any more</source>
        <translation>Ya no existe ningún grupo llamado «%1»</translation>
    </message>
    <message>
        <source>At most %1 groups</source>
        <translation>Como máximo %1 grupos</translation>
    </message>
    <message>
        <source>At most %1 users in a group</source>
        <translation>Como máximo %1 usuarios en un grupo</translation>
    </message>
    <message>
        <source>The groups file is not valid: %1</source>
        <translation>El archivo de grupos no es válido: %1</translation>
    </message>
    <message>
        <source>Your groups could not be read: %s</source>
        <translation>No se pudieron leer sus grupos: %s</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Users can only be added to your own groups and favourites</source>
        <translation>Solo se pueden añadir usuarios a sus propios grupos y favoritos</translation>
    </message>
    <message>
        <source>Users can only be taken out of your own groups and favourites</source>
        <translation>Solo se pueden quitar usuarios de sus propios grupos y favoritos</translation>
    </message>
    <message>
        <source>Not imported: %s</source>
        <translation>No importado: %s</translation>
    </message>
    <message>
        <source>Not exported to %1: %2</source>
        <translation>No exportado a %1: %2</translation>
    </message>
    <message>
        <source>Your groups could not be saved to %1: %2</source>
        <translation>No se pudieron guardar sus grupos en %1: %2</translation>
    </message>
    <message>
        <source>%1 ringing</source>
        <translation>%1 sonando</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n user(s)</source>
        <translation>
            <numerusform>%1: %n usuario</numerusform>
            <numerusform>%1: %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag lamps here to add them; right click to rename or delete</source>
        <translation>Arrastre lámparas aquí para añadirlos; clic derecho para renombrar o eliminar</translation>
    </message>
    <message>
        <source>Select a lamp first</source>
        <translation>Seleccione primero una lámpara</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>Nombre del nuevo grupo:</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Renombrar grupo</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Nuevo nombre de «%1»:</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message>
        <source>Delete the group “%1”? Its users stay on the PBX; only the group goes.</source>
        <translation>¿Eliminar el grupo «%1»? Sus usuarios siguen en la centralita; solo se elimina el grupo.</translation>
    </message>
    <message>
        <source>Group actions</source>
        <translation>Acciones del grupo</translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation>Renombrar «%1»…</translation>
    </message>
    <message>
        <source>Delete “%1”…</source>
        <translation>Eliminar «%1»…</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nuevo grupo…</translation>
    </message>
    <message>
        <source>Show groups as sections</source>
        <translation>Mostrar los grupos como secciones</translation>
    </message>
    <message>
        <source>Show groups as tabs</source>
        <translation>Mostrar los grupos como pestañas</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Quitar de favoritos</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Añadir a favoritos</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Añadir al grupo</translation>
    </message>
    <message>
        <source>Remove from “%1”</source>
        <translation>Quitar de «%1»</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Every monitored user&apos;s line state</source>
        <translation>El estado de línea de cada usuario supervisado</translation>
    </message>
    <message>
        <source>Lamps</source>
        <translation>Lámparas</translation>
    </message>
    <message>
        <source>One lamp per user; arrow keys move between them</source>
        <translation>Una lámpara por usuario; las flechas pasan de una a otra</translation>
    </message>
    <message>
        <source>User list</source>
        <translation>Lista de usuarios</translation>
    </message>
    <message>
        <source>One row per user, sortable by column</source>
        <translation>Una fila por usuario, ordenable por columna</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <source>Name, number or login; Enter selects the first match</source>
        <translation>Nombre, número o login; Intro selecciona la primera coincidencia</translation>
    </message>
    <message>
        <source>Show users</source>
        <translation>Mostrar usuarios</translation>
    </message>
    <message>
        <source>Only the users in this state</source>
        <translation>Solo los usuarios en este estado</translation>
    </message>
    <message>
        <source>Sort users</source>
        <translation>Ordenar usuarios</translation>
    </message>
    <message>
        <source>Lamps or list</source>
        <translation>Lámparas o lista</translation>
    </message>
    <message>
        <source>Switch between lamps and a list</source>
        <translation>Alternar entre lámparas y lista</translation>
    </message>
    <message>
        <source>Users shown</source>
        <translation>Usuarios mostrados</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>The selected user&apos;s calls and their buttons</source>
        <translation>Las llamadas del usuario seleccionado y sus botones</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <source>Every event received, newest last</source>
        <translation>Cada evento recibido, el más reciente al final</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filtrar eventos</translation>
    </message>
    <message>
        <source>Only the events of this user or callRef</source>
        <translation>Solo los eventos de este usuario o callRef</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>One row per event; its JSON below</source>
        <translation>Una fila por evento; su JSON debajo</translation>
    </message>
    <message>
        <source>Event JSON</source>
        <translation>JSON del evento</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Event counts</source>
        <translation>Contadores de eventos</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Vaciar el campo</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>number to call</source>
        <translation>número a llamar</translation>
    </message>
    <message>
        <source>Number to call from device %1</source>
        <translation>Número a llamar desde el terminal %1</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>Answer</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>Contestar la llamada que suena</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Hang up: you leave the call (the others stay if there are several)</source>
        <translation>Colgar: usted sale de la llamada (los demás siguen si son varios)</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retener</translation>
    </message>
    <message>
        <source>Put the call on hold</source>
        <translation>Poner la llamada en espera</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Take the held call back</source>
        <translation>Recuperar la llamada en espera</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <source>Release the active call and go back to the held one</source>
        <translation>Liberar la llamada activa y volver a la retenida</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>DTMF</translation>
    </message>
    <message>
        <source>Send DTMF digits</source>
        <translation>Enviar dígitos DTMF</translation>
    </message>
    <message>
        <source>End call for all</source>
        <translation>Terminar para todos</translation>
    </message>
    <message>
        <source>End the call for everyone in it, not only you</source>
        <translation>Terminar la llamada para todos, no solo para usted</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Transfer to your other call</source>
        <translation>Transferir a su otra llamada</translation>
    </message>
    <message>
        <source>Blind transfer</source>
        <translation>Transf. ciega</translation>
    </message>
    <message>
        <source>Transfer to a number without consulting</source>
        <translation>Transferir a un número sin consulta</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Merge with your other call into a conference</source>
        <translation>Unir con su otra llamada en conferencia</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirigir</translation>
    </message>
    <message>
        <source>Send the ringing call to another number</source>
        <translation>Enviar la llamada que suena a otro número</translation>
    </message>
    <message>
        <source>To voicemail</source>
        <translation>Al buzón</translation>
    </message>
    <message>
        <source>Send the ringing call to voicemail</source>
        <translation>Enviar la llamada que suena al buzón de voz</translation>
    </message>
    <message>
        <source>Leave message</source>
        <translation>Dejar mensaje</translation>
    </message>
    <message>
        <source>Overflow to the called party&apos;s voicemail</source>
        <translation>Desbordar al buzón de voz del llamado</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Capturar</translation>
    </message>
    <message>
        <source>Pick up this call ringing elsewhere</source>
        <translation>Capturar esta llamada que suena en otro sitio</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rellamada</translation>
    </message>
    <message>
        <source>Ask to be called back when the party is free</source>
        <translation>Pedir que le llamen cuando el interlocutor esté libre</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Aparcar</translation>
    </message>
    <message>
        <source>Park the call on a number</source>
        <translation>Aparcar la llamada en un número</translation>
    </message>
    <message>
        <source>Camp on</source>
        <translation>Esperar</translation>
    </message>
    <message>
        <source>Wait for the busy party</source>
        <translation>Esperar al interlocutor ocupado</translation>
    </message>
    <message>
        <source>Intrude</source>
        <translation>Intrusión</translation>
    </message>
    <message>
        <source>Intrude into the busy party&apos;s call</source>
        <translation>Intervenir en la llamada del interlocutor ocupado</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Leave the conference: you go, the others stay connected</source>
        <translation>Salir de la conferencia: usted se va, los demás siguen conectados</translation>
    </message>
    <message>
        <source>Remove party…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove another participant from the conference (they are cut off)</source>
        <translation>Quitar a otro participante de la conferencia (se le corta)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <source>Start recording the call</source>
        <translation>Empezar a grabar la llamada</translation>
    </message>
    <message>
        <source>Stop rec.</source>
        <translation>Parar grab.</translation>
    </message>
    <message>
        <source>Stop recording the call</source>
        <translation>Dejar de grabar la llamada</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Call the number</source>
        <translation>Llamar al número</translation>
    </message>
    <message>
        <source>Business call</source>
        <translation>Llamada empresa</translation>
    </message>
    <message>
        <source>Call the number on the business account</source>
        <translation>Llamar al número con la cuenta de empresa</translation>
    </message>
    <message>
        <source>Private call</source>
        <translation>Llamada privada</translation>
    </message>
    <message>
        <source>Call the number as a private call</source>
        <translation>Llamar al número como llamada privada</translation>
    </message>
    <message>
        <source>Unpark</source>
        <translation>Desaparcar</translation>
    </message>
    <message>
        <source>Take back a parked call</source>
        <translation>Recuperar una llamada aparcada</translation>
    </message>
    <message>
        <source>%s (offered by the PBX)</source>
        <translation>%s (ofrecido por la centralita)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Conectar a un servidor</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>solo si el servidor lo pide</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
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
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLogDock</name>
    <message>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <source>Filter by user or callRef</source>
        <translation>Filtrar por usuario o callRef</translation>
    </message>
    <message>
        <source>Follow new events</source>
        <translation>Seguir los eventos nuevos</translation>
    </message>
    <message>
        <source>Select an event to see its JSON</source>
        <translation>Seleccione un evento para ver su JSON</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>GroupChooser</name>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>answered</source>
        <translation>contestada</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonada</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>ocupado</translation>
    </message>
    <message>
        <source>redirected</source>
        <translation>redirigida</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>desviada</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferida</translation>
    </message>
    <message>
        <source>to voicemail</source>
        <translation>al buzón de voz</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Interlocutor</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrante</translation>
    </message>
    <message>
        <source>out</source>
        <translation>saliente</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>sin confirmar</translation>
    </message>
</context>
<context>
    <name>HistoryControl</name>
    <message>
        <source>Call history: %1</source>
        <translation>Historial de llamadas: %1</translation>
    </message>
    <message>
        <source>Acknowledge on the gateway refused: %1</source>
        <translation>Confirmación rechazada por la pasarela: %1</translation>
    </message>
    <message>
        <source>Acknowledge on the gateway failed: %1</source>
        <translation>Falló la confirmación en la pasarela: %1</translation>
    </message>
    <message>
        <source>Call back: set my line first (Line menu)</source>
        <translation>Devolver llamada: defina primero mi línea (menú Línea)</translation>
    </message>
    <message>
        <source>Call back refused: %1 (%2)</source>
        <translation>Devolución rechazada: %1 (%2)</translation>
    </message>
    <message>
        <source>Call back failed: %1</source>
        <translation>Falló la devolución: %1</translation>
    </message>
    <message>
        <source>Calling %1 back</source>
        <translation>Devolviendo la llamada a %1</translation>
    </message>
    <message>
        <source>%1 called back: acknowledged</source>
        <translation>%1 devuelta: confirmada</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Missed only</source>
        <translation>Solo perdidas</translation>
    </message>
    <message>
        <source>Unacknowledged only</source>
        <translation>Solo sin confirmar</translation>
    </message>
    <message>
        <source>Selected user only</source>
        <translation>Solo el usuario seleccionado</translation>
    </message>
    <message>
        <source>Search names and numbers</source>
        <translation>Buscar nombres y números</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Devolver llamada</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Show missed calls only</source>
        <translation>Mostrar solo las llamadas perdidas</translation>
    </message>
    <message>
        <source>Show unacknowledged calls only</source>
        <translation>Mostrar solo las llamadas sin confirmar</translation>
    </message>
    <message>
        <source>Show the selected user&apos;s calls only</source>
        <translation>Mostrar solo las llamadas del usuario seleccionado</translation>
    </message>
    <message>
        <source>Search the history by name or number</source>
        <translation>Buscar en el historial por nombre o número</translation>
    </message>
    <message>
        <source>Limit the history to a date range</source>
        <translation>Limitar el historial a un intervalo de fechas</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Primer día mostrado</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Último día mostrado</translation>
    </message>
    <message>
        <source>Call the other party back from my line</source>
        <translation>Devolver la llamada al interlocutor desde mi línea</translation>
    </message>
    <message>
        <source>Mark the selected calls acknowledged</source>
        <translation>Marcar las llamadas seleccionadas como confirmadas</translation>
    </message>
    <message>
        <source>Call history error</source>
        <translation>Error del historial de llamadas</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historial de llamadas</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
</context>
<context>
    <name>HistorySettingsBox</name>
    <message>
        <source>Call history</source>
        <translation>Historial de llamadas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep calls for, in days</source>
        <translation>Conservar las llamadas durante, en días</translation>
    </message>
    <message>
        <source>Keep at most this many calls</source>
        <translation>Conservar como máximo este número de llamadas</translation>
    </message>
    <message>
        <source>Keep calls &amp;for</source>
        <translation>Conservar las llamadas &amp;durante</translation>
    </message>
    <message>
        <source>Keep at mo&amp;st</source>
        <translation>Conservar como má&amp;ximo</translation>
    </message>
    <message>
        <source>%1 is set in the environment: it wins over this setting</source>
        <translation>%1 está definido en el entorno: prevalece sobre este ajuste</translation>
    </message>
</context>
<context>
    <name>LampActions</name>
    <message>
        <source>Call %1</source>
        <translation>Llamar a %1</translation>
    </message>
    <message>
        <source>Transfer my call to %1 (blind)</source>
        <translation>Transferir mi llamada a %1 (sin consulta)</translation>
    </message>
    <message>
        <source>Complete the transfer to %1</source>
        <translation>Completar la transferencia a %1</translation>
    </message>
    <message>
        <source>Conference with %1</source>
        <translation>Conferencia con %1</translation>
    </message>
    <message>
        <source>Redirect my ringing call to %1</source>
        <translation>Redirigir mi llamada que suena a %1</translation>
    </message>
    <message>
        <source>Pick up %1&apos;s ringing call</source>
        <translation>Capturar la llamada que suena en %1</translation>
    </message>
    <message>
        <source>Send %1&apos;s ringing call to voicemail</source>
        <translation>Enviar al buzón la llamada que suena en %1</translation>
    </message>
    <message>
        <source>Intrude into %1&apos;s call</source>
        <translation>Intrusión en la llamada de %1</translation>
    </message>
    <message>
        <source>Camp on %1 (wait until free)</source>
        <translation>Esperar a %1 (hasta que quede libre)</translation>
    </message>
    <message>
        <source>Ask %1 to call me back</source>
        <translation>Pedir a %1 que me devuelva la llamada</translation>
    </message>
    <message>
        <source>Leave %1 a message</source>
        <translation>Dejar un mensaje a %1</translation>
    </message>
    <message>
        <source>Do not disturb %1</source>
        <translation>No molestar a %1</translation>
    </message>
    <message>
        <source>End do not disturb for %1</source>
        <translation>Quitar «no molestar» de %1</translation>
    </message>
    <message>
        <source>Forward %1&apos;s calls to me</source>
        <translation>Desviar las llamadas de %1 a mí</translation>
    </message>
    <message>
        <source>Cancel %1&apos;s forward</source>
        <translation>Cancelar el desvío de %1</translation>
    </message>
    <message>
        <source>Forward or DND of %1…</source>
        <translation>Desvío o «no molestar» de %1…</translation>
    </message>
    <message>
        <source>Consult %1 first (my call is held)</source>
        <translation>Consultar primero a %1 (mi llamada queda retenida)</translation>
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
        <translation>sin origen</translation>
    </message>
    <message>
        <source>%1 ev/s · %2 events · %3 rejected · %4 gaps</source>
        <translation>%1 ev/s · %2 eventos · %3 rechazados · %4 huecos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open trace…</source>
        <translation>&amp;Abrir traza…</translation>
    </message>
    <message>
        <source>&amp;Save the log&apos;s events as JSONL…</source>
        <translation>&amp;Guardar los eventos del registro como JSONL…</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Conectar a un servidor…</translation>
    </message>
    <message>
        <source>Built-in &amp;simulator</source>
        <translation>&amp;Simulador integrado</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Línea</translation>
    </message>
    <message>
        <source>Set &amp;my line…</source>
        <translation>Definir &amp;mi línea…</translation>
    </message>
    <message>
        <source>My line = &amp;selected user</source>
        <translation>Mi línea = usuario &amp;seleccionado</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Waiting calls</source>
        <translation>Llamadas en &amp;espera</translation>
    </message>
    <message>
        <source>Lamp &amp;density</source>
        <translation>&amp;Densidad de lámparas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About %s</source>
        <translation>&amp;Acerca de %s</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupos</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Nuevo grupo…</translation>
    </message>
    <message>
        <source>Add selected to new group…</source>
        <translation>Añadir la selección a un grupo nuevo…</translation>
    </message>
    <message>
        <source>&amp;Favourite: add or remove the selected user</source>
        <translation>&amp;Favorito: añadir o quitar el usuario seleccionado</translation>
    </message>
    <message>
        <source>&amp;Rename this group…</source>
        <translation>&amp;Renombrar este grupo…</translation>
    </message>
    <message>
        <source>&amp;Delete this group…</source>
        <translation>&amp;Eliminar este grupo…</translation>
    </message>
    <message>
        <source>&amp;Search all groups</source>
        <translation>&amp;Buscar en todos los grupos</translation>
    </message>
    <message>
        <source>Show groups as</source>
        <translation>Mostrar los grupos como</translation>
    </message>
    <message>
        <source>&amp;Tabs</source>
        <translation>&amp;Pestañas</translation>
    </message>
    <message>
        <source>&amp;Collapsible sections</source>
        <translation>&amp;Secciones plegables</translation>
    </message>
    <message>
        <source>&amp;Import groups…</source>
        <translation>&amp;Importar grupos…</translation>
    </message>
    <message>
        <source>&amp;Export groups…</source>
        <translation>E&amp;xportar grupos…</translation>
    </message>
    <message>
        <source>Import groups</source>
        <translation>Importar grupos</translation>
    </message>
    <message>
        <source>Groups (*.json)</source>
        <translation>Grupos (*.json)</translation>
    </message>
    <message>
        <source>Groups imported from %s</source>
        <translation>Grupos importados desde %s</translation>
    </message>
    <message>
        <source>Export groups</source>
        <translation>Exportar grupos</translation>
    </message>
    <message>
        <source>Groups exported to %s</source>
        <translation>Grupos exportados a %s</translation>
    </message>
    <message>
        <source>The server refused the token: enter another one</source>
        <translation>El servidor rechazó el token: introduzca otro</translation>
    </message>
    <message>
        <source>the server refused the token</source>
        <translation>el servidor rechazó el token</translation>
    </message>
    <message>
        <source>Login refused: check the login and its password</source>
        <translation>Inicio de sesión rechazado: compruebe el login y su contraseña</translation>
    </message>
    <message>
        <source>Connect: %s</source>
        <translation>Conectar: %s</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Abrir traza</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%s: %d of %d lines are not events and will be skipped (%s)</source>
        <translation>%s: %d de %d líneas no son eventos y se omitirán (%s)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Save all %1 events received</source>
        <translation>Guardar los %1 eventos recibidos</translation>
    </message>
    <message>
        <source>Save the last {held} events (the log keeps {entries} events or {mib} MiB; {gone} older ones are gone)</source>
        <translation>Guardar los últimos {held} eventos (el registro guarda {entries} eventos o {mib} MiB; {gone} anteriores se han perdido)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1</source>
        <translation>
            <numerusform>%n evento guardado en %1</numerusform>
            <numerusform>%n eventos guardados en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Mi línea</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>%s is not in the directory of %s. Watch it as my line anyway?</source>
        <translation>%s no está en el directorio de %s. ¿Vigilarla igualmente como mi línea?</translation>
    </message>
    <message>
        <source>this source</source>
        <translation>este origen</translation>
    </message>
    <message>
        <source>My line unchanged: %s is not in the directory</source>
        <translation>Mi línea sin cambios: %s no está en el directorio</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsBox</name>
    <message>
        <source>Notifications of a call ringing on my line</source>
        <translation>Notificaciones de una llamada que suena en mi línea</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>The desktop&apos;s &amp;notification</source>
        <translation>La &amp;notificación del escritorio</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Notificación del escritorio</translation>
    </message>
    <message>
        <source>This desktop has no notification area</source>
        <translation>Este escritorio no tiene área de notificación</translation>
    </message>
    <message>
        <source>A &amp;banner in the window</source>
        <translation>Un &amp;aviso en la ventana</translation>
    </message>
    <message>
        <source>Banner in the window</source>
        <translation>Aviso en la ventana</translation>
    </message>
    <message>
        <source>A &amp;sound:</source>
        <translation>Un &amp;sonido:</translation>
    </message>
    <message>
        <source>Ring sound</source>
        <translation>Sonido de llamada</translation>
    </message>
    <message>
        <source>Which ring sound</source>
        <translation>Qué sonido de llamada</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>Play the ring sound</source>
        <translation>Reproducir el sonido de llamada</translation>
    </message>
</context>
<context>
    <name>NumberCompleter</name>
    <message>
        <source>Matching names and numbers</source>
        <translation>Nombres y números coincidentes</translation>
    </message>
</context>
<context>
    <name>PresencePanel</name>
    <message>
        <source>Search name, number or login</source>
        <translation>Buscar nombre, número o login</translation>
    </message>
    <message>
        <source>longest in state</source>
        <translation>más tiempo en el estado</translation>
    </message>
    <message>
        <source>longest waiting (ringing first)</source>
        <translation>más tiempo esperando (sonando primero)</translation>
    </message>
    <message>
        <source>Sort users</source>
        <translation>Ordenar usuarios</translation>
    </message>
    <message>
        <source>Lamp density</source>
        <translation>Densidad de lámparas</translation>
    </message>
    <message>
        <source>Lamp density: comfortable, compact or a wall of lamps</source>
        <translation>Densidad de lámparas: cómoda, compacta o un muro de lámparas</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Switch between lamps and a list</source>
        <translation>Alternar entre lámparas y lista</translation>
    </message>
    <message>
        <source>In all groups</source>
        <translation>En todos los grupos</translation>
    </message>
    <message>
        <source>Search and filter by state across all groups, not only the one shown</source>
        <translation>Buscar y filtrar por estado en todos los grupos, no solo en el mostrado</translation>
    </message>
    <message>
        <source>Search all groups</source>
        <translation>Buscar en todos los grupos</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Cómoda</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacta</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Muro</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <translation>
            <numerusform>%1 de %n usuario</numerusform>
            <numerusform>%1 de %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n usuario</numerusform>
            <numerusform>%n usuarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>If unanswered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Capturar</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Retenida</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Interlocutor</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Retenida en</translation>
    </message>
</context>
<context>
    <name>QueueSettingsBox</name>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Waiting-calls queue</source>
        <translation>Cola de llamadas en espera</translation>
    </message>
    <message>
        <source>Highlight calls &amp;ringing longer than</source>
        <translation>Resaltar llamadas que &amp;suenan más de</translation>
    </message>
    <message>
        <source>Highlight ringing calls after, in seconds</source>
        <translation>Resaltar las llamadas que suenan después de, en segundos</translation>
    </message>
    <message>
        <source>Highlight calls &amp;held longer than</source>
        <translation>Resaltar llamadas &amp;retenidas más de</translation>
    </message>
    <message>
        <source>Highlight held calls after, in seconds</source>
        <translation>Resaltar las llamadas retenidas después de, en segundos</translation>
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
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Reproducir / pausa (Espacio)</translation>
    </message>
    <message>
        <source>◂ Back</source>
        <translation>◂ Atrás</translation>
    </message>
    <message>
        <source>Go back one event: the state just before it (Ctrl+Left)</source>
        <translation>Retroceder un evento: el estado justo anterior (Ctrl+Izquierda)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Paso atrás</translation>
    </message>
    <message>
        <source>Step ▸</source>
        <translation>Paso ▸</translation>
    </message>
    <message>
        <source>Deliver the next event (Ctrl+Right)</source>
        <translation>Entregar el siguiente evento (Ctrl+Derecha)</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Position in the trace: drag back to rebuild the state at that event</source>
        <translation>Posición en la traza: arrastre hacia atrás para reconstruir el estado en ese evento</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>RingBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
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
        <translation>Llamada entrante (sonido del escritorio)</translation>
    </message>
    <message>
        <source>Bell (the desktop&apos;s sound)</source>
        <translation>Campana (sonido del escritorio)</translation>
    </message>
    <message>
        <source>New message (the desktop&apos;s sound)</source>
        <translation>Mensaje nuevo (sonido del escritorio)</translation>
    </message>
    <message>
        <source>System beep</source>
        <translation>Pitido del sistema</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>The start source in Settings could not be opened (%s): the built-in simulator instead</source>
        <translation>No se pudo abrir la fuente de inicio de los Ajustes (%s): en su lugar, el simulador integrado</translation>
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
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The window&apos;s language, used from the next start</source>
        <translation>El idioma de la ventana, usado desde el próximo inicio</translation>
    </message>
    <message>
        <source>A new language applies when CTI Monitor starts again.</source>
        <translation>Un idioma nuevo se aplica cuando CTI Monitor se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Light, dark or high contrast, or as the system is set</source>
        <translation>Claro, oscuro o alto contraste, o como el sistema</translation>
    </message>
    <message>
        <source>Lamp density</source>
        <translation>Densidad de las lámparas</translation>
    </message>
    <message>
        <source>How many lamps fit: comfortable tiles, compact ones, or a wall of lamps</source>
        <translation>Cuántas lámparas caben: fichas cómodas, compactas o un muro de lámparas</translation>
    </message>
    <message>
        <source>Lamp &amp;density</source>
        <translation>&amp;Densidad de las lámparas</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Llamadas</translation>
    </message>
    <message>
        <source>Start and &amp;history</source>
        <translation>Inicio e &amp;historial</translation>
    </message>
    <message>
        <source>a login, e.g. oxe70020</source>
        <translation>un login, p. ej. oxe70020</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Mi línea</translation>
    </message>
    <message>
        <source>The login whose calls the Calls panel follows</source>
        <translation>El login cuyas llamadas sigue el panel Llamadas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>&amp;My line</source>
        <translation>&amp;Mi línea</translation>
    </message>
</context>
<context>
    <name>StartSettingsBox</name>
    <message>
        <source>At start</source>
        <translation>Al iniciar</translation>
    </message>
    <message>
        <source>Source opened at start</source>
        <translation>Fuente abierta al iniciar</translation>
    </message>
    <message>
        <source>Open at start</source>
        <translation>Abrir al iniciar</translation>
    </message>
    <message>
        <source>What CTI Monitor opens when started without naming a source</source>
        <translation>Lo que CTI Monitor abre cuando se inicia sin indicar una fuente</translation>
    </message>
    <message>
        <source>wss://server:8765 or https://o2g.example.com</source>
        <translation>wss://servidor:8765 o https://o2g.example.com</translation>
    </message>
    <message>
        <source>Address of the server or gateway</source>
        <translation>Dirección del servidor o de la pasarela</translation>
    </message>
    <message>
        <source>the O2G login</source>
        <translation>el usuario O2G</translation>
    </message>
    <message>
        <source>O2G user</source>
        <translation>Usuario O2G</translation>
    </message>
    <message>
        <source>Re&amp;member the O2G password in the system keyring</source>
        <translation>&amp;Recordar la contraseña O2G en el llavero del sistema</translation>
    </message>
    <message>
        <source>Remember the O2G password in the system keyring</source>
        <translation>Recordar la contraseña O2G en el llavero del sistema</translation>
    </message>
    <message>
        <source>Otherwise it is asked at each start; it is never stored in clear</source>
        <translation>Si no, se pide en cada inicio; nunca se guarda en claro</translation>
    </message>
    <message>
        <source>Last used: %s</source>
        <translation>Último usado: %s</translation>
    </message>
    <message>
        <source>the built-in simulator</source>
        <translation>el simulador integrado</translation>
    </message>
    <message>
        <source>&amp;Open at start</source>
        <translation>&amp;Abrir al iniciar</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Di&amp;rección</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>Used when CTI Monitor starts without a source on its command line.</source>
        <translation>Se usa cuando CTI Monitor se inicia sin fuente en su línea de órdenes.</translation>
    </message>
</context>
<context>
    <name>StartSource</name>
    <message>
        <source>The built-in simulator</source>
        <translation>El simulador integrado</translation>
    </message>
    <message>
        <source>The last server or gateway used</source>
        <translation>El último servidor o pasarela usado</translation>
    </message>
    <message>
        <source>This server (WebSocket)</source>
        <translation>Este servidor (WebSocket)</translation>
    </message>
    <message>
        <source>This O2G gateway</source>
        <translation>Esta pasarela O2G</translation>
    </message>
    <message>
        <source>A server&apos;s address starts with ws:// or wss://</source>
        <translation>La dirección de un servidor empieza por ws:// o wss://</translation>
    </message>
    <message>
        <source>A gateway&apos;s address starts with https://</source>
        <translation>La dirección de una pasarela empieza por https://</translation>
    </message>
    <message>
        <source>A gateway&apos;s address starts with https:// (the password never goes in clear)</source>
        <translation>La dirección de una pasarela empieza por https:// (la contraseña nunca viaja en claro)</translation>
    </message>
    <message>
        <source>Name the O2G user whose password is asked at start</source>
        <translation>Indique el usuario O2G cuya contraseña se pide al inicio</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdidas</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>ringing</source>
        <translation>sonando</translation>
    </message>
    <message>
        <source>dialing</source>
        <translation>marcando</translation>
    </message>
    <message>
        <source>ringing remote</source>
        <translation>sonando en destino</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>releasing</source>
        <translation>liberando</translation>
    </message>
    <message>
        <source>redirected</source>
        <translation>redirigida</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>rellamada</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>conferencia</translation>
    </message>
    <message>
        <source>party left</source>
        <translation>un participante salió</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferida</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>ocupado</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>finalizada</translation>
    </message>
    <message>
        <source>picked up</source>
        <translation>capturada</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>desviado</translation>
    </message>
    <message>
        <source>camped on</source>
        <translation>en espera de libre</translation>
    </message>
    <message>
        <source>call waiting</source>
        <translation>llamada en espera</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>buzón de voz</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>hablando</translation>
    </message>
    <message>
        <source>in conference</source>
        <translation>en conferencia</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>all states</source>
        <translation>todos los estados</translation>
    </message>
    <message>
        <source>not idle</source>
        <translation>no libres</translation>
    </message>
    <message>
        <source>missed calls</source>
        <translation>llamadas perdidas</translation>
    </message>
    <message>
        <source>voice messages</source>
        <translation>mensajes de voz</translation>
    </message>
    <message>
        <source>call-back requests</source>
        <translation>solicitudes de devolución</translation>
    </message>
    <message>
        <source>faxes</source>
        <translation>faxes</translation>
    </message>
    <message>
        <source>new texts</source>
        <translation>textos nuevos</translation>
    </message>
    <message>
        <source>old texts</source>
        <translation>textos antiguos</translation>
    </message>
    <message>
        <source>events waiting</source>
        <translation>eventos en espera</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>reconnecting in %1 s%2</source>
        <translation>reconectando en %1 s%2</translation>
    </message>
    <message>
        <source>playing %1/%2</source>
        <translation>reproduciendo %1/%2</translation>
    </message>
    <message>
        <source>paused %1/%2</source>
        <translation>en pausa %1/%2</translation>
    </message>
    <message>
        <source>at end %1/%2</source>
        <translation>al final %1/%2</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>por nombre</translation>
    </message>
    <message>
        <source>by number</source>
        <translation>por número</translation>
    </message>
    <message>
        <source>by login</source>
        <translation>por login</translation>
    </message>
    <message>
        <source>by state</source>
        <translation>por estado</translation>
    </message>
    <message>
        <source>by time in state</source>
        <translation>por tiempo en el estado</translation>
    </message>
    <message>
        <source>by missed calls</source>
        <translation>por llamadas perdidas</translation>
    </message>
    <message>
        <source>by voicemail</source>
        <translation>por mensajes de voz</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>entrante</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>saliente</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
</context>
</TS>
