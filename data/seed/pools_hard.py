"""Fourth batch of hand-written pools: hard negatives with numbers, and Spanish contempt.

Why: model 20261123-130154 still called many `other` posts with digits and order/delivery words
founded complaints on independently written posts (ads with fees, news with figures, happy
delivery stories, questions quoting order numbers, "resolved, thanks" updates), and it missed
more than half of the Spanish contempt (Mexico, Argentina, Spain) while one ambiguous Spanish word
("chorro": a stream / "a lot" outside Argentina) produced false insults. This file adds new
sentences for those varieties, plus founded complaints that name an explicit failure ("no llegó",
"cobrado dos veces"), so the model learns the failure and not the mere order number. Same line
format as pools_pt.py; make_seed.py appends rows drawn from these pools (own random seed) after
all earlier rows, which stay byte-identical. Written by the project's developers (LLM-assisted);
fully synthetic; brands are the invented ones of make_seed.py.
"""

POOLS = {
    "pt": {
        "other": {
            "praise": """
shop|pedido {order} chegou hoje cedinho, tudo lacrado e certinho. nota 10 {b}
food|pedi às {hour} e às {hour} já tava aqui, {b} voando baixo
comprei o {prod} por {amt} na {b} e chegou em 2 dias, tô impressionada
shop|3 pedidos na {b} esse mês e os 3 chegaram antes do prazo 👏
meu {prod} chegou dia {date} como prometido, embalagem caprichada
ride|corrida de {amt2} com {b} até {city} e o motorista ainda ofereceu água
            """,
            "chatter": """
acabei de gastar {amt} na {b} e nem precisava de nada kkkk
shop|rastreando o pedido {order} de 5 em 5 minutos igual criança esperando o natal
food|segunda vez na semana pedindo {b}, {amt2} de lanche, a dieta que espere
minha mãe fez o primeiro pedido online sozinha na {b} e tá se achando
2 anos de cliente {b} hoje, nem vi passar
shop|chegou a caixa da {b}, agora é montar o {prod} sem manual kkk
            """,
            "ad": """
shop|Frete grátis acima de {amt} na {b} até {date}. Corre! {url}
food|Cupom PRIMEIRA20: 20% off no primeiro pedido {b} 🍔
bank|Cartão {b} sem anuidade e {amt2} de cashback no primeiro mês. Peça já.
tel|Fibra 500 mega por {amt2}/mês. {b} chegou em {city}! {url}
shop|Black Friday {b}: {prod} de {amt} por 10x sem juros. Entrega em 24h.
travel|Reserve até {date} e ganhe 15% de desconto na {b}. Cancelamento grátis.
air|Passagens {b} para {city} a partir de {amt2}. Promoção válida até {date}.
            """,
            "news": """
bank|{b} registra lucro de {amt} no trimestre, alta de 12% sobre o ano anterior
shop|{b} abre centro de distribuição em {city} e promete entregas em 1 dia
tel|Anatel: {b} lidera ranking de velocidade em {city} pelo 3º mês
food|{b} anuncia 2 mil novas vagas para entregadores até {date}
air|{b} terá 40 voos extras para {city} no feriado de {date}
tech|{b} lança {prod} por {amt} com entrega a partir de {date}
util|{b} reajusta tarifa em 6,5% a partir de {date}, diz agência
            """,
            "question": """
{h} alguém sabe se o pedido {order} pode ser retirado na loja de {city}?
{h} o prazo do pedido {order} é até {date}, certo? só pra confirmar
quanto tempo a {b} leva pra aprovar o estorno quando a gente desiste da compra?
shop|{h} dá pra trocar o tamanho antes de despachar o pedido {order}?
bank|{h} o limite de {amt} do cartão vale pra compra internacional?
food|qual o valor mínimo de pedido na {b} em {city}? alguém sabe?
            """,
            "resolved_thanks": """
atualizando: o estorno de {amt} caiu hoje, obrigado {b} pela agilidade
{h} protocolo {proto} resolvido, valeu pelo retorno rápido
shop|o pedido {order} que tava atrasado chegou agora, tudo certo, obrigada
{b} trocou meu {prod} em 3 dias sem burocracia, recomendo
tel|técnico da {b} veio dia {date} e resolveu em 20 min, sinal perfeito
            """,
            "casual_profanity": """
caralho que promoção boa da {b}, {prod} por {amt}
puta que pariu, chegou em 1 dia o pedido da {b} 😂
            """,
        },
        "founded_complaint": {
            "short_founded": """
shop|pedido {order} não chegou e já passou do prazo de {date}. {h}
fui cobrado duas vezes pelo mesmo pedido, {amt} cada. {b} cadê meu estorno?
{h} paguei {amt} e até hoje nada do produto, pedido {order}
bank|{b} debitou {amt} que eu não reconheço e ninguém resolve, protocolo {proto}
tel|{dur} sem internet e a {b} segue cobrando a fatura inteira
food|pedido {order} marcado como entregue mas nunca chegou. {b}
            """,
        },
        "disrespectful": {
            "insult_company": """
{b} é uma gangue de golpistas com CNPJ, vergonha
cambada de ladrões essa {b}, roubam na cara dura
bando de amadores essa {b}, um circo completo
{b} é gentinha, do primeiro ao último
a {b} só tem mané trabalhando, impressionante
que gente mais sem noção a da {b}, ridículos
{b} é uma escória, zero respeito por quem paga
bank|agiotas de gravata, é isso que a {b} é
vocês da {b} são uma vergonha ambulante
            """,
            "contempt": """
{b} tem que falir, e vai tarde
torço todo dia pra {b} fechar as portas
que empresa ridícula essa {b}, dá vergonha alheia
{b} é uma empresa chinfrim que se acha grande coisa
a {b} é o câncer do mercado brasileiro
ninguém aguenta mais essa {b} nojenta
{b} desprezível, tratam cliente como gado
{b} é um lixo de empresa com gente lixo dentro
morra {b}, morra
empresinha de fundo de quintal essa {b}
            """,
            "short_insult": """
{b} ridícula
{b} = piada pronta
chupa {b}
{b} escória
{b} amadores
            """,
            "insult_staff": """
o atendente da {b} é um mané arrogante
a gerente da {b} é uma grossa sem educação, gentinha
os caras do suporte da {b} são uns zé ruela
            """,
        },
    },
    "es": {
        "other": {
            "praise": """
shop|el pedido {order} llegó hoy temprano y bien empacado, diez puntos {b}
food|pedí a las {hour} y en 20 minutos ya estaba en mi puerta, {b} un crack
compré el {prod} a {amt} en {b} y llegó en dos días, re conforme
ride|viaje de {amt2} con {b} hasta {city}, el chofer súper amable
me llegó el reembolso de {amt} en 48 horas, así da gusto {b}
shop|tercer pedido en {b} este mes y todos llegaron antes, qué maravilla
            """,
            "chatter": """
esta quincena le dejé {amt} a {b} y ni me arrepiento jaja
shop|viendo el seguimiento del pedido {order} cada cinco minutos como loca
food|pedí {b} otra vez, {amt2} de tacos, la dieta el lunes
un chorro de ofertas en {b} hoy, voy a vaciar la cartera jaja
mi abuela hizo su primera compra en línea en {b} y está orgullosísima
qué chingón me quedó el {prod} que compré en {b}, valió la pena
            """,
            "ad": """
shop|Envío gratis desde {amt} en {b}, solo hasta el {date}. {url}
food|Cupón HOLA15: 15% de descuento en tu primer pedido {b} 🌮
bank|Tarjeta {b} sin anualidad y {amt2} de bonificación en tu primera compra
tel|Fibra 300 megas a {amt2} al mes. {b} ya llegó a {city}
shop|Hot Sale {b}: {prod} a 18 meses sin intereses, entrega en 24 h
air|Vuelos {b} a {city} desde {amt2}. Compra antes del {date}
            """,
            "news": """
bank|{b} gana {amt} en el trimestre, un 9% más que el año pasado
shop|{b} abre un centro logístico en {city} y promete entregas en el día
tel|{b} encabeza el ranking de velocidad móvil en {city} por tercer mes
food|{b} contratará 1.500 repartidores antes del {date}
tech|{b} presenta el {prod} a {amt}; las entregas empiezan el {date}
util|{b} subirá la tarifa un 4% desde el {date}, informó el regulador
air|{b} suma 30 vuelos a {city} por el puente del {date}
            """,
            "question": """
{h} ¿el pedido {order} se puede recoger en la sucursal de {city}?
{h} mi pedido {order} dice entrega el {date}, ¿sigue en tiempo, verdad?
¿cuánto tarda {b} en devolver el dinero si cancelo antes del envío?
bank|{h} ¿el límite de {amt} sirve para compras en el extranjero?
food|¿cuál es el pedido mínimo de {b} en {city}? alguien sabe
            """,
            "resolved_thanks": """
actualizo: ya me devolvieron los {amt}, gracias {b} por la rapidez
{h} caso {proto} resuelto, gracias por responder tan rápido
shop|el pedido {order} que venía atrasado llegó hoy, todo bien, gracias
{b} me cambió el {prod} en tres días sin vueltas, lo recomiendo
tel|vino el técnico de {b} el {date} y quedó todo funcionando, gracias
            """,
            "casual_profanity": """
no mames, qué ofertón tiene {b} hoy, el {prod} a {amt}
joder, el pedido de {b} llegó en un día, flipando
qué boludo soy, pedí dos veces lo mismo en {b} jaja, culpa mía
la serie nueva de {b} está de puta madre, la vi en una noche
            """,
            "sarcasm_praise": """
mi primo dice que los de {b} son unos genios del marketing, y tiene razón
            """,
        },
        "founded_complaint": {
            "short_founded": """
shop|el pedido {order} no llegó y ya pasó la fecha del {date}. {h}
me cobraron dos veces el mismo pedido, {amt} cada uno. {b} ¿y el reembolso?
{h} pagué {amt} y todavía no recibo nada, pedido {order}
bank|{b} me hizo un cargo de {amt} que no reconozco y nadie responde, reclamo {proto}
tel|llevo {dur} sin internet y {b} me sigue cobrando la factura completa
food|el pedido {order} figura como entregado pero nunca llegó. {b}
            """,
        },
        "disrespectful": {
            "insult_company": """
mx|{b} son una bola de rateros, nomás saben robar
mx|pinches rateros de {b}, ojalá quiebren
mx|{b} es una empresa de ratas, de arriba a abajo
mx|los de {b} son unos gandallas sin vergüenza
mx|bola de ineptos los de {b}, no sirven ni para contestar
arg|{b} son una manga de chorros, todos
arg|manga de inútiles en {b}, no dan una
arg|los de {b} son unos caraduras, chantas profesionales
arg|{b}, banda de garcas. así de simple
arg|atención de {b} atendida por nabos, una vergüenza
esp|{b} es una panda de sinvergüenzas y chorizos
esp|los de {b} son unos cantamañanas, jeta tienen
esp|menuda panda de mangantes en {b}
esp|{b}, sois unos impresentables y unos caraduras
{b} es una cueva de ladrones con logo bonito
{b} son unos vividores que se aprovechan de la gente
gente sin escrúpulos la de {b}, unos buitres
            """,
            "contempt": """
{b} da asco, empresa de cuarta con gente de cuarta
{b} es una estafa con patas
mx|{b} vale pura madre, empresa de quinta
arg|{b} es un cáncer, la peor lacra del país
esp|{b} es una vergüenza, una empresa de chichinabo
{b} no merece ni un cliente, ojalá se hunda
qué asco de empresa {b}, dan lástima
{b} es la escoria del mercado
            """,
            "short_insult": """
{b} ratas
rateros {b}
arg|{b} chorros
{b} sinvergüenzas
mx|{b} culeros
esp|{b} mangantes
            """,
            "insult_staff": """
el gerente de {b} es un patán y un mentiroso
mx|la cajera de {b} es una naca maleducada
arg|el vendedor de {b} es un chanta y un garca
esp|el encargado de {b} es un gilipollas de manual
            """,
        },
    },
    "en": {
        "other": {
            "praise": """
shop|order {order} showed up this morning, well packed, 10/10 {b}
food|ordered at {hour} and it was at my door in 20 min, {b} never misses
got my {prod} from {b} for {amt}, arrived in 2 days, super happy
ride|{amt2} ride with {b} to {city} and the driver was lovely
refund of {amt} landed in 48 hours, that's how it's done {b}
shop|3 orders from {b} this month and all came early 👏
            """,
            "chatter": """
spent {amt} at {b} this month on absolutely nothing lol
shop|refreshing the tracking for order {order} every 5 minutes like a kid on xmas eve
food|{b} again tonight, {amt2} of wings, diet starts monday
my dad placed his first online order with {b} and is very proud of himself
shop|the {b} box arrived, now assembling the {prod} without instructions
            """,
            "ad": """
shop|Free shipping on orders over {amt} at {b} through {date}. {url}
food|Use code HELLO20 for 20% off your first {b} order 🍕
bank|No annual fee and {amt2} cash back on your first purchase with the {b} card
tel|Gig fiber for {amt2}/mo. {b} is now in {city}
shop|{b} Black Friday: {prod} for {amt}, next-day delivery
air|{b} flights to {city} from {amt2}. Book by {date}
            """,
            "news": """
bank|{b} posts {amt} quarterly profit, up 11% year on year
shop|{b} opens a fulfillment center in {city}, promises same-day delivery
food|{b} to hire 2,000 couriers before {date}
tech|{b} unveils {prod} at {amt}; shipping starts {date}
util|{b} raising rates 5% from {date}, regulator says
air|{b} adds 25 flights to {city} for the holiday weekend
            """,
            "question": """
{h} can order {order} be picked up at the {city} store?
{h} order {order} says delivery by {date}, still on track right?
how long does {b} take to refund if you cancel before it ships?
bank|{h} does the {amt} limit work for purchases abroad?
food|what's the minimum order for {b} in {city}? anyone know
            """,
            "resolved_thanks": """
update: the {amt} refund came through today, thanks {b}
{h} ticket {proto} sorted, thanks for the quick reply
shop|the late order {order} just arrived, all good, thank you
{b} swapped my {prod} in 3 days no questions asked, recommend
tel|{b} tech came on {date} and fixed it in 20 min, signal perfect now
            """,
        },
        "founded_complaint": {
            "short_founded": """
shop|order {order} never arrived and it's past the {date} delivery date. {h}
charged twice for the same order, {amt} each. {b} where's my refund?
{h} paid {amt} and still nothing, order {order}
bank|{b} took {amt} I don't recognise and nobody answers, case {proto}
tel|{dur} without internet and {b} still bills the full amount
food|order {order} marked delivered but it never came. {b}
            """,
        },
        "disrespectful": {
            "insult_company": """
{b} is run by a pack of thieves, shameless
bunch of liars and crooks at {b}
            """,
        },
    },
}
