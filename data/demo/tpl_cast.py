"""The fixed cast of the Veloz demo: campaigners ("war on the company"), recurring
founded complainers, the coordinated group and the spam accounts. All hand-written.

Campaigner lines are deliberately baseless (no order, no date, no concrete fact),
disrespectful towards the company/staff, and repetitive; generate.py adds near-copies.
Recurring complainers' posts are concrete and escalate over weeks without insulting anyone.
"""

CAMPAIGNERS = [
    {
        "code": "C1", "lang": "pt", "country": "br", "first": "Marcos", "last": "Duarte", "gender": "m",
        "accounts": [
            {"source": "x", "handle": "@verdade_nua_br", "name": "Marcos Verdade 🇧🇷", "share": 0.62},
            {"source": "bluesky", "handle": "verdadenua.bsky.social", "name": "Marcos Verdade", "share": 0.38},
        ],
        "posts": 36, "start": "2026-09-22", "night": 0.55,
        "lines": [
            "A {V} é uma quadrilha disfarçada de empresa. Acorda, povo!",
            "bando de ladrão essa {V}. todo mundo sabe e ninguém faz nada",
            "{V} = GOLPE. não compre, não assine, não confie. #VelozGolpe",
            "impressionante como a {V} consegue ser lixo em TUDO. app lixo, cartão lixo, atendimento lixo",
            "os atendentes da {V} são treinados pra enrolar trouxa. bando de incompetente",
            "quem ainda compra na {V} tá pedindo pra ser roubado, sinceramente",
            "CEO da {V} deve rir da cara de vocês todo dia. palhaço",
            "{@} empresa podre. vão quebrar e eu vou comemorar",
            "mais um dia, mais um roubo da {V}. #VelozGolpe #BoicoteVeloz",
            "já falei e repito: a {V} é a maior fraude do varejo brasileiro",
            "a {V} compra avaliação positiva, por isso tem nota boa. tudo fake",
            "se tem uma empresa que merece falir é essa {V} de merda",
            "{@} vergonha. vcs são uma vergonha. ladrões",
            "não caiam na da {V}. golpistas profissionais 🤡",
            "a {V} paga influencer pra falar bem. eu não me vendo. EMPRESA LIXO",
            "lembrete diário: {V} é golpe. #VelozGolpe",
            "lembrete diário: {V} é golpe. #VelozGolpe",
            "lembrete diário: {V} continua sendo golpe. #VelozGolpe",
        ],
        "tags": ["#VelozGolpe", "#BoicoteVeloz"],
    },
    {
        "code": "C2", "lang": "pt", "country": "br", "first": "José Roberto", "last": "Nunes", "gender": "m",
        "accounts": [
            {"source": "x", "handle": "@zeroberto_nunes", "name": "Zé Roberto Nunes", "share": 1.0},
        ],
        "posts": 24, "start": "2026-09-28", "night": 0.2,
        "lines": [
            "BOICOTE À {V}!!! EMPRESA SEM VERGONHA!!!",
            "Essa {V} é uma porcaria. Ladrões de colarinho branco!!",
            "NÃO COMPREM NA {V}!!! vão se arrepender!!!",
            "A {V} trata cliente como lixo. Uns safados!!!",
            "Cambada de pilantra essa {V}. Um dia a justiça chega!!",
            "{@} SEM VERGONHAS!!! DEVOLVAM O DINHEIRO DO POVO!!!",
            "Empresa de fundo de quintal. {V} NUNCA MAIS!!!",
            "Essa {V} é uma máfia. Compartilhem antes que apaguem!!!",
            "Atendimento da {V} é um bando de robô sem educação. VERGONHA!!!",
            "Quem defende a {V} tá sendo pago. Certeza!!",
            "#BoicoteVeloz #BoicoteVeloz #BoicoteVeloz",
            "A {V} não presta. Nunca prestou. Nunca vai prestar!!!",
            "BOICOTE À {V}!!! SEM VERGONHAS!!!",
        ],
        "tags": ["#BoicoteVeloz"],
    },
    {
        "code": "C3", "lang": "pt", "country": "br", "first": "Rodrigo", "last": "Tavares", "gender": "m",
        "accounts": [
            {"source": "youtube", "handle": "@RodrigoFalaTudo", "name": "Rodrigo Fala Tudo", "share": 0.6},
            {"source": "x", "handle": "@rodrigofalatudo", "name": "Rodrigo Fala Tudo 🎙️", "share": 0.4},
        ],
        "posts": 31, "start": "2026-09-25", "night": 0.35,
        "lines": [
            "kkkkk propaganda da {V} falando em 'confiança'. a empresa mais picareta do Brasil",
            "quem dá like em vídeo da {V} é bot ou funcionário",
            "{V} é tipo pirâmide: bonita por fora, podre por dentro",
            "esse canal virou outdoor da {V}. vendido",
            "'entrega rápida' só se for do seu dinheiro pro bolso deles kkkkk {V}",
            "a {V} é uma piada. e a piada é você que compra lá",
            "empresa de estelionatário com logo bonitinho. {V}",
            "comentário pra lembrar: {V} não presta 👎",
            "os gerentes da {V} são uns incompetentes que só sabem fazer propaganda",
            "bando de amador. {V} tá com os dias contados",
            "deslike e denúncia. {V} lixo",
            "o dia que a {V} fizer algo direito eu apago meu canal kkkk",
            "{@} vcs são uma piada de empresa",
            "lembrando que a {V} continua sendo a empresa mais picareta do país. só isso",
        ],
        "tags": [],
    },
    {
        "code": "C4", "lang": "pt", "country": "br", "first": "", "last": "", "gender": "m",
        "accounts": [
            {"source": "reddit", "handle": "u/acorda_consumidor", "name": "acorda_consumidor", "share": 1.0},
        ],
        "posts": 19, "start": "2026-10-02", "night": 0.5,
        "lines": [
            "Gente, sério, parem de comprar na Veloz. Não vou entrar em detalhes, mas essa empresa é podre de cima a baixo. Quem conhece sabe.",
            "Toda vez que alguém defende a Veloz aqui eu tenho certeza que é funcionário. Empresa desonesta, ponto.",
            "Veloz é golpe. Simples assim. Pode me dar downvote, não muda a realidade.",
            "Essa história de 'fintech' da Veloz é só um jeito bonito de dizer agiota digital.",
            "Os caras da Veloz são uns trambiqueiros. Não precisa de prova, é só olhar pra cara do CEO.",
            "Mais um post de gente elogiando a Veloz. Tá barato o marketing deles hein.",
            "Quem trabalha na Veloz sabe que é uma zona. Gente incompetente mandando em gente incompetente.",
            "Eu avisei semana passada e aviso de novo: fiquem longe da Veloz.",
            "Lixo de empresa. Lixo de app. Lixo de cartão. Próxima pergunta. (Veloz, no caso)",
            "Veloz: quando o golpe vem com frete grátis.",
            "Não existe 'problema pontual' na Veloz. A empresa É o problema.",
            "Downvotem à vontade, bots da Veloz. 🤡",
        ],
        "tags": [],
    },
    {
        "code": "C5", "lang": "pt", "country": "br", "first": "Luana", "last": "Sampaio", "gender": "f",
        "accounts": [
            {"source": "bluesky", "handle": "sincerona.bsky.social", "name": "Lu Sincera 💅", "share": 1.0},
        ],
        "posts": 22, "start": "2026-10-05", "night": 0.4,
        "lines": [
            "a {V} é aquela empresa que vc olha e pensa: como isso ainda existe? 💅",
            "nada mais brega e golpista que a {V}. perdão, nada",
            "marketing da {V} é o único setor que funciona lá dentro, e mal",
            "toda semana eu lembro que a {V} existe e sinto vergonha alheia",
            "{V} é lixo com laço de presente 🎀🗑️",
            "amigas, larguem a {V}. aquilo é uma cilada com app bonitinho",
            "o atendimento da {V} é treinado pra desrespeitar gente. só pode",
            "meu horóscopo mandou evitar energia ruim. desinstalei a {V} 🔮",
            "quem defende a {V} na internet tem sempre o mesmo perfil: sem noção",
            "a {V} é tipo ex tóxico: promete, mente e some 💅",
            "ranking de empresas picaretas: 1º {V}. 2º ninguém chega perto",
            "bom dia pra todo mundo menos pra {V} ☀️",
            "bom dia pra todo mundo menos pra {V} e quem trabalha lá ☀️",
        ],
        "tags": [],
    },
    {
        "code": "C6", "lang": "es", "country": "mx", "first": "Ernesto", "last": "Villalobos", "gender": "m",
        "accounts": [
            {"source": "x", "handle": "@LaNetaVeloz", "name": "La Neta 🇲🇽", "share": 0.65},
            {"source": "bluesky", "handle": "lanetaveloz.bsky.social", "name": "La Neta", "share": 0.35},
        ],
        "posts": 28, "start": "2026-10-07", "night": 0.45,
        "lines": [
            "La neta {V} es una empresa de rateros. Así nomás.",
            "{V} = FRAUDE. No compren, no descarguen su app, no les den su lana. #VelozFraude",
            "Pinche empresa de quinta. {V} llegó a México nomás a robar",
            "Los de atención a clientes de {V} son una bola de ineptos, ni leer saben",
            "Si todavía le compras a {V} es porque te gusta que te vean la cara",
            "{@} ratas. Eso son. Ratas con app",
            "No manches, otra vez {V} con su publicidad mentirosa. Estafadores",
            "Recordatorio del día: {V} es una estafa 🐀 #VelozFraude",
            "La Veloz Card es una trampa para ingenuos, no caigan",
            "Qué asco de empresa. {V} lárguense de México",
            "Todos los que hablan bien de {V} son bots pagados. Neta",
            "{V} es una mafia disfrazada de tienda",
            "Ojalá quiebren pronto. {V} basura",
            "Boicot a {V}. Compártelo. #VelozFraude #BoicotVeloz",
            "Recordatorio del día: {V} sigue siendo una estafa 🐀 #VelozFraude",
        ],
        "tags": ["#VelozFraude", "#BoicotVeloz"],
    },
    {
        "code": "C7", "lang": "en", "country": "us", "first": "Kyle", "last": "Brennan", "gender": "m",
        "accounts": [
            {"source": "x", "handle": "@kyle_unfiltrd", "name": "Kyle B.", "share": 1.0},
        ],
        "posts": 26, "start": "2026-09-30", "night": 0.5,
        "lines": [
            "{V} is a scam. Period. Don't give these clowns your money",
            "reminder that {V} is run by con artists. #VelozScam",
            "{@} you people are a joke. worst company I've ever seen",
            "anyone still using {V} deserves what they get lol",
            "{V} customer service = a bunch of useless clowns reading scripts",
            "{V} is garbage. the app is garbage. the card is garbage. next",
            "imagine trusting a company like {V} with your bank info 🤡",
            "{V} is a pyramid scheme with a delivery app on top",
            "Every positive review of {V} is fake. Every single one.",
            "{@} go to hell. seriously.",
            "daily reminder: {V} = scam. #VelozScam #BoycottVeloz",
            "they're thieves. they know it. we know it. {V}",
            "{V}'s CEO should be in jail tbh",
            "lmao {V} ads everywhere. shady af company",
            "daily reminder: {V} = scam. #VelozScam",
        ],
        "tags": ["#VelozScam", "#BoycottVeloz"],
    },
]

# CRM facts for the campaigners who are customers (others are not in the CRM).
CAMPAIGNER_CRM = {
    # long overdue + abuse of staff: should rank first for graceful separation
    "C1": {"name": "Marcos Antônio Duarte", "email": "marcos.a.duarte@hotmail.com", "since": "2022-05-14",
           "plan": "basic", "monthly_value": 49.90, "overdue_balance": 2847.35, "days_overdue": 143,
           "flags": "abuse_of_staff", "link": {"x": "@verdade_nua_br", "bluesky": "verdadenua.bsky.social"}},
    # long-standing, high value: keep on our terms / de-escalate
    "C3": {"name": "Rodrigo Tavares", "email": "rodrigo@tavaresproducoes.com.br", "since": "2018-03-02",
           "plan": "business", "monthly_value": 4250.00, "overdue_balance": 0.0, "days_overdue": 0,
           "flags": "", "link": {"youtube": "@RodrigoFalaTudo"}},
    # ordinary customers
    "C2": {"name": "José Roberto Nunes", "email": "jrnunes1961@bol.com.br", "since": "2023-08-19",
           "plan": "plus", "monthly_value": 89.90, "overdue_balance": 0.0, "days_overdue": 0,
           "flags": "", "link": {}},  # linkable only by (fuzzy) name: "Zé Roberto Nunes"
    "C6": {"name": "Ernesto Villalobos Ruiz", "email": "ernesto.villalobos@gmail.com", "since": "2025-02-11",
           "plan": "basic", "monthly_value": 129.00, "overdue_balance": 35.00, "days_overdue": 12,
           "flags": "", "link": {"x": "@LaNetaVeloz"}},
}

# ---------------------------------------------------------------- recurring founded complainers
# offsets are days after `start`; {days} = days since `since`.
RECURRING = [
    {
        "code": "R1", "lang": "pt", "country": "br", "first": "Juliana", "last": "Prado", "gender": "f",
        "source": "x", "handle": "@juprado_", "name": "Juliana Prado", "start": "2026-09-28", "since": "2026-09-26",
        "crm": {"name": "Juliana Prado", "link": "exact"},
        "posts": [
            (0, "{@} cancelei o pedido #5527810 (air fryer) no dia 26/09, antes de sair pra entrega. o app diz 'estorno solicitado' mas os R$ 389,90 não voltaram pro meu cartão. podem ver?"),
            (3, "{@h} bom dia, sigo sem o estorno de R$ 389,90 do pedido #5527810. abri o protocolo 20260928004417"),
            (7, "1 semana e nada do estorno de R$ 389,90. o chat diz 'prazo de até 10 dias úteis'. ok, vou esperar. pedido #5527810 {@}"),
            (11, "{@} passaram os 10 dias úteis. o estorno do pedido #5527810 continua 'em processamento'. R$ 389,90. protocolo 20260928004417"),
            (16, "liguei hoje de novo na {V}. a atendente disse que o estorno 'foi enviado ao banco'. meu banco diz que não recebeu nada. R$ 389,90, pedido #5527810. alguém me explica?"),
            (22, "{@h} 3 semanas. TRÊS. vocês cobraram na hora e pra devolver R$ 389,90 leva um mês? abri reclamação no Reclame Aqui hoje"),
            (29, "Um mês sem meu dinheiro. Pedido #5527810 cancelado em 26/09, R$ 389,90, protocolo 20260928004417, Reclame Aqui aberto, 5 ligações. Próximo passo: Procon. {V}, é sério"),
            (37, "fui no Procon hoje com todos os prints. sinceramente não queria chegar nisso, {V}. era só devolver os R$ 389,90 do pedido #5527810"),
            (45, "{days} dias depois do cancelamento: nada. nem resposta no Procon ainda. R$ 389,90 do pedido #5527810. tô cansada, de verdade {@}"),
        ],
    },
    {
        "code": "R2", "lang": "pt", "country": "br", "first": "Carlos Eduardo", "last": "Lima", "gender": "m",
        "source": "bluesky", "handle": "caduzlima.bsky.social", "name": "Cadu Lima", "start": "2026-10-05",
        "since": "2026-09-03",
        "crm": {"name": "Carlos Eduardo Lima", "link": "exact"},
        "posts": [
            (0, "{@} cancelei o VelozPlus dia 03/09 (tenho o e-mail de confirmação) e a fatura de outubro do Veloz Card veio com R$ 19,90 do VelozPlus. podem estornar?"),
            (6, "Continuo aguardando o estorno dos R$ 19,90 do VelozPlus cobrados depois do cancelamento. Protocolo 20261005118230. {@}"),
            (15, "a resposta da {V} foi 'sua assinatura está ativa'. não está. tenho o e-mail de vocês confirmando o cancelamento em 03/09. mandei o print pela terceira vez"),
            (30, "fatura de novembro: R$ 19,90 de VelozPlus DE NOVO. agora são R$ 39,80 cobrados de uma assinatura cancelada há 2 meses. {V}, isso tem nome"),
            (38, "pra quem acompanha: a {V} reconheceu o erro por telefone e prometeu estorno em 5 dias úteis. vamos ver. protocolo 20261112090415"),
            (46, "5 dias úteis passaram. nada de estorno, e o app ainda mostra o VelozPlus 'ativo'. R$ 39,80. é pouco dinheiro mas é meu, e é o princípio. {@}"),
        ],
    },
    {
        "code": "R3", "lang": "pt", "country": "br", "first": "Fernanda", "last": "Reis", "gender": "f",
        "source": "x", "handle": "@fereis_sp", "name": "Fernanda Reis", "start": "2026-10-10", "since": "2026-10-09",
        "crm": {"name": "Fernanda Reis Campos", "link": "name_only"},
        "posts": [
            (0, "{@} recebi ontem a geladeira do pedido #6120394 com a porta amassada. o entregador saiu correndo antes de eu conferir. tenho vídeo. como faço a troca?"),
            (2, "{@h} abri a troca no app (protocolo 20261012337561), coleta agendada pra 15/10. vamos ver"),
            (6, "dia 15/10, fiquei em casa o dia todo esperando a coleta da geladeira amassada. ninguém veio. remarcaram pra 19/10 {@h}"),
            (9, "19/10: ninguém veio buscar a geladeira de novo. pedido #6120394. tô há 10 dias com uma geladeira de R$ 3.299,00 amassada na cozinha e sem previsão de troca {@}"),
            (14, "Terceira coleta agendada, terceira vez que ninguém aparece. Eu trabalho, {V}. Não dá pra faltar toda semana. Pedido #6120394"),
            (20, "porra, {V}. 20 dias com essa geladeira amassada ocupando a cozinha. não quero cupom, quero a troca que vocês prometeram no protocolo 20261012337561"),
            (27, "Abri no consumidor.gov.br. Pedido #6120394 da {V}, geladeira entregue danificada em 09/10, 3 coletas não realizadas. Tudo documentado."),
            (34, "{days} dias. a geladeira continua aqui, amassada. a {V} respondeu no consumidor.gov dizendo que 'a coleta foi realizada'. NÃO FOI. tenho câmera. vou anexar o vídeo"),
        ],
    },
    {
        "code": "R4", "lang": "pt", "country": "br", "first": "Tiago", "last": "Martins", "gender": "m",
        "source": "reddit", "handle": "u/thiago_mrtns", "name": "thiago_mrtns", "start": "2026-10-19",
        "since": "2026-10-16", "subreddit": "investimentos",
        "crm": {"name": "Tiago Martins Rocha", "link": "email_only", "email": "thiago.mrtns@gmail.com"},
        "posts": [
            (0, "[Veloz Card] Compra de R$ 1.249,00 lançada duas vezes na fatura\n\nComprei um celular na própria Veloz dia 16/10, pagamento único no Veloz Card. Na fatura apareceram dois lançamentos de R$ 1.249,00 com o mesmo código. Contestei no app (contestação 88410-2). Alguém já passou por isso? Quanto tempo leva?"),
            (9, "Atualização: a contestação 88410-2 foi 'encerrada' pela Veloz sem explicação e a fatura fechou com os dois lançamentos. Ou pago R$ 2.498,00 por um celular de R$ 1.249,00 ou entro no rotativo. Abri nova contestação."),
            (17, "Paguei só o valor correto e agora a Veloz cobrou juros do rotativo sobre os R$ 1.249,00 duplicados. O atendente disse que 'não tem visibilidade'. Alguém sabe se o Bacen aceita reclamação de cartão de varejista?"),
            (26, "Registrei no Banco Central (protocolo 2026/1107-55231). Com a onda de cobranças duplicadas no Veloz Card que saiu no jornal, espero que agora andem. Sigo sem estorno."),
            (33, "Update: a Veloz estornou os R$ 1.249,00, mas os juros de R$ 87,43 continuam na fatura. Meio resolvido. Contestei os juros também, vamos ver."),
        ],
    },
    {
        "code": "R5", "lang": "es", "country": "mx", "first": "Mariana", "last": "Torres", "gender": "f",
        "source": "x", "handle": "@maritorres_mx", "name": "Mariana Torres", "start": "2026-10-21", "since": "2026-10-21",
        "crm": {"name": "Mariana Torres Aguilar", "link": "exact"},
        "posts": [
            (0, "{@} mi pedido VZ-MX-2207715 (laptop, $18,499) aparece como entregado hoy a las 13:40 y NO me llegó nada. Estuve en casa todo el día. ¿Qué pasó?"),
            (1, "{@h} ya levanté el reporte, folio 4471209. El repartidor ni tocó. Tengo la grabación de la cámara de la entrada"),
            (4, "4 días y nada. {V} me dice que 'están investigando con la paquetería'. Son $18,499 pesos, no un llavero. Pedido VZ-MX-2207715"),
            (8, "Me hablaron de {V} para decirme que el paquete 'se entregó a un vecino'. ¿A cuál? Vivo sola en una casa. Folio 4471209"),
            (13, "Dos semanas sin laptop y sin reembolso. Ya fui a Profeco. Pedido VZ-MX-2207715, $18,499 MXN. Neta ya no sé qué más hacer {@}"),
            (19, "{@} ya les mandé el video, el folio, la queja de Profeco. ¿Qué más necesitan para devolverme mi dinero? Es ridículo"),
            (26, "{days} días. Pedido VZ-MX-2207715. Sigo esperando. Con el Buen Fin encima y ustedes sin resolver un reembolso de $18,499. Qué poca seriedad, {V}"),
        ],
    },
    {
        "code": "R6", "lang": "es", "country": "es", "first": "Javier", "last": "Molina", "gender": "m",
        "source": "mastodon", "handle": "@jmolina@masto.es", "name": "Javier Molina", "start": "2026-10-06",
        "since": "2026-10-01",
        "crm": {"name": "Javier Molina Pérez", "link": "exact"},
        "posts": [
            (0, "Devolví a Veloz un móvil (pedido VZ-ES-0391866) el 1 de octubre. Según el seguimiento lo recibieron el 3. Los 249,99 € aún no han vuelto a mi cuenta. #Veloz"),
            (8, "Segunda semana esperando el reembolso de 249,99 € de #Veloz. Me dicen que 'el almacén tiene que validar la devolución'. Ya la validó: tengo el correo."),
            (17, "Tercera llamada a atención al cliente de #Veloz. Caso 7781-ES. Me vuelven a pedir el número de seguimiento que ya he dado dos veces. 249,99 €. Vaya tela."),
            (29, "Un mes. He presentado una hoja de reclamaciones online en Consumo. Pedido VZ-ES-0391866, 249,99 €. Me parece increíble tener que llegar a esto con #Veloz"),
            (41, "Actualización: Veloz ha devuelto 249,99 €... menos 12,50 € de 'gastos de gestión' que nadie mencionó. Sigo reclamando los 12,50 €. Es cuestión de principios. #Veloz"),
        ],
    },
    {
        "code": "R7", "lang": "en", "country": "us", "first": "Derek", "last": "Hollis", "gender": "m",
        "source": "x", "handle": "@derekhollis", "name": "Derek Hollis", "start": "2026-10-13", "since": "2026-10-11",
        "crm": {"name": "Derek Hollis", "link": "exact_case", "x": "@DerekHollis"},
        "posts": [
            (0, "{@h} there's a $612.40 charge on my Veloz Card from a merchant I've never heard of (Oct 11). Card is locked, dispute filed, case #VC-00829137. How long do these usually take?"),
            (5, "Day 5 on dispute #VC-00829137. Still showing the $612.40 charge and no provisional credit. My other cards give provisional credit within 48h. {@}"),
            (12, "{@h} got an email saying my dispute was 'closed - transaction verified.' Verified how? I was at work in Newark, card was in my wallet. $612.40. Reopening."),
            (19, "Three weeks fighting a $612.40 fraudulent charge on my Veloz Card. Case #VC-00829137. Filed a complaint with the CFPB today. Didn't want to go there, but here we are."),
            (26, "{V}'s fraud team asked me to mail a notarized affidavit. Did it. Certified mail, tracking shows delivered Nov 6. Still nothing. $612.40."),
            (33, "Just got charged interest on the disputed $612.40. You can't be serious, {@}. Case #VC-00829137, CFPB complaint open."),
            (40, "{days} days. Provisional credit for the $612.40 finally posted on my Veloz Card, but the interest charge is still there and the case is still 'under review'. Halfway there I guess"),
        ],
    },
    {
        "code": "R8", "lang": "en", "country": "us", "first": "Priya", "last": "Raman", "gender": "f",
        "source": "bluesky", "handle": "priyaraman.bsky.social", "name": "Priya Raman", "start": "2026-11-02",
        "since": "2026-11-02",
        "crm": {"name": "Priya Raman", "link": "exact"},
        "posts": [
            (0, "Bought a washer from Veloz (order #VZ-US-1180452, $749 with installation). Install window was today 8–12. Took the morning off. Nobody came, no call. {@}"),
            (4, "Rescheduled Veloz install for today 1–5pm. No-show again. That's two PTO half-days for a washer that's still sitting in a box in my hallway. #VZ-US-1180452"),
            (9, "Third install appointment, third no-show. Veloz support says the 'partner installer' is responsible. I bought it from you, not from them. {@}"),
            (15, "Gave up and paid a local plumber $120 to install the Veloz washer. Asked Veloz to refund the $89 installation fee I paid them. They offered a $15 coupon. No."),
        ],
    },
]

# ---------------------------------------------------------------- coordinated group
COORDINATED_ACCOUNTS = [
    {"source": "x", "handle": "@alerta_consumo7", "name": "Alerta Consumidor"},
    {"source": "x", "handle": "@cidada_atenta_", "name": "Cidadã Atenta 🇧🇷"},
    {"source": "x", "handle": "@verdades_br22", "name": "Verdades BR"},
    {"source": "bluesky", "handle": "brasilalerta.bsky.social", "name": "Brasil Alerta"},
    {"source": "x", "handle": "@luiza_indignada", "name": "Luiza Indignada"},
]
LINK = "https://dossieveloz.site/verdade"
# (local BRT time, texts per account; None = account skipped that occasion)
COORDINATED_OCCASIONS = [
    ("2026-10-08 21:12", [
        "🚨 ATENÇÃO: a Veloz está vendendo os dados de vocês! Desinstalem o app AGORA e compartilhem. Dossiê completo 👉 " + LINK + " #VelozGolpe",
        "🚨 ATENÇÃO: a Veloz está vendendo os dados de vocês! Desinstalem o app AGORA e compartilhem. Dossiê completo 👉 " + LINK + " #VelozGolpe",
        "🚨 ATENÇÃO: a @veloz está vendendo os dados de vcs! Desinstalem o app AGORA e compartilhem. Dossiê completo 👉 " + LINK + " #VelozGolpe",
        "🚨 ATENÇÃO: a Veloz está vendendo os dados de vocês! Desinstalem o app AGORA e compartilhem. Dossiê completo 👉 " + LINK + " #VelozGolpe",
        "ATENÇÃO: a Veloz está vendendo os dados de vocês!! Desinstalem o app AGORA e compartilhem. Dossiê completo: " + LINK + " #VelozGolpe 🚨",
    ]),
    ("2026-10-27 12:03", [
        "Eles não querem que você veja isso 👇 " + LINK + " #BoicoteVeloz",
        "Leiam antes que a Veloz derrube: " + LINK,
        "A VELOZ MENTE. As provas estão aqui: " + LINK,
        None,
        "compartilhem!!! a Veloz tá apagando tudo " + LINK + " #VelozGolpe #BoicoteVeloz",
    ]),
    ("2026-11-15 20:41", [
        "VELOZ = GOLPE. Não compre, não assine, não confie. #BoicoteVeloz #VelozGolpe",
        "VELOZ = GOLPE. Não compre, não assine, não confie. #BoicoteVeloz #VelozGolpe",
        "VELOZ = GOLPE. Não compre, não assine, não confie. #BoicoteVeloz #VelozGolpe",
        "VELOZ = GOLPE. Não compre, não assine, não confie. #BoicoteVeloz #VelozGolpe",
        "VELOZ = GOLPE. Não compre, não assine, não confie. #BoicoteVeloz #VelozGolpe",
    ]),
]

# ---------------------------------------------------------------- spam accounts
SPAM_ACCOUNTS = [
    {"lang": "pt", "country": "br", "source": "x", "handle": "@ofertas_relampg", "name": "Ofertas Relâmpago 🔥", "posts": 5},
    {"lang": "pt", "country": "br", "source": "bluesky", "handle": "rendaextra-agora.bsky.social", "name": "Renda Extra Agora", "posts": 3},
    {"lang": "pt", "country": "br", "source": "youtube", "handle": "@GanheDinheiroHoje2026", "name": "Ganhe Dinheiro Hoje", "posts": 4},
    {"lang": "es", "country": "mx", "source": "x", "handle": "@promos_mx_hoy", "name": "Promos MX Hoy", "posts": 4},
    {"lang": "es", "country": "ar", "source": "youtube", "handle": "@SorteosYPremiosAR", "name": "Sorteos y Premios", "posts": 3},
    {"lang": "en", "country": "us", "source": "x", "handle": "@deals4u_247", "name": "Deals 4 U 24/7", "posts": 4},
    {"lang": "en", "country": "us", "source": "reddit", "handle": "u/giftcard_plug_99", "name": "giftcard_plug_99", "posts": 2},
]
SPAM_LINKS = ["https://veloz-cupom.shop/r/", "https://promo-vlz.click/", "https://bit.ly/", "https://ganhe-agora.top/"]
