import type { Grammar } from './types';

/** Portuguese word lists the clause checks read (see ../grammar.ts, `WORD_LISTS`, and the checks named in ../packs/types.ts). */
export const portugueseClauseLists = {
	callbacks: ['me dar um retorno'],
	imperatives: ['transfere', 'transfira', 'passa', 'passe'],
	subjects: ['ele', 'ela', 'eles', 'elas', 'pode', 'poderia', 'ia', 'deve'],
	promises: ['vai', 'vão', 'ficou', 'ficaram', 'prometeu', 'retornará', 'ligará'],
	identity: [
		// alguém mesmo aí, ou a pessoa da foto que escreve: "tem alguém aí mesmo ou é robô?", "é ela que está escrevendo ou é um bot?"
		'tem alguém aí mesmo', 'alguém aí mesmo', 'ou é uma pessoa digitando', 'ou é alguém digitando', 'é ela que me está a escrever', 'é ele que me está a escrever', 'é ela que está escrevendo', 'é ele que está escrevendo',
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
		// whether this chat answers by itself: "isso é um atendimento automático?", "o chat é respondido por alguém ou é inteligência artificial?"
		'é um atendimento automático', 'é atendimento automático', 'ou é inteligência artificial', 'chat é respondido por',
		// the user asks the bot what it is, in chat style, with no article: "vc é robô?", "cê é bot né?"
		'vc é robô', 'você é robô', 'vc é bot', 'você é bot', 'vc é ia', 'você é ia', 'cê é robô', 'cê é bot',
		// a name, a person or an avatar as the other side: "ela é humana ou é só um avatar?", "robozinho ou Carla de Natal?"
		'ela é humana ou', 'ele é humano ou', 'ou é só um avatar', 'ou só um avatar', 'robozinho ou * de',
		// whether the messages here are read or all automatic: "alguém lê as mensagens ou é tudo automático?"
		'mensagem ou é tudo automático', 'mensagens ou é tudo automático',
	],
	// a one-word person request after one is a person talked about: see ../referents.ts
	determiners: ['o', 'os', 'ao', 'aos', 'seu', 'sua', 'nosso', 'nossa', 'teu', 'tua', 'esse', 'essa', 'aquele', 'aquela'],
	// also "to" and English "a": a determiner only opening the clause, see ../referents.ts
	openingDeterminers: ['a', 'as'],
	// before a "that" and a person, what follows is passed on: see ../reports.ts
	reports: ['disse', 'diz', 'dizendo', 'disseram', 'falou', 'prometeu', 'prometeram', 'escreveu', 'avisou', 'comentou', 'mensagem', 'aviso', 'bilhete'],
	// a quote these stand next to is someone's or something's words, and another's typing or shouting of it: see ../quotes.ts
	// and a title in quotes after the work it names: "o filme \"Humano\" vai passar no festival?"
	quoteSources: ['mandou', 'escrito', 'placa', 'cartaz', 'frase', 'botão', 'mostra', 'digitou', 'digitava', 'gritou', 'gritava', 'gritando', 'berrou', 'berrava', 'filme', 'livro', 'música', 'série', 'novela', 'peça'],
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
	thingsBeforePerson: ['modo', 'carta', 'main', 'meme', 'cabelo', 'cabelos', 'conta', 'artigo'],
	thingsAfterPerson: ['antivirus', 'limpador', 'desincrustante', 'descalcificante', 'descalcificador', 'antical'],
	thingLinks: ['de', 'do', 'da'],
	versusWords: ['vs', 'versus', 'contra'],
	gameChoices: ['qual', 'quais', 'melhor', 'jogar', 'escolher', 'main'],
	transferVerbs: ['transferir', 'transfira', 'transfiram', 'transfere', 'passem', 'passe', 'passar', 'conectem', 'conecte', 'conectar', 'coloca', 'coloquem', 'coloque', 'colocar'],
	// a person a few words after one of these does that work; see ../workDoers.ts
	works: ['tradução', 'traduções', 'transcrição', 'transcrições', 'moderação', 'legendas', 'legendagem', 'limpeza', 'faxina', 'guiada', 'guiadas',
		// and what a person or a machine made or did outside this chat: the either/or after it asks who did that work, not this chat ("os móveis são montados por pessoas ou por robôs?", "quem aplicou a multa, um agente ou um radar automático?"); see ../identityAlternatives.ts
		'confirmação', 'lembrete', 'multa', 'multas', 'móveis', 'montam', 'montados'],
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
} satisfies Partial<Grammar>;
