"""Hand-written Brazilian Portuguese sentence pools for the seed set.

Format: one template per line. Optional tag prefix before the first '|':
comma-separated sector tags (bank, tel, air, shop, food, tech, strm, util,
ride, health, travel). Slots in braces are filled by make_seed.py.
Written by the project's developers (LLM-assisted); fully synthetic.
"""

POOLS = {
    "other": {
        "ad": """
shop|Black Friday antecipada na {b}! Até 70% OFF em {prod} e frete grátis pra todo o Brasil 🔥 {url}
bank|Chega de fila no banco! Abra sua conta {b} em 5 minutos pelo app, sem tarifa de manutenção.
bank|Cansado de pagar taxa abusiva? Com o cartão {b} a anuidade é zero pra sempre. Peça já: {url}
tel|Internet caiu de novo? Com a fibra da {b} isso é coisa do passado. Planos a partir de {amt}/mês.
food|Bateu a fome? Cupom PRIMEIRACOMPRA dá {amt} de desconto no {b}. Só hoje!
air|Passagens a partir de {amt} para {city}! Corre que é por tempo limitado ✈️ {url}
strm|Nunca mais fique sem o que assistir: {b} por {amt} no plano anual. Assine já.
tech|Novo {prod} {b}: bateria que dura 2 dias e câmera que enxerga no escuro. Pré-venda aberta.
util|Conta de luz alta? Cadastre-se no débito automático da {b} e concorra a prêmios.
shop|Preço de matar a concorrência 😱 Só essa semana na {b}. {url}
Nunca mais espere horas no SAC: atendimento 24h pelo WhatsApp. {b}, do seu lado.
ride|Primeira corrida grátis no {b} com o código VAMBORA. Válido até domingo.
food|Entrega em até 30 minutos ou o próximo pedido é por nossa conta. Só no {b} 🛵
bank|Sem burocracia, sem letrinha miúda. Empréstimo na hora com o {b}. Sujeito a análise de crédito.
tel|Chip {b} com 30GB + WhatsApp ilimitado por {amt}. Portabilidade em 1 dia!
shop|Queima de estoque: {prod} em até 12x sem juros. Aproveite antes que acabe! {t}
health|Seu plano de saúde reajustou de novo? Conheça a {b}: preço justo e sem carência para consultas.
travel|Férias chegando! Pacotes para {city} com hotel + aéreo a partir de {amt}. Link na bio.
strm|ESTREIA HOJE no {b}: a série que todo mundo tá comentando. Dá o play! {url}
tech|Cupom de {amt} OFF em toda a linha {b}. Use LUMI10 no checkout.
shop|"Melhor compra que já fiz" — avaliação real de cliente {b} ⭐⭐⭐⭐⭐ Confira: {url}
bank|Pix parcelado chegou no {b}! Pague em até 12x direto no app.
shop|SORTEIO! Siga {h}, curta e marque 3 amigos pra concorrer a um {prod}. Resultado dia {date}.
tel|Cansou de operadora que te deixa na mão? Vem pra {b}. 100% fibra, 0% dor de cabeça.
food|Terça do hambúrguer no {b}: compre 1 e leve 2 🍔
air|Promo relâmpago {b}: voos nacionais com 40% de desconto até meia-noite!
util|A {b} informa: nova agência virtual disponível. Segunda via da conta em 2 cliques.
shop|Troca fácil e sem estresse: na {b} você devolve em até 30 dias. Compre sem medo.
bank|Nome sujo? O {b} te ajuda a renegociar dívidas com até 90% de desconto.
strm|Planos a partir de {amt}. Cancele quando quiser, sem multa. {b}.
tech|Seu celular travando? Troque por um {b} com 50% de desconto na troca do usado.
ride|Chega de esperar ônibus lotado. Vá de {b} e pague menos na primeira semana.
shop|Cupom VOLTA10 pra quem não compra há um tempinho. Sentimos sua falta 💛 {b}
bank|Rende mais que a poupança e sem pegadinha. Conta {b}, seu dinheiro trabalhando por você.
health|Consulta online em 15 minutos com a {b}. Sem sair de casa, sem fila.
        """,
        "news": """
Procon-SP notifica {b} após aumento de reclamações sobre cobranças indevidas.
bank|Justiça condena {b} a pagar {amt} de indenização a cliente que teve a conta invadida.
tel|Anatel aplica multa milionária à {b} por falhas na qualidade do serviço.
air|{b} anuncia nova rota direta entre {city} e Lisboa a partir de março.
Ações da {b} caem 6% após balanço abaixo do esperado.
food|{b} é alvo de ação do MPT por condições de trabalho de entregadores, diz jornal.
tel|Usuários relatam instabilidade na {b} nesta manhã; empresa diz que serviço já foi normalizado.
tech|{b} confirma recall de {prod} por risco de superaquecimento da bateria.
util|Apagão atinge bairros de {city}; {b} diz que equipes estão no local.
bank|{b} lança conta digital para adolescentes a partir de 13 anos.
shop|{b} fecha 40 lojas físicas e aposta no e-commerce.
strm|{b} vai aumentar o preço das assinaturas a partir de {date}, segundo comunicado.
Reclame Aqui divulga ranking de empresas com mais queixas no ano; {b} aparece em 3º lugar.
air|ANAC: {b} lidera índice de pontualidade no mês de julho.
bank|Vazamento expõe dados de clientes do {b}, segundo especialistas; banco nega falha.
ride|Motoristas do {b} fazem protesto em {city} por reajuste nas tarifas.
tech|{b} é eleita a marca de {prod} mais confiável em pesquisa de satisfação.
health|ANS suspende venda de planos da {b} por excesso de reclamações.
Cliente que xingou atendente da {b} é condenado a pagar danos morais.
food|{b} compra concorrente e passa a deter 30% do mercado de delivery.
tel|{b} vai desligar a rede 3G em {city} até o fim do ano.
bank|CEO do {b} diz em entrevista que o banco vai contratar 2 mil pessoas.
shop|PF investiga esquema de fraude envolvendo vendedores do marketplace da {b}.
util|Tarifa de energia da {b} sobe 8% a partir do próximo mês, aprova Aneel.
air|Greve de aeronautas afeta voos da {b} em {city} nesta sexta.
tech|Vazou: imagens do próximo {prod} da {b} aparecem em fórum chinês.
strm|{b} perde 1 milhão de assinantes no trimestre após fim do compartilhamento de senhas.
bank|Golpistas usam nome do {b} para enviar SMS falso; banco orienta clientes a não clicarem em links.
ride|Prefeitura de {city} discute regulamentar apps como o {b}.
shop|Consumidores fazem fila na porta da {b} em {city} para a liquidação de aniversário.
Tribunal derruba multa aplicada à {b} pelo Procon; empresa comemora decisão.
tel|{b} e {b2} anunciam fusão; negócio ainda precisa de aprovação do Cade.
        """,
        "question": """
bank|Alguém sabe se o {b} cobra taxa pra transferência internacional?
strm|Como faço pra cancelar a assinatura do {b} pelo app? não acho o botão
air|Alguém já voou de {b}? Vale a pena ou é melhor ir de ônibus mesmo?
bank|{h} qual o limite do pix noturno de vcs?
tech|O {prod} da {b} aceita carregador de outra marca ou só o original?
food|O {b} entrega em {city}? Procurei e não achei
shop|{h} vcs têm loja física em {city}?
strm|Dá pra usar a mesma conta do {b} em duas TVs ao mesmo tempo?
health|Alguém tem plano da {b}? Cobre terapia?
util|Onde eu pego a segunda via da conta da {b} sem o número do cliente?
bank|Vale mais a pena o cartão do {b} ou do {b2}?
ride|{b} ou {b2}, qual tá mais barato aí na sua cidade?
air|Bagagem de mão na {b} pode ter até quantos kg?
tel|Quanto tá o plano de 500 mega da {b}? Tem fidelidade?
Alguém trabalha na {b}? Queria saber como é o ambiente lá
shop|A {b} parcela em quantas vezes no cartão?
tech|vale a pena trocar meu {prod} antigo pelo novo da {b} ou nem muda nada?
bank|se eu atrasar um dia a fatura do {b} o score cai muito?
food|qual o melhor sushi no {b} aqui em {city}? aceito dicas
bank|pergunta sincera: é seguro deixar dinheiro rendendo no {b}?
util|a {b} faz religação no mesmo dia se eu pagar agora?
travel|Alguém já reservou pelo {b}? Dá pra confiar?
ride|qnto tempo demora pra conta de motorista no {b} ser aprovada?
strm|o {b} vai ter o campeonato esse ano ou foi pra outro streaming?
tel|o app da {b} tá fora do ar ou é só comigo? queria ver minha fatura
air|{h} posso levar o notebook na bagagem de mão normal?
shop|a {b} aceita pix? e se aceitar tem desconto?
tech|alguém sabe quando sai a atualização do sistema pro {prod} da {b}?
bank|como eu aumento o limite do cartão {b}? tem que pedir ou é automático?
health|a {b} tem rede credenciada em {city}?
food|{h} vocês têm opção vegana no cardápio?
bank|o que acontece se eu tiver conta no {b} e no {b2} ao mesmo tempo? pode?
ride|dá pra agendar corrida no {b} pra amanhã cedo?
        """,
        "praise": """
air|Voo com a {b} hoje foi impecável, tripulação super simpática ✈️
food|Pedido chegou em 20 min e quentinho. {b} mandou bem demais
bank|O atendimento do {b} resolveu meu problema em 5 minutos pelo chat. Nota 10.
tech|Tô com o {prod} da {b} há 3 anos e nunca me deu problema.
shop|Comprei na {b} na segunda e chegou na terça. Assim dá gosto.
tel|Técnico da {b} veio hoje, super educado, resolveu tudo e ainda explicou o roteador.
strm|O catálogo do {b} melhorou muito esse ano, parabéns
util|Faltou luz aqui em {city} e a {b} religou em menos de uma hora. Respeito.
ride|Motorista do {b} hoje foi um amor, carro limpinho e cheiroso
health|Fui atendida super rápido na {b}, médica atenciosa. Recomendo.
bank|Primeira vez que um banco me trata como gente. Obrigada {h} 💜
shop|A {b} trocou meu {prod} sem fazer pergunta nenhuma. Cliente fiel agora.
air|{b} me realocou num voo antes do meu sem custo nenhum, que atencioso
food|o entregador do {b} subiu até meu apê pq eu tava com a perna machucada, gente boa demais
tech|atualização nova do {prod} da {b} deixou tudo mais rápido, gostei
travel|Reservei pelo {b} e o hotel era exatamente como nas fotos. Recomendo!
tel|sinal da {b} pegando até no meio do mato no sítio, impressionante
strm|{b} acertou demais nessa série, que produção
bank|o {b} devolveu a tarifa cobrada errado em 1 dia, nem precisei insistir. Assim sim
shop|embalagem da {b} veio impecável, tudo protegidinho
ride|sempre uso o {b} de madrugada e nunca tive problema, me sinto segura
util|atendente da {b} no telefone foi muito paciente comigo, obrigado {name}
food|{b} sempre salvando meu domingo 🙏
tech|a assistência da {b} em {city} consertou meu {prod} em 2 dias. Top.
        """,
        "slang_praise": """
tech|o {prod} novo da {b} é foda demais, a bateria não acaba nunca
food|caralho, o lanche do {b} chegou em 15 min kkkkk
puta que pariu, que atendimento bom da {b} 😭
strm|essa série nova do {b} é absurda de boa, maratonei tudo
air|a {b} é braba, chegou até adiantado
tel|a fibra da {b} tá voando mano, 600 mega cravado
shop|comprei na {b} e chegou no dia seguinte, tô bestinha
o app novo do {b} ficou sinistro, mt bonito
tech|mano o {prod} da {b} é um monstro, roda tudo no ultra
food|que porra de hambúrguer bom é esse do {b} meu deus
strm|o final dessa temporada no {b} foi do caralho, chorei
ride|motorista do {b} hj tava ouvindo um pagodão, melhor corrida da vida kkkk
bank|o cashback do {b} é surreal, caiu na hora
tech|{b} tá de sacanagem com esse preço, barato demais pra ser tão bom
shop|a {b} tá insana nessa promo, já comprei 3 coisas kkk
tel|5G da {b} aqui no centro de {city} é bizarro de rápido
food|{b} é vida, sem condições 🤤
air|assento da {b} é confortável pra caralho, dormi a viagem toda
tech|fone da {b} isolando tudo, absurdo, nem ouvi o ônibus
strm|o {b} botou todos os filmes antigos, tô surtando
        """,
        "sarcasm_praise": """
shop|odeio a {b} por ter promoção boa toda semana, minha conta bancária chora kkkk
food|{b} devia ser proibido de mandar cupom às 23h, como eu vou resistir assim
strm|obrigado {b} por acabar com minhas noites de sono, mais uma temporada maratonada 😩😂
tech|a {b} lançou outra cor do {prod}, pronto, lá se vai meu salário
bank|o {b} me dando limite alto assim parece até que confia em mim kkkk
air|a {b} serviu pão de queijo no voo e agora eu sou refém
food|meu personal odeia o {b} e eu amo ele
ride|o {b} me deixando ir pro trabalho com ar-condicionado me deixou mal acostumado
        """,
        "chatter": """
air|Sentado no aeroporto de {city} esperando o voo da {b}, alguém mais indo pra lá hoje?
food|Hoje é dia de pedir {b} e assistir filme, sem culpa
shop|Minha mãe descobriu a {b} e agora compra tudo lá kkkk
tech|Finalmente troquei meu {prod} por um {b}, vamos ver como vai ser
tel|Mudei pra {b} mês passado, por enquanto tudo tranquilo
strm|tô vendo aquela série do {b} que todo mundo falou, sem spoiler por favor
bank|Abri conta no {b} só pelo cartão bonito, confesso
ride|peguei um {b} e o motorista era meu ex colega de escola kkkkk mundo pequeno
Alguém lembra da propaganda antiga da {b} com o cachorrinho? Saudade
food|pedi {b} pela primeira vez, vamos ver se é tudo isso
travel|planejando a viagem pra {city} pelo {b}, aceito dicas de passeio
util|a {b} mandou um cara ler o relógio da luz e ele fez carinho no meu gato
tech|meu pai ganhou um {prod} da {b} e tá me ligando de 5 em 5 min pra perguntar como usa kkkk
shop|vi a loja nova da {b} no shopping de {city}, tá enorme
air|primeira vez voando, vou de {b}, tô nervosa
bank|trabalhei 4 anos no {b}, hoje é meu último dia. Obrigada a todos ❤️
strm|alguém me indica um filme bom no {b}? tô sem ideia
food|esse comercial novo do {b} não sai da minha cabeça
tel|trocando de operadora pela terceira vez na vida, agora é {b}
ride|fui de {b} pro show ontem, que noite
shop|comprei um {prod} na {b} pro meu irmão de aniversário, torcendo pra ele gostar
health|consulta marcada na {b} amanhã, dente do siso vai embora finalmente
tech|{b} vs {b2}: qual vcs preferem? eu sou time {b}
travel|fim de semana em {city} 😍 reservado pelo {b}
        """,
        "joke": """
bank|o {b} me mandando notificação às 3 da manhã tipo: oi sumida, tá gastando? kkkk
food|minha relação mais estável é com o entregador do {b}
strm|{b} perguntando "você ainda está assistindo?" e eu: sim, não me julgue
tech|meu {prod} da {b} tem mais memória que eu
air|o piloto da {b} falou "tripulação, preparar para pouso" e eu já tô aplaudindo mentalmente
bank|sonhei que o {b} tinha me dado limite de 50 mil, acordei triste
food|o {b} sabe mais da minha vida que minha terapeuta
ride|motorista do {b} perguntou se eu queria conversar e eu respondi "não" com todo amor do mundo
shop|carrinho da {b} com 47 itens e R$ 3 na conta, a vida é isso
tel|a {b} me ligou oferecendo plano e eu fingi que era a minha avó kkkkk
        """,
        "spam": """
💰 GANHE R$ 500 POR DIA trabalhando de casa! Sem experiência. Chama no direct {url}
Sigam {h} pra ganhar seguidores 🔥 sigo de volta 100% #sdv #followback
🚀 ESSA CRIPTO VAI 100X, entra agora antes que seja tarde {url}
shop|Parabéns! Você foi sorteado pela {b} e ganhou um {prod}. Clique para resgatar: {url}
Renda extra garantida 💸💸 fale comigo no zap
bank|Liberação de empréstimo sem consulta ao SPC/Serasa, mesmo negativado, chama 📲 {url}
Compre seguidores reais e curtidas baratinho, entrega imediata {url}
Conteúdo exclusivo 🔞 link na bio
Aposte agora e ganhe bônus de boas-vindas de {amt} 🎰 {url}
tech|iPhone por {amt}?? Sim! Queima de estoque {t} {url}
Quer emagrecer 10kg em 15 dias? Chá milagroso, chama inbox
Trabalho 100% online, só precisa de celular. Interessados comentem EU QUERO
        """,
        "brand_reply": """
Olá! Sentimos muito pelo transtorno. Pode nos chamar no DM com o número do pedido pra gente verificar? 💙
Oi, tudo bem? Vamos te ajudar! Manda uma mensagem no nosso direct com seu CPF, por favor.
bank|Olá, aqui é o {b}! Lamentamos o ocorrido. Nosso time já está analisando seu caso.
shop|Oi! Aqui é da {b}. Vimos sua mensagem e já encaminhamos pra área responsável, tá?
tel|Olá! A {b} informa que a manutenção na sua região foi concluída. Qualquer coisa, estamos aqui.
Que pena que sua experiência não foi boa 😔 Chama a gente no privado que a gente resolve.
food|Oi! O {b} agradece o carinho 💛 Bom apetite!
air|Obrigado por voar com a {b}! Esperamos te ver a bordo novamente ✈️
Olá, {name}! Seguimos à disposição pelo chat do app, 24h por dia.
tech|Oi! A {b} recomenda atualizar o sistema e reiniciar o aparelho. Se persistir, chama no DM.
util|A {b} pede desculpas pela interrupção. O fornecimento foi restabelecido às {hour}.
strm|Oi! Aqui é do {b}. Pode nos mandar um print do erro na DM? 🎬
        """,
        "resolved_thanks": """
Atualizando: a {b} resolveu meu problema, obrigado pelo retorno rápido
shop|Meu pedido {order} chegou! Demorou mas chegou, obrigada {h}
bank|o {b} estornou a cobrança, valeu pela agilidade
tel|internet voltou aqui, valeu {h} pelo suporte
air|{b} me reembolsou certinho, obrigado pela atenção
food|o {b} mandou outro lanche no lugar do que veio errado, atendimento nota 10
util|{h} obrigado, a luz voltou aqui na rua
tech|a {b} trocou o aparelho na garantia, tudo certo agora. Obrigado!
Pessoal da {b} me ligou e resolveu, retiro o que disse ontem
strm|consegui cancelar, obrigado {h} pela ajuda no chat
        """,
        "casual_profanity": """
strm|porra, acabei de ver que o jogo vai passar no {b}, que alegria
food|caralho que calor em {city}, bora pedir um açaí no {b}
ride|puta merda esqueci meu guarda-chuva no {b} que eu peguei kkkk
tech|deixei meu {prod} da {b} cair na privada, sou muito burro kkkk
food|cacete, pedi comida demais no {b}, vou passar mal
air|puta que pariu, quase perdi o voo da {b} pq dormi demais, culpa minha
tel|merda, esqueci de pagar a conta da {b} de novo, tô um desastre esse mês
bank|fodeu, gastei tudo no cartão do {b} nesse fim de semana kkkk
shop|porra de trânsito, vou chegar atrasado na entrevista da {b}
        """,
        "polite_baseless": """
bank|Ouvi dizer que o {b} vende nossos dados, alguém sabe se é verdade?
tel|Dizem que a {b} vai falir, alguém tem informação?
food|Será que o {b} paga direito os entregadores? Fiquei com dúvida depois de um vídeo
tech|Vi um boato de que o {prod} da {b} explode, é sério isso?
air|Uma amiga falou que a {b} tá cortando manutenção dos aviões. Procede?
strm|Alguém sabe se o {b} ouve nossas conversas pelo controle da TV? Vi isso num grupo
bank|é verdade que o {b} bloqueia conta sem motivo? tô pensando em abrir
ride|li em algum lugar que o {b} cobra mais caro de iPhone, será?
health|ouvi falar que a {b} nega tudo quanto é exame, alguém confirma?
shop|é verdade que a {b} vende produto falsificado? queria comprar lá
util|disseram que a {b} vai aumentar a conta em 50%, alguém sabe de onde saiu isso?
tel|tem gente dizendo que a {b} reduz a velocidade de quem usa muito, é isso mesmo?
        """,
        "vague_baseless": """
A {b} anda meio fraca ultimamente, sei lá
food|o {b} já foi melhor
sei não, não curto muito o app novo do {b}
strm|o catálogo do {b} tá meio sem graça esses dias
tech|a {b} parou no tempo, nada de novo
shop|a {b} antigamente era outra coisa
tel|a {b} é ok, nada de especial
air|sinceramente a {b} não é mais aquela
bank|o {b} mudou muito e não sei se pra melhor
ride|{b} tá caro, né? ou é impressão minha
food|não sei o que aconteceu com o {b}, perdeu a graça
hmm {b}… poderia ser melhor
        """,
        "sarcasm_vague": """
que maravilha de empresa hein {b} 🙄
bank|{b} sempre surpreendendo… né
tel|{b} sendo {b}, nenhuma novidade
ah {b}, nunca mude 🙃
shop|claro, {b}, claro 🙄
        """,
        "meta_civility": """
gente, parem de xingar os atendentes da {b}, eles não têm culpa da política da empresa
Trabalho em call center e digo: quem grita com atendente não resolve nada mais rápido
vi uma mulher gritando com o caixa da {b} hoje, que vergonha alheia
food|entregador do {b} não é saco de pancada, se o pedido atrasou reclama no app com educação
Tem um print rodando de um cliente xingando a {b} que é surreal, as pessoas perderam a noção
        """,
        "jobs": """
{b} abre 500 vagas de emprego em {city}; veja como se candidatar
Tô contratando! Vaga de analista de dados na {b}, manda DM
Programa de estágio da {b} com inscrições abertas até {date}. {url}
passei na entrevista da {b}!!! começo segunda 🥹
        """,
    },
    "founded_complaint": {
        "polite_founded": """
shop|Olá {h}, fiz o pedido {order} em {date} e até agora não recebi. Podem verificar, por favor?
bank|Bom dia, {b}. Apareceu uma cobrança de {amt} na minha fatura que eu não reconheço. Como faço pra contestar?
tel|{h} estou sem internet desde {date}, já abri o protocolo {proto} e ninguém veio. Aguardo retorno.
air|Boa tarde {h}, meu voo {flight} foi cancelado e até agora não recebi o reembolso de {amt}. Poderiam me ajudar?
food|Oi {h}, meu pedido veio faltando a bebida e o app não deixa reclamar. Como resolvo?
tech|Olá {b}, meu {prod} parou de carregar com 4 meses de uso e a assistência não responde. Está na garantia.
util|{h} a conta deste mês veio {amt}, quase o triplo do normal, e a casa ficou fechada metade do mês. Podem revisar a leitura?
strm|Cancelei o {b} em {date} e continuo sendo cobrado {amt}. Podem estornar, por favor?
health|{h} a autorização do meu exame está pendente há {dur}. Protocolo {proto}. Alguém pode dar um retorno?
ride|{b}, fui cobrada {amt} por uma corrida que o motorista cancelou. Já mandei pelo app e nada.
tech|Comprei um {prod} na {b} e veio com a tela trincada. Solicitei a troca há {dur} e ainda não tive resposta.
bank|Fiz um pix de {amt} às {hour} e não caiu na conta de destino. O dinheiro saiu da minha conta. Protocolo {proto}.
tel|{h} me cobraram {amt} de multa de fidelidade mas meu contrato já tinha acabado. Gostaria de uma explicação.
travel|Reservei um hotel pelo {b} para {date} e quando cheguei não havia reserva. Paguei {amt}. Preciso do reembolso.
air|{h} minha mala não chegou em {city}. Já registrei no balcão, código {proto}. Alguma previsão?
food|Pedi às {hour} e o pedido chegou depois de {wait}, frio. Gostaria do reembolso, {h}.
tech|{h} a atualização de ontem deixou meu {prod} reiniciando sozinho. Já resetei e continua.
shop|Olá, a {b} cobrou o frete duas vezes no pedido {order}. Aguardo o estorno de {amt}.
bank|Meu cartão do {b} foi bloqueado sem aviso e estou viajando. Já liguei 3 vezes. Podem me ajudar?
util|Estamos sem água aqui no bairro desde {date}. A {b} não dá previsão. Por favor, um posicionamento.
tel|Contratei o plano de 500 mega e nos testes não passa de 80. Já mandei print pro suporte.
strm|{h} o app trava toda vez que abro um episódio, já reinstalei. Pago {amt} por mês.
health|A {b} negou a cobertura da minha cirurgia que está no rol da ANS. Aguardo uma justificativa por escrito.
ride|{h} esqueci minha carteira num carro do {b} em {date}, o motorista não responde e o suporte só manda mensagem automática.
        """,
        "angry_founded": """
shop|{dur} esperando o pedido {order} e a {b} só manda "em trânsito". Cadê meu {prod}???
bank|3ª vez que eu ligo e ninguém resolve! Cobrança de {amt} que eu NÃO fiz no cartão {b}
tel|De novo sem internet! É a quarta vez esse mês, {h}, e eu trabalho de casa!
air|{b} cancelou meu voo {flight} com 2 horas de antecedência e quer me colocar num voo só depois de amanhã. Absurdo!
food|Paguei {amt} num pedido que NUNCA chegou e o {b} diz que foi entregue. Entregue pra quem??
tech|Paguei {amt} num {prod} da {b} e com 2 meses a tela apagou. Assistência quer cobrar o conserto. Tá de brincadeira
util|{b} cortou minha luz com a conta PAGA. Tenho o comprovante! Quem vai pagar a comida que estragou?
strm|Aumentaram o preço do {b} sem avisar e ainda tiraram metade dos filmes. Não dá!
health|{b} negou meu exame pela terceira vez. Meu médico pediu com urgência!
ride|Motorista do {b} me largou no meio do caminho e o app me cobrou a corrida inteira, {amt}!
bank|Estou há {dur} tentando cancelar o cartão do {b} e continuam cobrando anuidade. CHEGA.
shop|Comprei na Black Friday e a {b} cancelou meu pedido {order} alegando "erro de preço". Quero o produto pelo preço que paguei!
tel|{h} já são {dur} com a linha muda e vocês me mandam reiniciar o modem. Já reiniciei 50 vezes!!
air|Fiquei {wait} dentro do avião parado sem ar-condicionado e sem informação. Vergonhoso, {b}.
food|Pedido veio errado de novo. Pedi sem cebola, veio com cebola, terceira vez seguida {h}
bank|O {b} sumiu com {amt} da minha conta e o chat só responde com robô!
tech|Meu {prod} {b} esquentando tanto que não dá pra segurar. Já levei na assistência 2 vezes e devolveram "sem defeito"
util|Conta da {b} veio {amt}. EU MORO SOZINHO. Alguém explica?
strm|cobraram duas vezes a mensalidade do {b} esse mês e o suporte fala pra eu esperar 30 dias. esperar o quê?
travel|O {b} cancelou minha reserva um dia antes da viagem e só oferece crédito. Eu quero meu dinheiro de volta!
shop|Me mandaram um {prod} usado como se fosse novo. Caixa aberta, arranhado. Inacreditável, {b}.
tel|A {b} mudou meu plano sem autorização e a fatura veio {amt}. Não pedi nada disso!
ride|{b} me cobrou taxa de cancelamento sendo que o motorista que não apareceu. Toda vez isso.
health|Esperei {wait} no pronto-socorro credenciado da {b} com febre de 39. Depois falam que o plano é bom.
        """,
        "profanity_emphasis_founded": """
shop|porra, {dur} esperando o pedido {order} e nada, {h}
bank|que merda, o {b} me cobrou {amt} duas vezes na mesma compra
air|puta que pariu, voo {flight} da {b} cancelado DE NOVO, terceira vez esse ano
tel|caralho, sem internet há {dur}, trabalho de casa, {h} resolve isso pfv
food|puta merda, paguei {amt} e o lanche veio sem o hambúrguer dentro {h}
tech|porra, meu {prod} da {b} morreu com 3 meses de uso, nem liga mais
util|caralho {h}, conta de {amt} num mês que eu passei viajando??
strm|puta que pariu, cancelei o {b} em {date} e vieram mais duas cobranças
ride|porra {h}, motorista cancelou 4 vezes seguidas e eu vou perder a consulta
bank|cacete, tô há {wait} na ligação com o {b} pra desbloquear o cartão e nada
shop|que porra é essa {h}, pedi um {prod} e chegou uma caixa vazia
health|caralho, {dur} esperando a {b} liberar a ressonância, a dor não espera
air|puta merda, {b} perdeu minha mala em {city} e ninguém sabe onde tá
tel|que merda de semana, a {b} cortou minha linha por engano e eu tô sem celular há {dur}
food|porra, quase 2 horas pro pedido chegar e veio tudo frio, {h}
bank|puta que pariu, o pix de {amt} saiu da minha conta {b} e não caiu do outro lado
tech|fodeu meu trabalho: o {prod} {b} desligou sozinho e corrompeu os arquivos, segunda vez esse mês
util|merda, mais uma vez sem luz aqui em {city}, quinta vez na semana {h}
travel|porra, cheguei no hotel que reservei pelo {b} e disseram que não tinha quarto. paguei {amt}
shop|caralho, a {b} entregou meu pedido {order} no endereço errado e agora diz que não é responsabilidade dela
        """,
        "sarcasm_founded": """
shop|parabéns {h} por perder meu pacote PELA TERCEIRA VEZ 👏👏👏
air|amo quando a {b} atrasa o voo 4 horas e não dá nem uma água 🙃
bank|adoro pagar {amt} de tarifa numa conta que era "isenta", obrigada {b} 😍
tel|que delícia ficar sem internet bem no dia da minha prova online, valeu {b} 👍
food|nossa {h}, que rapidez, só {wait} pra chegar um lanche frio 👏
strm|obrigado {b} por aumentar a mensalidade e tirar minha série favorita no mesmo mês, que timing
util|{b} cortando a luz no dia mais quente do ano, coisa linda
tech|o {prod} da {b} é tão bom que já foi pra assistência 3 vezes em 6 meses 🥰
ride|incrível como o {b} consegue me cobrar {amt} por 3 km 👏
shop|5 estrelas pra {b} que conseguiu me entregar uma geladeira amassada e ainda pediu avaliação
bank|muito obrigada {b} por bloquear meu cartão no meio da viagem, ficou tudo mais emocionante
air|que experiência única {h}: overbooking, 6 horas no saguão e um voucher de {amt} pra comer
        """,
        "allcaps_founded": """
shop|CADÊ MEU PEDIDO {order} {h}??? {dur} ESPERANDO
bank|DEVOLVE MEU DINHEIRO {b}, COBRANÇA DE {amt} QUE EU NÃO FIZ
tel|{h} SEM INTERNET DE NOVO, TERCEIRO DIA SEGUIDO
air|VOO {flight} CANCELADO E NINGUÉM DA {b} NO BALCÃO PRA INFORMAR NADA
food|PEDIDO NÃO CHEGOU E O APP DIZ ENTREGUE {h}
util|ESTAMOS SEM LUZ DESDE ONTEM À NOITE EM {city} {h}
strm|PAREM DE ME COBRAR, CANCELEI EM {date}!!!
tech|MEU {prod} {b} NÃO LIGA MAIS E TÁ NA GARANTIA, RESOLVAM
        """,
        "short_founded": """
shop|pedido {order} não chegou até hoje {h}
bank|{h} cobrança indevida de {amt}, aguardo estorno
tel|sem sinal aqui em {city} desde ontem {h}
air|{h} mala extraviada, voo {flight}
food|{h} pedido veio errado
tech|{prod} {b} travando direto depois da atualização
util|sem água de novo {h}
strm|{h} cobrado 2x esse mês
ride|{h} corrida cobrada em dobro
bank|{h} pix não caiu, {amt}
tel|internet {b} caindo toda noite às {hour}
shop|{h} produto veio com defeito, quero troca
health|{h} reembolso de {amt} pendente há {dur}
air|{h} {wait} de atraso e sem informação
        """,
        "escalation_founded": """
bank|Vou abrir reclamação no Procon e no Banco Central contra o {b}. Cobrança de {amt} não autorizada e ninguém resolve.
shop|Já registrei no Reclame Aqui. Pedido {order} pago em {date} e a {b} não entrega nem devolve o dinheiro.
tel|Reclamação feita na Anatel, protocolo {proto}. {dur} sem internet e a {b} não resolve.
air|Vou entrar no juizado contra a {b}. Voo cancelado, perdi a conexão e não me deram hotel.
food|{h} se não estornarem os {amt} até sexta eu vou no Procon
health|Acionei a ANS contra a {b}. Cirurgia negada mesmo com laudo.
util|Se a {b} não religar minha luz hoje vou entrar com ação, conta paga e comprovante em mãos.
tech|Próximo passo é o Procon, {b}. Terceira vez que meu {prod} volta da assistência com o mesmo defeito.
strm|vou registrar no consumidor.gov, o {b} segue me cobrando {amt} depois do cancelamento
ride|{h} vou processar. Cobraram {amt} por uma corrida que não fiz e bloquearam minha conta
bank|Meu advogado já está com os prints. O {b} bloqueou {amt} da minha conta sem justificativa há {dur}.
travel|Consumidor.gov aberto contra o {b}: reserva de {amt} cancelada sem reembolso
        """,
        "long_rant_founded": """
shop|Vou contar minha saga com a {b}: comprei um {prod} em {date}, pagaram o frete expresso, o prazo era {dur}. Passou o prazo, abri chamado, me pediram pra esperar mais 5 dias úteis. Esperei. Agora dizem que o pedido {order} foi "extraviado" e que o estorno leva 2 faturas. Ou seja, paguei {amt} pra ficar sem produto e sem dinheiro por 2 meses.
bank|Resumo da minha semana com o {b}: segunda, cartão clonado. Terça, bloquearam o cartão (ok). Quarta, me mandaram um cartão novo pro endereço antigo, que eu já tinha atualizado no app. Quinta, apareceram mais {amt} em compras no cartão NOVO. Sexta, o chat me mandou ligar e a ligação caiu 3 vezes. Protocolo {proto}.
tel|Contratei a {b} em {date} com a promessa de instalação em 48h. O técnico faltou duas vezes, na terceira veio sem o roteador. Agora já estão me cobrando a primeira fatura de {amt} de um serviço que nunca funcionou. Liguei e a atendente disse que "não consta" a minha reclamação.
air|{b}, deixa eu contar: voo {flight} atrasou 3h, perdemos a conexão em {city}, ficamos na fila do balcão por {wait}, nos mandaram pra um hotel a 40 minutos sem transporte, e o voo de remarcação também atrasou. Cheguei um dia depois, perdi um dia de trabalho e até agora nenhum contato sobre compensação.
food|Pedi no {b} às {hour}. Às 21h o app disse que o entregador estava a caminho. Às 22h, "entregue". Não chegou nada. O chat me ofereceu cupom de {amt} em vez de reembolso. Eu não quero cupom, eu quero o dinheiro que paguei pela comida que eu não comi.
health|Minha mãe tem 72 anos, plano {b} há 15 anos, nunca atrasou. Precisou de uma internação e a {b} está há {dur} "analisando" a autorização. O hospital já ligou duas vezes. Protocolo {proto}. Não é possível que seja normal.
tech|Meu {prod} {b} apresentou defeito na placa com 5 meses. Mandei pra assistência em {city}, ficou 40 dias lá, voltou com o mesmo defeito e um risco novo na tampa. Abri outro chamado, agora dizem que o risco é "mau uso" e perdi a garantia.
util|Faz {dur} que a {b} vem fazendo leitura estimada aqui em casa. A conta subiu de {amt2} pra {amt}. Pedi revisão, o técnico veio, confirmou que o medidor está errado e mesmo assim a fatura seguinte veio igual.
        """,
        "question_founded": """
bank|alguém sabe por que o {b} me cobrou {amt} de tarifa se minha conta é isenta?
tel|{h} por que minha fatura veio {amt} se meu plano é {amt2}?
shop|{h} meu pedido {order} tá "em separação" há {dur}, é normal isso?
air|alguém sabe como pedir reembolso da {b}? cancelaram meu voo {flight} e o site não deixa
strm|por que o {b} continua me cobrando se eu cancelei em {date}? alguém passou por isso?
food|{h} como eu peço reembolso de um pedido que chegou faltando metade?
        """,
    },
    "disrespectful": {
        "insult_company": """
{b} empresa lixo
bank|{b} é um bando de ladrões, roubam o cliente na cara dura
tel|{b} é a pior porcaria de operadora do mundo, um lixo completo
air|{b}, empresa de merda, vão todos pro inferno
food|{b} é uma empresa podre, lixo de app
shop|essa {b} é uma quadrilha, bando de golpista safado
tech|{b} é uma empresa de quinta categoria, lixo
strm|{b} é um lixo, uma merda de serviço caro pra caralho
util|{b} é uma corja de vagabundos
health|{b} é uma máfia, um bando de urubu que lucra com doente
ride|{b} é uma empresa nojenta, um lixo explorador
bank|{b} seus ladrões filhos da puta
{b} é escória
tel|{b} sua operadora de merda, vergonha nacional
shop|que empresa porca e desgraçada essa {b}
air|{b} companhia aérea de bosta, nojo de vocês
food|{b} cambada de incompetentes de merda
tech|empresa imunda essa {b}, só tem otário trabalhando aí
bank|{b} é uma desgraça de banco, bando de sanguessuga
util|{b} lixo, escória, chupa-sangue do povo
        """,
        "insult_staff": """
atendente da {b} é uma anta, não sabe nem ler o próprio sistema
bank|o gerente do {b} é um imbecil arrogante
food|entregador do {b} é um animal, jogou meu lanche no portão, bando de jumento
tel|técnico da {b} é um vagabundo, não serve pra nada
air|a comissária da {b} é uma vaca mal educada
shop|vendedor da {b} é um idiota, nunca vi alguém tão burro
{h} demitam esse atendente retardado
ride|motorista do {b} é um porco nojento
health|a recepcionista da {b} é uma cobra, gente ruim
tech|o suporte da {b} só contrata analfabeto, que bando de burro
strm|o moderador do {b} é um otário
util|os funcionários da {b} são um bando de parasita inútil
bank|a {fname} do {b} é uma incompetente do caralho
shop|o gerente da loja {b} de {city} é um babaca escroto
air|piloto da {b} deve ter tirado brevê na raspadinha, bando de idiota
        """,
        "insult_product": """
tech|esse {prod} da {b} é uma merda, lixo total
tech|{prod} {b} é lixo, não comprem essa porcaria
food|a comida do {b} é um lixo, parece ração
strm|o app do {b} é uma bosta
tel|roteador da {b} é um lixo de plástico que não presta pra nada
bank|app do {b} é uma porcaria feita por macaco
shop|os produtos da {b} são tudo uma merda chinesa de quinta
tech|{b} só vende lixo, esse {prod} é um cocô
ride|o app do {b} é uma merda feita por incompetente
tech|que porra de {prod} lixo é esse {b}
air|avião da {b} é uma lata velha nojenta
strm|as séries do {b} são um lixo, quem aprova essas merdas?
        """,
        "profanity_at_company": """
vai se foder {h}
{b} vai tomar no cu
bank|foda-se o {b} e quem trabalha aí
tel|{h} enfia essa fatura no cu
air|{b} vão pra puta que pariu
food|{b} chupa meu pau 🖕
shop|{h} vão se foder, seus merdas
strm|{b} toma no cu 🖕🖕
ride|que se foda o {b}
tech|{b} vai à merda
        """,
        "threat": """
bank|se meu dinheiro não voltar até amanhã eu vou aí no {b} e quebro essa agência inteira
tel|vou encontrar o técnico da {b} na rua e ele vai ver o que é bom
{h} sei onde fica o escritório de vocês, não me provoquem
food|se o entregador do {b} aparecer aqui de novo eu meto a porrada nele
air|se cancelarem meu voo de novo eu juro que taco fogo no balcão da {b}
shop|gerente da {b} de {city}, te pego na saída
util|vou esperar o funcionário da {b} que cortou minha luz e ele vai apanhar
ride|motorista do {b} que me cobrou errado, anotei sua placa, vou te achar
{b} vocês vão pagar caro, vou fazer vocês se arrependerem de ter nascido
health|se minha mãe piorar por culpa da {b} eu mato um
tech|vou na loja da {b} e vou arrebentar cada vitrine
bank|alguém devia explodir a sede do {b}
        """,
        "contempt": """
{b} não merece nem um centavo de ninguém, escória
bank|quem deixa dinheiro no {b} merece ser roubado mesmo
tel|{b} é tão patética que dá pena
shop|nojo da {b}, nojo de quem trabalha lá, nojo de quem compra
air|{b} é a piada mais sem graça do Brasil, um bando de palhaço
food|{b} é pra gente sem noção, lixo de empresa pra lixo de cliente
tech|só otário compra {b}
strm|{b} é um serviço de fracassados feito por fracassados
{b} devia fechar as portas e sumir, ninguém vai sentir falta desse lixo
util|{b}: incompetência como modelo de negócio, vergonha
        """,
        "allcaps_insult": """
{b} LIXO
bank|{b} LADRÕES!!!
tel|{h} VÃO SE FODER BANDO DE INCOMPETENTE
food|{b} EMPRESA DE MERDA
shop|{b} GOLPISTAS SAFADOS
air|{b} LIXOOOOO
tech|LIXO DE {prod} {b}, VERGONHA
strm|{b} SEUS LADRÕES DO CARALHO
        """,
        "short_insult": """
lixo. {h}
🤮 {h}
{b} 💩
{h} 🖕
nojo. {b}
{b} escroto
{h} otários
{b} bosta
{h} palhaços 🤡
{b} = lixo
{b}? lixo kkkk
vcs são uma piada {h} 🤡
        """,
        "complaint_with_insult": """
shop|{dur} esperando meu pedido {order}, bando de incompetentes filhos da puta da {b}
bank|{b} me cobrou {amt} indevido, seus ladrões safados, devolvam meu dinheiro
tel|sem internet há {dur}, {b} operadora de merda, bando de vagabundos
air|voo {flight} cancelado, {b} companhia de bosta, vocês são uma piada
food|pedido veio errado de novo, {b} seus imbecis, não sabem nem ler
tech|meu {prod} quebrou com 2 meses, {b} empresa de lixo com produto de lixo
util|{b} cortou minha luz com conta paga, seus desgraçados
strm|cancelei e continuam cobrando {amt}, {b} bando de ladrão do caralho
health|{b} negou meu exame, seus urubus nojentos
ride|motorista do {b} me largou na estrada, empresa de merda, espero que faliam
bank|o gerente do {b} bloqueou minha conta sem motivo, que idiota, esse banco é uma quadrilha
shop|comprei um {prod} e veio quebrado, {b} seus lixos
tel|{h} fatura de {amt} em plano de {amt2}, seus ladrões filhos da puta
air|extraviaram minha mala em {city}, {b} bando de jumentos incompetentes
food|{h} {wait} esperando, chegou frio, vocês são um lixo e o entregador um porco
tech|a assistência da {b} riscou meu {prod}, bando de animais
bank|{b} sumiu com meu pix de {amt}, banco de merda comandado por bandidos
util|conta de {amt}?? {b} vocês são uns parasitas filhos da puta
shop|{h} cancelaram meu pedido {order} sem avisar, empresinha de merda
strm|{b} tirou minha série e aumentou o preço, vão tomar no cu
        """,
        "sarcasm_insult": """
parabéns {b}, seus merdas, mais um dia sendo lixo 👏
bank|obrigada {b} por me roubar com tanto carinho, seus ladrões de estimação 😍
food|nossa {h} que serviço incrível, contrataram só jumento mesmo né
tel|{b} ganhando o prêmio de operadora mais imbecil do ano de novo, parabéns aos idiotas
shop|5 estrelas pra {b}, a melhor quadrilha do Brasil 🤡
        """,
        "slur": """
tel|bando de retardados na {b}, não conseguem nem ligar um modem
food|esses entregadores do {b} são tudo uns macacos
shop|atendente da {b} é um viadinho incompetente
bank|o {b} só contrata mongoloide
        """,
        "insult_customers": """
shop|quem compra na {b} é otário, bem feito
bank|cliente do {b} é tudo burro, por isso aceita ser roubado
tech|gente que defende a {b} é um bando de gado idiota
strm|fã do {b} é tudo retardado
ride|passageiro do {b} é tudo mal educado e porco
air|quem voa de {b} merece sofrer, bando de pobre otário
        """,
    },
}
