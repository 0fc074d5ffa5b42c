"""Extra hand-written pools, deliberately NOT parallel across languages.

Covers generic references to companies ("o banco", "la aerolínea", "my ISP"),
code-switching, mixed cases (praise for one brand + insult for another),
more hard negatives (news and ads sharing words with complaints) and more
wording variety. Same line format as pools_pt.py. Kinds may repeat kinds of
the main pools; their templates are added to the same kind.
Written by the project's developers (LLM-assisted); fully synthetic.
"""

POOLS = {
    "pt": {
        "other": {
            "generic_ref_neutral": """
meu banco mudou o app de novo, agora o pix fica em outro lugar, vou demorar pra acostumar
alguém sabe se operadora pode cobrar pra trocar o chip? pergunta genuína
a companhia aérea me mandou e-mail dizendo que o voo mudou de horário, só 10 min, tranquilo
o app de delivery tá com cupom de frete grátis hoje, aproveitem
minha operadora liberou o 5G aqui no bairro, vamos ver se presta
o banco ligou pra confirmar uma compra minha, achei ótimo esse cuidado
a loja mandou um brinde junto com o pedido, que fofos
a distribuidora de energia vai fazer manutenção programada domingo, fiquem atentos
alguém mais recebeu SMS do banco sobre atualização de cadastro? é golpe né?
meu plano de saúde agora tem teleconsulta, testei hoje e foi de boa
tô pensando em trocar de banco, aceito sugestões sem treta
a fabricante do meu notebook lançou atualização de BIOS, vale instalar?
            """,
            "news": """
Senacon instaura processo contra {b} por propaganda enganosa; empresa diz que vai recorrer.
bank|Banco Central decreta intervenção em instituição parceira do {b}; clientes do {b} não são afetados.
tel|Pesquisa: {b} tem a internet móvel mais rápida do país pelo segundo ano seguido.
air|Passageiro é retirado de voo da {b} após agredir comissária; companhia repudia.
food|Entregadores marcam paralisação nacional contra apps como {b} e {b2}.
shop|Loja da {b} em {city} é assaltada durante a madrugada; ninguém ficou ferido.
Consumidor ganha na Justiça direito a indenização de {amt} após ser chamado de "caloteiro" por cobrança da {b}.
tech|{b} anuncia fim do suporte a modelos antigos de {prod}.
            """,
            "ad": """
bank|Chega de dor de cabeça com boleto! No {b} tudo é no débito automático. #semestresse
tel|Sem fidelidade, sem pegadinha, sem enrolação. {b}.
food|Fome de quê? Abre o {b} que a gente resolve 😋
shop|ÚLTIMAS HORAS!!! Tudo com até 80% OFF na {b}. Não vai ficar de fora, né? {url}
bank|Seu dinheiro parado é dinheiro perdido. Invista com o {b} a partir de R$ 1.
air|Bagagem grátis nas rotas nacionais da {b} até o fim do mês. Bora viajar?
            """,
            "question": """
bank|gente, o {b} cobra IOF em compra internacional no débito também?
tel|{h} vcs têm cobertura na zona rural de {city}?
food|{h} o cupom de primeira compra vale pra mercado também?
alguém sabe o horário de atendimento do SAC da {b} no sábado?
tech|meu {prod} da {b} chegou hoje, alguém tem dica de configuração?
util|{h} a tarifa social vale pra quem recebe bolsa família?
            """,
            "slang_praise": """
air|gente a {b} tá de parabéns, que voo tranquilo da porra
food|o entregador do {b} é brabo demais, chegou antes do tempo estimado kkkkk
tech|o {prod} da {b} é bom pra caralho, melhor compra do ano
bank|o app do {b} é muito foda, resolvo tudo em 2 min
            """,
            "mixed_ok": """
shop|a {b} atrasou uns dias mas mandou mensagem avisando e chegou certinho, de boa
air|voo atrasou 20 min por causa da chuva mas a tripulação da {b} foi super transparente
bank|o app do {b} caiu rapidinho ontem mas já voltou, acontece
food|veio sem guardanapo mas a comida do {b} tava uma delícia, relevo
            """,
            "chatter": """
kkkkkk o story da {b} hoje foi muito engraçado
tel|minha vó descobriu que o plano da {b} tem WhatsApp ilimitado e agora manda áudio de 5 min
bank|dia de pagamento e o {b} já levou tudo no débito automático, vida de adulto
ride|o {b} me deixou na porta do show, agora é só alegria 🎶
            """,
        },
        "founded_complaint": {
            "generic_ref_founded": """
meu banco me cobrou {amt} de "cesta de serviços" que eu nunca contratei
a operadora cortou minha linha mesmo com a fatura paga em {date}
a companhia aérea extraviou minha mala no voo pra {city} e já faz {dur}
o app de delivery cobrou {amt} e cancelou o pedido, e o estorno não aparece
a loja vendeu um {prod} com defeito e se recusa a trocar, comprei em {date}
a distribuidora de luz deixou a rua toda sem energia por {wait} ontem e não deu satisfação
meu plano de saúde negou o reembolso de uma consulta de {amt} que está no contrato
            """,
            "angry_founded": """
shop|olha o que a {b} me entregou: um {prod} com a caixa toda rasgada e faltando peça. pedido {order}
bank|{h} bloquearam meu cartão 3x essa semana por "segurança" e eu não consigo nem pagar o mercado
tel|internet caindo toda vez que chove, já são {dur} assim, {h}
air|{h} trocaram meu assento na janela pago ({amt}) por um no meio sem devolver nada
food|{h} entregador marcou como entregue e foi embora com meu pedido, tá no GPS
            """,
            "profanity_emphasis_founded": """
strm|puta que pariu, {dur} tentando cancelar a assinatura da {b} e o botão simplesmente não existe
bank|caralho, o {b} aprovou uma compra de {amt} em outro estado com meu cartão bloqueado
air|porra {h}, overbooking de novo, fiquei fora do voo {flight} mesmo com check-in feito
            """,
            "mixed_praise_complaint": """
food|amo o {b} mas é a terceira vez que meu pedido vem sem o refrigerante, {h}
bank|gosto muito do {b}, mas me cobraram {amt} de tarifa e ninguém explica o motivo
tel|{b} sempre foi ótima, mas desde {date} a internet não passa de 10 mega
            """,
        },
        "disrespectful": {
            "generic_ref_insult": """
meu banco é uma quadrilha de ladrões engravatados
essa operadora de merda devia ser fechada, bando de vagabundos
companhia aérea lixo, espero que vá à falência
esse app de delivery é coisa de bandido, bando de safados
a loja é um lixo e os vendedores uns imbecis
            """,
            "mixed_praise_insult": """
food|{b} é top, diferente do {b2} que é um lixo de empresa
bank|troquei o {b2} pelo {b}, finalmente saí daquela quadrilha de ladrões
tel|{b} funciona, já a {b2} é uma bosta completa
            """,
            "insult_company": """
{h} vocês são uma vergonha, um bando de energúmenos
tech|{b} e seus fanboys podem ir todos pra puta que pariu
{b} é o câncer do mercado brasileiro
            """,
            "short_insult": """
{b} lixo kkkkkkk
pqp {b} que empresa de bosta
{b} vsf
{h} vtnc
            """,
        },
    },
    "es": {
        "other": {
            "generic_ref_neutral": """
mi banco cambió la app otra vez, ahora las transferencias están en otro menú, me va a costar acostumbrarme
¿alguien sabe si la compañía de cable puede cobrar por cambiar el decodificador? pregunta en serio
la aerolínea me mandó un correo diciendo que el vuelo cambió de horario, solo 10 minutos, tranqui
la app de delivery tiene envío gratis hoy, aprovechen
mi compañía de celular activó el 5G en el barrio, a ver qué tal
el banco me llamó para confirmar una compra, me gustó el detalle
la tienda me mandó un regalito con el pedido, qué lindos
la compañía de luz hará mantenimiento programado el domingo, atentos
¿a alguien más le llegó un SMS del banco pidiendo actualizar datos? es estafa, ¿no?
mi seguro médico ahora tiene teleconsulta, la probé hoy y todo bien
estoy pensando en cambiarme de banco, acepto sugerencias sin drama
            """,
            "news": """
esp|Consumo abre expediente a {b} por publicidad engañosa; la empresa recurrirá.
air|Desalojan a un pasajero de un vuelo de {b} tras agredir a una azafata; la aerolínea lo condena.
food|Repartidores convocan paro nacional contra apps como {b} y {b2}.
shop|Asaltan una tienda de {b} en {city} de madrugada; no hubo heridos.
Un consumidor gana juicio a {b} tras ser llamado "moroso" por error en una cobranza.
tech|{b} anuncia el fin del soporte para modelos antiguos de {prod}.
arg,bank|El Banco Central sanciona a {b} por demoras en transferencias; el banco apelará.
            """,
            "ad": """
bank|¡Adiós a las filas y al papeleo! Todo desde la app de {b}. #sinestres
tel|Sin permanencia, sin trampas, sin vueltas. {b}.
food|¿Antojo? Abre {b} y nosotros nos encargamos 😋
shop|¡¡¡ÚLTIMAS HORAS!!! Todo hasta 80% en {b}. ¿Te lo vas a perder? {url}
air|Equipaje gratis en rutas nacionales de {b} hasta fin de mes. ¿Nos vamos?
mx,bank|Tu dinero guardado bajo el colchón no crece. Invierte con {b} desde $10.
            """,
            "question": """
bank|¿{b} cobra comisión por compras en el extranjero con débito?
tel|{h} ¿tienen cobertura en la zona rural de {city}?
food|{h} ¿el cupón de primera compra sirve para súper también?
¿alguien sabe el horario de atención de {b} los sábados?
tech|me llegó hoy el {prod} de {b}, ¿tips para configurarlo?
esp,shop|¿sabéis si {b} abre el domingo en {city}?
            """,
            "slang_praise": """
arg,air|che, {b} un diez, qué vuelo tranquilo boludo
mx,food|el repartidor de {b} está bien perrón, llegó antes de lo que decía la app jajaja
esp,tech|el {prod} de {b} es una puta pasada, mejor compra del año
col,bank|la app de {b} es una chimba, resuelvo todo en 2 minutos
            """,
            "mixed_ok": """
shop|{b} se atrasó unos días pero avisó y llegó perfecto, todo bien
air|el vuelo se retrasó 20 min por la lluvia pero la tripulación de {b} fue súper clara
bank|la app de {b} se cayó un ratito ayer pero ya volvió, pasa
food|vino sin servilletas pero la comida de {b} estaba riquísima, se lo perdono
            """,
            "chatter": """
jajajaja la historia de {b} hoy estuvo buenísima
tel|mi abuela descubrió que el plan de {b} tiene WhatsApp ilimitado y ahora manda audios de 5 minutos
bank|día de pago y {b} ya se llevó todo en débitos automáticos, la vida adulta
ride|{b} me dejó en la puerta del concierto, ahora a disfrutar 🎶
            """,
        },
        "founded_complaint": {
            "generic_ref_founded": """
mi banco me cobró {amt} de "mantenimiento de cuenta" que nunca contraté
la compañía de cable me cortó el servicio aunque pagué el {date}
la aerolínea perdió mi maleta en el vuelo a {city} y ya van {dur}
la app de delivery me cobró {amt} y canceló el pedido, y el reembolso no aparece
la tienda me vendió un {prod} fallado y no me lo quiere cambiar, lo compré el {date}
la compañía de luz dejó toda la calle sin energía {wait} ayer y ni una explicación
mi seguro médico rechazó el reembolso de una consulta de {amt} que está en la póliza
            """,
            "angry_founded": """
shop|miren lo que me mandó {b}: un {prod} con la caja rota y piezas faltantes. pedido {order}
bank|{h} me bloquearon la tarjeta 3 veces esta semana por "seguridad" y no puedo ni pagar el súper
tel|el internet se cae cada vez que llueve, ya van {dur} así, {h}
air|{h} me cambiaron el asiento de ventanilla que pagué ({amt}) por uno en medio sin devolverme nada
food|{h} el repartidor marcó entregado y se fue con mi pedido, se ve en el GPS
            """,
            "profanity_emphasis_founded": """
esp,strm|me cago en la leche, {dur} intentando darme de baja de {b} y el botón no existe
mx,bank|no mames, {b} aprobó una compra de {amt} en otro estado con mi tarjeta bloqueada
arg,air|la reconcha {h}, overbooking otra vez, me quedé afuera del vuelo {flight} con el check-in hecho
            """,
            "mixed_praise_complaint": """
food|amo {b} pero es la tercera vez que mi pedido llega sin el refresco, {h}
bank|me gusta mucho {b}, pero me cobraron {amt} de comisión y nadie me explica por qué
tel|{b} siempre fue buena, pero desde el {date} el internet no pasa de 10 megas
            """,
        },
        "disrespectful": {
            "generic_ref_insult": """
mi banco es una banda de ladrones de corbata
esta compañía de cable de mierda debería cerrar, manga de vagos
aerolínea basura, ojalá quiebren
esta app de delivery es cosa de delincuentes, banda de sinvergüenzas
la tienda es una basura y los vendedores unos imbéciles
            """,
            "mixed_praise_insult": """
food|{b} es lo mejor, no como {b2} que es una empresa de mierda
bank|me cambié de {b2} a {b}, por fin me salí de esa banda de rateros
tel|{b} funciona, en cambio {b2} es una porquería total
            """,
            "insult_company": """
{h} son una vergüenza, una bola de ineptos de mierda
tech|{b} y sus fanboys se pueden ir todos a la mierda
arg|{b} es el cáncer de este país, chorros
            """,
            "short_insult": """
{b} basura jajajaja
mx|ptm {b} qué empresa tan culera
esp|{b} sois lo peor, mierdas
{h} hdp
            """,
        },
    },
    "en": {
        "other": {
            "generic_ref_neutral": """
my bank redesigned the app again and now transfers are buried in a menu, gonna take some getting used to
does anyone know if my ISP can charge for swapping the router? genuine question
the airline emailed saying my flight time changed by 10 minutes, no big deal
the delivery app has free delivery today, go go go
my carrier turned on 5G in my neighborhood, we'll see if it's any good
the bank called to double check a purchase, honestly appreciated that
the store threw a little freebie in with my order, cute
the power company is doing scheduled maintenance Sunday, heads up
anyone else get a text from "the bank" asking to update details? that's a scam right?
my health insurance added telehealth, tried it today and it was fine
thinking of switching banks, open to suggestions, no drama pls
            """,
            "news": """
FTC sues {b} over deceptive advertising; company says it will fight the case.
air|Passenger removed from {b} flight after assaulting a flight attendant; airline condemns behavior.
food|Couriers plan nationwide strike against apps including {b} and {b2}.
shop|{b} store in {city} broken into overnight; no injuries reported.
Jury awards customer {amt} after {b} debt collector called him a "deadbeat" by mistake.
tech|{b} ends software support for older {prod} models.
uk,bank|Regulator fines {b} over slow fraud refunds; bank says it will appeal.
            """,
            "ad": """
bank|Say goodbye to paperwork and lines. Everything happens in the {b} app. #stressfree
tel|No contracts, no gotchas, no runaround. {b}.
food|Craving something? Open {b}, we'll handle the rest 😋
shop|LAST HOURS!!! Up to 80% off everything at {b}. You're not gonna miss this, right? {url}
air|Free checked bag on all {b} domestic routes through the end of the month. Where to?
bank|Money sitting still is money losing value. Start investing with {b} from $1.
            """,
            "question": """
bank|does {b} charge a foreign transaction fee on debit too?
tel|{h} do you have coverage in rural areas outside {city}?
food|{h} does the first order promo work on grocery too?
anyone know {b}'s customer service hours on Saturdays?
tech|my {b} {prod} just arrived, any setup tips?
uk,shop|is {b} open on bank holidays?
            """,
            "slang_praise": """
air|shoutout {b}, smoothest damn flight I've had in years
food|my {b} driver is a legend, beat the ETA by 10 mins lmao
tech|the {b} {prod} is fucking amazing, best purchase of the year
bank|the {b} app slaps, I get everything done in 2 minutes
            """,
            "mixed_ok": """
shop|{b} was a few days late but they emailed ahead and it arrived fine, all good
air|flight was 20 min late for weather but the {b} crew kept us posted, no complaints
bank|{b} app went down for a bit yesterday but it's back, it happens
food|no napkins in the bag but the {b} food was delicious so I'll let it slide
            """,
            "chatter": """
lmao {b}'s story today was hilarious
tel|my grandma found out her {b} plan has unlimited data and now she sends 5 minute voice notes
bank|payday and {b} autopay already took it all, adulthood is great
ride|{b} dropped me right at the venue, let's gooo 🎶
            """,
        },
        "founded_complaint": {
            "generic_ref_founded": """
my bank charged me a {amt} "account maintenance" fee I never agreed to
my ISP cut my service even though I paid on {date}
the airline lost my bag on the flight to {city} and it's been {dur}
the delivery app took {amt} and cancelled my order, refund still not showing
the store sold me a faulty {prod} and won't exchange it, bought it on {date}
the power company left the whole street dark for {wait} yesterday with zero explanation
my health insurance denied reimbursement for a {amt} visit that's in my policy
my ISP has been throttling me to 5 Mbps every evening since {date}, I pay for 300
            """,
            "angry_founded": """
shop|look what {b} sent me: a {prod} with the box ripped open and parts missing. order {order}
bank|{h} you've frozen my card 3 times this week for "security" and I can't even buy groceries
tel|internet dies every time it rains, {dur} of this now, {h}
air|{h} you moved me out of the window seat I paid {amt} for into a middle seat with no refund
food|{h} driver marked it delivered and drove off with my food, it's on the GPS
            """,
            "profanity_emphasis_founded": """
strm|{dur} trying to cancel my {b} subscription and the damn cancel button doesn't exist
bank|what the fuck, {b} approved a {amt} purchase in another state on my FROZEN card
air|for fuck's sake {h}, overbooked again, bumped from flight {flight} after checking in
            """,
            "mixed_praise_complaint": """
food|love {b} but this is the third time my order came without the drink, {h}
bank|really like {b}, but you charged me a {amt} fee and nobody can tell me why
tel|{b} has always been great but since {date} I can't get above 10 Mbps
            """,
        },
        "disrespectful": {
            "generic_ref_insult": """
my bank is a gang of thieves in suits
this shit ISP should be shut down, bunch of lazy bums
trash airline, hope you go bankrupt
this delivery app is run by crooks, bunch of lowlifes
the store is garbage and the staff are morons
            """,
            "mixed_praise_insult": """
food|{b} is great, unlike {b2} which is a shit company
bank|switched from {b2} to {b}, finally away from that gang of thieves
tel|{b} works, {b2} on the other hand is total garbage
            """,
            "insult_company": """
{h} you're a disgrace, a bunch of absolute imbeciles
tech|{b} and its fanboys can all go to hell
{b} is a cancer on this industry
            """,
            "short_insult": """
{b} trash lmaooo
smh {b} what a shit company
{b} fuck off
{h} stfu
            """,
        },
    },
}
