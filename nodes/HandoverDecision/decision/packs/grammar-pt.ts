import type { Grammar } from './types';

/** Portuguese request frames, targets and the frames that cancel them (see ../frames.ts). */
export const portugueseGrammar: Grammar = {
	talkVerbs: [
		// a request noun with 'com', as 'reunião com': "preciso de uma videochamada com alguém da equipa técnica"
		'uma videochamada com', 'uma * chamada com', 'chamada telefónica com', 'chamada telefônica com',
		// meeting a person in person: "quero me reunir com o meu gerente na agência"
		'reunir com', 'reunião com', 'encontrar pessoalmente com',
		// a talk asked for as a noun: "queria marcar uma conversa com a recrutadora", "uma palavrinha com o gerente"
		'uma conversa com', 'uma palavra com', 'uma palavrinha com',
		// a formal noun request, as English 'a call from': "Solicito contato telefônico de um gerente"
		'contato telefônico de', 'contacto telefónico de', 'contato telefônico com', 'contacto telefónico com', 'uma ligação de',
		'me dar um retorno',
		'fala com', 'fale com', 'me telefonassem', 'me telefonem', 'me liguem', 'me ligassem',
		'ligação com',
		'revisar', 'analisar',
		'me passar para', 'me passar pro', 'me passar pra', 'passar para', 'passar pra',
		// 'passar com' as Spanish 'pasar con', the clitic 'me' first: "Podem me passar com a Renata, por favor?"
		'me passar com', 'me passa com', 'me passe com',
		// the same person again, a name right after: "dá pra falar de novo com a Camila?"
		'falar de novo com', 'falar outra vez com', 'voltar a falar com',
		// chat spelling 'c' or 'cm' for 'com': "qro falar c algm da loja", "qro falar cm uma pessoa"
		'falar c', 'fala c', 'fale c', 'conversar c', 'falar cm', 'fala cm', 'fale cm', 'conversar cm',
		'falar com', 'conversar com', 'falar a', 'me passa para', 'me passa pro', 'me passe para', 'me transfere para',
		'me transfira para', 'transferir para', 'transfere para', 'me transferir para', 'me coloca com',
		'me coloca em contato com', 'me põe em contato com', 'me conecta com', 'atendido por', 'atendida por', 'falar',
		// being transferred asked for in the passive, and the infinitive after a modal: "gostaria de ser transferido para o setor financeiro", "pode me conectar com o coordenador"
		'transferido para', 'transferida para', 'transferido pro', 'transferida pro', 'me conectar com',
		'chama', 'chame', 'chamar', 'conversar',
		// served by a person, 'pelo'/'pela' as well as 'por': "queria ser atendido pela dona da loja"
		'atendido pelo', 'atendida pelo', 'atendido pela', 'atendida pela',
		'falar com o', 'falar com a', 'me passa pra', 'passa pra',
		// an adverb between the verb and its preposition: "preciso de falar já com alguém"
		'falar já com', 'falar agora com', 'falar urgente com', 'falar urgentemente com', 'falar hoje com', 'falar diretamente com',
		'falar agora mesmo com', 'falar hoje mesmo com', 'falar ainda hoje com', 'falar já mesmo com',
		// someone asked to call the relative the user writes for: "alguém do atendimento pode ligar pra ela?"
		'ligar pra ela', 'ligar para ela', 'ligar pra ele', 'ligar para ele', 'ligue pra ela', 'ligue para ela', 'ligue pra ele', 'ligue para ele',
		'liguem pra ela', 'liguem para ela', 'liguem pra ele', 'liguem para ele',
		'explicar pra', 'explicar para',
		'possa ligar', 'posso ligar',
		'reclamar com',
		'me ligue', 'me retornar', 'me retorne', 'me retornem',
		'conversar isso com', 'falar isso com',
		'passa isso pra', 'passa isso para', 'passar isso pra', 'passar isso para', 'passe isso para',
		'levar isso pro', 'levar isso para', 'levar isso pra',
		'transferir me para', 'transfira me para', 'passe me para',
		// the European clitic after the plural and the indicative imperative: "por favor transfiram-me para um assistente", "ponham-me em contacto com o Dr. João"
		'transfiram-me para', 'transfere-me para', 'transfiram-me pro', 'transfere-me pro',
		'ponham-me em contacto com', 'ponham-me em contato com', 'ponha-me em contato com', 'põe-me em contacto com', 'põe-me em contato com', 'passa me para', 'ponha me em contacto com',
		// European Portuguese
		'pôr-me em contacto com', 'pôr-me em contato com', 'me colocar em contato com', 'me colocar em contacto com', 'colocar-me em contacto com', 'me pôr em contacto com',
		'me telefonasse', 'me telefone', 'telefonar-me', 'ligar-me', 'me ligasse',
		'passe-me a', 'passa-me a', 'passem-me a', 'passe-me ao', 'passa-me ao', 'passem-me ao', 'passe-me à', 'passa-me à',
		// the infinitive after a modal, and 'para': "pode passar-me à equipa da loja?", "encaminhem-me para a equipa jurídica"
		'passar-me a', 'passar-me ao', 'passar-me à', 'passem-me à', 'passar-me para', 'passe-me para', 'passa-me para', 'passem-me para',
		'encaminhar-me para', 'encaminhe-me para', 'encaminhem-me para', 'encaminha-me para', 'me encaminhe para', 'me encaminhem para', 'me encaminha pra', 'me encaminha para',
		// 'pro'/'pra' as well as 'para': "tem como me transferir pro suporte técnico?"
		'me transferir pro', 'me transferir pra', 'transferir pro', 'transferir pra', 'me transfere pro', 'me transfere pra',
		'me transfira pro', 'me transfira pra', 'transfere pro', 'transfere pra',
		// the infinitive after a modal: "vc consegue me colocar com o pessoal do pet shop?"
		'me colocar com', 'colocar-me com', 'me coloque com', 'me coloquem com',
		// the clitic before the modal: "vocês me podem passar com a fonoaudióloga?"
		'me podem passar com', 'me pode passar com', 'me podem passar para', 'me pode passar para', 'me podem passar a', 'me pode passar a',
		// the matter settled with a person: "prefiro tratar disto com um funcionário", "prefiro resolver isto com a secretaria"
		'tratar disto com', 'tratar disso com', 'tratar isto com', 'tratar isso com', 'resolver isto com', 'resolver isso com',
		// 'pro' as well as 'pra' after 'passa': "passa pro pessoal do financeiro"
		'passa pro', 'passe pro', 'passe pra',
	],
	wantVerbs: ['quero', 'preciso', 'queria', 'prefiro', 'me dá', 'me dê', 'peço',
		'quero que', 'queria que', 'gostaria que', 'prefiro que', 'preferia que',
		// the same wish of a couple or family (../wishedCallers.ts): "gostaríamos que o padre Antônio nos ligasse"
		'queríamos que', 'gostaríamos que', 'gostariamos que',
		// a formal request: "solicito que um funcionário entre em contato comigo", "peço que a gerente me ligue"
		'solicito', 'solicito que', 'peço que', 'peco que',
	],
	reachVerbs: ['contatar', 'entrar em contato com', 'entro em contato com', 'contato com', 'contacto com', 'entrar em contacto com', 'ligar para', 'falar com alguém de', 'entrem em contato com', 'entre em contato com'],
	people: [
		// a technician of the company asked to come: "vocês podem mandar um técnico?"
		'técnico', 'técnicos',
		// business roles asked for by name: "me passar pro meu gerente de contas", "falar com um desenvolvedor"
		'gerente de contas', 'gerente de conta', 'meu gerente de contas', 'minha gerente de contas', 'desenvolvedor', 'desenvolvedora',
		// a doctor a patient asks for: "preciso falar com um médico"
		'médico', 'médica',
		// a clinic's nurse: "me passa pra alguma enfermeira"
		'enfermeira', 'enfermeiro',
		// an expert of the business a customer asks for: "gostaria de falar com um jurista", "uma nutricionista"
		'jurista', 'nutricionista',
		// an analyst of the business's desk: "consegue me colocar em contato com um analista do service desk?"
		'analista', 'analistas',
		'colaborador', 'colaboradora',
		'pessoa', 'pessoas', 'humano', 'ser humano', 'alguém', 'gerente', 'responsável', 'supervisor', 'supervisora',
		'chefe', 'atendente', 'atendentes', 'agente', 'consultor', 'consultora', 'operador', 'representante',
		'funcionário', 'funcionária', 'vendas', 'setor de vendas', 'financeiro', 'equipe financeira', 'gente', 'senhor',
		'senhora', 'dona', 'pessoa real', 'pessoa de verdade',
		'especialista',
		'quem cuida', 'quem resolve', 'quem é responsável',
		'assistente', 'colega',
		'vendedor', 'vendedora',
		'coordenador', 'coordenadora',
		// a doctor's or a manager's secretary: "falar com a Dra. Patrícia ou com a secretária dela"
		'secretária', 'secretário',
		// senhor, senhora abbreviated before a name: "gostaria que o Sr. Tavares me ligasse"
		'sr', 'sra',
		// the young woman or man of a desk, called for: "chama a moça do atendimento pra mim"
		'moça', 'moço',
		// um profissional pelo seu ofício: "vocês me podem passar com a fonoaudióloga?", "o veterinário pode me ligar?"
		'dentista', 'advogado', 'advogada', 'veterinário', 'veterinária', 'farmacêutico', 'farmacêutica', 'fonoaudiólogo', 'fonoaudióloga', 'arquiteto', 'arquiteta', 'instrutor', 'instrutora', 'recepcionista',
		// quem vende, aluga ou ensina: "falar com o síndico", "o lojista pode me ligar", "conversar com a professora do meu filho"
		// 'administrador' is a known word (Spanish 'administrador de fincas'), so its form alone no longer reads it: "quero falar com o administrador do condomínio"
		'administrador', 'administradora',
		'síndico', 'síndica', 'lojista', 'professor', 'professora', 'tutor', 'tutora',
		// quem é mandado até o cliente: "manda um guincho", "mandem um mecânico aqui"
		'mecânico', 'mecânicos', 'guincho',
		// everyday trades and carers asked for, not only in a talk verb's slot: "queria que o montador voltasse cá", "agradecia que o eletricista me telefonasse"
		'montador', 'montadores', 'cuidador', 'cuidadora', 'recrutador', 'recrutadora', 'eletricista', 'encanador', 'canalizador', 'entregador', 'entregadora',
	],
	departments: [
		'central',
		'suporte', 'suporte técnico', 'atendimento', 'atendimento ao cliente', 'central de atendimento', 'sac',
		'assistência técnica',
		'central de ajuda',
		'com quem eu falo', 'com quem falo',
		'ouvidoria', 'serviço de apoio', 'apoio ao cliente', 'linha de apoio',
		'departamento técnico',
		// the technical team: "me passa pra equipe técnica"
		'equipe técnica', 'equipa técnica', 'setor técnico', 'área técnica', 'time técnico',
		// the bookings team: "dá pra me passar pro time de reservas?"
		'time de reservas', 'equipe de reservas', 'setor de reservas', 'central de reservas', 'departamento de reservas',
		// a school's or a club's office: "conversar com a coordenação pedagógica", "resolver isto com a secretaria do clube"
		'coordenação', 'coordenação pedagógica', 'secretaria',
	],
	fillers: [
		'um', 'uma', 'o', 'a', 'os', 'as', 'ao', 'seu', 'sua', 'de', 'da', 'do', 'verdade', 'real', 'humano', 'setor',
		'equipe', 'equipa', 'vossa', 'vosso',
		'por', 'favor', 'para', 'pro', 'diretamente', 'com',
		'qualquer', 'outro', 'outra',
		// "me passa pra alguma enfermeira", "algum técnico"
		'alguma', 'algum',
		// the people of a team: "passa pro pessoal do financeiro"
		'pessoal',
		// a time word between the verb and the person: "falar hoje com o gerente", "conversar agora mesmo com um técnico"
		'hoje', 'agora', 'mesmo',
		// in person: "gostaria de conversar pessoalmente com o proprietário"
		'pessoalmente',
	],
	topics: ['sobre', 'acerca', 'respeito', 'relação', 'assunto', 'referente'],
	infinitives: ['para', 'pra'],
	notAlone: ['moça', 'moço', 'sr', 'sra', 'vendas', 'financeiro', 'financeira', 'senhor', 'senhora', 'dona', 'gente'],
	conjunctions: ['e'],
	ones: ['um', 'uma'],
	conditionals: ['se'],
	// weekdays, as Danish: "se … não mandar as fotos até sexta, aí sim vou querer falar com alguém" ('segunda' is also 'second');
	// 'de novo', 'outra vez': the same failure again, still to come ("se falhar de novo")
	// the weekend of the cancel 'fim de semana', a day a call is asked for: "preciso que alguém me ligue neste fim de semana"
	aheadDays: ['semana'],
	futures: ['amanhã', 'próxima', 'próximo', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo', 'de novo', 'outra vez'],
	aheadConditionals: ['caso'],
	courtesies: ['tiver tempo', 'tiverem tempo', 'um tempinho', 'um momento', 'possível'],
	later: ['poderia', 'poderei', 'vou poder', 'vai poder', 'depois', 'mais tarde'],
	// someone else typed the quoted request, or the bot is to ignore it (see ../quotes.ts)
	// a message the app shows, quoted: o app diz "fale com um atendente"
	disowns: ['diz', 'aparece', 'aparecendo', 'apareceu', 'digitou', 'escreveu', 'ignora', 'ignore', 'ignorar'],
	// a request taken back by a later clause that ends with one (see ../marks.ts)
	takeBacks: ['ah não', 'ah não deixa', 'deixa quieto', 'mas deixa', 'deixa pra lá', 'deixa para lá', 'esquece', 'já consegui', 'já resolvi', 'já achei'],
	contrasts: ['mas', 'porém'],
	abbreviations: ['sr', 'sra', 'srta', 'dr', 'dra', 'prof', 'profa'],
	firstPersons: ['eu', 'quero', 'preciso', 'posso', 'gostaria', 'acabei', 'achei', 'encontrei'],
	complementisers: ['que'],
	declines: ['não', 'nao', 'nah', 'esquece', 'deixa', 'não obrigado', 'melhor não'],
	// a "wait"/"actually" word next to a decline opens a correction (see ../corrections.ts)
	selfCorrections: ['espera', 'pera'],
	urgers: ['por favor', 'pfv', 'pf', 'agora', 'agora mesmo', 'já', 'urgente', 'o quanto antes', 'quanto antes', 'o mais rápido possível', 'o mais breve possível'],
	// urge only ending their clause: see ../marks.ts
	clauseEndUrgers: ['agora', 'já'],
	cancels: [
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
		'avaliação', 'avaliar', 'merece', 'estrelas', 'elogiar', 'elogio', 'fim de semana', 'fins de semana', 'assinar',
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
	],
	callbacks: ['me dar um retorno'],
	imperatives: ['transfere', 'transfira', 'passa', 'passe'],
	subjects: ['ele', 'ela', 'eles', 'elas', 'pode', 'poderia', 'ia', 'deve'],
	promises: ['vai', 'vão', 'ficou', 'ficaram', 'prometeu', 'retornará', 'ligará'],
	identity: [
		'você é um', 'você é uma', 'você é humano', 'você é real', 'é um robô', 'é um bot', 'estou falando com',
		'estou conversando com', 'robô ou com um humano', 'robô ou humano', 'humano ou robô', 'bot ou humano',
		'tu és um', 'vc é um', 'vc é uma', 'vc é humano', 'vc é real', 'humano ou bot',
		'estou a falar com', 'uma inteligência artificial',
		'é uma pessoa que', 'que tá respondendo', 'que está respondendo', 'é automático',
		'tô falando com', 'to falando com',
		'robô ou pessoa', 'robô ou gente', 'quem tá me respondendo', 'quem está me respondendo',
		'é o chatgpt', 'chatgpt ou',
		'por trás desse chat', 'por trás do chat', 'do outro lado',
		'resposta automática', 'ou está aí alguém', 'alguém a escrever',
		'é um humano', 'humano a responder', 'pessoa a responder', 'ou é uma máquina', 'ou uma máquina', 'é uma máquina', 'ou é robô', 'ou é bot',
	],
	// a one-word person request after one is a person talked about: see ../referents.ts
	determiners: ['o', 'os', 'ao', 'aos', 'seu', 'sua', 'nosso', 'nossa', 'teu', 'tua', 'esse', 'essa', 'aquele', 'aquela'],
	// also "to" and English "a": a determiner only opening the clause, see ../referents.ts
	openingDeterminers: ['a', 'as'],
	// before a "that" and a person, what follows is passed on: see ../reports.ts
	reports: ['disse', 'diz', 'dizendo', 'disseram', 'falou', 'prometeu', 'prometeram', 'escreveu', 'avisou', 'comentou', 'mensagem', 'aviso', 'bilhete'],
	// a quote these stand next to is someone's or something's words, and another's typing or shouting of it: see ../quotes.ts
	quoteSources: ['mandou', 'escrito', 'placa', 'cartaz', 'frase', 'botão', 'mostra', 'digitou', 'digitava', 'gritou', 'gritava', 'gritando', 'berrou', 'berrava'],
	// a person word right after one is a quality, no request by itself: see ../referents.ts
	degrees: ['muito', 'mais', 'tão', 'menos', 'bem'],
	// a word of these forms, or a title and a name, in a talk verb's slot is a person: see ../roleTargets.ts
	roleForms: ['*ista', '*eiro', '*eira', '*ador', '*adora', '*ologo', '*ologa', '*euta'],
	roleLookalikes: ['banheiro', 'chuveiro', 'carteira', 'cadeira', 'geladeira', 'impressora', 'liquidificador', 'ventilador', 'refrigerador', 'navegador', 'processador'],
	titles: ['sr', 'sra', 'dona', 'dom'],
	// before an "if" or "that", a person and a contact verb: the person is wished to contact the user; see ../wishes.ts
	// the European imperfect as a conditional: "agradecia que …", "gostava que …"
	wishMoods: ['seria', 'gostaria', 'ficaria', 'agradeceria', 'adoraria', 'preferia', 'agradecia', 'gostava'],
	wishedContacts: ['ligasse', 'ligassem', 'ligue', 'ligar', 'retornasse', 'contatasse', 'contactasse', 'entrasse', 'telefonasse', 'telefonassem', 'chamasse', 'contatar', 'retornar', 'liga'],
	// a person asked to write to, answer or reach out to the user (`userObjects`); see ../writeBacks.ts
	writeBacks: ['escrever', 'escreva', 'escrevam', 'responda', 'respondam', 'responder', 'retorne', 'retornem'],
	// how often or whether at all someone answers, and the verb's habitual and past forms; see ../answerHabits.ts
	replyCues: ['alguma', 'nunca', 'jamais', 'normalmente', 'geralmente', 'costuma', 'costumam', 'chegou', 'chegaram', 'realmente', 'já'],
	reportedReplies: ['responde', 'respondem', 'escreve', 'escrevem', 'respondeu', 'responderam', 'escreveu', 'escreveram', 'respondido', 'retornou', 'retornaram'],
	memberLinks: ['da', 'do', 'de'],
	// a person given to the user: "get me | Gary at the depot"; see ../handOvers.ts
	handOverVerbs: ['passa', 'passe', 'arranja', 'arranje'],
	handOverUsers: ['me', 'mim'],
	// after a want verb, before the subject of a callback: "peço | para | o gerente me ligar"; see ../wishedCallers.ts
	wishLinks: ['para', 'pra'],
	// a person asked by one of these to contact the user (`userObjects`): see ../contactRequests.ts
	contactAskers: ['pode', 'poderia', 'podem', 'podiam', 'poderiam'],
	// "vcs podem mandar alguem", "preciso que venha um técnico", "agendem uma visita técnica"; see ../visitRequests.ts
	visitVerbs: ['mandar', 'manda', 'mandem', 'mande', 'enviar', 'envia', 'enviem', 'envie', 'venha', 'vir', 'viesse', 'viessem', 'volte', 'voltem', 'voltar', 'voltasse', 'voltassem', 'agendar', 'agenda', 'agendem', 'agende', 'marcar', 'marquem'],
	// 'consegue' and 'dá (pra)' as 'pode': "dá pra um dos técnicos vir olhar o portão?"
	visitAskers: ['preciso', 'precisamos', 'peço', 'solicito', 'quero', 'queremos', 'queria', 'queríamos', 'gostaria', 'gostaríamos', 'pode', 'podem', 'poderia', 'podiam', 'consegue', 'conseguem', 'dá', 'favor', 'pf', 'pfv', 'possível'],
	visits: ['visita'],
	visitQualifiers: ['técnica', 'técnico', 'técnicos', 'domiciliar', 'assistência', 'mecânico', 'mecânicos', 'guincho', 'eletricista', 'encanador', 'canalizador', 'montador', 'montadores'],
	visitRecipients: ['para', 'pra', 'pro'],
	userObjects: ['me', 'mim', 'nos', 'comigo'],
	// a person asked to do one of these on the user's matter: see ../serviceRequests.ts
	userServices: ['olhar', 'olhada', 'revisar', 'orientar', 'responder'],
	indefiniteArticles: ['um', 'uma'],
	indirectQuestions: ['saber', 'perguntar', 'verificar', 'confirmar', 'perguntou', 'perguntei'],
	perfects: ['sido', 'tivesse', 'teria', 'tinha'],
	// what the person opening the clause did, a report: "atendente resolveu geladeira Brastemp"
	pastDeeds: ['foi', 'era', 'veio', 'disse', 'fez', 'trouxe', 'resolveu', 'atendeu', 'esqueceu', 'respondeu', 'prometeu'],
	// and any regular preterite no pack lists: "meu sócio já ligou pro atendimento"
	pastDeedForms: ['*ou', '*aram', '*iram'],
	// right before a need word and a person, the matter in hand needs the person: see ../needs.ts
	matters: ['isso', 'isto'],
	needs: ['precisa', 'requer', 'exige'],
	denials: ['não', 'nunca'],
	// before a contact verb in its clause, the contact's subject is nobody: see ../nobodyContacts.ts
	nobodies: ['ninguém', 'nenhum', 'nenhuma'],
	// a person word a few words after one is how something seems, no one asked for: see ../qualities.ts
	seemings: ['soa', 'soam', 'parece', 'parecem', 'parecia', 'tipo'],
	alternatives: ['ou'],
	onlies: ['só', 'somente', 'apenas'],
	purposes: ['para', 'pra', 'pro'],
	handoffs: ['transbordo', 'transferência', 'transferencia', 'transferem', 'transfere'],
	machines: ['automático', 'automática', 'automáticos', 'automáticas', 'automaticamente', 'automatizado', 'automatizada', 'automatizadas', 'automatizados', 'script'],
	// a person a system routes one of these to is no one the user asks for; see ../routedPersons.ts
	systems: ['sistema', 'ivr', 'ura', 'crm', 'ferramenta', 'software', 'plataforma', 'bot', 'chatbot', 'app', 'aplicativo'],
	routedThings: ['clientes', 'cliente', 'chamadas', 'ligações', 'leads', 'tickets', 'chats', 'conversas', 'atendimentos', 'licença', 'licenças'],
	devices: ['caixa', 'caixinha', 'câmera', 'câmeras', 'campainha', 'interfone', 'fone', 'fones'],
	// a thing a connect verb joins, not a person: see ../connectedThings.ts
	connectedThings: ['app', 'aplicativo', 'celular', 'telemóvel', 'tv', 'televisão', 'relógio', 'smartwatch', 'conta', 'poupança', 'notebook', 'computador', 'impressora', 'tablet', 'chamadas', 'ligações', 'saldo', 'plano'],
	abilities: ['pode', 'podem', 'consegue', 'conseguem', 'poder', 'permite'],
	abilityInfinitives: ['poder'],
	thingRelatives: ['que'],
	perceptions: ['entender', 'entendo'],
	botBuilds: ['montar', 'montando', 'criar', 'criando'],
	// a seller's or a teacher's account: "uma conta de vendedor"
	thingsBeforePerson: ['modo', 'carta', 'main', 'meme', 'cabelo', 'cabelos', 'conta'],
	thingsAfterPerson: ['antivirus', 'limpador', 'desincrustante', 'descalcificante', 'descalcificador', 'antical'],
	thingLinks: ['de', 'do', 'da'],
	versusWords: ['vs', 'versus', 'contra'],
	gameChoices: ['qual', 'quais', 'melhor', 'jogar', 'escolher', 'main'],
	transferVerbs: ['transferir', 'transfira', 'transfiram', 'transfere', 'passem', 'passe', 'passar', 'conectem', 'conecte', 'conectar', 'coloca', 'coloquem', 'coloque', 'colocar'],
	// a person a few words after one of these does that work; see ../workDoers.ts
	works: ['tradução', 'traduções', 'transcrição', 'transcrições', 'moderação', 'legendas', 'legendagem', 'limpeza', 'faxina', 'guiada', 'guiadas'],
	// in a question with a person phrase near one: asks who answers; see ../replyQuestions.ts
	replies: ['respondendo', 'escrevendo', 'lendo', 'digitando', 'teclando', 'responder', 'escrever'],
	whos: ['quem'],
	hows: ['como'],
	workings: ['funciona', 'funcionam'],
	handoverModes: ['automaticamente', 'automático', 'automática', 'sozinho', 'sozinha'],
	cases: ['casos', 'situações'],
	whiches: ['quais', 'que', 'quê'],
	customers: ['cliente', 'comprador', 'compradora', 'hóspede', 'usuário', 'usuária', 'visitante', 'clientes', 'compradores', 'hóspedes', 'usuários', 'visitantes'],
	whens: ['quando'],
	repliesAfterWho: ['responde', 'escreve', 'digita', 'respondem'],
	ownPossessives: ['meu', 'minha', 'meus', 'minhas'],
	// 'algum' of a question with no 'tem' before it: "algum técnico online agora?"
	existentials: ['tem', 'há', 'existe', 'algum', 'alguma'],
	// free, online or on duty: "tem algum técnico online agora?", "há algum médico de plantão?"
	// someone who has time: "tem algum atendente com tempo agora?"
	presences: ['tempo', 'disponível', 'disponíveis', 'disponivel', 'disponiveis', 'online', 'plantão', 'livre', 'livres'],
	presentNows: ['agora', 'já', 'neste momento'],
	// a question whose subject is a name: the article before a first name: "a Juliana tá disponível?"
	nameOpeners: ['a', 'o'],
	// staff asked about on one of these ask about opening days: see ../presentPersons.ts
	openingDays: ['sábado', 'sábados', 'domingo', 'domingos', 'feriado', 'feriados'],
	// a turn to the present after a request for later: "…, but for now just tell me …"
	nowTurns: ['agora', 'enquanto'],
	nextTimes: ['próxima vez'],
	// the speaker of a report: "the operator told my husband …", "I was told by an agent …"
	speakerReports: ['disse', 'disseram', 'falou', 'explicou', 'diz'],
	speakerAgents: ['por', 'pelo', 'pela'],
	// the user's own contact, a plan: "I'll ring them myself"
	selfDoers: ['mesmo', 'mesma'],
	obligations: ['tem', 'têm', 'precisa', 'precisam', 'deve', 'devem'],
	openingNeeds: ['tenho', 'preciso'],
	possibilities: ['possível', 'possibilidade', 'espero'],
	contactForms: ['contatado', 'contatada', 'contactado', 'atendido', 'atendida', 'ligação', 'telefone', 'ajudado', 'ajudada', 'ligasse', 'ligue'],
	contactMedia: ['mensagem', 'msg', 'mail', 'email', 'whatsapp', 'zap'],
	teams: ['equipe', 'equipa', 'time', 'setor', 'departamento', 'serviço'],
	// a modal opening the question of a talk verb with a team in its slot: see ../teamTargets.ts
	slotAskers: ['pode', 'poderia', 'podem', 'poderiam', 'dá', 'consegue', 'conseguem'],
	// what a team handles after it, past one of these: see ../teamTargets.ts
	teamLinks: ['para'],
	// one of the business's people named by their group ("one of your devs"): see ../groupMembers.ts
	groupOnes: ['um dos', 'uma das', 'algum', 'alguma'],
	groupOwners: ['seus', 'suas', 'vossos', 'vossas', 'teus', 'tuas'],
	// a time word before now: a person or request words in its clause are reported, not asked for; see ../pastReports.ts
	pastHaves: ['tive', 'tivemos', 'tinha'],
	pastTimes: ['ontem', 'anteontem', 'semana passada', 'mês passado', 'ano passado', 'noite passada', 'vez passada', 'última vez', 'há pouco', 'há bocado'],
	// the "with" of a verb of talking with someone, and those verbs: a word no pack lists in their slot is a person (../conversationPartners.ts)
	companions: ['com', 'cm'],
	conversations: ['falar', 'fala', 'fale', 'conversar', 'ligação', 'passar', 'passa', 'passe', 'coloca'],
	personPronouns: ['ela', 'ele'],
	// a third person as a contact verb's object, said for someone close the user writes for; see ../behalfObjects.ts
	othersObjects: ['o', 'a', 'lhe', 'os', 'as', 'lhes'],
	othersWants: ['quer', 'queria', 'gostaria', 'pede'],
	// someone else's past ask, reported; see ../othersPastAsks.ts
	othersPastAsks: ['pediu', 'pediram', 'solicitou', 'solicitaram'],
	// another's offer or order, passed on and set aside; see ../passedOnAsks.ts
	passedOnAsks: ['ofereceu', 'ofereceram', 'sugeriu', 'sugeriram', 'mandou', 'digitou', 'escreveu'],
	// the user's ask of someone close who makes the contact; see ../closeErrands.ts
	errandAsks: ['pedi'],
	phoneLines: ['telefone', 'linha', 'chamada'],
	phoneVerbs: ['pôr', 'põe', 'ponha', 'ponham', 'coloca', 'coloque', 'coloquem', 'colocar', 'bota', 'bote', 'botem', 'botar'],
	// someone of the user's as a contact verb's object; see ../relationObjects.ts
	relationOwners: ['nosso', 'nossa', 'nossos', 'nossas'],
	// a contact said to the company for someone of the user's, with a phone number; see ../relativeCalls.ts
	contactImperatives: ['liguem', 'ligue', 'liga', 'ligar'],
	// see ../countedPersons.ts
	counters: ['por', 'cada', 'dois', 'duas', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez'],
	copulas: ['é', 'era', 'sou', 'ser', 'foi'],
	selfCopulas: ['sou'],
	// see ../qualities.ts
	associatives: ['de'],
	curiosities: ['curiosidade', 'curioso', 'curiosa'],
	// see ../unsoughtSomeones.ts
	ownCommunities: ['chat', 'stream', 'grupo', 'canal', 'servidor', 'comentários', 'live', 'equipe', 'equipa', 'time'],
	channelArticles: ['o', 'do', 'no', 'ao', 'pelo', 'esse', 'este', 'seu', 'nosso'],
	ownTeamWords: ['próprio', 'própria', 'próprios', 'próprias'],
	thanks: ['obrigado', 'obrigada', 'obg', 'valeu', 'parabéns', 'agradeço', 'agradecer', 'agradecida', 'agradecido'],
	breakages: ['quebrou', 'quebrado', 'quebrada', 'rachado', 'rachada', 'rachou', 'torto', 'torta', 'partiu', 'enferrujando', 'enferrujado'],
	roleAs: ['como'],
	offerVerbs: ['oferecem', 'oferece'],
	pretenders: ['tal', 'suposto', 'suposta', 'falso', 'falsa', 'falsos', 'pretenso', 'pretensa'],
	newcomers: ['novo', 'nova', 'novos', 'novas'],
	// the user's own call for later: "amanhã eu ligo pro atendimento"
	plannedContacts: ['ligo'],
};
