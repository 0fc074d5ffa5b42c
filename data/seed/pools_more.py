"""Second batch of hand-written pools aimed at the kinds the first baseline found
hardest (threats, sarcasm, very short posts, resolved/thanks, profanity at the
company, abuse of staff) and at hard negatives (ads and news that use complaint
or violence words). Same line format as pools_pt.py; merged by make_seed.py.
Written by the project's developers (LLM-assisted); fully synthetic.
"""

POOLS = {
    "pt": {
        "other": {
            "ad": """
bank|Chega de ser roubado por tarifa! No {b} a conta é grátis de verdade. {url}
tel|Sua operadora te trata mal? Aqui é diferente. Portabilidade pra {b} em 24h.
shop|ABSURDO de barato! Só hoje na {b}: {prod} pela metade do preço 🤯
food|Atrasou? A gente devolve o frete. Simples assim. {b} 🛵💨
            """,
            "news": """
tech|Ataque hacker derruba sistemas da {b} por 6 horas; empresa diz que dados estão seguros.
food|Morte de entregador em {city} reacende debate sobre segurança em apps como o {b}.
Funcionária da {b} é agredida por cliente em {city}; polícia registra ocorrência.
air|Pane em avião da {b} obriga pouso de emergência em {city}; ninguém se feriu.
bank|Quadrilha que aplicava golpe do falso atendente do {b} é presa em {city}.
            """,
            "question": """
bank|{h} o rendimento da conta de vcs é diário? fiquei na dúvida
shop|alguém já comprou {prod} recondicionado na {b}? vale a pena?
ride|quanto o {b} cobra de taxa de cancelamento? nunca cancelei, só curiosidade
tel|vale a pena o plano família da {b}? somos em 4 em casa
            """,
            "chatter": """
tech|comprei o {prod} da {b} e o unboxing foi uma experiência religiosa kkkk
ride|o motorista do {b} me contou a vida inteira em 15 min, amei
travel|minha primeira viagem internacional foi com o {b}, saudade
shop|fila enorme na {b} do shopping, deve ter promoção
            """,
            "resolved_thanks": """
bank|retiro a reclamação: o {b} devolveu os {amt} hoje cedo. Valeu
shop|Atualização: a {b} reenviou o {prod} e chegou perfeito. Obrigada pelo suporte!
tel|o técnico da {b} voltou e agora a internet tá liso. Obrigado {name}!
food|{h} recebi o reembolso, obrigado pela atenção 🙏
air|minha mala apareceu! a {b} entregou em casa, obrigado
            """,
            "casual_profanity": """
puta que pariu, segunda-feira de novo. pelo menos o café da {b} salva
tech|caralho, esqueci a senha do meu {prod} da {b} pela terceira vez, sou um gênio
porra, perdi o jogo do timão porque fiquei preso no trânsito, nem o {b} salva
            """,
            "meta_civility": """
não adianta xingar o atendente da {b} no Twitter, manda reclamação formal que resolve mais rápido
entrei no perfil da {b} e os comentários são só xingamento, a internet tá doente
            """,
            "slang_praise": """
food|mano o {b} mandou sobremesa de brinde, tô chorando, que empresa foda
ride|o {b} chegou em 2 min, puta eficiência
strm|o {b} tá com um catálogo do caralho esse mês
            """,
            "polite_baseless": """
bank|alguém sabe se o {b} tá mesmo com problema de caixa? vi um vídeo no TikTok mas não sei se é verdade
food|fico pensando se o {b} repassa a gorjeta pro entregador, alguém sabe?
            """,
        },
        "founded_complaint": {
            "sarcasm_founded": """
tel|{h} vocês são incríveis: 3 técnicos agendados e nenhum apareceu 🙃
bank|adorei o {b} mudar meu limite de {amt} pra {amt2} sem avisar, muito transparente
food|obrigada {h} pelo hambúrguer de {amt} que veio com o pão esmagado e sem queijo, amei
shop|meu pedido {order} já fez mais turismo que eu, passou por 4 estados em {dur} 🙃
ride|{b} cobrando tarifa dinâmica 3x às 2 da tarde de uma terça. Claro, faz sentido 👍
air|nada como pagar {amt} de bagagem e ver a mala chegar quebrada, obrigado {b}
            """,
            "short_founded": """
tel|{h} sem internet de novo 😩
bank|{h} meu cartão foi recusado com saldo, o que houve?
shop|{h} cadê o reembolso do pedido {order}?
food|{h} faltou item no pedido
air|{h} voo {flight} atrasado {wait} sem nenhuma informação
strm|{h} app não abre desde ontem
            """,
            "polite_founded": """
tel|Oi {h}, meu número foi portado pra vocês em {date} mas até hoje não recebe ligações. Protocolo {proto}.
shop|{h} o {prod} que recebi é de outra cor e outro modelo, pedido {order}. Como faço a troca?
bank|{h} fiz um boleto de {amt} que foi pago mas a fatura ainda aparece em aberto. Segue o comprovante.
ride|{h} o motorista fez um caminho bem mais longo e a corrida saiu {amt} em vez de {amt2}. Podem revisar?
            """,
            "angry_founded": """
util|Terceira conta seguida com leitura errada, {h}. Vocês estimam e eu pago a diferença?
health|{h} liguei 11 vezes pra marcar uma consulta e a central só dá ocupado. Pago {amt} por mês!
shop|A {b} cancelou meu pedido {order} depois de {dur} e o dinheiro sumiu. Nem e-mail mandaram!
            """,
            "profanity_emphasis_founded": """
tel|caralho, 5 protocolos abertos e a {b} ainda não arrumou a minha linha
food|porra {h}, é a segunda vez na semana que o pedido some no meio do caminho
bank|merda, o {b} debitou a fatura duas vezes e eu fiquei no negativo, {amt} de juros
            """,
        },
        "disrespectful": {
            "threat": """
shop|se a {b} não trocar meu {prod} eu volto lá com um taco e ninguém me segura
bank|gerente do {b}, é bom você não cruzar meu caminho, tô avisando
food|já sei qual é o entregador do {b} que roubou meu lanche, ele vai apanhar quando voltar aqui
tel|se o técnico da {b} pisar aqui de novo sem resolver, ele sai daqui carregado
{h} cuidado, eu sei onde vocês moram
air|a próxima vez que a {b} me deixar no chão eu quebro a cara do primeiro funcionário que eu ver
util|quem cortou minha luz que se cuide na rua, tenho o nome dele
            """,
            "sarcasm_insult": """
tel|uau {b}, nunca vi tanto incompetente junto num lugar só, parabéns pela contratação 👏
bank|{b} o banco oficial dos trouxas e dos ladrões, tá de parabéns
air|que orgulho da {b}, conseguiu juntar os funcionários mais burros do país
            """,
            "profanity_at_company": """
{b} vai pra casa do caralho
bank|{h} enfiem esse app no rabo
food|{b} vai se fuder, nunca mais compro
            """,
            "insult_staff": """
tel|a atendente da {b} é uma imbecil, desligou na minha cara três vezes
food|o entregador do {b} é um vagabundo ladrão de lanche
shop|os vendedores da {b} são uns urubus idiotas
bank|o caixa do {b} é um retardado, não sabe contar dinheiro
            """,
            "complaint_with_insult": """
tel|{h} 3 técnicos não apareceram, vocês são um bando de mentirosos do caralho
air|voo atrasou {wait} e a equipe da {b} é um bando de mal educados de merda
food|{h} o lanche veio sem metade dos itens, seus ladrões imundos
            """,
            "short_insult": """
{b} empresa podre
{h} vergonha, bando de ladrão
lixo de empresa {h}
{b} pqp que lixo
lixo.
que lixo, {b}
            """,
        },
    },
    "es": {
        "other": {
            "ad": """
bank|¡Basta de que te roben con comisiones! Con {b} tu cuenta es gratis de verdad. {url}
tel|¿Tu compañía te trata mal? Aquí es diferente. Pásate a {b} en 24 horas.
shop|¡Una LOCURA de precio! Solo hoy en {b}: {prod} a mitad de precio 🤯
food|¿Llegó tarde? Te devolvemos el envío. Así de simple. {b} 🛵💨
            """,
            "news": """
tech|Un ciberataque tumba los sistemas de {b} durante 6 horas; la empresa asegura que los datos están a salvo.
food|La muerte de un repartidor en {city} reabre el debate sobre la seguridad en apps como {b}.
Una empleada de {b} es agredida por un cliente en {city}; la policía investiga.
air|Una falla en un avión de {b} obliga a un aterrizaje de emergencia en {city}; no hubo heridos.
bank|Detienen en {city} a una banda que se hacía pasar por ejecutivos de {b}.
            """,
            "question": """
bank|{h} ¿el rendimiento de la cuenta es diario? me quedó la duda
shop|¿alguien compró un {prod} reacondicionado en {b}? ¿vale la pena?
ride|¿cuánto cobra {b} por cancelar? nunca he cancelado, solo curiosidad
tel|¿conviene el plan familiar de {b}? somos 4 en casa
            """,
            "chatter": """
tech|me compré el {prod} de {b} y el unboxing fue una experiencia religiosa jajaja
ride|el conductor de {b} me contó su vida entera en 15 minutos, lo amé
travel|mi primer viaje al extranjero fue con {b}, qué nostalgia
arg,shop|cola enorme en {b} del shopping, debe haber promo
            """,
            "resolved_thanks": """
bank|retiro el reclamo: {b} me devolvió los {amt} hoy temprano. Gracias
shop|Actualización: {b} me reenvió el {prod} y llegó perfecto. ¡Gracias por el soporte!
tel|volvió el técnico de {b} y ahora el internet va perfecto. ¡Gracias {name}!
food|{h} me llegó el reembolso, gracias por la atención 🙏
air|¡apareció mi maleta! {b} me la llevó a casa, gracias
            """,
            "casual_profanity": """
esp|joder, otra vez lunes. Menos mal que el café de {b} me salva
mx,tech|no manches, olvidé la contraseña de mi {prod} de {b} por tercera vez, soy un genio
arg|la puta madre, me perdí el partido de River por el tráfico, ni {b} me salva
            """,
            "meta_civility": """
no sirve de nada insultar al agente de {b} en Twitter, pon un reclamo formal que se resuelve más rápido
entré al perfil de {b} y los comentarios son puros insultos, internet está enfermo
            """,
            "slang_praise": """
mx,food|wey {b} me mandó postre de regalo, estoy llorando, qué chingona empresa
esp,ride|{b} llegó en 2 minutos, qué puta eficiencia
arg,strm|{b} tiene un catálogo de la puta madre este mes
            """,
            "polite_baseless": """
bank|¿alguien sabe si {b} de verdad tiene problemas de liquidez? vi un video en TikTok pero no sé si es cierto
food|me pregunto si {b} le pasa la propina al repartidor, ¿alguien sabe?
            """,
        },
        "founded_complaint": {
            "sarcasm_founded": """
tel|{h} son increíbles: 3 técnicos agendados y no vino ninguno 🙃
bank|me encantó que {b} me bajara el límite de {amt} a {amt2} sin avisar, muy transparente
food|gracias {h} por la hamburguesa de {amt} que llegó con el pan aplastado y sin queso, me encantó
shop|mi pedido {order} ya hizo más turismo que yo, pasó por 4 ciudades en {dur} 🙃
ride|{b} cobrando tarifa dinámica x3 a las 2 de la tarde de un martes. Claro, tiene sentido 👍
air|nada como pagar {amt} por la maleta y que llegue rota, gracias {b}
            """,
            "short_founded": """
tel|{h} sin internet otra vez 😩
bank|{h} me rechazaron la tarjeta con saldo, ¿qué pasó?
shop|{h} ¿y el reembolso del pedido {order}?
food|{h} faltó un producto en el pedido
air|{h} vuelo {flight} con {wait} de retraso y cero información
strm|{h} la app no abre desde ayer
            """,
            "polite_founded": """
tel|Hola {h}, me porté con ustedes el {date} y todavía no puedo recibir llamadas. Folio {proto}.
shop|{h} el {prod} que me llegó es de otro color y otro modelo, pedido {order}. ¿Cómo hago el cambio?
bank|{h} pagué la tarjeta ({amt}) pero sigue apareciendo como pendiente. Adjunto el comprobante.
ride|{h} el conductor dio una vuelta enorme y el viaje salió {amt} en vez de {amt2}. ¿Pueden revisarlo?
            """,
            "angry_founded": """
util|Tercer recibo seguido con lectura equivocada, {h}. ¿Ustedes estiman y yo pago la diferencia?
health|{h} llamé 11 veces para sacar turno y la central da ocupado. ¡Pago {amt} al mes!
shop|{b} canceló mi pedido {order} después de {dur} y el dinero desapareció. ¡Ni un correo mandaron!
            """,
            "profanity_emphasis_founded": """
tel|carajo, 5 reportes abiertos y {b} todavía no arregla mi línea
mx,food|chale {h}, es la segunda vez en la semana que el pedido se pierde en el camino
esp,bank|joder, {b} me ha cobrado la tarjeta dos veces y me he quedado en números rojos, {amt} de intereses
            """,
        },
        "disrespectful": {
            "threat": """
shop|si {b} no me cambia el {prod} vuelvo con un bate y nadie me para
bank|gerente de {b}, más te vale no cruzarte conmigo, te aviso
food|ya sé cuál repartidor de {b} se robó mi pedido, se va a llevar una golpiza cuando vuelva
tel|si el técnico de {b} vuelve a pisar mi casa sin arreglar nada, sale de aquí en camilla
{h} cuidadito, sé dónde viven
air|la próxima vez que {b} me deje en tierra le rompo la cara al primer empleado que vea
util|el que me cortó la luz que se cuide en la calle, tengo su nombre
            """,
            "sarcasm_insult": """
tel|wow {b}, nunca vi tantos incompetentes juntos, felicidades por el reclutamiento 👏
bank|{b} el banco oficial de los giles y los ladrones, felicidades
air|qué orgullo {b}, lograron juntar a los empleados más burros del país
            """,
            "profanity_at_company": """
mx|{b} váyanse a la chingada
esp,bank|{h} meteos la app por el culo
arg,food|{b} andá a cagar, nunca más te compro
            """,
            "insult_staff": """
tel|la agente de {b} es una imbécil, me colgó tres veces
food|el repartidor de {b} es un vago ladrón de comida
shop|los vendedores de {b} son unos buitres idiotas
bank|el cajero de {b} es un retrasado, no sabe ni contar billetes
            """,
            "complaint_with_insult": """
tel|{h} 3 técnicos no aparecieron, son una banda de mentirosos de mierda
air|el vuelo se atrasó {wait} y el personal de {b} es una bola de maleducados de mierda
food|{h} la hamburguesa llegó sin la mitad de las cosas, ladrones asquerosos
            """,
            "short_insult": """
{b} empresa podrida
{h} qué vergüenza, banda de ladrones
basura de empresa {h}
arg|{b} qué asco, chorros
basura.
qué basura, {b}
            """,
        },
    },
    "en": {
        "other": {
            "ad": """
bank|Stop getting ripped off by fees! {b} checking is actually free. {url}
tel|Carrier treating you badly? We're different. Switch to {b} in 24 hours.
shop|INSANE prices! Today only at {b}: {prod} at half price 🤯
food|Late? We refund the delivery fee. Simple as that. {b} 🛵💨
            """,
            "news": """
tech|Cyberattack knocks {b} systems offline for 6 hours; company says data is safe.
food|Courier's death in {city} reignites debate over safety on apps like {b}.
{b} employee assaulted by customer in {city}; police investigating.
air|{b} flight makes emergency landing in {city} after engine issue; no injuries.
bank|Police arrest gang posing as {b} fraud agents in {city}.
            """,
            "question": """
bank|{h} is the interest on your savings account paid daily? a bit confused
shop|anyone bought a refurbished {prod} from {b}? worth it?
ride|how much does {b} charge to cancel? never cancelled, just curious
tel|is the {b} family plan worth it? there are 4 of us
            """,
            "chatter": """
tech|got the {b} {prod} and the unboxing was a religious experience lol
ride|my {b} driver told me his entire life story in 15 minutes, loved it
travel|my first trip abroad was with {b}, feeling nostalgic
shop|huge line at the {b} in the mall, must be a sale
            """,
            "resolved_thanks": """
bank|taking back my complaint: {b} returned the {amt} this morning. thanks
shop|Update: {b} reshipped the {prod} and it arrived perfect. Thanks for the support!
tel|{b} tech came back and now the internet is flawless. Thank you {name}!
food|{h} got the refund, thanks for sorting it 🙏
air|my bag turned up! {b} delivered it to my door, thank you
            """,
            "casual_profanity": """
fuck mondays. at least the {b} coffee saves me
tech|goddammit I forgot the passcode on my {b} {prod} for the third time, genius
shit, missed the whole game stuck in traffic, not even {b} can save me
            """,
            "meta_civility": """
cussing out the {b} agent on twitter won't help, file a formal complaint and it gets fixed faster
went to the {b} page and the comments are just people swearing, the internet is sick
            """,
            "slang_praise": """
food|bro {b} threw in a free dessert, I'm crying, what a fucking company
ride|{b} showed up in 2 minutes, damn that's efficient
strm|{b} has a killer lineup this month, hell yeah
            """,
            "polite_baseless": """
bank|does anyone know if {b} actually has liquidity problems? saw a TikTok about it, not sure it's true
food|I wonder if {b} passes the tip to the driver, anyone know?
            """,
        },
        "founded_complaint": {
            "sarcasm_founded": """
tel|{h} you guys are amazing: 3 tech appointments and not one showed up 🙃
bank|loved how {b} cut my limit from {amt} to {amt2} without telling me, super transparent
food|thanks {h} for the {amt} burger that arrived with a squashed bun and no cheese, just lovely
shop|my order {order} has seen more of the country than I have, 4 states in {dur} 🙃
ride|{b} surge pricing 3x at 2pm on a Tuesday. Sure, makes total sense 👍
air|nothing like paying {amt} for a checked bag and getting it back smashed, thanks {b}
            """,
            "short_founded": """
tel|{h} internet's down again 😩
bank|{h} card declined with money in the account, what's going on?
shop|{h} where's my refund for order {order}?
food|{h} item missing from my order
air|{h} flight {flight} delayed {wait} with no info
strm|{h} app won't open since yesterday
            """,
            "polite_founded": """
tel|Hi {h}, I ported my number to you on {date} and I still can't receive calls. Ref {proto}.
shop|{h} the {prod} I received is a different color and model, order {order}. How do I exchange it?
bank|{h} I paid my card ({amt}) but it still shows as overdue. Receipt attached.
ride|{h} the driver took a huge detour and the ride came to {amt} instead of {amt2}. Could you review it?
            """,
            "angry_founded": """
util|Third bill in a row with a wrong meter reading, {h}. You guess and I pay the difference?
health|{h} called 11 times to book an appointment and the line is always busy. I pay {amt} a month!
shop|{b} cancelled order {order} after {dur} and the money just vanished. Not even an email!
            """,
            "profanity_emphasis_founded": """
tel|5 tickets open and {b} still hasn't fixed my damn line
food|fuck sake {h}, second time this week my order disappears halfway
bank|shit, {b} took my card payment twice and now I'm overdrawn, {amt} in fees
            """,
        },
        "disrespectful": {
            "threat": """
shop|if {b} doesn't replace my {prod} I'm coming back with a bat and nobody's stopping me
bank|{b} branch manager, you'd better not cross my path, I'm warning you
food|I know which {b} driver stole my food, he's getting his ass kicked next time he's here
tel|if that {b} tech sets foot in my house again without fixing it, he's leaving on a stretcher
{h} watch your backs, I know where you live
air|next time {b} leaves me stranded I'm punching the first employee I see
util|whoever cut my power better watch himself on the street, I've got his name
            """,
            "sarcasm_insult": """
tel|wow {b}, never seen so many incompetent morons in one place, congrats on your hiring 👏
bank|{b}, official bank of suckers and thieves, well done
air|so proud of {b} for gathering the dumbest employees in the country
            """,
            "profanity_at_company": """
{b} go to fucking hell
bank|{h} shove your app up your ass
food|{b} fuck you, never ordering again
            """,
            "insult_staff": """
tel|the {b} agent is an imbecile, hung up on me three times
food|that {b} driver is a lazy food-stealing bum
shop|{b} salespeople are a bunch of idiot vultures
bank|the {b} teller is a retard, can't even count cash
            """,
            "complaint_with_insult": """
tel|{h} 3 techs no-showed, you're a bunch of lying pieces of shit
air|flight delayed {wait} and the {b} crew are rude assholes
food|{h} burger came with half the stuff missing, you filthy thieves
            """,
            "short_insult": """
{b} rotten company
{h} disgrace, bunch of thieves
garbage company {h}
{b} ugh what trash
trash.
what garbage, {b}
            """,
        },
    },
}
