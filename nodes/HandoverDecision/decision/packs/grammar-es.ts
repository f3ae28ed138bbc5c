import type { Grammar } from './types';
import { spanishCancels } from './cancels-es';
import { spanishClauseLists } from './lists-es';

/** Spanish request frames and targets (see ../frames.ts); cancel frames in cancels-es.ts, the clause checks' word lists in lists-es.ts. */
export const spanishGrammar: Grammar = {
	talkVerbs: [
		// a request noun of a call, as 'llamada con': "¿me agendan una videollamada con alguien del área técnica?", "una cita telefónica con mi gestor"
		'una videollamada con', 'cita telefónica con', 'llamada telefónica con', 'una * llamada con',
		// meeting a person in person: "quiero reunirme con mi asesor en la sucursal"
		'reunirme con', 'reunirnos con', 'reunión con', 'verme con',
		// a formal noun request, as English 'a call from': "solicito una llamada de un asesor"
		'una llamada de', 'contacto telefónico de',
		'devolverme la llamada',
		'habla con', 'me puede atender', 'me pueden atender', 'me pueda atender', 'me puedan atender', 'me podéis atender',
		'pásame a', 'páseme a', 'pásenme a', 'pásame al', 'páseme al', 'pásenme al', 'me pasas a', 'me pasa a',
		'me transfieran a', 'me transfieran con', 'llamada con', 'cita con',
		// the polite subjunctive, and 'al': "le ruego me transfiera al departamento técnico"
		'me transfiera a', 'me transfiera al', 'me transfiera con', 'me transfieran al', 'transfiérame al', 'transfiéreme al',
		'revisar', 'revise',
		'pasar con',
		// the user put through as the object of a modal or a subjunctive: "¿me podéis poner con Nuria?", "que me pase con el encargado"
		'poner con', 'me pase con', 'me pasen con',
		// the same person again, a name right after: "¿se puede hablar otra vez con Lucía?"
		'hablar otra vez con', 'hablar de nuevo con', 'volver a hablar con',
		// chat spelling without the h: "kiero ablar con alguien d los techos"
		'ablar con', 'ablar a', 'ablar',
		'hablar con', 'hablar a', 'platicar con', 'charlar con', 'conversar con', 'comunicarme con', 'comunicarse con',
		'comuníqueme con', 'comunícame con', 'me puede comunicar con', 'me comunica con', 'me comunicas con', 'comunicar con',
		'me puedes comunicar con', 'pásame con', 'páseme con', 'pásenme con', 'comuníquenme con',
		'pasarme con', 'me pasas con', 'me pasa con', 'ponme con', 'póngame con', 'transfiéreme a', 'transfiérame a',
		'transferirme a', 'derivarme a', 'conectarme con', 'conéctame con', 'me podrías conectar con', 'me puedes conectar con', 'me conectas con', 'me conecta con', 'me conectan con', 'conectame con', 'me pueden conectar con', 'me puede conectar con', 'hablar', 'que me atienda', 'me atienda',
		'atendido por', 'atendida por',
		'que me llame', 'que me llamen',
		// the past subjunctive after a conditional wish: "me gustaría que me contactara alguien de dirección"
		'que me contactara', 'que me contactaran', 'que me contactase', 'que me contactasen', 'que me llamara', 'que me llamaran',
		'explicárselo a', 'explicarlo a', 'explicar a', 'explicarle a',
		'pueda llamar', 'puedo llamar',
		'queja con', 'quejarme con', 'quejarme ante',
		'me puede llamar', 'me pueda llamar', 'me puedan llamar',
		// with a conditional: "¿me podría llamar el encargado?"
		'me podría llamar', 'me podrían llamar', 'me podrías llamar',
		// someone asked to call a relative the user writes for: "¿la puede llamar alguien del equipo?"
		'le puede llamar', 'la puede llamar', 'lo puede llamar', 'le pueden llamar', 'la pueden llamar', 'lo pueden llamar',
		'le pueda llamar', 'la pueda llamar', 'lo pueda llamar', 'le puedan llamar', 'la puedan llamar', 'lo puedan llamar',
		'que le llame', 'que la llame', 'que lo llame', 'que le llamen', 'que la llamen', 'que lo llamen',
		'me llame',
		// Mexican 'marcar' for 'llamar': "que alguien de la red me marque hoy"
		'me marque', 'que me marque', 'que me marquen',
		'meter a', 'hablarlo con',
		'pase esto a', 'pasa esto a', 'pasar esto a', 'páselo a', 'pásalo a', 'pasarlo a',
		'presentar esto ante', 'llevar esto ante', 'plantear esto a',
		'transferirme con', 'transferir con', 'transfiéreme con', 'transfiérame con', 'me transfieres con', 'me transfiere con',
		'derivarme con', 'me derivas con', 'me deriva con',
		// "que me pongas con alguien del equipo técnico"
		'me pongas con', 'me ponga con', 'me pones con', 'me pone con', 'ponerme con', 'pónganme con', 'me pongan con',
		// the same, "in touch with", asked of the bot: "¿me pones en contacto con el departamento de reclamaciones?"
		'me pones en contacto con', 'me pone en contacto con', 'ponme en contacto con', 'póngame en contacto con',
		'me puedes poner en contacto con', 'me puede poner en contacto con', 'me podrías poner en contacto con', 'me podría poner en contacto con',
		// 'comunicar con' with a conditional or plural: "¿me podría comunicar con el perito asignado a mi expediente?"
		'me podría comunicar con', 'me podrías comunicar con', 'me podrían comunicar con', 'me pueden comunicar con', 'me comunican con', 'me comuniquen con',
	],
	wantVerbs: ['quiero', 'necesito', 'quisiera', 'dame', 'deme', 'pido', 'prefiero',
		'quiero que', 'quisiera que',
		// the same wish of a couple or family (../wishedCallers.ts): "quisiéramos que el padre Julián nos llamara"
		'queremos que', 'quisiéramos que', 'quisieramos que',
		// a formal request for what someone is to do: "solicito que un técnico me llame"
		'solicito que',
		'necesito que',
		'agradecería que', 'agradecería mucho que', 'le agradecería que',
	],
	reachVerbs: ['contactar con', 'contactar a', 'contactar', 'contacto con', 'ponerme en contacto con', 'localizar a', 'llamar a'],
	people: [
		// un oficio que se manda o se pide que venga: "¿me pueden mandar al fontanero?", "que venga el electricista"
		'fontanero', 'fontaneros', 'plomero', 'electricista', 'electricistas', 'cerrajero',
		// a repairer or installer of the company asked to come: "manden un instalador"
		'instalador', 'reparador',
		// a candidate's recruiter: "quiero hablar con mi reclutadora"
		'reclutador', 'reclutadora', 'reclutadores', 'mi reclutador', 'mi reclutadora',
		// business roles asked for by name: "me podéis pasar con el comercial que nos lleva la cuenta?", "hablar con un desarrollador"
		'comercial', 'desarrollador', 'desarrolladora',
		// the account executive at a supplier ('mi ejecutivo' is excluded in es.ts: one's boss): "quiero hablar con la ejecutiva de cuenta"
		'ejecutiva', 'ejecutivo de cuenta', 'ejecutiva de cuenta', 'ejecutivo de cuentas', 'ejecutiva de cuentas',
		// a doctor a patient asks for: "hay algún médico con el que pueda hablar?"
		'médico', 'médica', 'doctor', 'doctora',
		// a clinic's nurse, as pt 'enfermeira': "quiero hablar con una enfermera"
		'enfermera', 'enfermero',
		'compañero', 'compañera',
		'dueño', 'dueña', 'propietario', 'propietaria',
		'persona', 'personas', 'humano', 'humanos', 'ser humano', 'alguien', 'gerente', 'encargado', 'encargada',
		'responsable', 'supervisor', 'supervisora', 'jefe', 'jefa', 'agente', 'agentes', 'asesor', 'asesora', 'asesores',
		'operador',
		'operadora', 'representante', 'ejecutivo', 'empleado', 'empleada', 'ventas', 'facturación', 'cobranzas', 'señor', 'señora',
		'señorita', 'don', 'doña', 'persona real', 'alguien real',
		'quien se encargue', 'quien se encarga', 'quien lleva', 'quien lleve',
		// whoever handles something: "me pasas con el que se ocupa de las aclaraciones"
		'el que se ocupa de', 'la que se ocupa de', 'quien se ocupa de', 'el que se encarga de', 'la que se encarga de',
		// the user's own manager at a bank, a leasing firm, an insurer: "quiero hablar con mi gestor"
		'gestor', 'gestora', 'mi gestor', 'mi gestora',
		'funcionario', 'funcionaria', 'coordinador', 'coordinadora', 'director', 'directora', 'técnico', 'técnicos',
		// the trade a shop's customer asks for: "¿me puedes comunicar con la farmacéutica?", "hablar con el sastre"
		'farmacéutico', 'farmacéutica', 'sastre', 'costurera',
		// a tattoo or piercing studio's artist: "¿puedo hablar con la tatuadora?"
		'tatuador', 'tatuadora', 'tatuadores',
		// an expert of the business a customer asks for: "¿me podríais pasar con una nutricionista?", "hablar con un jurista"
		'nutricionista', 'dietista', 'jurista',
		'profe', 'profesor', 'profesora',
		// a notary's office and its officer handling a sale: "me urge hablar con el oficial de la notaría"
		'notario', 'notaria', 'oficial de la notaría', 'oficial de notaría', 'oficial de la notaria',
		// an insurer's loss adjuster handling a claim: "¿me podría comunicar con el perito asignado?"
		'perito', 'perita',
		// un profesional por su oficio: "quiero hablar con un abogado del despacho", "¿puede llamarme el veterinario?"
		'dentista', 'abogado', 'abogada', 'veterinario', 'veterinaria', 'arquitecto', 'arquitecta', 'instructor', 'instructora', 'logopeda', 'recepcionista', 'apicultor',
		// quien vende, alquila o enseña: "hablar con el arrendador", "que el vendedor me llame", "pásame con la tutora de mi hijo"
		'vendedor', 'vendedora', 'arrendador', 'arrendadora', 'administrador de la finca', 'administrador de fincas', 'tutor', 'tutora', 'maestro', 'maestra',
		// quien se manda al cliente: "¿podéis mandar una grúa?", "envíen a un mecánico"
		'mecánico', 'mecánicos', 'grúa', 'gruista',
	],
	departments: [
		'central','soporte', 'soporte técnico', 'atención al cliente', 'servicio al cliente', 'servicio técnico', 'mesa de ayuda', 'atención a clientes',
		'con quién me comunico', 'a quién contacto',
		'departamento de facturación', 'departamento de ventas', 'departamento de reclamos', 'servicio de reclamos',
		'área de facturación', 'área de reclamos', 'área de cobranzas', 'área de cobranza',
		'departamento de cobranzas', 'departamento de cobranza',
		'departamento de reclamaciones', 'servicio de reclamaciones', 'área de reclamaciones',
		'secretaría', 'servicio de atención',
	],
	fillers: [
		'un', 'una', 'el', 'la', 'los', 'las', 'al', 'su', 'sus', 'tu', 'real', 'de', 'del', 'verdad', 'humano',
		'algún', 'alguna', 'alguno',
		'equipo', 'departamento', 'depto', 'dpto', 'área', 'por', 'favor', 'directamente', 'con', 'a',
		'cualquier',
		// another person than the one before: "quiero hablar con otra persona", "pásame con otro asesor"
		'otro', 'otra',
		// English 'team' in Spanish chat: "conectame con el team de tech support"
		'team',
		// a time word between the verb and the person: "hablar hoy mismo con un encargado", "ahora mismo con un agente"
		'hoy', 'ahora', 'mismo',
	],
	// "acerca de", "au sujet de", "juu ya": the first word that is the topic word alone.
	topics: ['sobre', 'acerca', 'respecto', 'relación', 'tema'],
	infinitives: ['para'],
	notAlone: ['ventas', 'comercial', 'facturación', 'cobranzas', 'señor', 'señora', 'señorita', 'don', 'doña', 'profe', 'profesor', 'profesora'],
	conjunctions: ['y'],
	ones: ['uno', 'una'],
	conditionals: ['si'],
	// 'otra vez', 'de nuevo', 'si vuelve a fallar': the same failure again, still to come
	futures: ['mañana', 'próxima', 'próximo', 'otra vez', 'de nuevo', 'vuelve', 'vuelven', 'vuelves', 'vuelvo'],
	aheadConditionals: ['como'],
	// 'semana' of the weekend cancel ('fin de semana'): "necesito que alguien me llame este fin de semana"
	aheadDays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'semana'],
	courtesies: ['un rato', 'un momento', 'tienen tiempo', 'tiene tiempo', 'tienes tiempo', 'posible'],
	later: ['podría', 'podré', 'podrá', 'habrá', 'después', 'luego', 'más tarde'],
	// someone else typed the quoted request, or the bot is to ignore it (see ../quotes.ts)
	// a message the app shows, quoted: la app dice "contacte con un agente"
	disowns: ['dice', 'aparece', 'escribió', 'tecleó', 'ignóralo', 'ignora', 'ignoren', 'ignorar'],
	// a request taken back by a later clause that ends with one (see ../marks.ts)
	// "ya está" closing its clause: "queríamos hablar con alguien…, pero ya está, …"
	// 'ah no' and 'no espera' ending their clause right after a request: the user caught themself ("¿puedo hablar con una persona? ah no, ya lo vi")
	takeBacks: ['olvídalo', 'déjalo', 'da igual', 'ya lo encontré', 'ya lo resolví', 'ya está', 'ya encontré', 'ya encontré el', 'ya encontré la', 'ah no', 'ah no espera', 'no espera', 'ya lo vi'],
	contrasts: ['pero'],
	abbreviations: ['sr', 'sra', 'srta', 'dr', 'dra', 'lic'],
	firstPersons: ['yo', 'quiero', 'necesito', 'puedo', 'quisiera'],
	complementisers: ['que'],
	declines: ['no', 'nah', 'olvídalo', 'déjalo', 'da igual', 'no gracias', 'mejor no'],
	// a "wait"/"actually" word next to a decline opens a correction (see ../corrections.ts)
	selfCorrections: ['espera', 'espere', 'bueno'],
	urgers: ['por favor', 'porfa', 'ahora', 'urgente', 'cuanto antes', 'lo antes posible', 'a la brevedad'],
	cancels: spanishCancels,
	...spanishClauseLists,
};
