"""Hand-written Spanish sentence pools (Mexico, Argentina, Spain, Colombia, generic).

Format: one template per line. Optional tag prefix before the first '|':
comma-separated sector tags (bank, tel, air, shop, food, tech, strm, util,
ride, health, travel) and region tags (mx, arg, esp, col) that pick currency
and city formats. Slots in braces are filled by make_seed.py.
Written by the project's developers (LLM-assisted); fully synthetic.
"""

POOLS = {
    "other": {
        "ad": """
shop|¡Hot Sale en {b}! Hasta 60% de descuento en {prod} y envío gratis 🔥 {url}
bank|¡Se acabaron las filas! Abre tu cuenta {b} en 5 minutos desde la app, sin comisiones.
bank,mx|¿Harto de pagar comisiones? Con la tarjeta {b} no pagas anualidad nunca. Pídela ya: {url}
tel|¿Se te cae el internet? Con la fibra de {b} eso es cosa del pasado. Planes desde {amt} al mes.
food|¿Hambre? Usa el código PRIMERA y llévate {amt} de descuento en {b}. ¡Solo hoy!
air|¡Vuelos a {city} desde {amt}! Corre que es por tiempo limitado ✈️ {url}
strm|Nunca más te quedes sin qué ver: {b} por {amt} en el plan anual.
tech|Nuevo {prod} {b}: batería para dos días y una cámara que ve en la oscuridad. Preventa abierta.
util|¿Factura de luz alta? Domicilia tu recibo con {b} y participa en el sorteo.
shop|Precios que matan 😱 Solo esta semana en {b}. {url}
Olvídate de esperar horas al teléfono: atención 24h por WhatsApp. {b}, siempre contigo.
ride|Tu primer viaje gratis con {b} usando el código VAMOS. Válido hasta el domingo.
food|Si tu pedido tarda más de 30 minutos, el siguiente va por nuestra cuenta. Solo en {b} 🛵
bank|Sin papeleo y sin letra pequeña. Préstamo al instante con {b}. Sujeto a aprobación.
tel|Chip {b} con 30GB y redes sociales ilimitadas por {amt}. ¡Portabilidad en un día!
shop|Liquidación total: {prod} hasta en 12 meses sin intereses. ¡Aprovecha! {t}
health|¿Tu seguro médico volvió a subir? Conoce {b}: precio justo y sin carencias.
travel|¡Vacaciones a la vista! Paquetes a {city} con hotel y vuelo desde {amt}. Link en bio.
strm|ESTRENO HOY en {b}: la serie de la que todos hablan. ¡Dale play! {url}
tech|Cupón de {amt} en toda la línea {b}. Usa LUMI10 al pagar.
shop,mx|Buen Fin en {b}: meses sin intereses y hasta 50% en {prod}. ¡No te lo pierdas!
esp,shop|Rebajas de enero en {b}: segunda unidad al 50% 🛍️ {url}
arg,bank|Pagá en 6 cuotas sin interés con tu tarjeta {b}. Promo válida hasta el viernes.
tel|¿Cansado de operadoras que te dejan tirado? Pásate a {b}. 100% fibra, 0% dolores de cabeza.
food|Martes de 2x1 en hamburguesas con {b} 🍔
air|Oferta flash {b}: 40% en vuelos nacionales hasta medianoche.
util|{b} informa: ya está disponible la nueva oficina virtual. Descarga tu factura en dos clics.
shop|Devolución fácil: en {b} tienes 30 días para cambiar de opinión. Compra sin miedo.
bank|¿Tienes deudas? {b} te ayuda a renegociarlas con hasta 80% de descuento.
strm|Planes desde {amt}. Cancela cuando quieras, sin penalización. {b}.
tech|¿Tu celular va lento? Cámbialo por un {b} con bono por tu equipo usado.
ride|Basta de esperar el colectivo lleno. Viajá con {b} y pagá menos la primera semana.
shop|¡SORTEO! Sigue a {h}, dale like y etiqueta a 3 amigos para ganar un {prod}. Ganador el {date}.
col,bank|Con {b} tu plata rinde más que en el banco de siempre, sin cuota de manejo.
health|Consulta médica online en 15 minutos con {b}. Sin salir de casa y sin filas.
        """,
        "news": """
Profeco emite alerta por quejas contra {b} por cobros no reconocidos.
bank|Un juez condena a {b} a indemnizar con {amt} a un cliente víctima de fraude.
tel|El regulador multa a {b} por fallas reiteradas en la calidad del servicio.
air|{b} anuncia nueva ruta directa entre {city} y Madrid a partir de marzo.
Las acciones de {b} caen un 6% tras presentar resultados por debajo de lo esperado.
food|Repartidores de {b} denuncian condiciones laborales precarias, según un reportaje.
tel|Usuarios reportan caída de {b} esta mañana; la compañía asegura que el servicio ya se restableció.
tech|{b} confirma retirada del mercado de un lote de {prod} por riesgo de sobrecalentamiento.
util|Apagón afecta a varios barrios de {city}; {b} dice que sus cuadrillas ya trabajan en la zona.
bank|{b} lanza una cuenta digital para adolescentes desde los 13 años.
shop|{b} cerrará 40 tiendas físicas para centrarse en el comercio electrónico.
strm|{b} subirá el precio de sus suscripciones a partir del {date}, según un comunicado.
esp|La OCU denuncia a {b} por cláusulas abusivas en sus contratos.
air|{b} encabeza el ranking de puntualidad del mes, según datos oficiales.
bank|Filtración expone datos de clientes de {b}, según expertos; el banco lo niega.
ride,mx|Conductores de {b} protestan en {city} por la baja de tarifas.
tech|{b} es elegida la marca de {prod} más confiable en encuesta de satisfacción.
health|La superintendencia sanciona a {b} por demoras en autorizaciones.
Condenan a un cliente que insultó a una empleada de {b} a pagar una multa.
food|{b} compra a su competidor y se queda con el 30% del mercado de delivery.
tel|{b} apagará su red 3G en {city} antes de fin de año.
bank|El CEO de {b} anuncia la contratación de 2.000 personas en la región.
shop|La fiscalía investiga una red de fraude con vendedores del marketplace de {b}.
util,esp|La factura de la luz de {b} subirá un 8% el próximo mes.
air,arg|Paro de pilotos afecta vuelos de {b} en {city} este viernes.
tech|Se filtran imágenes del próximo {prod} de {b} en un foro asiático.
strm|{b} pierde un millón de suscriptores tras limitar las cuentas compartidas.
bank|Estafadores usan el nombre de {b} para enviar SMS falsos; el banco pide no abrir enlaces.
arg|Defensa del Consumidor imputa a {b} por aumentos sin aviso.
tel|{b} y {b2} anuncian fusión; la operación aún debe ser aprobada por el regulador.
col|La Superintendencia de Industria y Comercio abre investigación contra {b}.
        """,
        "question": """
bank|¿Alguien sabe si {b} cobra comisión por transferencias internacionales?
strm|¿Cómo cancelo la suscripción de {b} desde la app? no encuentro el botón
air|¿Alguien ha volado con {b}? ¿Vale la pena o mejor voy en bus?
bank|{h} ¿cuál es el límite de transferencia por la noche?
tech|¿El {prod} de {b} acepta cargador de otra marca o solo el original?
food|¿{b} reparte en {city}? no lo encuentro en la app
shop|{h} ¿tienen tienda física en {city}?
strm|¿Se puede usar la misma cuenta de {b} en dos teles a la vez?
health|¿Alguien tiene el seguro de {b}? ¿Cubre psicólogo?
util|¿Dónde saco el duplicado del recibo de {b} si no tengo el número de cliente?
bank|¿Qué conviene más, la tarjeta de {b} o la de {b2}?
ride|{b} o {b2}, ¿cuál sale más barato en tu ciudad?
air|¿Cuántos kilos se pueden llevar en cabina con {b}?
tel|¿Cuánto está el plan de 500 megas de {b}? ¿Tiene permanencia?
¿Alguien trabaja en {b}? quería saber qué tal el ambiente
arg,shop|¿{b} tiene cuotas sin interés con cualquier tarjeta?
tech|¿vale la pena cambiar mi {prod} viejo por el nuevo de {b} o no cambia nada?
mx,bank|oigan, si me atraso un día con la tarjeta {b} ¿me baja mucho el buró?
food|¿qué sushi recomiendan en {b} aquí en {city}?
bank|pregunta seria: ¿es seguro dejar la plata en {b}?
util|¿{b} reconecta el mismo día si pago ahora?
travel|¿Alguien reservó con {b}? ¿Es confiable?
ride|¿cuánto tarda {b} en aprobar la cuenta de conductor?
strm|¿{b} va a tener el mundial este año o se fue a otra plataforma?
tel|¿la app de {b} está caída o soy yo? quería ver mi factura
air|{h} ¿puedo llevar el portátil en el equipaje de mano?
esp,shop|¿{b} acepta Bizum?
tech|¿alguien sabe cuándo sale la actualización para el {prod} de {b}?
bank|¿cómo subo el límite de la tarjeta {b}? ¿hay que pedirlo?
health|¿{b} tiene clínicas en {city}?
food|{h} ¿tienen opciones veganas?
col,bank|¿alguien sabe si {b} cobra cuota de manejo después del primer año?
ride|¿se puede programar un viaje en {b} para mañana temprano?
        """,
        "praise": """
air|Vuelo con {b} hoy impecable, la tripulación súper amable ✈️
food|El pedido llegó en 20 min y calientito. {b} se lució
bank|El chat de {b} me resolvió todo en 5 minutos. Un 10.
tech|Llevo 3 años con el {prod} de {b} y nunca me ha fallado.
shop|Compré en {b} el lunes y llegó el martes. Así da gusto.
tel|El técnico de {b} vino hoy, muy educado, lo dejó todo funcionando y me explicó el router.
strm|El catálogo de {b} mejoró muchísimo este año, felicidades
util|Se fue la luz en {city} y {b} la devolvió en menos de una hora. Chapó.
ride|El conductor de {b} hoy un amor, el coche limpio y con música tranqui
health|Me atendieron rapidísimo en {b}, la doctora muy atenta. Recomendado.
bank|Primera vez que un banco me trata como persona. Gracias {h} 💜
shop|{b} me cambió el {prod} sin hacer preguntas. Cliente fiel desde hoy.
air|{b} me adelantó a un vuelo anterior sin costo, qué detallazo
food|el repartidor de {b} me subió el pedido porque tenía la pierna lastimada, un crack
tech|la nueva actualización del {prod} de {b} lo dejó mucho más rápido, me gustó
travel|Reservé con {b} y el hotel era igualito a las fotos. ¡Recomendado!
tel|señal de {b} hasta en medio del campo, impresionante
strm|{b} la rompió con esta serie, qué producción
bank|{b} me devolvió la comisión mal cobrada en un día, sin insistir. Así sí
shop|el empaque de {b} llegó perfecto, todo bien protegido
util|la operadora de {b} fue súper paciente conmigo, gracias {name}
food|{b} salvando mis domingos desde siempre 🙏
tech|el servicio técnico de {b} en {city} me arregló el {prod} en 2 días. Top.
esp,ride|El conductor de {b} me esperó 10 minutos sin cobrar extra, majísimo
        """,
        "slang_praise": """
mx,tech|el {prod} nuevo de {b} está bien chido, la batería no se acaba nunca
mx,food|no mames, el pedido de {b} llegó en 15 min jajaja
mx|neta qué buen servicio el de {b}, me cae que sí 🙌
esp,strm|la nueva serie de {b} es la hostia, me la he ventilado en un finde
esp,air|{b} es la leche, llegamos hasta antes de hora
esp,tel|la fibra de {b} va de puta madre, 600 megas clavados
arg,shop|compré en {b} y llegó al toque, re zarpado
arg,tech|el {prod} de {b} es una bestia, corre todo en ultra, zarpado
arg,food|qué hamburguesa de la puta madre la de {b} boludo
col,strm|el final de temporada de {b} estuvo una chimba, lloré
col,ride|el conductor de {b} iba con vallenato, el mejor viaje de mi vida jajaja
bank|el cashback de {b} es brutal, cayó al instante
tech|{b} se pasó con ese precio, demasiado barato para lo bueno que es
shop|{b} está loquísimo con esta promo, ya compré 3 cosas jaja
tel|el 5G de {b} en el centro de {city} es brutal
food|{b} es vida, no hay forma 🤤
mx,air|los asientos de {b} están cómodos de a madres, dormí todo el vuelo
esp,tech|los cascos de {b} aíslan que flipas, ni oí el metro
arg,strm|{b} subió todas las pelis viejas, estoy re manija
mx,tech|está cabrón lo rápido que carga el {prod} de {b}, 20 minutos y listo
        """,
        "sarcasm_praise": """
shop|odio a {b} por tener ofertas buenas cada semana, mi cuenta llora jajaja
food|{b} debería estar prohibido mandar cupones a las 11 de la noche, cómo resisto
strm|gracias {b} por arruinar mis horas de sueño, otra temporada maratoneada 😩😂
tech|{b} sacó otro color del {prod}, adiós sueldo
bank|{b} dándome tanto límite, parece que confía en mí jajaja
air|{b} dio alfajores en el vuelo y ahora soy su rehén
food|mi nutricionista odia a {b} y yo lo amo
        """,
        "chatter": """
air|En el aeropuerto de {city} esperando el vuelo de {b}, ¿alguien más va hoy?
food|Hoy toca pedir {b} y peli, sin culpa
shop|Mi mamá descubrió {b} y ahora compra todo ahí jajaja
tech|Por fin cambié mi {prod} por uno de {b}, a ver qué tal
tel|Me pasé a {b} el mes pasado, de momento todo tranquilo
strm|viendo la serie de {b} que todos recomendaron, nada de spoilers porfa
bank|Abrí cuenta en {b} solo porque la tarjeta es bonita, lo confieso
ride|pedí un {b} y el conductor era mi compañero de la prepa jajaja qué chico es el mundo
¿Alguien se acuerda del comercial viejo de {b} con el perrito? Qué nostalgia
food|pedí {b} por primera vez, a ver si es para tanto
travel|armando el viaje a {city} con {b}, acepto recomendaciones
tech|mi papá estrenó un {prod} de {b} y me llama cada 5 minutos para preguntar cómo se usa jaja
shop|vi la tienda nueva de {b} en el centro comercial de {city}, es enorme
air|primera vez que vuelo, voy con {b}, estoy nerviosa
bank|trabajé 4 años en {b}, hoy es mi último día. Gracias a todos ❤️
strm|¿me recomiendan una peli buena en {b}? no sé qué ver
food|el comercial nuevo de {b} no se me sale de la cabeza
tel|cambiando de compañía por tercera vez en la vida, ahora toca {b}
ride|fui en {b} al concierto anoche, qué nochecita
shop|le compré un {prod} en {b} a mi hermano por su cumple, ojalá le guste
health|mañana tengo cita en {b}, adiós muela del juicio
tech|{b} vs {b2}: ¿cuál prefieren? yo team {b}
arg,bank|che alguien sabe a qué hora abre el {b} del centro? tengo que ir igual
esp,travel|finde en {city} 😍 reservado con {b}
        """,
        "joke": """
bank|{b} mandándome notificaciones a las 3am tipo: hola, ¿gastando? jajaja
food|mi relación más estable es con el repartidor de {b}
strm|{b} preguntando "¿sigues viendo?" y yo: sí, no me juzgues
tech|mi {prod} de {b} tiene más memoria que yo
bank|soñé que {b} me daba 50 mil de límite y desperté triste
food|{b} sabe más de mi vida que mi psicóloga
ride|el conductor de {b} me preguntó si quería conversar y le dije que no con todo el amor del mundo
shop|carrito de {b} con 47 productos y {amt} en la cuenta, así es la vida
tel|me llamaron de {b} para ofrecerme un plan y fingí ser mi abuela jajaja
mx|{b} y yo tenemos una relación tóxica: me cobra y yo vuelvo jajaja
        """,
        "spam": """
💰 GANA $500 AL DÍA desde casa. Sin experiencia. Escríbeme al DM {url}
Sigan a {h} para ganar seguidores 🔥 sigo de vuelta 100% #followback
🚀 ESTA CRIPTO VA A HACER 100X, entra antes de que sea tarde {url}
shop|¡Felicidades! {b} te eligió para ganar un {prod}. Reclámalo aquí: {url}
Ingresos extra garantizados 💸💸 háblame al WhatsApp
bank|Préstamos sin revisar buró, aunque estés en lista negra, escríbenos 📲 {url}
Compra seguidores reales y likes baratos, entrega inmediata {url}
Contenido exclusivo 🔞 link en bio
Apuesta ahora y recibe un bono de bienvenida de {amt} 🎰 {url}
tech|¿iPhone a {amt}? ¡Sí! Remate de stock {t} {url}
¿Quieres bajar 10 kilos en 15 días? Té milagroso, escríbeme
Trabajo 100% online, solo necesitas celular. Interesados comenten YO QUIERO
        """,
        "brand_reply": """
¡Hola! Lamentamos mucho las molestias. ¿Nos escribes por DM con tu número de pedido para revisarlo? 💙
Hola, ¿cómo estás? ¡Te ayudamos! Envíanos un mensaje privado con tu DNI, por favor.
bank|Hola, te saluda {b}. Lamentamos lo ocurrido, nuestro equipo ya está revisando tu caso.
shop|¡Hola! Somos {b}. Vimos tu mensaje y ya lo pasamos al área correspondiente.
tel|Hola, {b} informa que el mantenimiento en tu zona ha finalizado. Cualquier cosa, aquí estamos.
Qué pena que tu experiencia no haya sido buena 😔 Escríbenos por privado y lo solucionamos.
food|¡Hola! {b} agradece tu cariño 💛 ¡Buen provecho!
air|¡Gracias por volar con {b}! Esperamos verte a bordo pronto ✈️
Hola, {name}. Seguimos a tu disposición por el chat de la app, las 24 horas.
tech|¡Hola! Desde {b} te recomendamos actualizar el sistema y reiniciar el equipo. Si sigue, escríbenos por DM.
util|{b} pide disculpas por la interrupción. El suministro se restableció a las {hour}.
strm|¡Hola! Somos {b}. ¿Nos mandas una captura del error por DM? 🎬
        """,
        "resolved_thanks": """
Actualizo: {b} resolvió mi problema, gracias por la respuesta rápida
shop|¡Llegó mi pedido {order}! Tardó pero llegó, gracias {h}
bank|{b} me devolvió el cobro, gracias por la rapidez
tel|volvió el internet, gracias {h} por el soporte
air|{b} me reembolsó todo, gracias por la atención
food|{b} me mandó otro pedido porque el primero vino mal, atención de 10
util|{h} gracias, ya volvió la luz en la calle
tech|{b} me cambió el equipo por garantía, todo bien ahora. ¡Gracias!
Me llamaron de {b} y lo resolvieron, retiro lo que dije ayer
strm|pude cancelar, gracias {h} por la ayuda en el chat
        """,
        "casual_profanity": """
esp,strm|joder, acabo de ver que el partido lo dan en {b}, qué alegría
mx,food|no mames qué calor hace en {city}, vamos a pedir unas aguas en {b}
arg,ride|la puta madre, me olvidé el paraguas en el {b} que tomé jajaja
tech|se me cayó el {prod} de {b} al inodoro, soy un pelotudo jaja
food|carajo, pedí demasiada comida en {b}, voy a reventar
air|puta madre casi pierdo el vuelo de {b} por quedarme dormido, culpa mía
tel|mierda, se me olvidó pagar la factura de {b} otra vez, qué desastre de mes
mx,bank|ya valió, me gasté todo con la tarjeta de {b} este finde jajaja
esp,shop|hostia, qué atasco, voy a llegar tarde a la entrevista en {b}
        """,
        "polite_baseless": """
bank|Escuché que {b} vende nuestros datos, ¿alguien sabe si es cierto?
tel|Dicen que {b} va a quebrar, ¿alguien tiene info?
food|¿{b} le paga bien a sus repartidores? Me quedó la duda después de un video
tech|Vi un rumor de que el {prod} de {b} explota, ¿es en serio?
air|Una amiga dice que {b} está recortando mantenimiento de los aviones. ¿Será verdad?
strm|¿Alguien sabe si {b} escucha las conversaciones por el control de la tele? Lo vi en un grupo
bank|¿es verdad que {b} bloquea cuentas sin motivo? estoy pensando en abrir una
ride|leí por ahí que {b} cobra más caro si tienes iPhone, ¿será?
health|escuché que {b} rechaza casi todos los estudios, ¿alguien lo confirma?
shop|¿es cierto que {b} vende productos falsificados? quería comprar ahí
util|dicen que {b} va a subir la luz un 50%, ¿de dónde salió eso?
tel|hay gente diciendo que {b} baja la velocidad a los que usan mucho, ¿es así?
        """,
        "vague_baseless": """
{b} anda medio flojo últimamente, no sé
food|{b} ya no es lo que era
no sé, no me convence mucho la app nueva de {b}
strm|el catálogo de {b} está medio aburrido estos días
tech|{b} se quedó en el tiempo, nada nuevo
shop|{b} antes era otra cosa
tel|{b} está bien, nada especial
air|sinceramente {b} ya no es la de antes
bank|{b} cambió mucho y no sé si para bien
ride|{b} está caro, ¿no? o es impresión mía
arg|{b} viene medio bajón, che
mmm {b}… podría ser mejor
        """,
        "sarcasm_vague": """
qué maravilla de empresa, eh {b} 🙄
bank|{b} siempre sorprendiendo… ajá
tel|{b} siendo {b}, nada nuevo
ay {b}, nunca cambies 🙃
shop|claro, {b}, claro 🙄
        """,
        "meta_civility": """
gente, dejen de insultar a los agentes de {b}, no tienen la culpa de las políticas de la empresa
Trabajo en un call center y les digo: gritarle al agente no resuelve nada más rápido
vi a una señora gritándole al cajero de {b} hoy, qué vergüenza ajena
food|el repartidor de {b} no es tu saco de boxeo, si llegó tarde reclama en la app con educación
Anda circulando una captura de un cliente insultando a {b} que es surrealista, la gente perdió la cabeza
        """,
        "jobs": """
{b} abre 500 vacantes en {city}; así puedes postularte
¡Estoy contratando! Vacante de analista de datos en {b}, escríbeme
El programa de prácticas de {b} tiene inscripciones abiertas hasta el {date}. {url}
¡¡¡pasé la entrevista en {b}!!! empiezo el lunes 🥹
        """,
    },
    "founded_complaint": {
        "polite_founded": """
shop|Hola {h}, hice el pedido {order} el {date} y todavía no me llega. ¿Pueden revisarlo, por favor?
bank|Buenos días, {b}. Me aparece un cargo de {amt} en la tarjeta que no reconozco. ¿Cómo lo puedo aclarar?
tel|{h} llevo sin internet desde el {date}, ya abrí el reporte {proto} y nadie ha venido. Quedo atento.
air|Buenas tardes {h}, cancelaron mi vuelo {flight} y aún no recibo el reembolso de {amt}. ¿Me pueden ayudar?
food|Hola {h}, mi pedido llegó sin la bebida y la app no me deja reclamar. ¿Cómo lo soluciono?
tech|Hola {b}, mi {prod} dejó de cargar a los 4 meses y el servicio técnico no responde. Está en garantía.
util|{h} el recibo de este mes vino por {amt}, casi el triple de lo normal, y la casa estuvo cerrada medio mes. ¿Pueden revisar la lectura?
strm|Cancelé {b} el {date} y me siguen cobrando {amt}. ¿Me pueden hacer la devolución?
health|{h} la autorización de mi estudio lleva {dur} pendiente. Folio {proto}. ¿Alguien me puede dar respuesta?
ride|{b}, me cobraron {amt} por un viaje que canceló el conductor. Ya lo reporté en la app y nada.
tech|Compré un {prod} en {b} y llegó con la pantalla rota. Pedí el cambio hace {dur} y no tengo respuesta.
bank|Hice una transferencia de {amt} a las {hour} y no llegó a la cuenta destino. El dinero ya salió de la mía. Folio {proto}.
tel|{h} me cobraron {amt} de penalización por permanencia, pero mi contrato ya había terminado. Quisiera una explicación.
travel|Reservé un hotel con {b} para el {date} y al llegar no había reserva. Pagué {amt}. Necesito el reembolso.
air|{h} mi maleta no llegó a {city}. Ya lo reporté en el mostrador, código {proto}. ¿Alguna novedad?
food|Pedí a las {hour} y el pedido llegó después de {wait}, frío. Quisiera el reembolso, {h}.
tech|{h} la actualización de ayer dejó mi {prod} reiniciándose solo. Ya lo restablecí y sigue igual.
shop|Hola, {b} me cobró el envío dos veces en el pedido {order}. Espero la devolución de {amt}.
bank|Mi tarjeta {b} fue bloqueada sin aviso y estoy de viaje. Ya llamé 3 veces. ¿Me ayudan?
util|Llevamos sin agua en la colonia desde el {date}. {b} no da fecha. Por favor, una respuesta.
tel|Contraté 500 megas y en los test no pasa de 80. Ya mandé capturas a soporte.
strm|{h} la app se congela cada vez que abro un episodio, ya la reinstalé. Pago {amt} al mes.
health|{b} me negó la cobertura de una cirugía que está incluida en mi póliza. Espero una justificación por escrito.
esp,tel|Buenas, {h}: me habéis cobrado {amt} por un servicio de TV que nunca contraté. ¿Podéis revisarlo?
arg,shop|Hola {h}, compré un {prod} el {date}, me lo marcan como entregado pero no me llegó nada. ¿Me pueden ayudar?
        """,
        "angry_founded": """
shop|{dur} esperando el pedido {order} y {b} solo dice "en camino". ¿¿Dónde está mi {prod}??
bank|¡Tercera vez que llamo y nadie lo resuelve! Un cargo de {amt} que YO NO HICE en la tarjeta {b}
tel|¡Otra vez sin internet! Es la cuarta vez este mes, {h}, y trabajo desde casa
air|{b} canceló mi vuelo {flight} con 2 horas de anticipación y me quiere poner en uno hasta pasado mañana. ¡Es un abuso!
food|Pagué {amt} por un pedido que NUNCA llegó y {b} dice que fue entregado. ¿¿Entregado a quién??
tech|Pagué {amt} por un {prod} de {b} y a los 2 meses se apagó la pantalla. Me quieren cobrar la reparación. ¿Es broma?
util|{b} me cortó la luz con el recibo PAGADO. ¡Tengo el comprobante! ¿Quién me paga la comida que se echó a perder?
strm|Subieron el precio de {b} sin avisar y encima quitaron la mitad del catálogo. ¡No puede ser!
health|{b} me rechazó el estudio por tercera vez. ¡Mi médico lo pidió urgente!
ride|El conductor de {b} me bajó a medio camino y la app me cobró el viaje completo, ¡{amt}!
bank|Llevo {dur} intentando cancelar la tarjeta {b} y me siguen cobrando anualidad. YA BASTA.
shop|Compré en el Hot Sale y {b} canceló mi pedido {order} por "error de precio". ¡Quiero el producto al precio que pagué!
tel|{h} ya son {dur} con la línea muerta y me dicen que reinicie el módem. ¡Ya lo reinicié 50 veces!
air|Estuve {wait} dentro del avión parado, sin aire acondicionado y sin información. Vergonzoso, {b}.
food|Pedido equivocado otra vez. Pedí sin cebolla y vino con cebolla, tercera vez seguida {h}
bank|¡{b} me desapareció {amt} de la cuenta y el chat solo contesta con un bot!
tech|Mi {prod} {b} se calienta tanto que no se puede agarrar. Lo llevé 2 veces a servicio y me lo devuelven "sin falla"
util|Recibo de {b} por {amt}. VIVO SOLO. ¿Alguien me explica?
strm|me cobraron dos veces la mensualidad de {b} y soporte dice que espere 30 días. ¿esperar qué?
travel|{b} me canceló la reserva un día antes del viaje y solo me ofrece crédito. ¡Quiero mi dinero!
shop|Me mandaron un {prod} usado como si fuera nuevo. Caja abierta, rayado. Increíble, {b}.
tel|{b} me cambió el plan sin autorización y la factura llegó de {amt}. ¡No pedí nada de eso!
esp,air|{b} me ha perdido la maleta en {city} y en el mostrador no me dan ninguna solución. ¡Tres días ya!
arg,util|Hace {dur} que {b} nos deja sin luz cada tarde en {city}. ¡Tengo a mi vieja con oxígeno en casa!
mx,bank|{b} me cobró {amt} de comisión por un retiro en su propio cajero. ¿Cómo que comisión?
        """,
        "profanity_emphasis_founded": """
mx,shop|no mames, {dur} esperando el pedido {order} y nada, {h}
esp,bank|joder, {b} me ha cobrado {amt} dos veces en la misma compra
arg,air|la puta madre, vuelo {flight} de {b} cancelado OTRA VEZ, tercera vez en el año
tel|carajo, sin internet desde hace {dur}, trabajo desde casa, {h} arréglenlo por favor
mx,food|puta madre, pagué {amt} y la hamburguesa llegó sin carne {h}
esp,tech|hostia, mi {prod} de {b} se murió a los 3 meses, ya ni enciende
util|mierda {h}, ¿recibo de {amt} en un mes que estuve de viaje?
strm|carajo, cancelé {b} el {date} y me llegaron dos cargos más
arg,ride|la concha de la lora {h}, el conductor me canceló 4 veces seguidas y voy a perder el turno
mx,bank|chingado, llevo {wait} al teléfono con {b} para desbloquear la tarjeta y nada
esp,shop|qué coño es esto {h}, pedí un {prod} y llegó una caja vacía
health|maldita sea, {dur} esperando que {b} autorice la resonancia, el dolor no espera
mx,air|no manches, {b} perdió mi maleta en {city} y nadie sabe dónde está
tel|qué semana de mierda, {b} me dio de baja la línea por error y llevo {dur} sin celular
arg,food|boludo casi 2 horas para que llegue el pedido y encima frío, {h}
esp,bank|me cago en todo, la transferencia de {amt} salió de mi cuenta {b} y no ha llegado
mx,tech|ya valió mi trabajo: el {prod} {b} se apagó solo y se corrompieron los archivos, segunda vez este mes
col,util|jueputa, otra vez sin luz en {city}, quinta vez en la semana {h}
travel|carajo, llegué al hotel que reservé con {b} y no había cuarto. pagué {amt}
shop|mierda, {b} entregó mi pedido {order} en otra dirección y ahora dice que no es su responsabilidad
        """,
        "sarcasm_founded": """
shop|felicidades {h} por perder mi paquete POR TERCERA VEZ 👏👏👏
air|me encanta cuando {b} retrasa el vuelo 4 horas y no da ni un vaso de agua 🙃
bank|me fascina pagar {amt} de comisión en una cuenta "sin comisiones", gracias {b} 😍
tel|qué delicia quedarme sin internet justo el día de mi examen en línea, gracias {b} 👍
food|wow {h}, qué rapidez, solo {wait} para un pedido frío 👏
strm|gracias {b} por subir la mensualidad y quitar mi serie favorita el mismo mes, qué timing
util|{b} cortando la luz el día más caluroso del año, precioso
tech|el {prod} de {b} es tan bueno que ya fue 3 veces al servicio técnico en 6 meses 🥰
ride|increíble cómo {b} me cobra {amt} por 3 km 👏
shop|5 estrellas para {b}, que logró entregarme una lavadora abollada y encima me pide reseña
bank|muchas gracias {b} por bloquear mi tarjeta en pleno viaje, le dio emoción
air|qué experiencia única {h}: overbooking, 6 horas en la sala y un vale de {amt} para comer
        """,
        "allcaps_founded": """
shop|¿¿DÓNDE ESTÁ MI PEDIDO {order} {h}?? {dur} ESPERANDO
bank|DEVUELVAN MI DINERO {b}, CARGO DE {amt} QUE NO HICE
tel|{h} SIN INTERNET OTRA VEZ, TERCER DÍA SEGUIDO
air|VUELO {flight} CANCELADO Y NADIE DE {b} EN EL MOSTRADOR PARA INFORMAR
food|EL PEDIDO NO LLEGÓ Y LA APP DICE ENTREGADO {h}
util|SIN LUZ DESDE ANOCHE EN {city} {h}
strm|DEJEN DE COBRARME, CANCELÉ EL {date}!!!
tech|MI {prod} {b} NO PRENDE Y ESTÁ EN GARANTÍA, RESUELVAN
        """,
        "short_founded": """
shop|pedido {order} sin llegar hasta hoy {h}
bank|{h} cargo no reconocido de {amt}, espero la devolución
tel|sin señal en {city} desde ayer {h}
air|{h} maleta perdida, vuelo {flight}
food|{h} el pedido llegó mal
tech|{prod} {b} se traba desde la actualización
util|sin agua otra vez {h}
strm|{h} me cobraron doble este mes
ride|{h} viaje cobrado dos veces
bank|{h} la transferencia de {amt} no llegó
tel|el internet de {b} se cae todas las noches a las {hour}
shop|{h} el producto vino fallado, quiero cambio
health|{h} reembolso de {amt} pendiente desde hace {dur}
air|{h} {wait} de retraso y sin información
        """,
        "escalation_founded": """
mx,bank|Voy a poner queja en Condusef contra {b}. Cargo de {amt} no autorizado y nadie lo resuelve.
mx,shop|Ya levanté queja en Profeco. Pedido {order} pagado el {date} y {b} ni entrega ni devuelve.
tel|Queja presentada ante el regulador, folio {proto}. {dur} sin internet y {b} no lo soluciona.
esp,air|Voy a reclamar a AESA y a la OCU contra {b}. Vuelo cancelado, perdí la conexión y no me dieron hotel.
food|{h} si no me devuelven los {amt} antes del viernes voy a Defensa del Consumidor
health|Presenté reclamo ante la superintendencia contra {b}. Cirugía negada con informe médico.
util|Si {b} no me reconecta la luz hoy voy a demandar; recibo pagado y comprobante en mano.
tech|Lo siguiente es Profeco, {b}. Tercera vez que mi {prod} vuelve del servicio con la misma falla.
arg,strm|voy a hacer la denuncia en Defensa del Consumidor, {b} me sigue cobrando {amt} después de la baja
ride|{h} los voy a demandar. Me cobraron {amt} por un viaje que no hice y me bloquearon la cuenta
bank|Mi abogado ya tiene las capturas. {b} me retiene {amt} sin justificación desde hace {dur}.
esp,travel|Hoja de reclamaciones puesta contra {b}: reserva de {amt} cancelada sin reembolso
        """,
        "long_rant_founded": """
shop|Les cuento mi odisea con {b}: compré un {prod} el {date}, pagué envío exprés, el plazo era {dur}. Pasó el plazo, abrí un caso, me pidieron esperar 5 días hábiles más. Esperé. Ahora dicen que el pedido {order} se "extravió" y que el reembolso tarda dos ciclos de facturación. O sea, pagué {amt} para quedarme sin producto y sin dinero dos meses.
bank|Resumen de mi semana con {b}: lunes, me clonan la tarjeta. Martes, la bloquean (ok). Miércoles, me mandan la nueva a la dirección vieja, que ya había cambiado en la app. Jueves, aparecen {amt} en compras en la tarjeta NUEVA. Viernes, el chat me manda a llamar y la llamada se corta 3 veces. Folio {proto}.
tel|Contraté {b} el {date} con instalación prometida en 48 horas. El técnico faltó dos veces, la tercera vino sin el router. Ahora ya me cobran la primera factura de {amt} por un servicio que nunca funcionó. Llamé y la agente dijo que "no consta" mi reclamo.
air|{b}, a ver: vuelo {flight} con 3 horas de retraso, perdimos la conexión en {city}, {wait} de fila en el mostrador, nos mandaron a un hotel a 40 minutos sin transporte y el vuelo reprogramado también se retrasó. Llegué un día después, perdí un día de trabajo y nadie me ha contactado por la compensación.
food|Pedí en {b} a las {hour}. A las 9 la app decía que el repartidor iba en camino. A las 10, "entregado". No llegó nada. El chat me ofreció un cupón de {amt} en lugar del reembolso. No quiero cupón, quiero el dinero de la comida que no me comí.
health|Mi mamá tiene 72 años, 15 años con {b}, nunca se atrasó. Necesitó una internación y {b} lleva {dur} "analizando" la autorización. El hospital ya llamó dos veces. Folio {proto}. No puede ser normal.
tech|Mi {prod} {b} tuvo falla en la placa a los 5 meses. Lo mandé al servicio en {city}, estuvo 40 días, volvió con la misma falla y un rayón nuevo en la tapa. Abrí otro caso y ahora dicen que el rayón es "mal uso" y perdí la garantía.
util|Hace {dur} que {b} me factura con lectura estimada. El recibo pasó de {amt2} a {amt}. Pedí revisión, vino el técnico, confirmó que el medidor está mal y aun así la siguiente factura llegó igual.
        """,
        "question_founded": """
bank|¿alguien sabe por qué {b} me cobró {amt} de comisión si mi cuenta es sin comisiones?
tel|{h} ¿por qué mi factura llegó de {amt} si mi plan es de {amt2}?
shop|{h} mi pedido {order} lleva {dur} "en preparación", ¿es normal?
air|¿alguien sabe cómo pedir reembolso a {b}? me cancelaron el vuelo {flight} y la web no me deja
strm|¿por qué {b} me sigue cobrando si cancelé el {date}? ¿a alguien más le pasó?
food|{h} ¿cómo pido reembolso de un pedido que llegó con la mitad de las cosas?
        """,
    },
    "disrespectful": {
        "insult_company": """
{b} empresa basura
bank|{b} son unos ladrones, roban al cliente en su cara
tel|{b} es la peor porquería de compañía del mundo, una basura total
air|{b}, aerolínea de mierda, váyanse todos al carajo
food|{b} es una empresa podrida, app de mierda
shop|{b} es una mafia, banda de estafadores sinvergüenzas
tech|{b} es una empresa de cuarta, basura
strm|{b} es una mierda de servicio carísimo
util|{b} son una manga de vagos
health|{b} es una mafia de buitres que lucran con los enfermos
ride|{b} es una empresa asquerosa, basura explotadora
mx,bank|{b} pinches rateros hijos de la chingada
arg|{b} son una manga de chorros hijos de puta
esp,tel|{b} sois una panda de sinvergüenzas y de cabrones
mx,shop|qué empresa tan culera {b}
arg,air|{b} aerolínea de cuarta, me dan asco
col,food|{b} partida de incompetentes, gonorreas
tech|empresa inmunda {b}, solo trabajan idiotas ahí
bank|{b} es un asco de banco, banda de sanguijuelas
util|{b} basura, escoria, chupasangres del pueblo
        """,
        "insult_staff": """
el agente de {b} es un burro, no sabe ni leer su propio sistema
bank|el gerente de {b} es un imbécil prepotente
food|el repartidor de {b} es un animal, tiró mi pedido en la puerta, bola de asnos
tel|el técnico de {b} es un vago, no sirve para nada
air|la azafata de {b} es una amargada maleducada de mierda
shop|el vendedor de {b} es un idiota, nunca vi a alguien tan pendejo
{h} despidan a ese agente retrasado
ride|el conductor de {b} es un cerdo asqueroso
health|la recepcionista de {b} es una víbora
tech|soporte de {b} solo contrata analfabetos, bola de burros
esp,util|los empleados de {b} son una panda de inútiles parásitos
mx,bank|la {fname} de {b} es una pendeja inútil
arg,shop|el gerente de {b} en {city} es un forro y un pelotudo
esp,air|el piloto de {b} se sacó la licencia en una tómbola, panda de gilipollas
col,strm|el moderador de {b} es un guevón
        """,
        "insult_product": """
tech|este {prod} de {b} es una mierda, basura total
tech|{prod} {b} es basura, no compren esa porquería
food|la comida de {b} es basura, parece alimento de perro
strm|la app de {b} es una mierda
tel|el router de {b} es una basura de plástico que no sirve pa nada
bank|la app de {b} es una porquería hecha por monos
shop|los productos de {b} son pura mierda de quinta
tech|{b} solo vende basura, este {prod} es una caca
ride|la app de {b} es una mierda hecha por incompetentes
mx,tech|qué pinche {prod} tan culero vende {b}
air|los aviones de {b} son latas viejas asquerosas
strm|las series de {b} son basura, ¿quién aprueba esas mierdas?
        """,
        "profanity_at_company": """
vete a la mierda {h}
mx|{b} chinguen a su madre
esp,bank|que os den por culo, {b}
tel|{h} métanse la factura por el culo
arg,air|{b} andate a la concha de tu madre
food|{b} chúpenmela 🖕
shop|{h} váyanse a la verga, pendejos
strm|{b} a la mierda 🖕🖕
esp,ride|que le den a {b}
tech|{b} vayan a cagar
        """,
        "threat": """
bank|si mi dinero no vuelve mañana voy a {b} y les rompo la sucursal entera
tel|me voy a encontrar al técnico de {b} en la calle y va a ver lo que es bueno
{h} sé dónde queda su oficina, no me provoquen
food|si el repartidor de {b} vuelve a aparecer aquí le parto la cara
air|si me cancelan el vuelo otra vez juro que le prendo fuego al mostrador de {b}
shop|gerente de {b} de {city}, te espero a la salida
util|voy a esperar al empleado de {b} que me cortó la luz y se va a llevar una paliza
ride|conductor de {b} que me cobró de más, anoté tu placa, te voy a encontrar
{b} van a pagar caro, los voy a hacer arrepentirse de haber nacido
health|si mi madre empeora por culpa de {b} mato a alguien
tech|voy a la tienda de {b} y les reviento cada vitrina
bank|alguien debería volar el edificio de {b}
        """,
        "contempt": """
{b} no merece ni un peso de nadie, escoria
bank|quien deja su plata en {b} se merece que le roben
tel|{b} es tan patética que da lástima
shop|asco de {b}, asco de quien trabaja ahí, asco de quien compra
air|{b} es el chiste más malo del país, una bola de payasos
food|{b} es para gente sin criterio, basura de empresa para basura de cliente
tech|solo un idiota compra {b}
strm|{b} es un servicio de fracasados hecho por fracasados
{b} debería cerrar y desaparecer, nadie va a extrañar esa basura
util|{b}: la incompetencia como modelo de negocio, una vergüenza
        """,
        "allcaps_insult": """
{b} BASURA
bank|{b} LADRONES!!!
tel|{h} VÁYANSE A LA MIERDA BOLA DE INÚTILES
food|{b} EMPRESA DE MIERDA
shop|{b} ESTAFADORES SINVERGÜENZAS
air|{b} BASURAAAAA
tech|BASURA DE {prod} {b}, VERGÜENZA
strm|{b} RATEROS DE MIERDA
        """,
        "short_insult": """
basura. {h}
🤮 {h}
{b} 💩
{h} 🖕
asco. {b}
{b} de mierda
{h} pendejos
{b} mierda
{h} payasos 🤡
{b} = basura
¿{b}? basura jajaja
son un chiste {h} 🤡
        """,
        "complaint_with_insult": """
shop|{dur} esperando mi pedido {order}, bola de inútiles hijos de puta de {b}
bank|{b} me cobró {amt} de más, ladrones sinvergüenzas, devuélvanme mi dinero
tel|sin internet hace {dur}, {b} compañía de mierda, manga de vagos
air|vuelo {flight} cancelado, {b} aerolínea de porquería, son un chiste
food|pedido equivocado otra vez, {b} imbéciles, no saben ni leer
tech|mi {prod} se rompió a los 2 meses, {b} empresa basura con productos basura
util|{b} me cortó la luz con el recibo pagado, malditos desgraciados
strm|cancelé y me siguen cobrando {amt}, {b} banda de rateros
health|{b} me negó el estudio, buitres asquerosos
ride|el conductor de {b} me dejó tirado en la carretera, empresa de mierda, ojalá quiebren
mx,bank|el gerente de {b} me bloqueó la cuenta sin motivo, pinche pendejo, este banco es una mafia
shop|compré un {prod} y llegó roto, {b} son una basura
esp,tel|{h} factura de {amt} con un plan de {amt2}, sois unos ladrones hijos de puta
air|me perdieron la maleta en {city}, {b} panda de burros incompetentes
food|{h} {wait} esperando, llegó frío, son una basura y el repartidor un cerdo
tech|el servicio técnico de {b} me rayó el {prod}, bola de animales
arg,bank|{b} se quedó con mi transferencia de {amt}, banco de mierda manejado por chorros
util|¿recibo de {amt}? {b} son unos parásitos hijos de puta
mx,shop|{h} me cancelaron el pedido {order} sin avisar, pinche empresucha culera
strm|{b} quitó mi serie y subió el precio, váyanse a la mierda
        """,
        "sarcasm_insult": """
felicidades {b}, pedazo de mierdas, otro día siendo basura 👏
bank|gracias {b} por robarme con tanto cariño, ladrones de confianza 😍
food|wow {h} qué servicio increíble, contrataron puro burro, ¿no?
tel|{b} ganando el premio a la compañía más imbécil del año otra vez, felicidades idiotas
shop|5 estrellas para {b}, la mejor banda de estafadores del país 🤡
        """,
        "slur": """
tel|bola de retrasados en {b}, no saben ni conectar un módem
food|los repartidores de {b} son unos indios ignorantes
esp,shop|el dependiente de {b} es un maricón inútil
bank|{b} solo contrata mongólicos
        """,
        "insult_customers": """
shop|quien compra en {b} es un pendejo, bien merecido
bank|los clientes de {b} son todos idiotas, por eso se dejan robar
tech|los que defienden a {b} son una bola de borregos idiotas
strm|los fans de {b} son todos retrasados
ride|los pasajeros de {b} son unos cerdos maleducados
air|el que vuela con {b} se merece sufrir, bola de muertos de hambre
        """,
    },
}
