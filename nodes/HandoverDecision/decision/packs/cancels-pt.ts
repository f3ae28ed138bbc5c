/**
 * Portuguese cancel frames: a clause holding one asks for nobody, though it names a person (a question about a feature
 * or the product, building a bot, a department name; see ../frames.ts).
 */
export const portugueseCancels: string[] = [
	// a call or message received, a report as 'tive uma chamada': "recebi uma ligação da consultora hoje de manhã"
	'recebi uma ligação', 'recebi uma chamada', 'recebi um telefonema', 'recebemos uma ligação', 'recebemos uma chamada', 'recebi uma mensagem',
	// a call told with the user as a pronoun after its verb, only ever a main clause, so a report, not the person asked for "que me ligou": "ligaram-me da operadora a oferecer um tarifário"
	'ligaram-me', 'ligou-me', 'telefonaram-me', 'telefonou-me',
	// a request noun had, a report: "ontem tive uma chamada com o consultor"
	'tive uma chamada', 'tive uma videochamada', 'tive uma reunião', 'tivemos uma chamada', 'tivemos uma reunião', 'tive uma conversa', 'tivemos uma conversa',
	// a call that just came in, a past report: "a câmara municipal acabou de me ligar"
	'acabou de me ligar', 'acabaram de me ligar',
	// what the business's chat does, described: "este chat transfere para um atendente humano quando necessário"
	'chat transfere', 'bot transfere', 'chatbot transfere', 'robô transfere', 'chat passa para', 'bot passa para',
	// the same said of the business's system, by pronoun or as "yours": "que plataforma vocês usam, ela transfere pra atendente?", "como é que o vosso passa a conversa para um atendente?"
	'sistema transfere', 'plataforma transfere', 'ela transfere', 'ele transfere', 'o vosso transfere', 'o vosso passa', 'o seu transfere',
	// a request for later on, a plan, not asked now: "mais pra frente quero conversar com alguém sobre…, por enquanto só…"
	'mais pra frente', 'mais para frente', 'mais para a frente', 'mais adiante', 'talvez eu queira', 'talvez mais tarde',
	// already served or transferred, a past report: "já fui atendido por alguém ontem"; how a bot decides, asked by a developer: "regras pra decidir quando chamar um atendente"
	'fui atendido', 'fui atendida', 'bem atendido', 'bem atendida', 'bem atendidos', 'bem atendidas', 'fomos atendidos', 'fui transferido', 'fui transferida', 'fomos transferidos', 'decidir quando',
	// what a clerk told the user, reported, as 'disse que': "a atendente da loja me falou no dia da contratação que …"
	'me falou', 'me falaram',
	// a request asked about in reported speech: "the bot asked if i wanted to speak to an agent, i didn't"
	'perguntou se eu queria', 'me perguntou se eu queria', 'perguntou se queria',
	// a habit reported, not a request: "a música para sempre que alguém me liga"
	'sempre que', 'toda vez que',
	// advice a member of staff gave, reported: "o atendente da loja me indicou um papel"
	'indicou', 'me indicou', 'recomendou', 'me recomendou', 'sugeriu', 'me sugeriu',
	// a clerk who stopped the user, reported: "o atendente do lounge me barrou por causa do chinelo"
	'me barrou', 'me barraram', 'me impediu', 'me impediram', 'me proibiu', 'me proibiram',
	// a manual (the noun) asked for, not a person: "fala comigo como uma pessoa, não como um manual"
	'o manual', 'um manual', 'do manual', 'seu manual', 'manual de instruções', 'manual do usuário',
	// the user's own workplace: "trabalho numa central de atendimento com 30 atendentes"
	'eu trabalho', 'trabalho numa', 'trabalho num',
	// which tool a business uses for its own handover: "vcs usam qual ferramenta pra passar pro atendente?"
	'qual ferramenta', 'que ferramenta', 'quais ferramentas', 'qual sistema', 'que sistema vocês usam', 'que sistema vcs usam',
	// a threat of what the user will do if something fails: "se atrasar amanhã vou reclamar com alguém"
	'vou reclamar', 'vamos reclamar', 'vou exigir', 'vamos exigir',
	// an attempt of before, reported: "já tentei falar com o suporte três vezes e ninguém atendeu"
	'tentei falar', 'tentei ligar', 'tentei contato', 'tentei contatar', 'tentei contactar', 'tentamos falar', 'tentamos ligar',
	'vão entrar em contato', 'vai entrar em contato', 'vão entrar em contacto', 'vai entrar em contacto', 'ficou de entrar', 'ficaram de entrar',
	'ele fala com', 'ela fala com', 'quem fala com', 'que fala com', 'você fala com', 'vc fala com',
	'tem opção de', 'tem a opção de', 'tem opção pra',
	'foi super', 'educado', 'educada', '24h', '24 horas',
	'tem função', 'tem alguma função', 'tem uma função', 'função pro', 'função para', 'o app tem', 'o aplicativo tem', 'feito por ia',
	'no painel', 'configurar', 'que horário', 'qual o horário', 'horário de atendimento',
	// when to be contacted, a form's question or its answer: "qual o melhor horário para me contactar?"
	'qual o melhor horário', 'qual é o melhor horário', 'qual melhor horário', 'qual a melhor hora', 'qual é a melhor hora',
	'melhor horário para me', 'melhor horário pra me', 'melhor hora para me', 'melhor hora pra me',
	'incluído no', 'incluído na',
	'inclui',
	'plano com', 'plano que', 'qual plano', 'preço do', 'preço da', 'qual o preço',
	'me visitou', 'visitou',
	'já me ligou', 'já me ligaram',
	// a call or a visit of before, reported: "liguei ontem e a atendente…", "da última vez… o agente me deu um voucher"
	'liguei', 'muito simpática', 'muito simpático', 'da última vez', 'na última vez',
	// what staff gave the user, not 'me deu' alone ("o app me deu erro, quero falar com um atendente")
	'me deu um voucher', 'me deu um desconto', 'me deu um cupom', 'me deu um brinde', 'me deu um prazo', 'me deu um crédito',
	'me deu uma informação', 'me deram um voucher', 'me deram um desconto', 'me deram um cupom', 'me deram um prazo', 'me deram uma informação',
	'meus clientes', 'tem que pagar', 'pagar pra',
	'ligação perdida', 'se faltar',
	// staff or a chat rated, not a thing assessed by someone sent ("dá pra mandar alguém avaliar o sofá?")
	'avaliação', 'avaliar o atendente', 'avaliar a atendente', 'avaliar o atendimento', 'avaliar o agente', 'avaliar o chat', 'avaliar a conversa', 'merece', 'estrelas', 'elogiar', 'elogio', 'fim de semana', 'fins de semana', 'assinar',
	'trabalhar como', 'trabalhar com vocês', 'vai me ligar', 'vão me ligar', 'vai me telefonar', 'vão me telefonar', 'ele disse', 'ela disse', 'adoro',
	'trabalho com',
	'falei com', 'já falei',
	'criar', 'construir', 'desenvolver', 'plataforma', 'permite',
	'custa', 'quanto', 'idiomas', 'informações sobre', 'me fale sobre',
	'seu produto', 'o produto de', 'seu bot', 'o bot pode', 'revisam',
	// the business's bot asked about, or one like it wanted: "o chatbot de vcs faz transferência…? quero um igual"
	'bot de vocês', 'bot de vcs', 'chatbot de vocês', 'chatbot de vcs', 'quero um igual', 'queria um igual',
	'parabéns', 'foi muito', 'muito rápido', 'quebrado', 'já conversei', 'conversei com', 'programou',
	'obrigado pelo', 'obrigada pelo', 'disse que', 'disse pede', 'diz pede', 'falou pede', 'disse para pedir', 'diz para pedir',
	'vaga', 'tenho interesse', 'me ajudou', 'já me ajudou', 'já veio', 'deixa o cliente', 'o cliente pedir',
	'criando', 'abre no', 'abre aos', 'que horas abre', 'até que horas', 'funciona até',
	'voltou',
	'minha mãe', 'meu pai', 'agradeça', 'foram ótimos', 'foi excelente', 'número do meu chamado',
	'desativo', 'desativar', 'disse pra', 'última vez',
	'confere os', 'confere as',
	'acabou o',
	'demora mais', 'mais rápido',
	'já resolveu', 'me passou um', 'me passou o',
	// a feature of the app, not a problem in it ("não consigo entrar no app, preciso falar com alguém")
	'funciona no app', 'no app também', 'tem no app', 'no app tem', 'disponível no app', 'existe no app', 'no app dá', 'no app existe',
	'vem com', 'dedicado', 'dedicada', 'a gente tem uma', 'temos uma central', 'central com', 'meus atendentes',
	'meus funcionários', 'nossos atendentes', 'tá incluso', 'está incluso', 'vem incluso', 'incluso no', 'inclusa no',
	'plano básico',
	'qual a diferença', 'qual é a diferença', 'desligou na', 'desligaram na', 'trabalha no sac',
	'trabalha no atendimento', 'trabalha no suporte', 'trabalha na central',
	'contratando', 'estagiário',
	'estagiários',
	'candidatar', 'assume sozinho', 'dizia', 'nota 10', 'continuem assim',
	'vou ligar pro', 'vou ligar para', 'vou ligar pra', 'pediu pra', 'pediu para', 'me pediu pra', 'me pediu para',
	'falou que',
	'falaram que', 'falou comigo',
	// chat 'q' for 'que', and someone else's talk with staff, reported: "a atendente de ontem disse q chegava hj", "meu marido ja falou com um atendente"
	'disse q', 'disseram que', 'disseram q', 'falou q', 'falaram q', 'falou com', 'falaram com', 'conversou com', 'conversaram com', 'ia me ligar', 'último chat', 'cair com', 'atribuído a',
	// what someone else says, reported, as 'disse que': "a minha vizinha diz que o agente da EMEL a multou"
	'diz que', 'dizem que',
	'atribuída a', 'caiu a ligação',
	'ajudou mais',
	'me tratou', 'nos tratou', 'se eu precisar', 'caso eu precise', 'horário comercial',
	// a request for later or one given up: "talvez eu peça…", "ia pedir um humano mas descobri sozinho"
	'talvez eu peça', 'ia pedir', 'descobri sozinho',
	// a request thought of and given up: "pensei em pedir um atendente mas deixa, consegui sozinho"
	'pensei em pedir', 'cheguei a pensar em pedir', 'estive para pedir', 'estava para pedir', 'quase pedi',
	// a condition with nobody's call, a threat for later: "se ninguém me ligar até sexta eu cancelo"
	'se ninguém me ligar', 'se ninguém me retornar', 'se ninguém me responder', 'se ninguém entrar em contato', 'se ninguém entrar em contacto',
	// someone else's request, reported, as 'pediu pra': "a minha vizinha pediu que alguém da câmara entre em contacto com ela"
	'pediu que', 'pediram que',
	// another user of a marketplace (the host, the seller who advertised), not the business: "quero falar com a pessoa que anunciou o quarto"
	'que anunciou', 'quem anunciou', 'que anunciaram', 'anunciante', 'anunciantes',
	'foi um amor', 'resolveu tudo', 'contratam',
	// a threat for later, not a request now: "se … não aparecer amanhã vou pedir pra falar com alguém"
	'vou pedir pra falar', 'vou pedir para falar', 'vou ligar e pedir', 'vou ligar e exigir',
	// the user's own plan or a request given up: "vou ter que ligar pro atendimento", "desisti de pedir pra falar com alguém"
	'vou ter que', 'vou ter de', 'terei que', 'terei de',
	// the user going in person to talk, a plan: "amanhã passo na loja para falar pessoalmente com o gerente"
	// the user's own talk or call, a plan (as Spanish 'voy a hablar con'): "vou na escola amanhã conversar com a professora dele", "vou chamar alguém de fora pra ver"
	'vou na', 'vou no', 'vou ao', 'vou à', 'vou falar com', 'vou conversar com', 'vamos falar com', 'vamos conversar com', 'vou chamar', 'vamos chamar',
	'passo na', 'passo no', 'passo aí', 'passo lá', 'vou passar na', 'vou passar no', 'vou passar aí', 'vou passar lá', 'desisti de pedir', 'desisti de falar', 'desisti de chamar',
	// a request someone else typed by mistake: "o meu marido escreveu 'atendimento humano' aqui sem querer"
	'escreveu', 'escreveram', 'aqui sem querer', 'enviei sem querer', 'mandei sem querer', 'digitei sem querer', 'digitou sem querer',
	'cliquei sem querer',
	// building a bot for the user's own customers: "como faço para o cliente conseguir falar com uma pessoa"
	'o cliente conseguir', 'o cliente possa', 'o cliente poder', 'os clientes conseguirem', 'os clientes possam', 'os clientes poderem',
	// a product's safety for people: "pode ser usado em humanos?", "é tóxico?"
	'tóxico', 'tóxica', 'tóxicos',
	// a thank-you or praise for a store or a service, not a request: "só passando pra dizer que a atendente resolveu…"
	'passando pra dizer', 'passando para dizer', 'passei pra dizer', 'passei para dizer', 'salvou meu dia', 'salvou o meu dia',
	'impecável', 'impecáveis',
	// thanks left for a clerk, or a clerk's help praised: "deixo aqui meu agradecimento à atendente Juliana", "o atendente do chat ajudou bastante"
	'agradecimento', 'ajudou bastante', 'ajudou muito',
	// someone's job: "minha esposa trabalha de atendente num banco"
	'trabalha de', 'trabalhava de', 'trabalha como', 'trabalhava como',
	// a plan or a feature asked about: "existe algum plano pra vendedor?", "agora dá pra pedir atendente pelo WhatsApp"
	'algum plano', 'dá pra pedir', 'dá para pedir', 'agora dá pra', 'agora dá para', 'é possível pedir',
	// a promise someone made, reported: "um atendente lhe prometeu ontem que…"
	'lhe prometeu', 'me prometeu', 'nos prometeu', 'lhe prometeram', 'me prometeram', 'nos prometeram', 'prometeu que', 'prometeram que',
	// the business's virtual assistant asked about as a product, or its vendor: "seu assistente virtual pode passar pra um atendente?"
	'seu assistente virtual', 'assistente virtual pode', 'vocês usam que', 'vcs usam que',
	// a service liked, told, not asked for: "gostei desse atendimento por chat"
	'gostei desse', 'gostei deste', 'gostei do', 'gostei da',
	// staff the user hired for their own business: "contratei um atendente novo na loja"
	'contratei um', 'contratei uma', 'contratamos um', 'contratamos uma',
];
