import type { Grammar } from './types';

/** Spanish word lists the clause checks read (see ../grammar.ts, `WORD_LISTS`, and the checks named in ../packs/types.ts). */
export const spanishClauseLists = {
	callbacks: ['devolverme la llamada'],
	imperatives: ['pásame', 'páseme', 'pásenme', 'comunícame', 'comuníqueme', 'comuníquenme'],
	promises: ['va', 'van', 'quedo', 'quedó', 'devolverá', 'llamará', 'contactará', 'prometió'],
	identity: [
		// un modelo o una persona, preguntado: "¿esto es un modelo de IA o hay un agente humano?"
		'o hay un agente humano',
		// la persona de la foto, ¿es quien escribe?: "¿es él el que me escribe o es un bot?", "¿es una persona o es un avatar?"
		'es ella la que me escribe', 'es él el que me escribe', 'o es un avatar',
		'eres un', 'eres una', 'eres humano', 'eres real', 'eres persona',
		// voseo (Río de la Plata, Central America): "¿sos humano vos?", "¿vos sos un bot?"
		'sos un', 'sos una', 'sos humano', 'sos real', 'sos persona', 'es un bot', 'estoy hablando con',
		'estoy chateando con', 'estoy conversando con', 'o con un programa', 'hablo con un bot', 'bot o con un humano', 'bot o humano', 'humano o bot', 'es usted un',
		'es usted una', 'usted es un', 'tú eres un',
		// voseo: "sos humano o sos un bot"
		'sos un bot', 'sos un robot', 'sos una persona', 'sos una máquina', 'sos una ia', 'vos sos un',
		'hablo con una persona', 'o con una máquina', 'quién me escribe', 'quién me responde', 'o un programa',
		'es automático',
		'robot o una persona', 'robot o un humano', 'un robot o',
		'eres chatgpt', 'chatgpt o',
		'detrás de este chat', 'detrás del chat', 'del otro lado',
		'alguien al otro lado', 'real al otro lado', 'persona al otro lado', 'humano al otro lado', 'es todo automático',
		// a machine answering this chat: "¿esto lo responde un robot?", "¿me contesta una máquina o son respuestas guardadas?"
		'contesta una máquina', 'responde una máquina', 'contesta un robot', 'responde un robot', 'contesta un bot',
		'responde un bot', 'contesta una ia', 'responde una ia', 'o son respuestas',
		// the user asks the bot what it is, in chat style: "pero vos sos de verdad o sos IA", "¿eres IA?"
		'eres de verdad o', 'sos de verdad o', 'o eres ia', 'o sos ia', 'eres ia', 'sos ia',
	],
	// a one-word person request after one is a person talked about: see ../referents.ts
	determiners: ['el', 'la', 'los', 'las', 'su', 'sus', 'tu', 'nuestro', 'nuestra', 'vuestro', 'vuestra', 'ese', 'esa', 'aquel', 'aquella'],
	// before a "that" and a person, what follows is passed on: see ../reports.ts
	reports: ['dijo', 'dice', 'diciendo', 'dijeron', 'prometió', 'prometieron', 'escribió', 'avisó', 'comentó', 'mencionó', 'explicó', 'aviso', 'mensaje', 'correo'],
	// a quote these stand next to is someone's or something's words, and another's typing or shouting of it: see ../quotes.ts
	// and a title in quotes after the work it names: "¿la película \"Humano\" la dan este finde?"
	quoteSources: ['pone', 'ponía', 'puso', 'pusieron', 'cartel', 'letrero', 'frase', 'botón', 'escrito', 'gritaba', 'gritó', 'gritando', 'gritaban', 'tecleó', 'escribía', 'spameaba', 'película', 'libro', 'canción', 'serie', 'novela'],
	// a person word right after one is a quality, no request by itself: see ../referents.ts
	degrees: ['muy', 'más', 'tan', 'menos', 'demasiado'],
	// a word of these forms, or a title and a name, in a talk verb's slot is a person: see ../roleTargets.ts
	roleForms: ['*ista', '*ero', '*era', '*ador', '*adora', '*ologo', '*ologa', '*euta'],
	roleLookalikes: ['contestador', 'ordenador', 'ventilador', 'mostrador', 'agujero', 'cartera', 'carretera', 'escalera', 'congelador', 'refrigerador', 'calentador', 'navegador', 'procesador'],
	titles: ['sr', 'sra', 'srta', 'don', 'doña'],
	// before an "if" or "that", a person and a contact verb: the person is wished to contact the user; see ../wishes.ts
	wishMoods: ['vendría', 'gustaría', 'encantaría', 'sería', 'agradecería', 'agradeceríamos', 'preferiría'],
	// with the noun that ends a contact phrase: "se ponga en | contacto | conmigo" (../contactRequests.ts)
	wishedContacts: ['llamara', 'llamaran', 'llame', 'llamen', 'llamarme', 'contactara', 'contactase', 'contacte', 'pusiera', 'pusiese', 'ponga', 'escribiera', 'devolviera', 'comunicara', 'comunique', 'comuniquen', 'llamarnos', 'escriba', 'escriban', 'escribirme', 'contacten', 'llamar', 'contacto'],
	// a person asked to write to, answer or reach out to the user (`userObjects`); see ../writeBacks.ts
	writeBacks: ['escribir', 'escribirme', 'escríbame', 'escriba', 'escriban', 'responda', 'respondan', 'responderme', 'conteste', 'contesten', 'contestarme', 'escribirnos'],
	// how often or whether at all someone answers, and the verb's habitual and past forms; see ../answerHabits.ts
	replyCues: ['alguna', 'nunca', 'jamás', 'normalmente', 'generalmente', 'realmente', 'suele', 'suelen'],
	reportedReplies: ['contesta', 'contestan', 'responde', 'responden', 'escribe', 'escriben', 'contestó', 'respondió', 'escribió', 'contestaron', 'respondieron', 'escribieron', 'contestado', 'respondido'],
	memberLinks: ['de', 'del'],
	// a person given to the user: "get me | Gary at the depot"; see ../handOvers.ts
	handOverVerbs: ['dame', 'deme', 'denme', 'pásame', 'páseme', 'pásenme', 'pasame', 'paseme', 'consígueme', 'consigueme'],
	handOverUsers: ['dame', 'deme', 'denme', 'pásame', 'páseme', 'pásenme', 'pasame', 'paseme', 'consígueme', 'consigueme'],
	// a person asked by one of these to contact the user (`userObjects`): see ../contactRequests.ts
	contactAskers: ['puede', 'podría', 'pueden', 'podrían'],
	// "mándenme un técnico", "que venga un técnico", "pueden agendar la visita de un técnico?"; see ../visitRequests.ts
	visitVerbs: ['manden', 'mándenme', 'mandad', 'mandadme', 'enviad', 'enviadme', 'mandar', 'mandarme', 'mande', 'mándeme', 'manda', 'mándame', 'envíen', 'enviar', 'envíenme', 'enviarme', 'envíe', 'venga', 'vengan', 'viniera', 'vinieran', 'viniese', 'venir', 'agendar', 'agenden', 'agende', 'agendarme', 'programar', 'programen', 'coordinar', 'vuelva', 'vuelvan', 'volver'],
	visitAskers: ['necesito', 'necesitamos', 'pido', 'solicito', 'ruego', 'quiero', 'queremos', 'quisiera', 'quisiéramos', 'gustaría', 'podrían', 'pueden', 'puede', 'podría', 'favor', 'podéis', 'podeis', 'puedes'],
	visits: ['visita'],
	visitQualifiers: ['técnica', 'técnico', 'técnicos', 'servicio', 'domicilio', 'instalador', 'reparador', 'mecánico', 'mecánicos', 'grúa', 'gruista', 'fontanero', 'fontaneros', 'plomero', 'electricista', 'electricistas', 'cerrajero'],
	// after a thing sent, its recipient ("mandar la factura al fontanero"); right after the verb, the person sent ("manden a alguien")
	visitRecipients: ['a', 'al'],
	visitPersonMarkers: ['a', 'al'],
	userObjects: ['me', 'nos', 'conmigo', 'llamarme', 'llamarnos', 'escribirme', 'mandarme', 'enviarme', 'escríbame', 'responderme', 'contestarme', 'escribirnos'],
	// a person asked to do one of these on the user's matter: see ../serviceRequests.ts
	userServices: ['mirar', 'revisar', 'asesorar', 'orientar', 'responder', 'contestar', 'echar'],
	indefiniteArticles: ['un', 'una'],
	indirectQuestions: ['saber', 'preguntar', 'comprobar', 'averiguar', 'preguntó', 'pregunté'],
	perfects: ['habría', 'hubiera', 'hubiese', 'sido'],
	// what the person opening the clause did, a report: "asesora del seguro llamó, siniestro aclarado"
	pastDeeds: ['fue', 'era', 'estuvo', 'vino', 'dijo', 'hizo', 'llamó', 'atendió', 'resolvió', 'colgó', 'equivocó', 'olvidó', 'mandó', 'envió', 'trajo', 'tardó'],
	// and any plural preterite no pack lists: "los técnicos dejaron todo sucio"
	pastDeedForms: ['*aron', '*ieron'],
	// right before a need word and a person, the matter in hand needs the person: see ../needs.ts
	matters: ['esto', 'eso', 'lo'],
	needs: ['necesita', 'requiere', 'tiene', 'debe'],
	denials: ['no', 'nunca'],
	// before a contact verb in its clause, the contact's subject is nobody: see ../nobodyContacts.ts
	nobodies: ['nadie', 'ningún', 'ninguna', 'ninguno'],
	// a person word a few words after one is how something seems, no one asked for: see ../qualities.ts
	seemings: ['suena', 'suenan', 'parece', 'parecen', 'parecía', 'asemeja'],
	alternatives: ['o', 'u'],
	onlies: ['solo', 'solamente', 'únicamente'],
	purposes: ['para', 'pa'],
	handoffs: ['transferencia', 'derivación', 'traspaso'],
	machines: ['automático', 'automática', 'automáticos', 'automáticas', 'automáticamente', 'automatizado', 'automatizada', 'automatizadas', 'automatizados', 'script'],
	// a person a system routes one of these to is no one the user asks for; see ../routedPersons.ts
	systems: ['sistema', 'ivr', 'crm', 'herramienta', 'software', 'plataforma', 'bot', 'chatbot', 'app', 'aplicación', 'centralita'],
	routedThings: ['clientes', 'llamadas', 'leads', 'tickets', 'chats', 'consultas', 'conversaciones', 'licencia', 'licencias'],
	devices: ['altavoz', 'altavoces', 'bocina', 'cámara', 'cámaras', 'timbre', 'audífono', 'audífonos', 'auriculares', 'intercomunicador'],
	// a thing a connect verb joins, not a person: see ../connectedThings.ts
	connectedThings: ['app', 'aplicación', 'móvil', 'celular', 'teléfono', 'tele', 'televisión', 'reloj', 'smartwatch', 'cuenta', 'portátil', 'ordenador', 'computadora', 'impresora', 'tableta', 'llamadas', 'enlace', 'saldo', 'puntos'],
	abilities: ['puede', 'pueden', 'podría', 'poder', 'permite'],
	abilityInfinitives: ['poder'],
	thingRelatives: ['que'],
	perceptions: ['entender', 'entiendo'],
	botBuilds: ['montar', 'montando', 'crear', 'creando', 'desarrollando', 'programando'],
	// a seller's or a teacher's account: "una cuenta de vendedor"
	thingsBeforePerson: ['modo', 'carta', 'plantilla', 'main', 'meme', 'pelo', 'cabello', 'cuenta', 'artículo', 'articulo'],
	thingsAfterPerson: ['antivirus', 'limpiador', 'desincrustante', 'descalcificador', 'descalcificante', 'antical'],
	thingLinks: ['de', 'del'],
	versusWords: ['vs', 'versus', 'contra'],
	gameChoices: ['cuál', 'mejor', 'jugar', 'elegir', 'main'],
	userTransfers: ['pasarme', 'pásame', 'transferirme', 'transfiéreme', 'comunicarme', 'conectarme', 'derivarme'],
	transferVerbs: ['pase', 'pásele', 'pasen', 'pásenle', 'pasar', 'comuniquen', 'comunique', 'comunicar', 'transfieran', 'transfiera', 'transferir', 'conecten', 'conecte', 'conectar'],
	// a person a few words after one of these does that work; see ../workDoers.ts
	works: ['traducción', 'traducciones', 'transcripción', 'transcripciones', 'moderación', 'subtítulos', 'subtitulado', 'limpieza', 'guiada', 'guiadas',
		// and what a person or a machine made or did outside this chat: the either/or after it asks who did that work, not this chat ("las mesas las montan personas o robots?", "las multas las pone un agente o una cámara automática?"); see ../identityAlternatives.ts
		'confirmación', 'recordatorio', 'multa', 'multas', 'muebles', 'montan', 'montados'],
	// in a question with a person phrase near one: asks who answers; see ../replyQuestions.ts
	replies: ['contestando', 'respondiendo', 'escribiendo', 'leyendo', 'tecleando'],
	whos: ['quién', 'quien'],
	hows: ['cómo', 'como'],
	workings: ['funciona', 'funcionan'],
	handoverModes: ['automáticamente', 'automático', 'automática'],
	cases: ['casos', 'situaciones'],
	whiches: ['qué', 'que', 'cuáles'],
	customers: ['cliente', 'clienta', 'comprador', 'compradora', 'huésped', 'usuario', 'usuaria', 'visitante', 'clientes', 'clientas', 'compradores', 'huéspedes', 'usuarios', 'visitantes'],
	whens: ['cuando', 'cuándo'],
	repliesAfterWho: ['contesta', 'responde', 'escribe', 'contestan', 'responden'],
	ownPossessives: ['mi', 'mis'],
	// 'algún' of a question with no 'hay' before it: "¿algún técnico de guardia ahora?"
	existentials: ['hay', 'queda', 'quedan', 'algún', 'alguna'],
	// free, online or on duty: "¿hay algún técnico de guardia?", "¿hay alguien conectado ahora mismo?"
	// chat 'dispo', and someone who has time: "hay algún asesor con tiempo ahora?"
	presences: ['dispo', 'tiempo', 'disponible', 'disponibles', 'libre', 'libres', 'guardia', 'online', 'línea', 'conectado', 'conectada', 'conectados'],
	presentNows: ['ahora', 'ahora mismo', 'ya'],
	// a question whose subject is a name: "¿está Lucía disponible?"
	nameOpeners: ['está', 'esta'],
	// a turn to the present after a request for later: "…, but for now just tell me …"
	nowTurns: ['ahora'],
	nextTimes: ['próxima vez'],
	// the speaker of a report: "the operator told my husband …", "I was told by an agent …"
	speakerReports: ['dijo', 'dijeron', 'explicó', 'comentó', 'dice'],
	speakerAgents: ['por'],
	// the user's own contact, a plan: "I'll ring them myself"
	selfDoers: ['mismo', 'misma'],
	obligations: ['tiene', 'tienen', 'debe', 'deben', 'necesita'],
	openingNeeds: ['tengo', 'necesito'],
	possibilities: ['posible', 'posibilidad', 'ojalá', 'espero', 'esperaba'],
	contactForms: ['contactado', 'contactada', 'llamado', 'llamada', 'atendido', 'atendida', 'contactara', 'llamara', 'llame', 'atendiera'],
	contactMedia: ['mensaje', 'correo', 'mail', 'email', 'whatsapp', 'wasap'],
	teams: ['equipo', 'departamento', 'área', 'servicio'],
	// a modal opening the question of a talk verb with a team in its slot: see ../teamTargets.ts
	slotAskers: ['puede', 'podría', 'pueden', 'podrían', 'podéis', 'podeis', 'puedes', 'podrías'],
	// what a team handles after it, past one of these: see ../teamTargets.ts
	teamLinks: ['para'],
	// one of the business's people named by their group ("one of your devs"): see ../groupMembers.ts
	groupOnes: ['uno', 'una', 'alguno', 'alguna'],
	groupOwners: ['sus', 'vuestros', 'vuestras', 'tus'],
	// a time word before now: a person or request words in its clause are reported, not asked for; see ../pastReports.ts
	pastHaves: ['tuve', 'tuvimos', 'tenía'],
	pastTimes: ['ayer', 'anteayer', 'anoche', 'semana pasada', 'mes pasado', 'vez pasada', 'última vez'],
	// the "with" of a verb of talking with someone, and those verbs: a word no pack lists in their slot is a person (../conversationPartners.ts)
	companions: ['con'],
	conversations: ['hablar', 'habla', 'ablar', 'hablarlo', 'platicar', 'charlar', 'conversar', 'llamada', 'pasar', 'pasarme', 'pasas', 'pasa', 'pase', 'poner', 'pásame', 'páseme', 'ponme', 'póngame', 'ponerme', 'pones', 'pone', 'ponga', 'pongas', 'pongan', 'pónganme'],
	personPronouns: ['ella'],
	// a third person as a contact verb's object, said for someone close the user writes for; see ../behalfObjects.ts
	othersObjects: ['lo', 'la', 'le', 'los', 'las', 'les'],
	othersWants: ['quiere', 'quisiera', 'pide'],
	// someone else's past ask, reported; see ../othersPastAsks.ts
	othersPastAsks: ['pidió', 'pidieron', 'solicitó', 'solicitaron'],
	// another's offer or order, passed on and set aside; see ../passedOnAsks.ts
	passedOnAsks: ['ofreció', 'ofrecio', 'ofrecieron', 'sugirió', 'sugirio', 'sugirieron', 'propuso', 'escribió', 'escribio'],
	// the user's ask of someone close who makes the contact; see ../closeErrands.ts
	errandAsks: ['pedí', 'pedi'],
	phoneLines: ['teléfono', 'línea', 'llamada'],
	phoneVerbs: ['poner', 'ponerme', 'ponme', 'pon', 'póngame', 'pónganme', 'ponga', 'pongan'],
	// someone of the user's as a contact verb's object; see ../relationObjects.ts
	relationOwners: ['nuestro', 'nuestra', 'nuestros', 'nuestras'],
	// a contact said to the company for someone of the user's, with a phone number; see ../relativeCalls.ts
	contactImperatives: ['llamen', 'llame', 'llamenle', 'llamele', 'llama', 'llamale'],
	// see ../countedPersons.ts
	counters: ['por', 'cada', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'],
	copulas: ['es', 'era', 'soy', 'ser'],
	selfCopulas: ['soy'],
	// see ../qualities.ts
	associatives: ['de'],
	curiosities: ['curiosidad', 'curioso', 'curiosa'],
	// see ../unsoughtSomeones.ts
	ownCommunities: ['chat', 'stream', 'grupo', 'canal', 'servidor', 'comentarios', 'directo', 'equipo'],
	channelArticles: ['el', 'del', 'al', 'este', 'ese', 'su', 'vuestro'],
	ownTeamWords: ['propio', 'propia', 'propios', 'propias'],
	thanks: ['gracias', 'agradezco', 'agradecer', 'agradecida', 'agradecido', 'felicitaciones', 'felicidades'],
	breakages: ['roto', 'rota', 'rompió', 'partió', 'partido', 'torcido', 'doblado', 'dobla', 'oxidado'],
	roleAs: ['como'],
	offerVerbs: ['ofrecen', 'ofrece', 'ofrecéis'],
	pretenders: ['supuesto', 'supuesta', 'supuestos', 'falso', 'falsa', 'falsos', 'presunto', 'presunta'],
	newcomers: ['nuevo', 'nueva', 'nuevos', 'nuevas'],
	// the user's own call for later: "mañana yo llamo al soporte"
	plannedContacts: ['llamo'],
} satisfies Partial<Grammar>;
