"""Third batch of hand-written pools, aimed at generalisation to independently written posts.

Why: the first model caught only 1 in 5 insults in posts written by another author. The misses
were contempt and name-calling aimed at a company *without profanity* (crooks, con artists,
"a mafia", "X = scam", "X is worthless", "rotten"), repeated boycott/attack slogans with
hashtags and sarcastic contempt. Its founded-complaint alarms also fired on `other` posts that
carry numbers: ads with fees, delivery dates and amounts, news with figures, questions quoting
an order number and "solved, thanks" updates. This file adds new sentences for exactly those
varieties. Same line format as pools_pt.py; make_seed.py appends rows drawn from these pools
(with their own random seed) after the original rows, which stay byte-identical.
Written by the project's developers (LLM-assisted); fully synthetic; brands are the invented
ones of make_seed.py.
"""

POOLS = {
    "pt": {
        "disrespectful": {
            "generic_ref_insult": """
essa operadora é uma corja, todas iguais
banco é tudo agiota legalizado, bando de sanguessugas
companhia aérea nenhuma presta, tudo uma cambada de enganadores
            """,
            "insult_staff": """
o gerente da {b} é um picareta de marca maior
os vendedores da {b} são uns enroladores sem vergonha
a diretoria da {b} é uma quadrilha organizada
            """,
            "contempt": """
{b} é uma quadrilha com CNPJ e logotipo bonito.
bank|o {b} não é banco, é uma gangue de agiotas engravatados
a {b} não presta. nunca prestou e nunca vai prestar.
{b} = golpe. Ponto final.
shop|essa {b} é um esquema de pirâmide com vitrine
{b} parece máfia: sorri na propaganda e te depena no balcão
empresa podre do dono ao estagiário. {b}
{b} é uma fraude do começo ao fim
Tô pra ver empresa mais mau-caráter que a {b}
a {b} é uma vergonha nacional, um antro de enganadores
não vale um centavo furado essa {b}
{b} é a prova de que vigarice virou modelo de negócio
tel|a {b} é uma sanguessuga que chupa o salário do povo
{b} é cúmplice de golpista, se não for o próprio golpista
health|a {b} lucra com a doença dos outros, gente sem alma
nojo dessa {b}. gente sem caráter nenhum
{b} é um lixo moral disfarçado de empresa
a {b} é uma piada de mau gosto que cobra caro
food|o {b} explora entregador e engana cliente, empresa podre
            """,
            "insult_company": """
bando de pilantras, é isso que vocês são, {b}
os trambiqueiros da {b} atacaram de novo
{b}: uma corja de estelionatários de crachá
bank|{b} e seus caloteiros de terno
cambada de vigaristas essa {b}
{b} só tem picareta, do atendente ao presidente
gentalha. a {b} inteira.
{b}, seus parasitas
vocês da {b} são uns sanguessugas sem vergonha
empresinha de malandro, {b}
ride|o {b} é um bando de salafrários
a {b} é um ninho de cobras
{b} bando de enganadores sem vergonha na cara
shop|os charlatães da {b} vendendo gato por lebre de novo
{b} é coisa de vigarista, não caiam
ladrões de colarinho branco, a diretoria inteira da {b}
{h} seus golpistas de quinta categoria
{b} uma empresa de safados, simples assim
            """,
            "short_insult": """
{b} = golpe
{b} não presta 👎
golpistas. {h}
quadrilha. {b}
{b}? pilantragem pura
{b} é podre
pilantras {h}
{b}, máfia
{b}: vigaristas
vergonha de empresa, {b}
            """,
            "boycott_slogan": """
#Boicote{b} bando de ladrões engravatados
repetindo todo dia até sumirem: {b} é golpe #Fora{b}
lembrete do dia: {b} só engana trouxa. #{b}Golpista
não comprem na {b}. trambiqueiros. #BoicoteJá
#{b}Lixo #{b}Golpista divulguem, essa empresa é uma quadrilha
mais um dia, mais um aviso: {b} não presta. RT pra alertar
{t} = pilantragem. espalhem
dia 12 de campanha: {b} continua sendo um bando de vigaristas #Fora{b}
fica a dica diária: fujam da {b}, corja de caloteiros
            """,
            "sarcasm_insult": """
parabéns {b}, campeã nacional de enganar cliente 🏆 seus picaretas
{b} é tão confiável quanto nota de três reais
que orgulho dos gênios da {b}, mestres na arte de passar a perna 👏
{b} ganhou o prêmio de melhor golpe do ano, merecido, bando de pilantras
obrigado {b} por me ensinar que malandragem tem CNPJ 🙃
{b} é tipo político: promete tudo e rouba o resto
ah, a {b}... honesta igual raposa tomando conta do galinheiro
            """,
        },
        "other": {
            "praise": """
food|pedi às {hour} e o {b} entregou em 25 minutos, quentinho. nota 10
shop|pedido {order} chegou 3 dias antes do prazo, a {b} tá de parabéns
paguei {amt} no {prod} da {b} e valeu cada centavo
tech|2 anos com o {prod} da {b} e a bateria ainda dura o dia todo
ride|corrida de {amt2} no {b} até {city}, motorista educadíssimo
bank|o {b} liberou o limite de {amt} na hora, sem burocracia
            """,
            "chatter": """
gastei {amt} no {b} esse mês só com besteira, a culpa é toda minha kkkk
shop|a entrega da {b} chega dia {date}, contando as horas pro meu {prod}
food|3 pedidos no {b} essa semana, preciso parar
air|voo {flight} da {b} pra {city} amanhã às {hour}, alguém mais?
            """,
            "ad": """
shop|Frete grátis acima de {amt} em todo o site da {b} até {date}!
food|Pedidos feitos até as {hour} chegam hoje. Taxa de entrega zero pelo app {b} 🛵
shop|Parcele seu {prod} em 10x de {amt2} sem juros na {b}. Entrega em até 2 dias úteis.
bank|Cashback de 5% em compras acima de {amt} até {date} com o cartão {b}.
shop|Devolução grátis em até 30 dias e reembolso em 48h. Compre tranquilo na {b}. {url}
air|Sem taxa de remarcação até {date}! Voos {b} para {city} a partir de {amt}.
tel|Instalação grátis e 1º mês por {amt2}. Fibra {b} chega em {city} dia {date}.
food|Cupom de {amt2} OFF no primeiro pedido, entrega em até 30 min. {b}
shop|Pedido {order}? Acompanhe a entrega em tempo real no app {b}. Novidade!
travel|Cancelamento grátis até 48h antes do check-in. Reserve no {b}: {url}
            """,
            "news": """
bank|{b} registra lucro de {amt} no trimestre e anuncia 300 vagas em {city}
tel|{b} vai reajustar os planos em 8% a partir de {date}, informa a empresa
air|{b} retoma voos entre {city} e Lisboa em {date}; passagens a partir de {amt}
shop|Ações da {b} sobem 6% após resultado; vendas online crescem 22% no ano
tech|{b} faz recall de 20 mil unidades do {prod} por risco na bateria; troca é gratuita
food|{b} amplia entrega para 40 cidades e reduz taxa mínima para {amt2}
util|Conta de luz da {b} terá bandeira verde em {date}, sem cobrança extra
ride|{b} anuncia aumento de 10% no repasse aos motoristas a partir de {date}
Procon de {city} divulga ranking de reclamações do mês; {b} aparece em 5º lugar
            """,
            "question": """
{h} meu pedido {order} ainda tá no prazo né? a previsão é {date}
{h} posso retirar o pedido {order} na loja de {city} em vez de receber em casa?
{h} quanto tempo leva o estorno quando a gente cancela dentro dos 7 dias?
shop|dá pra mudar o endereço de entrega do pedido {order} antes de sair? {b}
bank|{h} o limite do cartão volta na hora depois que pago a fatura de {amt}?
air|{h} a bagagem de 23kg tá inclusa no voo {flight} de {date}? quero me programar
food|qual a taxa de entrega do {b} pra {city}? vi {amt2} mas não sei se é fixo
tel|{h} o plano de {amt2} tem fidelidade? quero assinar dia {date}
            """,
            "resolved_thanks": """
{h} pedido {order} chegou hoje certinho, obrigado pelo acompanhamento!
o estorno de {amt} caiu hoje, valeu {b} 🙏
resolvido! a {b} trocou o {prod} em 2 dias, atendimento nota 10
Atualizando: o protocolo {proto} foi resolvido, obrigada {b}
tel|técnico da {b} veio dia {date} e a internet voltou. agradeço a agilidade
air|a {b} remarcou meu voo sem custo, problema resolvido. obrigado {name}!
            """,
            "polite_baseless": """
vi uma matéria dizendo que a {b} cobra taxa escondida. alguém sabe se é verdade?
li que a {b} tá sendo investigada, mas não achei fonte oficial. alguém tem?
bank|um amigo disse que o {b} repassa dados pra terceiros. procede?
food|será que o {b} repassa a taxa de entrega inteira pro entregador? fiquei na dúvida
            """,
            "vague_baseless": """
sei lá, não confio muito na {b}
a {b} já foi melhor, hoje tá bem mais ou menos
prefiro a {b2} à {b}, questão de gosto
            """,
        },
    },
    "es": {
        "disrespectful": {
            "contempt": """
{b} es una mafia con página web
bank|{b} no es un banco, es una banda de usureros de traje
{b} es basura con publicidad cara
{b} = estafa. Punto.
shop|{b} es una pirámide con vitrina bonita
empresa podrida de arriba abajo. {b}
{b} es un fraude de principio a fin
no vale ni un peso partido por la mitad, {b}
{b} es la prueba de que el timo es un modelo de negocio
tel|{b} es una sanguijuela que te chupa el sueldo
me da asco {b}, gente sin moral
{b} es un chiste de mal gusto que cobra caro
health|{b} lucra con la enfermedad ajena, gente sin alma
food|{b} explota repartidores y engaña clientes, empresa podrida
            """,
            "insult_company": """
{b} es una empresa de rateros. Así como lo oyen.
bola de rateros, {b}
manga de chantas, eso son en {b}
arg|{b}, banda de chorros de cuello blanco
esp|{b} sois unos sinvergüenzas y unos timadores
los estafadores de {b} vuelven a las andadas
{b}: una cueva de ladrones con logo
mx|puro transa en {b}, desde el cajero hasta el director
{h} son unos vividores
{b} nido de víboras
col|{b} es una empresa de avivatos
{b} un hatajo de estafadores con corbata
los charlatanes de {b} ya no saben qué inventar
{b}, pandilla de embusteros
            """,
            "short_insult": """
{b} = estafa
{b} no sirve 👎
estafadores. {h}
{b}? mafia
{b} basura
rateros {h}
{b}, timadores
{b} apesta
vergüenza de empresa, {b}
            """,
            "boycott_slogan": """
#Boicot{b} banda de ladrones de traje
lo repito cada día: {b} es una estafa #Fuera{b}
recordatorio diario: {b} solo engaña a los giles. #{b}Estafa
no compren en {b}. rateros. #BoicotYa
#{b}Estafadores difundan, esta empresa es una mafia
otro día, otro aviso: {b} no sirve para nada. RT
{t} = estafa. compártanlo
            """,
            "sarcasm_insult": """
felicidades {b}, campeones en estafar clientes 🏆 sinvergüenzas
{b} es tan confiable como un billete de tres pesos
qué orgullo los genios de {b}, maestros del timo 👏
gracias {b} por enseñarme que el robo tiene razón social 🙃
{b} es como un político: promete todo y se roba el resto
            """,
        },
        "other": {
            "praise": """
food|pedí a las {hour} y {b} llegó en 25 minutos, calientito. un diez
shop|el pedido {order} llegó 3 días antes, bien ahí {b}
pagué {amt} por el {prod} de {b} y valió cada peso
ride|viaje de {amt2} con {b} hasta {city}, el conductor un amor
            """,
            "chatter": """
gasté {amt} en {b} este mes en puras tonterías, culpa mía jaja
shop|el envío de {b} llega el {date}, contando las horas por mi {prod}
air|vuelo {flight} de {b} a {city} mañana a las {hour}, ¿alguien más?
            """,
            "ad": """
shop|¡Envío gratis en compras desde {amt} en {b} hasta el {date}!
food|Pide antes de las {hour} y llega hoy. Costo de envío $0 con la app {b} 🛵
shop|Lleva tu {prod} a 12 meses sin intereses de {amt2} en {b}. Entrega en 48 h.
bank|5% de reembolso en compras mayores a {amt} hasta el {date} con tu tarjeta {b}.
shop|Devoluciones gratis por 30 días y reembolso en 48 h. Compra tranquilo en {b}. {url}
air|¡Sin cargo por cambio hasta el {date}! Vuelos {b} a {city} desde {amt}.
tel|Instalación gratis y primer mes a {amt2}. Fibra {b} llega a {city} el {date}.
travel|Cancelación gratis hasta 48 h antes. Reserva en {b}: {url}
            """,
            "news": """
bank|{b} reporta ganancias de {amt} en el trimestre y abrirá 300 vacantes en {city}
tel|{b} subirá sus tarifas un 8% a partir del {date}
air|{b} retoma la ruta {city}-Miami el {date}; boletos desde {amt}
shop|Acciones de {b} suben 6% tras su informe; ventas en línea crecen 22%
tech|{b} retira 20 mil unidades del {prod} por riesgo en la batería; el cambio es gratuito
food|{b} llega a 40 ciudades y baja el pedido mínimo a {amt2}
ride|{b} anuncia aumento del 10% para conductores desde el {date}
            """,
            "question": """
{h} mi pedido {order} sigue en plazo, ¿no? dice que llega el {date}
{h} ¿puedo recoger el pedido {order} en la tienda de {city}?
{h} ¿cuánto tarda el reembolso si cancelo dentro de los 10 días?
shop|¿se puede cambiar la dirección del pedido {order} antes del envío? {b}
air|{h} ¿el vuelo {flight} del {date} incluye maleta de 23 kg?
food|¿cuánto cobra {b} de envío a {city}? vi {amt2} pero no sé si es fijo
            """,
            "resolved_thanks": """
{h} el pedido {order} llegó hoy perfecto, gracias por el seguimiento
ya me devolvieron los {amt}, gracias {b} 🙏
resuelto: {b} me cambió el {prod} en 2 días, atención de diez
actualizo: el ticket {proto} quedó resuelto, gracias {b}
tel|vino el técnico de {b} el {date} y volvió el internet, gracias por la rapidez
            """,
            "polite_baseless": """
leí que {b} cobra comisiones ocultas, ¿alguien sabe si es cierto?
dicen que investigan a {b} pero no encuentro fuente oficial, ¿alguien tiene?
bank|un amigo dice que {b} vende datos a terceros, ¿será verdad?
            """,
            "vague_baseless": """
no sé, {b} no me da mucha confianza
{b} ya fue mejor, ahora está más o menos
            """,
        },
    },
    "en": {
        "disrespectful": {
            "contempt": """
{b} is a racket with a logo
bank|{b} isn't a bank, it's a loan shark in a suit
{b} is worthless, always has been
{b} = scam. that's it, that's the post.
{b} is basically a pyramid scheme with a help desk
rotten company top to bottom. {b}
{b} is a fraud from start to finish
{b} proves that grifting is a business model now
tel|{b} is a leech that feeds on people's paychecks
{b} makes me sick, zero integrity
{b} is a bad joke with a premium price tag
health|{b} profits off sick people, soulless ghouls
food|{b} exploits drivers and cons customers, rotten outfit
{b} is the mafia with better marketing
            """,
            "insult_company": """
{b} is run by a bunch of crooks
bunch of con artists over at {b}
the swindlers at {b} are at it again
{b}: a den of thieves with a customer service line
{b} and its clowns in suits
{h} you're a pack of grifters
{b}, you shameless bloodsuckers
{b} is a nest of snakes
uk|{b} are a bunch of cowboys and chancers
shysters, the whole lot of them at {b}
{b} charlatans selling snake oil again
{b} = a gang of hustlers
            """,
            "short_insult": """
{b} = scam
{b} is worthless 👎
scammers. {h}
{b}? crooks
grifters {h}
{b} is rotten
clowns. {b}
{b}, frauds
            """,
            "boycott_slogan": """
#Boycott{b} bunch of crooks in suits
daily reminder: {b} is a scam #{b}Scam
saying it every day until they're gone: {b} rips people off #Dump{b}
don't buy from {b}. crooks. #BoycottNow
#{b}Fraud spread the word, this company is a racket
another day, another warning: {b} is garbage. RT
{t} = scam. share it
            """,
            "sarcasm_insult": """
congrats {b}, world champions of ripping people off 🏆 you frauds
{b} is about as trustworthy as a three dollar bill
so proud of the geniuses at {b}, masters of the con 👏
thanks {b} for teaching me theft can be incorporated 🙃
{b} is like a politician: promises everything and steals the rest
            """,
        },
        "other": {
            "praise": """
food|ordered at {hour} and {b} delivered in 25 minutes, still hot. 10/10
shop|order {order} showed up 3 days early, nice one {b}
paid {amt} for the {prod} from {b} and it was worth every penny
ride|{amt2} {b} ride to {city}, driver was lovely
            """,
            "chatter": """
spent {amt} on {b} this month on snacks alone, that's on me lol
shop|{b} delivery lands on {date}, counting the hours till my {prod} arrives
air|{b} flight {flight} to {city} tomorrow at {hour}, anyone else?
            """,
            "ad": """
shop|Free shipping on orders over {amt} at {b} until {date}!
food|Order before {hour} and get it today. $0 delivery fee in the {b} app 🛵
shop|Get your {prod} for 12 payments of {amt2} at {b}. Delivered in 2 business days.
bank|5% cashback on purchases over {amt} through {date} with your {b} card.
shop|Free returns for 30 days, refunds in 48 hours. Shop worry-free at {b}. {url}
air|No change fees until {date}! {b} flights to {city} from {amt}.
tel|Free installation and first month for {amt2}. {b} fiber arrives in {city} on {date}.
travel|Free cancellation up to 48h before check-in. Book with {b}: {url}
            """,
            "news": """
bank|{b} posts {amt} quarterly profit, plans 300 new jobs in {city}
tel|{b} to raise prices 8% starting {date}
air|{b} resumes {city}-London route on {date}; fares from {amt}
shop|{b} shares up 6% after earnings; online sales grow 22%
tech|{b} recalls 20,000 {prod} units over battery risk; replacements are free
food|{b} expands to 40 cities and lowers minimum order to {amt2}
ride|{b} announces 10% pay raise for drivers from {date}
            """,
            "question": """
{h} my order {order} is still on schedule right? it says arriving {date}
{h} can I pick up order {order} at the {city} store instead?
{h} how long does a refund take if I cancel within 14 days?
shop|can I change the delivery address for order {order} before it ships? {b}
air|{h} does flight {flight} on {date} include a checked bag?
food|how much does {b} charge for delivery to {city}? saw {amt2} but not sure if that's fixed
            """,
            "resolved_thanks": """
{h} order {order} arrived today, all good, thanks for the updates!
got my {amt} refund today, thanks {b} 🙏
sorted! {b} swapped my {prod} in 2 days, great service
update: ticket {proto} is resolved, thank you {b}
tel|{b} tech came on {date} and the internet is back, thanks for the quick fix
            """,
            "polite_baseless": """
read an article saying {b} has hidden fees, does anyone know if that's true?
heard {b} is under investigation but can't find an official source, anyone?
bank|a friend says {b} sells customer data to third parties, is that right?
            """,
            "vague_baseless": """
idk, I just don't really trust {b}
{b} used to be better, it's just ok now
            """,
        },
    },
}
