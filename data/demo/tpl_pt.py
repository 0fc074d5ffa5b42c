"""Hand-written pt-BR text pools for the Veloz demo data (used by generate.py).

Slots in {braces} are filled by generate.py (see SLOTS there). Nothing here is
copied from any dataset: every line was written for this fictional company.
"""

LANG = "pt"

TAGS = ["#Veloz", "#veloz", "#VelozEntrega", "#VelozCard", "#VelozPlus", "#BlackWeekVeloz"]

CITIES = {
    "br": ["São Paulo", "Campinas", "BH", "Recife", "Porto Alegre", "Curitiba", "Salvador", "Fortaleza",
           "Manaus", "Goiânia", "Floripa", "Natal", "Belém", "Ribeirão Preto", "Sorocaba", "Uberlândia",
           "Juiz de Fora", "Londrina", "Niterói", "São Luís", "Teresina", "Maceió", "Cuiabá", "Vitória",
           "Joinville", "Santos", "Osasco", "Guarulhos", "Jundiaí", "Caxias do Sul", "Feira de Santana",
           "Campina Grande", "Aracaju", "Maringá", "Bauru", "São José dos Campos"],
}
COURIERS = ["seu Jorge", "Cleiton", "Maurício", "dona Célia", "Wellington", "Edson", "Rafa", "seu Antônio", "Josi", "Marquinhos"]
STORES = {"br": ["Mercado Livre", "Shopee", "Amazon", "Magalu", "AliExpress", "Casas Bahia"]}
BANKS = {"br": ["Nubank", "Inter", "C6", "PicPay", "Itaú"]}
LAUGH = {"br": ["kkkkk", "kkkkkkkk", "KKKKKK", "kkk", "rsrs", "kkkkkk"]}
CATS = ["eletrônicos", "eletro", "casa", "moda", "mercado", "games", "beleza", "pet", "informática"]
MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
WRONG = {"br": ["uma capinha de celular", "um pacote de meias", "um carregador genérico", "uma caixa vazia",
                "o modelo 110V (pedi 220V)", "a cor errada", "um livro de receitas", "um tapete de banheiro",
                "um kit de pilhas", "um produto usado"]}
COUPONS = ["VELOZ", "FRETE", "VOLTA", "PRIMEIRA", "APP", "CLIENTE"]

# ---------------------------------------------------------------- neutral chatter
NEUTRAL = {
    "question": [
        "alguém sabe se a {V} entrega em {city}? achei {uart} com preço bom lá mas nunca comprei",
        "a {V} entrega em {city}? queria pedir hoje ainda",
        "Pergunta séria: o Veloz Card vale a pena pra quem gasta pouco? anuidade zero mesmo ou tem pegadinha?",
        "alguém aqui assina o VelozPlus? o frete grátis compensa ou é só pra quem compra toda semana?",
        "qual o prazo normal da {V} pra {city}? pedi {uart} ontem e tô ansios{ga} {kkk}",
        "gente o cashback do Veloz Card cai na hora ou demora uns dias?",
        "vale mais a pena comprar {uart} na {V} ou no {store}? to em dúvida faz uma semana",
        "{@} vcs têm loja física em {city} ou é só online mesmo?",
        "{@} o cupom {coupon} vale pra {cat} também ou só pra moda?",
        "alguém sabe se dá pra parcelar em 10x sem juros na {V} usando cartão de outro banco?",
        "alguém trabalha na {V}? como é o ambiente? pensando em mandar currículo pro CD de {city}",
        "como funciona pra ser entregador do Veloz Entrega? precisa ter moto ou bike serve?",
        "como muda o endereço de entrega no app da {V} depois de pagar? não achei a opção em lugar nenhum",
        "dúvida: se eu cancelar o VelozPlus perco os cupons que já tenho na conta?",
        "o limite do Veloz Card aumenta sozinho ou tem que pedir no app?",
        "dá pra pagar a fatura do Veloz Card no Pix? minha mãe tá perguntando 😅",
        "alguém já fez compra de mercado pela {V}? as frutas chegam boas ou vem tudo amassado?",
        "{V} aceita vale-alimentação? 🤔",
        "quem já comprou celular na {V}: vem lacrado e com nota fiscal certinho?",
        "a {V} tem aquele esquema de retirar em armário/locker? trabalho o dia todo fora",
        "pergunta de leiga: o Veloz Card é crédito mesmo ou só pré-pago?",
        "alguém sabe qual transportadora a {V} usa pro interior de MG? aqui sempre atrasa tudo",
        "a garantia estendida da {V} é deles mesmo ou de seguradora? alguém já acionou?",
        "{@} vai ter Black Week esse ano? já tô separando o dinheiro {kkk}",
        "qual a diferença do VelozPlus pro Veloz Card? é tudo a mesma conta?",
        "alguém sabe se o app da {V} roda em iPhone antigo? o meu é um 8 e tá sofrendo",
        "tem como comprar na {V} sem cadastrar cartão? só pix?",
        "meu pai quer comprar {uart} mas não confia em compra online. alguém já comprou coisa grande na {V}? chega direitinho?",
        "a {V} entrega no sábado? preciso receber {art} até domingo",
        "quem usa Veloz Card: a cotação em compra internacional é boa? vou viajar mês que vem",
        "alguém sabe o SAC da {V}? só acho o chat do app",
        "gente a {V} tem programa de indicação? tipo ganha cupom se chamar amigo?",
        "como eu faço pra ser vendedor na {V}? é marketplace ou só eles que vendem?",
        "o VelozPlus dá desconto no Veloz Entrega de restaurante também ou só nas compras da loja?",
    ],
    "promo": [
        "🔥 cupom {coupon} na {V} dando {pct}% em {cat}. corre que acaba rápido",
        "a {V} tá com {uart} por {amount}. tá bom esse preço ou é maquiagem de black friday? 👀",
        "RT pra quem precisa: frete grátis na {V} acima de R$ 79 até domingo {tag}",
        "ativei o Veloz Card só pelo cashback de {cash} na primeira compra, não vou mentir",
        "promo relâmpago da {V} hoje até meia-noite. coloquei até alarme {kkk}",
        "o jingle novo da {V} não sai da minha cabeça socorro 🎶",
        "a propaganda da {V} com o cachorrinho entregador é fofa demais {kkk}",
        "olha isso: a {V} tá dando 3 meses de VelozPlus grátis pra quem ativar o cartão",
        "quem tiver precisando de {product}, tá {amount} na {V} agora. não é publi, só achei barato mesmo",
        "{V} liberou cupom de {pct}% pra primeira compra no app, código {coupon} {emo}",
        "chegou aquela época do ano: meu carrinho da {V} com 14 itens e minha conta com R$ 37",
        "vi no story de uma influencer que a {V} vai fazer live shop hoje às 20h com desconto. alguém vai assistir?",
        "a {V} tá sorteando um ano de VelozPlus no insta deles, quem quiser participar",
        "cashback em dobro no Veloz Card pra compras de {cat} essa semana. anotado",
        "Frete grátis + {pct}% OFF no app da {V} com {coupon}. Quem precisar, aproveita {tag}",
        "{uart} por {amount} na {V}? alguém sabe se é bom? o preço tá suspeito de tão bom",
        "a {V} mandou e-mail com cupom de aniversário. mimo aceito {emo}",
        "baixei o app da {V} só pelo cupom de {pct}% e já gastei mais do que economizei. clássico",
    ],
    "opinion": [
        "usei {V} e {store} esse mês. a {V} entregou mais rápido, o {store} tava mais barato. cada um com seu b.o.",
        "o app novo da {V} ficou bonito mas mudaram o botão de rastreio de lugar, levei uns 5 min pra achar",
        "sinceramente a {V} é ok. nem amo nem odeio. entrega no prazo e pronto",
        "o Veloz Card lembra muito o {bank} no começo. vamos ver se vinga",
        "interessante a {V} botar locker de retirada em estação de metrô. facilita pra quem passa o dia fora",
        "to vendo muito entregador da {V} de bike elétrica aqui em {city}. cresceram mesmo né",
        "alguém mais acha que a {V} manda notificação demais? desativei tudo",
        "comparei o preço {dart} na {V}, no {store} e no site do fabricante. diferença de uns 20 reais, nada demais",
        "acho curioso a {V} ser brasileira e estar crescendo no México. não esperava",
        "opinião impopular: o VelozPlus só vale se vc pede mercado. pra eletrônico não compensa",
        "a embalagem da {V} melhorou muito, agora vem com papel em vez de plástico bolha. ponto pra eles",
        "pra quem mora no interior a {V} ainda demora bastante, mas pelo menos o rastreio é honesto",
        "o robô do chat da {V} se chama Vel e é simpático até demais {kkk}",
        "não sou cliente mas a {V} patrocinar time feminino de vôlei foi bonito de ver",
        "o novo layout do app da {V} tem cara de banco. não sei se gostei",
        "pra mim a {V} ganha no prazo e perde no preço. depende da pressa",
        "fiz as contas e o VelozPlus se pagou em 2 pedidos esse mês. nada mal",
        "eu gostava mais quando a {V} era só loja. agora é banco, entrega, cashback... daqui a pouco vende plano de saúde",
        "o Veloz Card tem aquele degradê roxo que todo banco digital tem. zero criatividade {kkk}",
        "tenho conta em 4 bancos digitais e o Veloz Card é o único com cashback decente em mercado",
        "a {V} podia ter opção de entrega agendada à noite, eu trabalho até as 19h",
        "não entendo o hype da {V}. comprei uma vez, chegou normal. é uma loja, gente",
        "meu sobrinho tá de entregador na {V} e diz que o pagamento cai certinho toda semana",
        "a {V} e o {store} numa guerra de frete grátis e quem ganha somos nós",
        "o programa de pontos da {V} é confuso demais, nunca sei quanto vale cada ponto",
        "a {V} podia parar de mandar catálogo impresso, ninguém lê isso mais",
        "achei justo a {V} cobrar taxa pra entrega em 2h. quem tem pressa paga, quem não tem espera",
        "o marketplace da {V} tá cheio de vendedor estranho, tem que olhar a reputação antes de comprar",
    ],
    "joke": [
        "minha vida é igual rastreio da {V} às 23h: 'saiu para entrega' e ninguém sabe quando chega {kkk}",
        "eu: esse mês vou economizar\ntambém eu às 2 da manhã: *abre o app da {V}*",
        "o entregador da {V} já sabe meu nome, o nome do meu cachorro e que eu atendo de pijama. é praticamente um relacionamento",
        "a caixa da {V} chegou e o gato já se mudou pra dentro dela 🐈📦",
        "a {V} entrega mais rápido do que eu respondo mensagem no zap",
        "minha mãe chama qualquer entregador de 'o moço da Veloz' {kkk}",
        "namorado perguntou o que eu quero de aniversário. mandei o link do carrinho da {V}. romântica",
        "acordei com a notificação 'seu pedido chegou!' e não lembrava o que tinha comprado. era um espremedor de alho. eu das 2 da manhã me odeia",
        "o robô do chat da {V} me chamou de 'querida cliente' e eu fiquei mais feliz do que deveria",
        "sdds de quando eu não tinha o app da {V} e tinha dinheiro",
        "a notificação da {V} tem o mesmo som do zap e eu caio TODA vez",
        "tenho mais caixa da {V} aqui em casa do que móvel",
        "vida adulta é ficar feliz porque chegou o aspirador que comprei na {V}",
        "meu cachorro late pra todo entregador menos o da {V}. acho que ele ganha petisco escondido",
        "a {V} devia me dar um crachá, já sou praticamente funcionária do mês de tanto que compro",
    ],
    "news_share": [
        "{V} vai abrir centro de distribuição em {city}, dizem que são 800 vagas. bom demais pra região",
        "saiu o resultado do trimestre da {V}: cresceu {pct}% mas ainda perde dinheiro no México {link}",
        "parece que a {V} vai começar a operar na Colômbia ano que vem. tão indo longe",
        "a {V} comprou uma startup de logística de Recife. alguém sabe qual? {link}",
        "li que o Veloz Card passou de 5 milhões de clientes. é muita gente",
        "{V} anunciou entrega em 2h em mais 6 capitais {link}",
        "matéria interessante sobre como a {V} monta as rotas de entrega: {link}",
        "a {V} tá testando entrega por drone no interior de SP? vi um vídeo e não sei se é fake",
        "CEO da {V} deu entrevista dizendo que não pensa em IPO antes de 2028 {link}",
        "a {V} apareceu no ranking de melhores empresas pra trabalhar {link}",
        "vi no jornal que o Procon notificou a {V} por causa de estorno. alguém sabe mais? {link}",
    ],
    "unrelated": [
        "a internet aqui em casa tá veloz hoje, milagre",
        "esse moleque é veloz demais no futsal, mds",
        "Velozes e Furiosos passando na TV de novo e eu assistindo de novo. tradição",
        "treino de tiro hoje: terminei mais veloz que semana passada 🏃‍♀️",
        "meu cachorro é o ser mais veloz do universo quando ouve o barulho do pacote de ração",
        "poema do dia: 'veloz o vento, lenta a saudade' ✍️",
        "aquele carro veloz passando na rua às 3 da manhã acordou o prédio inteiro",
        "alguém lembra do Ligeirinho? o rato mais veloz do México {kkk}",
        "professora de piano: 'não precisa ser veloz, precisa ser limpo'. nunca esqueci",
        "o tempo tá passando veloz demais, como assim já é quase dezembro",
        "comprei um mouse 'ultra veloz' e continuo perdendo no jogo. o problema sou eu",
    ],
    "youtube": [
        "comprei {art} depois desse vídeo, pela {V}, chegou em 2 dias",
        "onde vc comprou? na {V} tá {amount}",
        "o link da {V} na descrição tá dando erro",
        "review honesto, diferente desses publi da {V} que só elogia",
        "alguém sabe se na {V} vem a versão 220V?",
        "vim pela propaganda da {V} {kkk}",
        "esse vídeo é publi da {V}? não tá marcado",
        "a propaganda da {V} antes do vídeo foi melhor que o vídeo {kkk}",
        "comparando com o que paguei na {V}, esse preço aí tá ótimo",
        "usei o cupom do canal na {V} e funcionou, valeu!",
        "alguém aqui trabalha no CD da {V}? o vídeo mostrou bem o corre",
        "minha experiência com a {V} foi parecida, nada de extraordinário mas sem problema",
        "mais alguém achou que o apresentador tava lendo roteiro da {V}? {kkk}",
        "fiz a mesma compra na {V} semana passada, vamos ver se o meu vem igual",
        "queria ver um vídeo comparando o Veloz Card com o {bank}",
    ],
}

EVENTS = {
    "price": [
        "VelozPlus de R$ 14,90 pra R$ 19,90. ainda compensa pra mim mas tá ficando salgado",
        "chegou o e-mail do reajuste do VelozPlus. 33% de aumento, bonito hein {V}",
        "vou esperar pra ver se mantenho o VelozPlus com o preço novo. alguém já cancelou?",
        "a {V} aumentou o VelozPlus mas tirou o valor mínimo do frete grátis. pra mim empatou",
        "R$ 19,90 no VelozPlus... fazendo as contas aqui se ainda vale 🧮",
    ],
    "outage": [
        "o app da {V} caiu? aqui só aparece tela branca",
        "app da {V} fora do ar e eu com o carrinho pronto {kkk}",
        "{@} o app tá fora? não consigo nem logar",
        "a {V} caiu e metade do Brasil ficou sem saber onde tá o pedido 😂",
        "voltou! o app da {V} voltou aqui pra mim",
        "a {V} ficou umas 4h fora hoje, alguém sabe o que aconteceu?",
        "só eu que tô com o app da {V} travando no login?",
    ],
    "double": [
        "alguém mais foi cobrado duas vezes no Veloz Card? vi muita gente reclamando hoje",
        "conferi minha fatura do Veloz Card por causa da história das cobranças em dobro. a minha tá certa, ufa",
        "dica: quem tem Veloz Card, confere a fatura. tão falando de compra duplicada",
    ],
    "leak": [
        "a {V} soltou nota dizendo que não teve vazamento. alguém entendeu de onde saiu esse boato?",
        "troquei a senha da {V} por via das dúvidas. não custa nada",
    ],
    "blackweek": [
        "Black Week da {V}: comprei {art} por {amount}. vamos ver se chega antes do natal {kkk}",
        "o site da {V} tá lento demais hoje, black week né",
        "gente, a {V} tá com desconto de verdade ou é a metade do dobro de novo?",
        "lista de desejos da Black Week {V} montada, agora é rezar pro cartão passar",
        "a Black Week da {V} começou e meu autocontrole terminou",
        "comparei com o histórico de preço e o desconto {dart} na {V} é real. coisa rara",
        "aquela garantia de 'preço mínimo' da {V} na Black Week funciona? alguém já pediu a diferença?",
    ],
}

POLITE = [
    "Ouvi dizer que a {V} vende dados dos clientes pra outras empresas. É verdade? Alguém sabe de alguma coisa oficial?",
    "vi um vídeo dizendo que a {V} vai falir. procede? tenho cashback acumulado lá",
    "É verdade que a {V} não paga direito os entregadores? Pergunto sério, queria entender antes de assinar o VelozPlus",
    "Um amigo disse que o Veloz Card cobra taxa escondida. Quem tem pode confirmar?",
    "Recebi no grupo da família que vazaram os dados da {V}. Alguém viu nota oficial ou é fake?",
    "me disseram que a {V} pega produto devolvido e revende como novo. isso é verdade?",
    "li num comentário que o app da {V} escuta o microfone pra mostrar anúncio. tem fundamento?",
    "{@} é verdade que vcs vão acabar com o frete grátis do VelozPlus? vi uns boatos",
    "uma amiga falou que a {V} tá sendo investigada. alguém sabe o motivo? não achei nada",
    "Pergunta honesta: a {V} é brasileira mesmo ou foi vendida pra fundo estrangeiro? vi gente falando",
]

# ---------------------------------------------------------------- fans
FAN = [
    "pedi {uart} ontem à noite e chegou hoje às {hour} 😍 {V} não decepciona",
    "a {V} me salvou: esqueci o presente da minha mãe e entregaram em 3h aqui em {city} 🙏",
    "atendimento da {V} nota 10. {art} veio com defeito e trocaram em 2 dias, sem burocracia",
    "VelozPlus é o melhor dinheiro que eu gasto no mês. frete grátis em tudo, até numa pilha",
    "o Veloz Card me devolveu {cash} de cashback esse mês. amo",
    "o entregador da {V} hoje foi um amor, subiu 4 andares de escada pq o elevador tava quebrado. valeu, {courier}! 💜",
    "{@} vcs são demais, chegou antes do prazo e super bem embalado ❤️",
    "impressionante como a {V} melhorou. ano passado eu vivia reclamando, hoje só elogio",
    "comprei {art} na {V}, chegou em {n} dias, tudo certinho. recomendo demais",
    "que foda, pedi às 10h e às 14h tava aqui. {V} é outro nível",
    "troquei todos os meus apps de compra pela {V}. simples, rápido e sem enrolação",
    "o chat da {V} resolveu meu problema em 5 min. tô em choque {kkk}",
    "Veloz Card aprovou meu limite mesmo eu sendo autônoma. gratidão 🙌",
    "primeira compra na {V} e já virei cliente. embalagem caprichada e chegou antes do prazo",
    "porra, a {V} entregou domingo à noite. nem sabia que dava",
    "minha vó comprou sozinha pelo app da {V}. se ela conseguiu, o app é bom mesmo {kkk} ❤️",
    "o estorno da {V} caiu em 1 dia útil. nunca vi isso em lugar nenhum",
    "entrega da {V} aqui em {city} tá cada vez mais rápida. hoje foi em 2h 🚀",
    "mais uma vez a {V} salvando meu fim de semana, chegou {art} a tempo do churrasco",
    "não costumo elogiar empresa mas o pós-venda da {V} merece",
    "a {V} me mandou cupom de desculpas por 1 dia de atraso. isso que é respeito com cliente",
    "amo que a {V} avisa quando o entregador tá a 5 min. dá tempo de descer",
    "usei o Veloz Card na viagem pra Argentina e a cotação foi melhor que a do meu banco. top",
    "cancelei o VelozPlus pelo app em 2 cliques, sem ligação, sem drama. é assim que tem que ser",
    "devolvi {uart} que não serviu, o entregador buscou em casa e o dinheiro já voltou. perfeito",
    "cliente desde 2021 e nunca tive problema sério com a {V} {emo}",
    "o app da {V} é o único onde eu acho as coisas sem sofrer",
    "chegou {art} que pedi na {V}!!! {emo}{emo} melhor compra do ano",
    "{@} obrigada pelo atendimento de hoje, a Bruna do chat foi super atenciosa 💜",
    "10/10 pra {V}: rastreio certinho, entregador educado, produto original",
    "fui de Veloz Entrega pela primeira vez e a comida chegou quentinha. surpresa boa",
]
FAN_YT = [
    "comprei {art} na {V} depois desse vídeo e chegou em 2 dias, perfeito",
    "a propaganda da {V} é a única que eu não pulo {kkk}",
    "{V} patrocinando esse canal, que orgulho, cliente há anos",
    "já comprei 3 vezes na {V} por indicação do canal, nunca deu problema",
    "o meu veio da {V} também, embalagem impecável 👏",
]
FAN_EVENT = {
    "blackweek": [
        "a {V} tá de parabéns na Black Week. comprei {art} por {amount} e já chegou",
        "comprei na Black Week da {V} ontem e chegou hoje. como???",
    ],
}

# ---------------------------------------------------------------- founded one-off complaints
COMPLAINT = {
    "late": [
        "meu pedido {order} era pra chegar dia {due} e até agora nada. rastreio parado há {days} dias",
        "comprei {uart} dia {date}, prometeram entrega em {n} dias úteis e tô há {days} dias esperando",
        "o rastreio do pedido {order} tá 'em rota de entrega' desde {date}. que rota é essa que não acaba?",
        "{days} dias de atraso no pedido {order} e ninguém me dá previsão. o chat só fala 'aguarde'",
        "pedido {order}: prazo era {due}, remarcaram pra {due2} e hoje simplesmente sumiu a previsão do app",
        "paguei frete expresso no pedido {order} pra receber em 1 dia. já são {days}",
        "{art} que comprei dia {date} era pra ser presente e o aniversário já passou. pedido {order} sem previsão",
    ],
    "damaged": [
        "{art} chegou com a caixa toda amassada e quebrad{o}. pedido {order}. tenho foto e vídeo da abertura",
        "recebi hoje {art} (pedido {order}) e não liga de jeito nenhum. o lacre tava violado",
        "abri a caixa e {art} tava trincad{o}. pedi troca dia {date} e até agora só 'em análise'",
        "{art} veio riscad{o} e faltando peça. paguei {amount} em produto novo, não em mostruário",
        "{art} veio com defeito, desliga sozinh{o} toda hora. pedido {order}, 3 dias de uso",
    ],
    "wrong": [
        "pedi {uart} e veio {wrong}. PEDIDO {order}. como assim?",
        "comprei {art} por {amount} e recebi {wrong}. já abri devolução, só quero o produto certo",
        "veio {wrong} no lugar {dart}. pedido {order}. alguém na expedição tá de brincadeira",
    ],
    "marked_delivered": [
        "o app diz que o pedido {order} foi entregue hoje às {hour}, mas NINGUÉM veio aqui. tenho câmera na porta",
        "pedido {order} consta como entregue desde {date}. não recebi nada e a portaria confirma que não veio entregador",
        "marcaram como entregue {art} que comprei e eu não recebi. a assinatura no comprovante nem é minha. pedido {order}",
    ],
    "double_charge": [
        "fui cobrad{ga} duas vezes no Veloz Card pela mesma compra de {amount} dia {date}. quero o estorno da segunda",
        "a fatura do Veloz Card veio com a compra de {amount} duplicada. contestei no app e nada",
        "cobrança em dobro no Pix: paguei {amount} no pedido {order} e o app cobrou de novo",
    ],
    "refund": [
        "cancelei o pedido {order} dia {date} e o estorno de {amount} ainda não caiu. o prazo era 5 dias úteis",
        "devolvi {art} faz {days} dias, a {V} confirmou que recebeu, e cadê meu reembolso de {amount}?",
        "o reembolso do pedido {order} tá 'processando' há {days} dias. {amount} é dinheiro pra mim",
    ],
    "subscription": [
        "cancelei o VelozPlus em {month} e continuam cobrando {plus} na fatura. tenho print do cancelamento",
        "fui cobrad{ga} do VelozPlus sem nunca ter assinado. aparece 'renovação automática' de {plus} no meu cartão",
        "o VelozPlus renovou sozinho depois do teste grátis, sem aviso nenhum. {plus} descontado dia {date}",
    ],
    "app_payment": [
        "o app da {V} travou no pagamento, o Pix de {amount} saiu da minha conta e o pedido não aparece",
        "tentei finalizar a compra 3 vezes, deu erro nas 3 e agora tem 3 cobranças de {amount} pendentes no meu cartão",
        "o cupom {coupon} aparece como válido mas some na hora de pagar. testei no app e no site, mesma coisa",
    ],
    "support": [
        "tô há {days} dias tentando falar com um humano no chat da {V}. o robô só manda eu 'verificar o rastreio'. pedido {order}",
        "liguei 4 vezes no SAC da {V} hoje, caiu nas 4 depois de 20 min de espera. protocolo {proto}",
        "cada atendente da {V} me fala uma coisa sobre o pedido {order}. um diz que extraviou, outro que tá em rota",
    ],
    "installation": [
        "agendaram a instalação {dart} pra {date} das 8h às 12h. faltei no trabalho e ninguém apareceu",
        "a {V} vende {art} com 'instalação inclusa' e já remarcaram 2 vezes. tá encaixotad{o} na sala há {days} dias",
    ],
    "cashback": [
        "o cashback de {cash} da compra {order} sumiu do app. tava lá ontem",
        "comprei na promoção de cashback em dobro e recebi só o simples. diferença de {cash}, mas é o princípio",
    ],
    "card_blocked": [
        "meu Veloz Card foi bloqueado do nada e no app só aparece 'entre em contato'. contato com quem, se ninguém atende?",
        "Veloz Card recusado no mercado hoje, com limite disponível e fatura paga. passei vergonha no caixa",
        "pedi aumento de limite e bloquearam o cartão 'por segurança'. tô sem cartão há {days} dias",
    ],
    "price_change": [
        "{art} tava {amount} no carrinho e na hora de pagar subiu pra {amount2}. isso é propaganda enganosa",
        "anunciaram frete grátis e cobraram {small} de frete no pedido {order}",
    ],
    "missing_items": [
        "pedi mercado pela {V}, vieram 7 dos 12 itens e cobraram tudo ({gamount}). pedido {order}",
        "faltou metade das coisas da compra de mercado e o app diz que foi entregue completa. pedido {order}, {gamount}",
    ],
    "courier": [
        "o entregador da {V} jogou a caixa por cima do portão. {art} chegou com a quina amassada. pedido {order}",
        "deixaram meu pedido {order} na calçada, na chuva, sem tocar a campainha. caixa encharcada",
        "o entregador pediu o código de confirmação e foi embora sem entregar. agora o pedido {order} tá como 'entregue'",
    ],
}
COMPLAINT_EVENT = {
    "outage": [
        "o app da {V} caiu BEM na hora do pagamento. o Pix de {amount} saiu e o pedido não existe. e agora?",
        "{@} o app caiu e meu pedido {order} sumiu do histórico. paguei {amount}",
        "paguei {amount} durante a queda do app e o pedido ficou 'aguardando pagamento'. o dinheiro já saiu da conta",
    ],
    "double": [
        "Veloz Card me cobrou DUAS vezes a compra de {amount} do dia {date}. e pelo visto não fui só eu",
        "a fatura de novembro do Veloz Card veio com 3 compras duplicadas. {amount} a mais. {V}, resolve isso",
        "lançamento duplicado de {amount} na fatura do Veloz Card. a empresa diz que vai estornar 'automaticamente'. quando?",
    ],
    "blackweek": [
        "comprei {art} na Black Week da {V} por {amount} e 2 dias depois cancelaram por 'falta de estoque'. o anúncio continua lá, agora por {amount2}",
        "pedido {order} da Black Week com entrega prevista pra janeiro?? paguei frete expresso",
        "{art} tava {amount2} semana passada, 'baixou' pra {amount} na Black Week. o preço de antes era {amount}. desconto de mentira",
    ],
}
OPENERS = ["{@}", "{@} {@h}", "Bom dia {@}", "Boa noite {@h}", "oi {@}", "{@h} socorro", "alguém da {V} pode me ajudar?",
           "gente,", "{@h}", "{@}"]
PRE_MAD = {
    1: ["sério isso?", "que descaso.", "inacreditável.", "tô perdendo a paciência.", "mds.", "aff.", "de novo isso?"],
    2: ["QUE MERDA.", "puta que pariu.", "porra, {V}!", "caralho, que raiva.", "que palhaçada.", "puta merda.",
        "que ódio.", "PQP."],
}
POST_MAD = {
    1: ["😒", "🙄", "decepcionante.", "tá difícil.", "que fase."],
    2: ["que merda viu", "tô put{ga}", "que porra é essa", "🤬🤬", "palhaçada isso", "tô cansad{ga} dessa merda"],
}
ASK = ["quero meu dinheiro de volta.", "resolvam por favor.", "já abri o protocolo {proto} e nada.",
       "alguém da {V} me responde?", "se não resolverem até amanhã vou pro Reclame Aqui.", "vou ter que ir no Procon?",
       "era presente de aniversário do meu filho.", "preciso disso pra trabalhar.", "já mandei DM.",
       "respondam a DM por favor.", "protocolo {proto}.", "só quero uma solução.", "alguém já passou por isso?",
       "e ninguém responde o chat."]
DETAIL = ["Já tentei chat, telefone e e-mail.", "Tenho todos os prints.", "Sempre comprei lá sem problema, primeira vez que acontece.",
          "O atendimento só copia e cola a mesma resposta.", "Não quero cupom, quero resolver.",
          "Já liguei duas vezes.", "Já faz tempo que sou cliente."]
FOLLOW_OPEN = [
    "{days} dias. pedido {order}. nenhuma resposta da {V} até agora",
    "{@h} alguma novidade sobre o pedido {order}? protocolo {proto}",
    "ainda esperando o estorno de {amount}, {V}",
    "o chat da {V} encerrou meu atendimento sem resolver nada. pedido {order}",
    "atualizando: o pedido {order} continua sem resposta. protocolo {proto}",
    "{days} dias e nada ainda. {@h} cadê?",
    "passando pra dizer que a {V} ainda não resolveu. pedido {order}",
    "e o meu reembolso, {V}? já faz {days} dias",
    "me prometeram retorno em 48h. já se passaram 5 dias. pedido {order}",
    "continuo esperando. responderam a DM pedindo os mesmos dados pela terceira vez. {V}",
]
FOLLOW_RESOLVED = [
    "pedido {order} finalmente resolvido, o estorno de {amount} caiu. obrigad{ga} {@h}",
    "atualização: chegou {art}, {days} dias depois, mas chegou. valeu {@h}",
    "resolvido: a {V} fez a troca {dart} sem custo. pedido {order}",
    "só pra registrar: a {V} resolveu o pedido {order} depois do protocolo {proto}. obrigad{ga}",
    "atualizando: a {V} resolveu, o estorno caiu hoje. valeu pelo retorno {@h}",
    "update: chegou! atrasado mas chegou. obrigad{ga} a quem respondeu a DM da {V}",
    "resolvido. a {V} trocou {art} e ainda mandou cupom. fica o registro",
    "a {V} me ligou e resolveu. demorou, mas resolveu 👍",
]

REDDIT_CONTEXT = ["Nunca comprei lá, por isso a dúvida.", "Queria a opinião de quem já usa.", "Desde já agradeço!",
                  "Pesquisei aqui no sub e não achei nada recente.", "Edit: valeu pelas respostas, pessoal."]
REDDIT_TITLES = {
    "complaint": ["Veloz não resolve meu problema, o que faço?", "[Desabafo] Experiência péssima com a Veloz",
                  "Alguém mais passando por isso com a Veloz?", "Como reclamar com a Veloz de um jeito que funcione?",
                  "Veloz: o que fazer quando o SAC não resolve?"],
    "neutral": ["Veloz Card vale a pena?", "VelozPlus compensa?", "Dúvida sobre a Veloz", "Veloz ou Mercado Livre?",
                "Alguém trabalha na Veloz?", "Black Week da Veloz"],
    "fan": ["Elogio pra Veloz (sim, existe)", "Experiência boa com a Veloz"],
}
SUBREDDITS = {"br": ["brasil", "investimentos", "saopaulo", "desabafos", "PergunteReddit", "conversas", "Curitiba"]}

SPAM = [
    "💰 Ganhe R$ 300 por dia trabalhando de casa! Link na bio 👉 #veloz #promo #blackfriday",
    "CUPOM VELOZ 90% OFF 🔥🔥 só hoje, clica aqui: {spamlink} #Veloz",
    "Seguidores reais e baratos 👉 chama no direct #veloz #instagram #marketing",
    "vendo gift card Veloz com desconto, R$ 500 por R$ 350, chama no pv",
    "🎁 SORTEIO VELOZ: 1 iPhone pra quem clicar no link e fizer o cadastro {spamlink}",
    "Empréstimo na hora sem consulta, aceitamos Veloz Card 👉 {spamlink}",
    "renda extra revendendo produtos da Veloz, sem estoque, sem investimento!!! {spamlink}",
]

NEWS_OUTLETS = [
    ("Varejo em Foco", "varejoemfoco.com.br"),
    ("Radar Fintech", "radarfintech.com.br"),
    ("Gazeta do Consumidor", "gazetadoconsumidor.com.br"),
    ("TecnoAgora", "tecnoagora.com.br"),
    ("Logística Hoje", "logisticahoje.com.br"),
]
NEWS = [
    ("2026-09-22", ["Veloz inaugura centro de distribuição em Recife e promete entrega no mesmo dia no Nordeste",
                    "Veloz abre CD em Recife com 800 vagas"],
     "Galpão de 60 mil m² em Jaboatão dos Guararapes deve reduzir prazos em até 2 dias para sete estados."),
    ("2026-09-24", ["Veloz Card chega a 5 milhões de clientes no Brasil"],
     "Cartão sem anuidade da varejista cresce puxado por cashback em supermercado; inadimplência fica em 4,1%."),
    ("2026-09-29", ["Veloz reajusta VelozPlus para R$ 19,90 e amplia frete grátis sem valor mínimo",
                    "Assinatura VelozPlus sobe 33%; empresa diz que benefícios aumentaram"],
     "Novo preço vale para novas assinaturas imediatamente e para assinantes atuais a partir de novembro."),
    ("2026-09-30", ["Como a Veloz usa IA para prever demanda: entrevista com a CTO"],
     "Modelo de previsão roda por bairro e define estoque dos mini-CDs a cada 6 horas."),
    ("2026-10-02", ["Veloz contrata ex-executivo de banco para comandar operação de crédito"],
     "Executivo terá a missão de levar o Veloz Card a 10 milhões de clientes até 2028."),
    ("2026-10-07", ["Varejo online cresce 9% no 3º trimestre; Veloz e rivais puxam alta das entregas rápidas",
                    "E-commerce acelera no trimestre com Veloz e rivais disputando entrega no mesmo dia"],
     "Levantamento aponta que 38% dos pedidos nas capitais já chegam em até 24 horas."),
    ("2026-10-09", ["Veloz amplia armários de retirada para 40 estações de metrô em SP"],
     "Clientes podem retirar pedidos até 23h; expansão para o Rio está prevista para 2027."),
    ("2026-10-14", ["App da Veloz fica fora do ar por cerca de 4 horas",
                    "Instabilidade derruba app e site da Veloz nesta quarta"],
     "Empresa atribui a falha a um fornecedor de nuvem e diz que nenhum dado de cliente foi afetado."),
    ("2026-10-15", ["Veloz pede desculpas por instabilidade e oferece cupom a clientes afetados"],
     "Pagamentos feitos durante a queda serão conciliados em até 48 horas, segundo a companhia."),
    ("2026-10-20", ["Veloz testa entrega por drone em Sorocaba (SP)"],
     "Teste com autorização da Anac atende pedidos de até 2 kg num raio de 8 km."),
    ("2026-10-28", ["Procon-SP notifica Veloz após reclamações sobre prazo de estorno",
                    "Veloz tem 10 dias para explicar atrasos em reembolsos, diz Procon"],
     "Órgão cita aumento de 40% nas queixas sobre devolução de valores em setembro e outubro."),
    ("2026-11-02", ["Veloz Entrega passa a operar em Goiânia e Campo Grande"],
     "Serviço de delivery de restaurantes e mercado chega a 31 cidades."),
    ("2026-11-04", ["Clientes relatam cobranças duplicadas no Veloz Card",
                    "Veloz Card: empresa confirma falha que duplicou lançamentos e promete estorno automático"],
     "Companhia diz que o problema atingiu cerca de 0,8% das faturas de novembro e será corrigido até o dia 12."),
    ("2026-11-06", ["Veloz nega vazamento de dados e diz que lista divulgada em fórum é falsa"],
     "Empresa afirma que os registros não batem com sua base e que acionou a ANPD preventivamente."),
    ("2026-11-11", ["Veloz reporta receita de R$ 4,2 bilhões no 3º trimestre, alta de 31%",
                    "Veloz cresce 31% no trimestre, mas operação no México ainda dá prejuízo"],
     "Margem bruta sobe para 24,6%; Veloz Card já responde por 18% do resultado."),
    ("2026-11-12", ["Veloz anuncia Black Week com 'preço mínimo garantido'"],
     "Se o cliente achar o mesmo produto mais barato na própria Veloz em até 30 dias, recebe o dobro da diferença em crédito."),
    ("2026-11-17", ["Black Week: Veloz diz ter processado 1,2 milhão de pedidos no primeiro dia"],
     "Empresa reconhece lentidão no app no início da madrugada e reforça equipe de atendimento."),
    ("2026-11-19", ["Veloz tem nota 7,8 no Reclame Aqui e índice de solução de 84%"],
     "Maior volume de queixas dos últimos seis meses envolve estorno e atraso de entrega."),
    ("2026-11-20", ["Entregadores do Veloz Entrega em SP fazem paralisação por reajuste de taxa"],
     "Grupo pede aumento de 20% no valor mínimo por corrida; empresa diz que está negociando."),
]
