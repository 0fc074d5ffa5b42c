"""Hand-written Spanish text pools (Mexico, Argentina, Spain) for the Veloz demo data.

A template that starts with [mx], [ar] or [es] is only used for authors from that
country; untagged templates are shared. Slots in {braces} are filled by generate.py.
"""

LANG = "es"

TAGS = ["#Veloz", "#veloz", "[mx]#VelozMX", "#VelozCard", "#VelozPlus", "[mx]#BuenFinVeloz", "[es]#BlackFriday"]

CITIES = {
    "mx": ["CDMX", "Guadalajara", "Monterrey", "Puebla", "Querétaro", "Mérida", "Tijuana", "León", "Toluca",
           "Aguascalientes", "Cancún", "San Luis Potosí", "Morelia", "Saltillo", "Chihuahua", "Hermosillo"],
    "ar": ["Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata", "Mar del Plata", "Tucumán", "Salta",
           "Neuquén", "Santa Fe", "Bahía Blanca", "Quilmes"],
    "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Zaragoza", "Murcia", "Alicante",
           "Valladolid", "Vigo", "Granada", "Palma"],
}
COURIERS = {"mx": ["don Beto", "Toño", "Lupita", "Memo", "don Chuy"], "ar": ["Nacho", "el Tano", "Rami", "Gabi"],
            "es": ["Manolo", "Dani", "Sergio", "Rocío"]}
STORES = {"mx": ["Mercado Libre", "Amazon", "Coppel", "Walmart", "Liverpool"],
          "ar": ["Mercado Libre", "Frávega", "Tiendamia", "Garbarino"],
          "es": ["Amazon", "El Corte Inglés", "AliExpress", "MediaMarkt", "PcComponentes"]}
BANKS = {"mx": ["Nu", "BBVA", "Stori", "Banorte"], "ar": ["Mercado Pago", "Ualá", "Brubank", "Naranja X"],
         "es": ["Revolut", "BBVA", "ING", "N26"]}
LAUGH = {"mx": ["jajaja", "jajajaja", "JAJAJA", "jsjsjs"], "ar": ["jajaja", "jajsjsj", "JAJAJAJ", "jaja"],
         "es": ["jajaja", "JAJAJA", "jajajajaja", "xD"]}
CATS = ["electrónica", "electrodomésticos", "hogar", "moda", "súper", "videojuegos", "belleza", "mascotas", "cómputo"]
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
WRONG = {"mx": ["una funda de celular", "un paquete de calcetas", "un cargador pirata", "una caja vacía",
                "el modelo equivocado", "otro color", "un tapete de baño"],
         "ar": ["una funda de celular", "un paquete de medias", "un cargador trucho", "una caja vacía",
                "el modelo equivocado", "otro color", "una alfombra de baño"],
         "es": ["una funda de móvil", "un paquete de calcetines", "un cargador cutre", "una caja vacía",
                "el modelo equivocado", "otro color", "una alfombrilla de baño"]}
COUPONS = ["VELOZ", "HOLA", "APP", "ENVIO", "CLIENTE"]

NEUTRAL = {
    "question": [
        "¿alguien sabe si {V} hace envíos a {city}? vi {uart} a buen precio pero nunca les he comprado",
        "[mx]¿neta {V} entrega el mismo día en {city}? quiero pedir hoy",
        "[ar]che, ¿alguien compró en {V}? ¿llega bien a {city} o es un garrón?",
        "[es]¿Alguien ha pedido en {V}? ¿Llega bien a {city} o tarda siglos?",
        "[mx]¿vale la pena la Veloz Card si gasto poco? ¿de verdad no cobra anualidad?",
        "[ar]¿conviene la Veloz Card si uso poco la tarjeta? ¿posta que no tiene costo de mantenimiento?",
        "[es]¿Merece la pena la Veloz Card si gasto poco? ¿De verdad no tiene cuota?",
        "¿alguien tiene VelozPlus? ¿el envío gratis compensa o solo si compras cada semana?",
        "[mx]¿cuánto tarda {V} en llegar a {city}? pedí {uart} ayer y ya estoy ansios{ga} {kkk}",
        "¿el cashback de Veloz Card cae al instante o tarda unos días?",
        "[mx]¿conviene más comprar {uart} en {V} o en {store}? llevo una semana dudando",
        "[ar]¿conviene comprar {uart} en {V} o en {store}? hace una semana que no me decido",
        "[es]¿Compensa más comprar {uart} en {V} o en {store}? Llevo una semana dándole vueltas",
        "[mx]{@} ¿tienen tienda física en {city} o es solo en línea?",
        "[ar]{@} ¿tienen local en {city} o es solo online?",
        "[es]{@} ¿tenéis tienda física en {city} o solo online?",
        "{@} ¿el cupón {coupon} aplica también en {cat}?",
        "[mx]¿se puede pagar a meses sin intereses en {V} con tarjeta de otro banco?",
        "[ar]¿{V} tiene cuotas sin interés con cualquier tarjeta o solo con la de ellos?",
        "¿alguien trabaja en {V}? ¿qué tal el ambiente? estoy pensando mandar CV",
        "[mx]¿cómo le hago para ser repartidor de Veloz Entrega? ¿necesito moto o con bici sale?",
        "¿cómo cambio la dirección de entrega en la app de {V} después de pagar? no encuentro la opción",
        "duda: si cancelo VelozPlus, ¿pierdo los cupones que ya tengo?",
        "[mx]¿la Veloz Card ya está para todos en México o sigue por invitación?",
        "[ar]¿{V} acepta Mercado Pago o solo tarjeta?",
        "[es]¿{V} acepta Bizum? No encuentro la opción en la app",
        "[mx]¿alguien ha pedido súper en {V}? ¿la fruta llega bien o toda magullada?",
        "[es]¿Alguien ha hecho la compra del súper con {V}? ¿La fruta llega bien?",
        "[mx]¿la garantía extendida de {V} sí sirve? ¿alguien la ha usado?",
        "[mx]{@} ¿van a entrarle al Buen Fin este año? ya estoy ahorrando {kkk}",
        "[ar]{@} ¿se suman al CyberMonday este año?",
        "[es]{@} ¿vais a hacer Black Friday? Estoy esperando para comprarme {uart}",
        "¿alguien sabe el teléfono de atención a clientes de {V}? solo encuentro el chat",
        "¿cómo me hago vendedor en {V}? ¿es marketplace o solo venden ellos?",
        "[es]¿Sabéis si {V} envía a Canarias?",
        "[ar]¿alguien sabe si {V} manda al interior? estoy en {city}",
        "[mx]¿{V} ya llega a {city} o sigue siendo solo CDMX y Monterrey?",
        "¿cuál es la diferencia entre VelozPlus y Veloz Card? ¿es la misma cuenta?",
    ],
    "promo": [
        "[mx]🔥 cupón {coupon} en {V}: {pct}% en {cat}. córranle que se acaba",
        "[ar]🔥 cupón {coupon} en {V}: {pct}% en {cat}. corran que vuela",
        "[es]🔥 cupón {coupon} en {V}: {pct}% en {cat}. corred que vuela",
        "{V} tiene {uart} a {amount}. ¿buen precio o descuento inflado? 👀",
        "[mx]envío gratis en {V} arriba de $499 hasta el domingo {tag}",
        "activé la Veloz Card solo por el cashback de {cash} en la primera compra, no les voy a mentir",
        "[mx]el comercial nuevo de {V} con el perrito repartidor está bien bonito {kkk}",
        "[ar]la publicidad de {V} con el perrito repartidor es re tierna {kkk}",
        "[es]el anuncio de {V} con el perrito repartidor es monísimo",
        "{V} regala 3 meses de VelozPlus si activas la tarjeta. ¿alguien ya lo hizo?",
        "si alguien anda buscando {product}, está a {amount} en {V}. no es publi, lo vi barato",
        "[mx]mi carrito de {V} con 14 cosas y mi cuenta con 200 pesos, un clásico",
        "[ar]mi carrito de {V} con 14 cosas y mi cuenta con 3 lucas, un clásico",
        "[es]mi carrito de {V} con 14 cosas y mi cuenta temblando a fin de mes",
        "cashback doble con Veloz Card en {cat} esta semana. apuntado",
        "bajé la app de {V} solo por el cupón de {pct}% y ya gasté más de lo que ahorré. clásico",
        "{V} me mandó un cupón por mi cumpleaños. detallazo {emo}",
    ],
    "opinion": [
        "usé {V} y {store} este mes. {V} llegó más rápido, {store} más barato. cada uno con lo suyo",
        "la app nueva de {V} quedó bonita pero movieron el botón de rastreo, tardé 5 minutos en encontrarlo",
        "[mx]la neta {V} está bien. ni lo amo ni lo odio, llega a tiempo y ya",
        "[ar]posta, {V} está bien. ni fu ni fa. llega cuando dice y listo",
        "[es]sinceramente {V} está bien. ni fu ni fa. llega cuando dice y punto",
        "la Veloz Card se parece mucho a {bank} cuando empezó. a ver si pega",
        "[mx]veo un chorro de repartidores de {V} en bici eléctrica aquí en {city}, sí crecieron",
        "[ar]veo una banda de repartidores de {V} en bici acá en {city}, crecieron mal",
        "[es]cada vez veo más repartidores de {V} por {city}, están creciendo un montón",
        "¿a alguien más le parece que {V} manda demasiadas notificaciones? las desactivé todas",
        "[mx]curioso que {V} sea brasileña y esté creciendo tanto en México",
        "[es]curioso que una empresa brasileña como {V} se haya metido en España. veremos",
        "opinión impopular: VelozPlus solo vale la pena si pides súper. para electrónica no",
        "el empaque de {V} mejoró un montón, ahora viene con papel en vez de plástico",
        "el bot del chat de {V} se llama Vel y es demasiado amable {kkk}",
        "para mí {V} gana en tiempo y pierde en precio. depende de la prisa",
        "[ar]no entiendo la euforia con {V}. compré una vez, llegó normal. es una tienda, che",
        "[mx]mi primo es repartidor de {V} y dice que sí pagan puntual cada semana",
        "[es]{V} y {store} en guerra de envíos gratis y los que ganamos somos nosotros",
        "el programa de puntos de {V} es confusísimo, nunca sé cuánto vale cada punto",
        "[mx]{V} contra {store}: en CDMX gana {V} por tiempo, en provincia todavía no",
        "[ar]con la inflación que hay, el cashback de Veloz Card es de lo poco que rinde",
        "[es]la Veloz Card tiene el mismo degradado morado que todos los neobancos. cero originalidad",
        "[mx]{V} debería tener entregas en la noche, salgo de la chamba a las 7",
        "[es]me parece justo que {V} cobre por la entrega en 2 horas. quien tiene prisa, paga",
        "el marketplace de {V} está lleno de vendedores raros, hay que fijarse en la reputación",
    ],
    "joke": [
        "[mx]mi vida es como el rastreo de {V} a las 11 pm: 'en camino' y nadie sabe cuándo llega {kkk}",
        "yo: este mes voy a ahorrar\ntambién yo a las 2 am: *abre la app de {V}*",
        "[mx]el repartidor de {V} ya se sabe mi nombre, el de mi perro y que abro en pijama. ya somos familia",
        "[ar]el repartidor de {V} ya sabe mi nombre, el de mi perro y que le abro en pijama. ya somos familia",
        "[es]el repartidor de {V} ya sabe cómo me llamo, cómo se llama mi perro y que le abro en pijama. somos familia",
        "llegó la caja de {V} y el gato ya se mudó adentro 🐈📦",
        "{V} entrega más rápido de lo que yo contesto mensajes",
        "[mx]mi mamá le dice 'el muchacho de Veloz' a cualquier repartidor {kkk}",
        "[ar]mi vieja le dice 'el chico de Veloz' a cualquier repartidor {kkk}",
        "[es]mi madre llama 'el chico de Veloz' a cualquier repartidor {kkk}",
        "[mx]tengo más cajas de {V} que muebles",
        "el bot de {V} me dijo 'querido cliente' y me puse más feliz de lo que debería",
        "[es]ser adulto es ilusionarte porque llega la aspiradora que pediste en {V}",
        "[ar]ser adulto es emocionarte porque llegó la aspiradora que pediste en {V}",
        "[mx]mi perro le ladra a todos los repartidores menos al de {V}. seguro le da croquetas a escondidas",
    ],
    "news_share": [
        "[mx]{V} lanza su tarjeta en México, ¿alguien ya la pidió? {link}",
        "{V} creció {pct}% en el trimestre pero sigue en pérdidas fuera de Brasil {link}",
        "dicen que {V} va a entrar a Colombia el año que viene. van con todo",
        "[es]{V} abre un almacén en {city}, dicen que 300 empleos {link}",
        "[ar]parece que {V} abre un centro logístico en {city}. laburo para la zona {link}",
        "artículo interesante sobre cómo {V} arma las rutas de reparto: {link}",
        "[mx]el CEO de {V} dice que México ya es su segundo mercado {link}",
        "[mx]vi en las noticias que Profeco tiene un montón de quejas contra {V}. ¿alguien sabe más? {link}",
    ],
    "unrelated": [
        "[mx]el internet hoy anda veloz, milagro",
        "[ar]este pibe es veloz como el viento, qué golazo",
        "[es]qué veloz pasa el tiempo, ya casi es diciembre",
        "[mx]¿alguien tiene la Toyota Veloz? ando viendo camionetas familiares",
        "Toyota Veloz 2026: ¿qué tal de consumo? ¿alguien la tiene?",
        "Speedy González, el ratón más veloz de todo México 🐭",
        "[mx]mi perro es el ser más veloz del universo cuando escucha la bolsa de croquetas",
        "[es]hoy he corrido 10 km, no he sido veloz pero he llegado 🏃‍♂️",
        "[ar]compré un mouse 'ultra veloz' y sigo perdiendo. el problema soy yo",
    ],
    "youtube": [
        "compré {art} después de ver este video, en {V}, y llegó en 2 días",
        "¿dónde lo compraste? en {V} está a {amount}",
        "el link de {V} de la descripción no funciona",
        "review honesta, no como los publis de {V} que solo echan flores",
        "vine por el anuncio de {V} {kkk}",
        "¿este video es patrocinado por {V}? no lo dice",
        "el anuncio de {V} antes del video estuvo mejor que el video {kkk}",
        "usé el cupón del canal en {V} y sí funcionó, gracias!",
        "[mx]¿alguien que trabaje en el CEDIS de {V}? el video muestra bien la chamba",
        "mi experiencia con {V} fue parecida, nada extraordinario pero sin problemas",
        "ojalá hagas un video comparando Veloz Card con {bank}",
    ],
}

EVENTS = {
    "outage": [
        "¿se cayó la app de {V}? solo me sale pantalla en blanco",
        "app de {V} caída y yo con el carrito listo {kkk}",
        "{@} ¿está caída la app? no puedo ni iniciar sesión",
        "ya volvió la app de {V}, por si alguien seguía esperando",
        "[es]¿a alguien más no le carga la app de {V}? llevo una hora",
    ],
    "mxcard": [
        "[mx]ya me llegó la Veloz Card, el plástico está bonito. a ver qué tal el cashback",
        "[mx]¿alguien ya sacó la Veloz Card en México? ¿sí la aprueban sin historial?",
        "[mx]Veloz Card en México sin anualidad y con cashback, suena bien pero hay que leer las letras chiquitas",
        "[mx]pedí la Veloz Card y me dieron línea de 8 mil. nada mal para empezar",
    ],
    "cyber": [
        "[ar]{V} en el CyberMonday con 12 cuotas sin interés en {cat}. algo es algo",
        "[ar]la web de {V} se colgó con el CyberMonday, obvio",
        "[ar]¿alguien encontró algo bueno en {V} para el Cyber? yo solo veo precios inflados",
    ],
    "buenfin": [
        "[mx]Buen Fin en {V}: {uart} a {amount} a 12 meses. ¿le entro o no?",
        "[mx]la app de {V} súper lenta por el Buen Fin, normal",
        "[mx]¿los descuentos de {V} en el Buen Fin son reales o inflaron precios antes? pregunto en serio",
    ],
    "blackweek": [
        "[es]{V} ya ha empezado el Black Friday. Me he comprado {uart} a {amount} y no me arrepiento (todavía)",
        "[es]¿alguien ha comparado precios de {V} en Black Friday? ¿descuentos de verdad?",
    ],
    "leak": [
        "{V} sacó un comunicado diciendo que no hubo filtración. ¿de dónde salió el rumor?",
    ],
}

POLITE = [
    "Escuché que {V} vende los datos de sus clientes. ¿Es cierto? ¿Alguien sabe algo oficial?",
    "[mx]vi un TikTok que dice que {V} va a quebrar. ¿es neta? tengo saldo de cashback ahí",
    "[ar]vi un video que dice que {V} va a quebrar. ¿es posta? tengo plata de cashback ahí",
    "[es]He visto un vídeo que dice que {V} va a quebrar. ¿Es verdad? Tengo saldo ahí",
    "¿Es cierto que {V} no les paga bien a los repartidores? Pregunto de verdad, antes de contratar VelozPlus",
    "Un amigo dice que la Veloz Card cobra comisiones escondidas. ¿Alguien que la tenga lo confirma?",
    "[mx]me llegó por WhatsApp que hackearon a {V} y filtraron datos. ¿alguien vio algo oficial o es fake?",
    "me dijeron que {V} revende como nuevos los productos devueltos. ¿es verdad?",
    "{@} ¿es verdad que van a quitar el envío gratis de VelozPlus? vi rumores",
    "[es]Pregunta sincera: ¿está {V} investigada por algo? Lo leí en un comentario y no encuentro nada",
]

FAN = [
    "pedí {uart} anoche y llegó hoy a las {hour} 😍 {V} nunca falla",
    "[mx]{V} me salvó la vida: se me olvidó el regalo de mi mamá y me lo entregaron en 3 horas aquí en {city} 🙏",
    "[ar]{V} me salvó: me olvidé el regalo de mi vieja y me lo trajeron en 3 horas acá en {city} 🙏",
    "[es]{V} me ha salvado: se me olvidó el regalo de mi madre y me lo trajeron en 3 horas 🙏",
    "atención de {V} 10/10. {art} vino con falla y me hicieron el cambio en 2 días, sin rollos",
    "VelozPlus es lo mejor en lo que gasto cada mes. envío gratis en todo",
    "la Veloz Card me devolvió {cash} de cashback este mes. la amo",
    "[mx]el repartidor de {V} hoy fue un amor, subió 4 pisos por las escaleras porque no servía el elevador. gracias {courier}! 💜",
    "[ar]el repartidor de {V} hoy fue un genio, subió 4 pisos por escalera porque no andaba el ascensor. gracias {courier}! 💜",
    "[es]el repartidor de {V} hoy ha sido un sol, ha subido 4 pisos andando porque el ascensor no iba. ¡gracias {courier}! 💜",
    "[mx]{@} son los mejores, llegó antes de tiempo y súper bien empacado ❤️",
    "[es]{@} sois los mejores, ha llegado antes de tiempo y súper bien embalado ❤️",
    "compré {art} en {V}, llegó en {n} días, todo perfecto. lo recomiendo",
    "[mx]no manches, pedí a las 10 y a las 2 ya estaba aquí. {V} otro nivel",
    "[ar]pedí a las 10 y a las 14 ya estaba acá. {V} es otro nivel, posta",
    "[es]pedí a las 10 y a las 2 ya lo tenía en casa. {V} es otro nivel, flipo",
    "[mx]qué chingón, {V} entregó en domingo en la noche. ni sabía que se podía",
    "[ar]la puta madre, {V} me entregó un domingo a la noche. ni sabía que se podía",
    "[es]joder, {V} me ha entregado un domingo por la noche. ni sabía que se podía",
    "el chat de {V} me resolvió todo en 5 minutos. sigo en shock {kkk}",
    "primera compra en {V} y ya me hice cliente. buen empaque y llegó antes",
    "el reembolso de {V} me cayó en 1 día hábil. nunca me había pasado",
    "¡ya llegó {art} que pedí en {V}! {emo}{emo}",
    "no suelo hablar bien de empresas pero la posventa de {V} se lo merece",
    "me encanta que {V} avise cuando el repartidor está a 5 minutos",
    "cancelé VelozPlus en 2 clics, sin llamadas ni dramas. así debería ser todo",
    "devolví {uart} que no me sirvió, lo recogieron en casa y el dinero ya volvió. perfecto",
    "[mx]la Veloz Card me aprobó aunque soy freelance. gracias 🙌",
    "[ar]la Veloz Card me aprobó siendo monotributista. un golazo 🙌",
    "[es]me han aprobado la Veloz Card siendo autónom{ga}. gracias 🙌",
    "10/10 para {V}: rastreo exacto, repartidor amable, producto original",
    "[ar]re contenta con {V}, el envío llegó antes y el producto impecable {emo}",
]
FAN_YT = [
    "compré {art} en {V} después de este video y llegó en 2 días, perfecto",
    "el anuncio de {V} es el único que no me salto {kkk}",
    "ya compré 3 veces en {V} por recomendación del canal y cero problemas",
]
FAN_EVENT = {
    "buenfin": ["[mx]compré {art} en el Buen Fin de {V} y ya llegó. 10/10"],
    "cyber": ["[ar]compré en el CyberMonday de {V} y llegó en 2 días. increíble"],
    "blackweek": ["[es]he comprado en el Black Friday de {V} y ya ha llegado. así sí"],
}

COMPLAINT = {
    "late": [
        "mi pedido {order} tenía que llegar el {due} y hasta ahora nada. el rastreo está parado hace {days} días",
        "compré {uart} el {date}, me prometieron entrega en {n} días hábiles y ya llevo {days} días esperando",
        "el rastreo del pedido {order} dice 'en camino' desde el {date}. ¿en camino a dónde?",
        "{days} días de retraso en el pedido {order} y nadie me da fecha. el chat solo dice 'espere'",
        "pedido {order}: la fecha era el {due}, la cambiaron al {due2} y hoy simplemente desapareció de la app",
        "pagué envío exprés en el pedido {order} para tenerlo en 1 día. ya van {days}",
        "[mx]{art} que compré el {date} era para un regalo y el cumpleaños ya pasó. pedido {order} sin fecha",
        "[es]{art} que compré el {date} era para un regalo y el cumpleaños ya ha pasado. pedido {order} sin fecha",
    ],
    "damaged": [
        "{art} llegó con la caja toda aplastada y rot{o}. pedido {order}. tengo foto y video del unboxing",
        "[mx]me llegó hoy {art} (pedido {order}) y no prende. el sello venía roto",
        "[ar]me llegó hoy {art} (pedido {order}) y no anda. el precinto venía roto",
        "[es]me ha llegado hoy {art} (pedido {order}) y no enciende. el precinto venía roto",
        "abrí la caja y {art} venía estrellad{o}. pedí cambio el {date} y sigue 'en revisión'",
        "{art} llegó rayad{o} y le faltan piezas. pagué {amount} por algo nuevo, no de exhibición",
        "[ar]{art} vino fallad{o}, se apaga sol{o} cada dos por tres. pedido {order}, 3 días de uso",
        "[mx]{art} salió defectuos{o}, se apaga sol{o} a cada rato. pedido {order}, 3 días de uso",
        "[es]{art} ha venido defectuos{o}, se apaga sol{o} cada dos por tres. pedido {order}, 3 días de uso",
    ],
    "wrong": [
        "pedí {uart} y me llegó {wrong}. PEDIDO {order}. ¿en serio?",
        "compré {art} por {amount} y recibí {wrong}. ya abrí la devolución, solo quiero lo que pagué",
        "llegó {wrong} en lugar {dart}. pedido {order}. alguien en el almacén está jugando",
    ],
    "marked_delivered": [
        "la app dice que el pedido {order} se entregó hoy a las {hour} pero NADIE vino. tengo cámara en la puerta",
        "el pedido {order} figura como entregado desde el {date}. no recibí nada y el portero confirma que no vino nadie",
        "marcaron como entregad{o} {art} y a mí no me llegó nada. la firma del comprobante ni es mía. pedido {order}",
    ],
    "double_charge": [
        "me cobraron dos veces en la Veloz Card la misma compra de {amount} del {date}. quiero que me devuelvan el segundo cargo",
        "[mx]el estado de cuenta de Veloz Card trae la compra de {amount} duplicada. metí la aclaración en la app y nada",
        "[ar]el resumen de la Veloz Card vino con la compra de {amount} duplicada. hice el reclamo en la app y nada",
        "[es]el extracto de la Veloz Card viene con la compra de {amount} duplicada. lo he reclamado en la app y nada",
    ],
    "refund": [
        "cancelé el pedido {order} el {date} y el reembolso de {amount} todavía no cae. el plazo era de 5 días hábiles",
        "devolví {art} hace {days} días, {V} confirmó la recepción, ¿y mi reembolso de {amount}?",
        "el reembolso del pedido {order} lleva {days} días 'en proceso'. {amount} es dinero para mí",
    ],
    "subscription": [
        "cancelé VelozPlus en {month} y me siguen cobrando {plus}. tengo captura de la cancelación",
        "me están cobrando VelozPlus sin haberlo contratado nunca. aparece 'renovación automática' de {plus}",
        "VelozPlus se renovó solo después de la prueba gratis, sin avisar. {plus} cobrados el {date}",
    ],
    "app_payment": [
        "[mx]la app de {V} se trabó al pagar, me cobraron {amount} y el pedido no aparece",
        "[ar]la app de {V} se colgó al pagar, me debitaron {amount} y el pedido no aparece",
        "[es]la app de {V} se ha colgado al pagar, me han cobrado {amount} y el pedido no aparece",
        "intenté pagar 3 veces, las 3 dio error y ahora tengo 3 cargos de {amount} pendientes en la tarjeta",
        "el cupón {coupon} sale como válido pero desaparece al pagar. probé en la app y en la web",
    ],
    "support": [
        "llevo {days} días intentando hablar con una persona en el chat de {V}. el bot solo me dice que 'revise el rastreo'. pedido {order}",
        "[mx]llamé 4 veces a atención a clientes de {V} hoy y se cortó las 4 después de 20 minutos de espera. folio {proto}",
        "[ar]llamé 4 veces al call center de {V} y se cortó las 4 después de 20 minutos de espera. reclamo {proto}",
        "[es]he llamado 4 veces a atención al cliente de {V} y se ha cortado las 4 tras 20 minutos esperando. incidencia {proto}",
        "cada agente de {V} me dice algo distinto del pedido {order}. uno que se extravió, otro que está en ruta",
    ],
    "installation": [
        "[mx]agendaron la instalación {dart} para el {date} de 8 a 12. falté al trabajo y nunca llegaron",
        "[ar]me dieron turno para la instalación {dart} el {date} de 8 a 12. falté al laburo y no vino nadie",
        "[es]me dieron cita para instalar {art} el {date} de 8 a 12. pedí el día en el curro y no vino nadie",
        "{V} vende {art} con 'instalación incluida' y ya me la reprogramaron 2 veces. lleva {days} días en caja en la sala",
    ],
    "cashback": [
        "el cashback de {cash} de la compra {order} desapareció de la app. ayer estaba ahí",
        "compré con la promo de cashback doble y me dieron el sencillo. son {cash} de diferencia, pero es el principio",
    ],
    "card_blocked": [
        "me bloquearon la Veloz Card de la nada y la app solo dice 'comunícate con nosotros'. ¿con quién, si nadie contesta?",
        "me rechazaron la Veloz Card en el súper con saldo disponible y todo pagado. qué vergüenza en la caja",
        "[mx]pedí aumento de línea y me bloquearon la tarjeta 'por seguridad'. llevo {days} días sin tarjeta",
        "[ar]pedí aumento de límite y me bloquearon la tarjeta 'por seguridad'. hace {days} días que estoy sin tarjeta",
    ],
    "price_change": [
        "{art} estaba a {amount} en el carrito y al pagar subió a {amount2}. eso es publicidad engañosa",
        "anunciaron envío gratis y me cobraron {small} de envío en el pedido {order}",
    ],
    "missing_items": [
        "pedí súper en {V}, llegaron 7 de 12 productos y me cobraron todo ({gamount}). pedido {order}",
        "faltó la mitad del súper y la app dice que se entregó completo. pedido {order}, {gamount}",
    ],
    "courier": [
        "[mx]el repartidor de {V} aventó la caja por encima del portón. {art} llegó golpead{o}. pedido {order}",
        "[ar]el repartidor de {V} tiró la caja por arriba de la reja. {art} llegó golpead{o}. pedido {order}",
        "[es]el repartidor de {V} ha tirado la caja por encima de la valla. {art} ha llegado golpead{o}. pedido {order}",
        "[mx]dejaron mi pedido {order} en la banqueta, bajo la lluvia, sin tocar el timbre",
        "[ar]dejaron mi pedido {order} en la vereda, bajo la lluvia, sin tocar el timbre",
        "[es]han dejado mi pedido {order} en la acera, con lluvia, sin llamar al timbre",
    ],
}
COMPLAINT_EVENT = {
    "outage": [
        "la app de {V} se cayó JUSTO al pagar. me cobraron {amount} y el pedido no existe. ¿y ahora?",
        "{@} se cayó la app y mi pedido {order} desapareció del historial. pagué {amount}",
    ],
    "buenfin": [
        "[mx]compré {art} en el Buen Fin de {V} a {amount} y 2 días después me cancelaron el pedido por 'falta de inventario'. el anuncio sigue ahí, ahora a {amount2}",
        "[mx]pedido {order} del Buen Fin con entrega para enero?? pagué envío exprés",
    ],
    "cyber": [
        "[ar]compré en el CyberMonday de {V} y me cancelaron el pedido {order} por 'falta de stock'. la publicación sigue activa a {amount2}",
    ],
    "blackweek": [
        "[es]pedido {order} del Black Friday de {V} con entrega prevista para enero. ¿perdona?",
    ],
}
OPENERS = ["{@}", "{@} {@h}", "Buenos días {@}", "[mx]Buenas noches {@h}", "[ar]Buenas {@}", "[es]Hola {@}",
           "{@h} ayuda", "¿alguien de {V} que me ayude?", "{@h}", "{@}"]
PRE_MAD = {
    1: ["¿en serio?", "qué falta de respeto.", "increíble.", "se me acaba la paciencia.", "[mx]no manches.",
        "[ar]qué garrón.", "[es]vaya tela.", "uff."],
    2: ["[mx]QUÉ PINCHE CORAJE.", "[mx]no mames.", "[mx]ya me cansé, carajo.", "[ar]la puta madre.",
        "[ar]qué quilombo, por favor.", "[ar]LA CONCHA DE LA LORA.", "[es]me cago en todo.", "[es]joder, {V}!",
        "[es]qué puta vergüenza.", "qué mierda.", "carajo."],
}
POST_MAD = {
    1: ["😒", "🙄", "qué decepción.", "así no."],
    2: ["qué mierda", "[mx]pinche servicio", "[ar]un desastre, la puta madre", "[es]manda huevos", "🤬🤬",
        "estoy hart{ga} de esta mierda"],
}
ASK = ["quiero mi dinero de vuelta.", "[mx]resuelvan por favor.", "[ar]resuelvan por favor.", "[es]solucionadlo, por favor.",
       "[mx]ya levanté el folio {proto} y nada.", "[ar]ya hice el reclamo {proto} y nada.",
       "[es]ya abrí la incidencia {proto} y nada.", "¿alguien de {V} me responde?",
       "[mx]si no lo resuelven voy a Profeco.", "[ar]si no lo resuelven voy a Defensa del Consumidor.",
       "[es]si no lo solucionan pongo una hoja de reclamaciones.", "era el regalo de cumpleaños de mi hijo.",
       "lo necesito para trabajar.", "ya mandé DM.", "[mx]contesten el DM por favor.", "[es]contestad al DM, por favor.",
       "solo quiero una solución.", "¿a alguien más le pasó?"]
DETAIL = ["Ya intenté por chat, teléfono y correo.", "Tengo todas las capturas.",
          "Siempre compré ahí sin problemas, es la primera vez.", "El soporte solo copia y pega la misma respuesta.",
          "No quiero un cupón, quiero que lo resuelvan."]
FOLLOW_OPEN = [
    "{days} días. pedido {order}. ni una respuesta de {V}",
    "{@h} ¿alguna novedad del pedido {order}?",
    "sigo esperando el reembolso de {amount}, {V}",
    "el chat de {V} me cerró el caso sin resolver nada. pedido {order}",
    "actualizo: el pedido {order} sigue sin respuesta",
    "{days} días y nada. {@h} ¿hola?",
    "paso a decir que {V} todavía no lo resolvió. pedido {order}",
    "¿y mi reembolso, {V}? ya van {days} días",
    "me prometieron respuesta en 48 horas. ya pasaron 5 días. pedido {order}",
    "[mx]sigo esperando, {V}. me volvieron a pedir los mismos datos por tercera vez",
]
FOLLOW_RESOLVED = [
    "pedido {order} por fin resuelto, ya me devolvieron {amount}. gracias {@h}",
    "actualizo: llegó {art}, {days} días después, pero llegó. gracias {@h}",
    "resuelto: {V} me hizo el cambio {dart} sin costo. pedido {order}",
    "solo para que quede registro: {V} resolvió el pedido {order}. gracias",
    "actualizo: {V} lo resolvió, ya cayó el reembolso. gracias por responder {@h}",
    "update: ¡llegó! tarde pero llegó. gracias a {V} por contestar el DM",
    "resuelto. {V} me cambió el producto y me dio un cupón. que quede registrado",
    "me llamaron de {V} y lo resolvieron. tardaron, pero bien 👍",
]
REDDIT_CONTEXT = ["Nunca les he comprado, por eso pregunto.", "Quería la opinión de alguien que ya lo use.",
                  "¡Gracias de antemano!", "Busqué en el sub y no encontré nada reciente.",
                  "Edit: gracias por las respuestas."]
REDDIT_TITLES = {
    "complaint": ["Veloz no me resuelve nada, ¿qué hago?", "Mala experiencia con Veloz",
                  "¿A alguien más le pasó esto con Veloz?", "Cómo reclamar a Veloz y que te hagan caso"],
    "neutral": ["¿Vale la pena la Veloz Card?", "¿Conviene VelozPlus?", "Duda sobre Veloz", "¿Veloz o Mercado Libre?"],
    "fan": ["Buena experiencia con Veloz (sí, existe)"],
}
SUBREDDITS = {"mx": ["mexico", "MexicoFinanciero", "Monterrey", "Guadalajara"], "ar": ["argentina", "merval", "BuenosAires"],
              "es": ["es", "spain", "Madrid", "Barcelona"]}

SPAM = [
    "💰 Gana $5,000 pesos desde casa, info en mi perfil 👉 #veloz #promo",
    "CUPÓN VELOZ 90% 🔥 solo hoy, entra aquí: {spamlink} #Veloz",
    "Seguidores reales y baratos, escríbeme al DM #veloz #marketing",
    "vendo tarjetas de regalo Veloz con descuento, mándame DM",
    "🎁 SORTEO VELOZ: iPhone gratis para quien se registre en {spamlink}",
    "Préstamos al instante sin buró, aceptamos Veloz Card 👉 {spamlink}",
]

NEWS_OUTLETS = [
    ("Pulso Económico", "pulsoeconomico.mx"),
    ("Comercio Hoy", "comerciohoy.com.ar"),
    ("Tendencias Retail", "tendenciasretail.es"),
    ("Fintech Latam Noticias", "fintechlatamnoticias.com"),
]
NEWS = [
    ("2026-09-25", ["Veloz confirma que llevará su tarjeta de crédito a México en octubre"],
     "La brasileña apuesta por el cashback en supermercados para competir con bancos digitales."),
    ("2026-10-01", ["Veloz abre centro logístico en Querétaro con 600 empleos",
                    "Veloz invierte en un nuevo CEDIS en el Bajío"],
     "La nave de 45 mil m² atenderá pedidos del centro del país en menos de 24 horas."),
    ("2026-10-06", ["Veloz llega a Valencia y Sevilla con entregas en 24 horas"],
     "La empresa amplía su cobertura en España tras un año de operación en Madrid y Barcelona."),
    ("2026-10-14", ["Caída de la app de Veloz afecta a usuarios en México, Argentina y España"],
     "La compañía atribuye la falla a un proveedor de nube; el servicio se restableció tras unas cuatro horas."),
    ("2026-10-22", ["Veloz Card debuta en México sin anualidad y con 3% de cashback en súper",
                    "Veloz lanza su tarjeta en México y apunta a un millón de plásticos en 2027"],
     "La tarjeta se solicita desde la app y promete respuesta en minutos."),
    ("2026-10-29", ["Profeco recibe más de 300 quejas contra Veloz en octubre"],
     "La mayoría se refieren a retrasos en entregas y reembolsos; la empresa dice que ya atendió el 70%."),
    ("2026-11-02", ["CyberMonday: Veloz ofrece 12 cuotas sin interés en electro"],
     "La plataforma participa por primera vez del evento con más de 3.000 productos."),
    ("2026-11-06", ["Veloz niega filtración de datos de clientes"],
     "La empresa asegura que la lista publicada en un foro no coincide con su base de datos."),
    ("2026-11-11", ["Veloz crece 31% en el trimestre; México sigue en pérdidas"],
     "Los ingresos de la operación mexicana se duplicaron, pero el margen aún es negativo."),
    ("2026-11-12", ["Buen Fin 2026: Veloz promete envío en 24 horas en 40 ciudades"],
     "La empresa reforzó su plantilla con 2.000 repartidores temporales."),
    ("2026-11-18", ["Veloz adelanta el Black Friday en España con descuentos de hasta el 50%"],
     "La campaña incluye devoluciones gratuitas hasta el 15 de enero."),
    ("2026-11-20", ["Repartidores de Veloz en Buenos Aires reclaman aumento de tarifas"],
     "Un grupo de trabajadores se concentró frente a las oficinas de la empresa en Palermo."),
]
