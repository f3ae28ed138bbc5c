import type { Grammar } from './types';

/** Spanish request frames, targets and the frames that cancel them (see ../frames.ts). */
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
	cancels: [
		// a call or message received, a report as 'tuve una llamada': "recibí una llamada de la gestora esta mañana"
		'recibí una llamada', 'recibí una * llamada', 'recibimos una llamada', 'recibí un mensaje', 'recibimos un mensaje',
		// a request noun had, a report: "ayer tuve una videollamada con un técnico"
		'tuve una llamada', 'tuve una videollamada', 'tuve una cita', 'tuve una reunión', 'tuvimos una llamada', 'tuvimos una reunión',
		// a request maybe wanted later, a plan, not asked now: "más adelante quizás quiera hablar con alguien sobre…, de momento solo…"
		'más adelante quizás', 'más adelante tal vez', 'quizás más adelante', 'tal vez más adelante', 'quizás quiera', 'quizá quiera', 'tal vez quiera', 'a lo mejor quiero',
		// a want in the future, or a request only being thought about: "seguramente querré hablar con un asesor", "a lo mejor pido cita con mi asesor"
		'querré hablar', 'querré que', 'a lo mejor pido', 'a lo mejor llamo', 'lo estoy pensando', 'lo estamos pensando',
		// what a partner wanted, a report of a plan given up, as 'esposo habla': "mi novia quería hablar con un asesor …, pero al final lo haremos en la oficina"
		'novia quería', 'novio quería', 'esposa quería', 'esposo quería', 'marido quería',
		// the answer found after all ('…pero ya lo encontré en la web'); also a take-back
		'ya lo encontré', 'ya lo encontre',
		// the user's own bot, built or sold: "somos una empresa que hace chatbots y queremos que el nuestro derive a un agente"
		'hace chatbots', 'hacemos chatbots', 'hacen chatbots', 'desarrollamos chatbots', 'nuestro chatbot', 'el nuestro derive',
		'armando un chatbot', 'armando un bot', 'haciendo un chatbot', 'haciendo un bot', 'creando un chatbot', 'creando un bot', 'desarrollando un chatbot', 'desarrollando un bot',
		// a visit reported, as 'me atendieron': "el asesor de la sucursal me atendió fatal" (not 'me atendió' alone: "el asesor que me atendió" is asked for)
		'me atendió fatal', 'me atendió mal', 'me atendieron fatal',
		// a request asked about in reported speech: "the bot asked if i wanted to speak to an agent, i didn't"
		'preguntó si quería', 'me preguntó si quería', 'preguntó si quiero', 'me preguntó si quiero',
		// a threat of what the user will do if something fails: "si mañana no llega, voy a exigir hablar con alguien"
		'voy a exigir', 'vamos a exigir',
		// 'como' with a subjunctive, a threat: "como vuelva a pasar pido hablar con el jefe"
		'como vuelva a', 'como vuelvan a', 'como vuelvas a', 'exigiré', 'voy a reclamar', 'vamos a reclamar',
		'voy a pedir hablar', 'vamos a pedir hablar', 'voy a pedir que', 'vamos a pedir que', 'pediré hablar', 'pediré que',
		// a request made before, reported: "ayer pidió hablar con una persona y le colgaron"
		'pidió hablar', 'pedí hablar', 'pidieron hablar', 'pedimos hablar',
		'él habla con', 'el habla con', 'ella habla con', 'quien habla con', 'que habla con', 'usted habla con',
		'tiene la opción de', 'tiene opción de',
		'hay una función', 'hay alguna función', 'función para', 'qué horario', 'horario de atención',
		'configuro', 'configurar', 'traspaso', 'en el panel',
		'incluido en', 'plan gratis',
		'plan con', 'plan que incluya', 'plan incluye', 'qué plan', 'algún plan', 'precio de', 'qué precio',
		'precio tiene',
		'en tienda', 'ofrecen', 'ofrecéis',
		'mis clientes', 'a qué hora', 'hay que pagar', 'tiene costo', 'estuve en espera', 'desde casa',
		'le pregunto a', 'pregunto a mi',
		'llamada perdida', 'si falta', 'si hay algún problema',
		// the user's own plan or threat, in the future tense: "si me vuelven a cobrar, pediré hablar con alguien responsable"
		'pediré', 'reclamaré',
		// a request for some day, a question how it would go: "si en algún momento necesito un asesor, ¿se guarda…?"
		'si en algún momento', 'si alguna vez', 'si algún día', 'por si algún día',
		// a delivery still to come, the request a threat for when it fails: "si no llegan las flores pido un asesor"
		'si no llega', 'si no llegan', 'si no me llega', 'si no me llegan', 'si no nos llega', 'si no nos llegan',
		// a past explanation or someone else's request, reported: "mi asesor me explicó que…", "mi vecino ya ha pedido hablar con alguien"
		'me explicó', 'me explicaron', 'ya ha pedido', 'ha pedido hablar', 'han pedido hablar', 'ya pidió', 'ya pidieron',
		'reseña', 'valorar', 'valoración', 'merece', 'estrellas', 'felicitar', 'fines de semana', 'fin de semana',
		'firme', 'firmar',
		'me atendió un', 'me atendió una', 'me atendieron', 'fue súper amable', 'fue muy amable',
		'fue un amor', 'fueron un amor', 'fue un encanto', 'fueron un encanto',
		// a request given up or for later: "quería pedir… pero ya lo solucioné", "igual les pido un humano"
		'ya lo solucioné', 'ya lo resolví', 'igual les pido', 'igual te pido', 'igual pido', 'quizás pida', 'tal vez pida',
		// advice quoted from someone else: 'mi jefe dice "pide un humano"'
		// what someone says one must do, reported: "mi roommate dice que hay que pedir un humano"
		'dice que hay que', 'dicen que hay que', 'dijo que hay que', 'dijeron que hay que',
		// what the bot says or said, reported: "el asesor que me vendió el coche juró que tenía garantía y ahora el bot dice que no"
		'bot dice', 'bot me dice', 'bot dijo', 'bot me dijo', 'chat dice', 'chat me dice', 'chatbot dice', 'chatbot me dice',
		// the user's own call centre: "tengo un call center chiquito y busco…"
		'tengo un call center', 'mi call center', 'nuestro call center',
		'dice pide', 'dijo pide', 'dice que pida', 'dijo que pida', 'dijo que pidiera',
		'ya me respondió', 'ya me respondieron', 'ya me llamó', 'ya me llamaron', 'cobra comisión', 'cobran comisión',
		'mi mamá', 'mi madre',
		// a family member or boss who talks with someone, a report or plan: "mi esposo habla con el gerente mañana"
		'esposo habla', 'marido habla', 'esposa habla', 'mujer habla', 'jefe habla', 'hijo habla', 'hija habla',
		'trabajar como', 'trabajar de', 'trabajar con ustedes', 'su chatbot', 'tu chatbot', 'el chatbot puede',
		// someone's job ("mi hermana trabaja de asesora"); a bot of the vosotros form ("¿vuestro chatbot puede derivar…?")
		'trabaja de', 'trabaja como', 'trabajo como', 'vuestro chatbot', 'vuestro bot', 'vuestro asistente',
		// the bot a business uses, asked about by someone comparing vendors: "¿el chatbot que usáis puede derivar a un agente?"
		'chatbot que usáis', 'chatbot que usan', 'chatbot que utilizáis', 'chatbot que utilizan', 'bot que usáis', 'bot que usan',
		'me encanta', 'nuestro personal', 'nuestros agentes', 'nuestro equipo', 'incluye',
		'hablé con', 'ya hablé', 'ya habló con', 'ya hablamos con',
		// a talk of yesterday, reported: "mi hermana habló ayer con una asesora y le dijeron…"
		'habló ayer', 'hablé ayer', 'hablaron ayer', 'hablamos ayer',
		'crear', 'construir', 'desarrollar', 'plataforma', 'permite',
		'cuesta', 'cuánto', 'idiomas', 'información sobre', 'háblame de',
		'cuéntame sobre', 'su producto', 'tu producto', 'el producto de', 'su bot',
		'tu bot', 'el bot puede', 'revisan',
		// a manual (the noun) asked for, not a person: "busco el manual del soporte", "no como un manual"; 'manual' alone is
		// every language's adjective too, and a manual process asks for a person ("proses manual", "revisión manual")
		'el manual', 'un manual', 'del manual', 'tu manual', 'su manual', 'los manuales', 'manual de instrucciones', 'manual de usuario',
		'fue muy', 'trabajo en', 'quiero ser agente', 'quiero ser asesor', 'quiero ser asesora',
		'quiero ser ejecutivo', 'quiero ser operador', 'quiero ser representante', 'distribuidor', 'mi bot',
		'entrenar', 'entreno',
		// a job applied for, not the participle of 'poner' ("me han puesto una multa")
		'el puesto', 'un puesto', 'al puesto', 'del puesto', 'ese puesto', 'este puesto', 'puesto de trabajo', 'puesto vacante', 'me interesa el', 'vacante', 'empleo', 'me ayudó', 'ya me ayudó', 'desarrollando', 'ya vino',
		'abre en',
		'abre los', 'qué hora abre',
		'rebota',
		'dale las gracias', 'fueron geniales', 'número de mi ticket',
		'desactivo', 'desactivar', 'me dijo', 'la última vez',
		// what staff said, reported (chat 'q' for 'que'): "el asesor de ayer dijo q llegaba hoy"
		'dijo que', 'dijo q', 'dijeron que', 'dijeron q',
		'revisa los', 'revisa las',
		'se acabó',
		'tardan más', 'más rápido',
		'ya lo resolviste', 'ya lo resolvieron', 'me dio',
		'disponible en la app', 'en la app también',
		'dedicado', 'dedicada', 'plan básico', 'plan empresarial', 'está en el plan', 'viene en el plan',
		'qué diferencia', 'oferta de trabajo', 'contratando', 'practicantes', 'prácticas', 'postularme', 'postular',
		'qué hace un', 'me colgó', 'me colgaron',
		'decía',
		'solucionó', 'solucionaron', 'resolvió', 'resolvieron', 'lo arregló', 'lo arreglaron', 'ya lo arreglaron',
		// a relative's talk with staff, reported: "mi hermana habló con una asesora que le ayudó muchísimo"
		'hermana habló', 'hermano habló', 'madre habló', 'padre habló', 'mamá habló', 'papá habló', 'esposo habló', 'esposa habló',
		'marido habló', 'hijo habló', 'hija habló', 'amigo habló', 'amiga habló', 'vecino habló', 'vecina habló', 'le ayudó', 'nos ayudó', 'les ayudó',
		// someone to come and do a job, a dispatch: "necesito a alguien que venga a cortarlos"
		'que venga a', 'que vengan a', 'que venga a casa', 'que vengan a casa',
		// how other sites hand over, asked by a bot maker: "cómo otras webs hacen el paso a un agente humano"
		'el paso a', 'empresa de chatbots', 'otras webs',
		// the user's own call to come: "ya llamaré yo a la agencia el lunes"
		'llamaré', 'ya llamaré', 'llamaré yo',
		// a fix reported done: "la asesora ya me corrigió la casilla, ya podéis cerrar el chat"
		'corrigió', 'corrigieron', 'en caso de que', 'trabaja en su',
		'trabaja en atención', 'trabaja en soporte',
		'sigan así',
		'voy a llamar', 'voy a hablar con', 'me pidió que', 'me pidieron que', 'prometió', 'prometieron', 'último chat',
		'la próxima vez', 'puedo elegir', 'se puede elegir', 'calificar',
		// a status assigned to someone ("asignado a un operador"); not the user's own adjuster or adviser described
		// ("el perito asignado a mi expediente", "la asesora asignada a mi cuenta")
		'asignado a un', 'asignada a un', 'asignado a una', 'asignada a una',
		// a request given up, as Portuguese 'ia pedir': "iba a pedir un asesor pero ya encontré cómo…"
		'iba a pedir', 'iba a solicitar', 'iba a preguntar por',
		'se cortó',
		'como lo haría', 'háblame como', 'me ayudaste más', 'prefiero escribir',
		'entra un humano', 'entra una persona',
		// someone else's request, quoted or reported: mi novio escribió "quiero un agente", dice que habló con un asesor
		'escribió', 'dice que habló', 'dijo que habló',
		// a job offer for a role: "una oferta de asesor comercial"
		'oferta de asesor', 'oferta de asesora', 'oferta de agente', 'oferta de ejecutivo', 'oferta de operador', 'oferta de representante',
		// the user's own plan: "voy a tener que pedir que me llame alguien, pero por ahora espero"
		'voy a tener que', 'tendré que', 'por ahora espero',
		// thanks for a handover already made: "gracias por pasarme ayer con el asesor"
		'gracias por pasarme', 'gracias por comunicarme', 'gracias por transferirme', 'gracias por conectarme',
		'escribieron',
	],
	callbacks: ['devolverme la llamada'],
	imperatives: ['pásame', 'páseme', 'pásenme', 'comunícame', 'comuníqueme', 'comuníquenme'],
	promises: ['va', 'van', 'quedo', 'quedó', 'devolverá', 'llamará', 'contactará', 'prometió'],
	identity: [
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
	],
	// a one-word person request after one is a person talked about: see ../referents.ts
	determiners: ['el', 'la', 'los', 'las', 'su', 'sus', 'tu', 'nuestro', 'nuestra', 'vuestro', 'vuestra', 'ese', 'esa', 'aquel', 'aquella'],
	// before a "that" and a person, what follows is passed on: see ../reports.ts
	reports: ['dijo', 'dice', 'diciendo', 'dijeron', 'prometió', 'prometieron', 'escribió', 'avisó', 'comentó', 'mencionó', 'explicó', 'aviso', 'mensaje', 'correo'],
	// a quote these stand next to is someone's or something's words, and another's typing or shouting of it: see ../quotes.ts
	quoteSources: ['pone', 'ponía', 'puso', 'pusieron', 'cartel', 'letrero', 'frase', 'botón', 'escrito', 'gritaba', 'gritó', 'gritando', 'gritaban', 'tecleó', 'escribía', 'spameaba'],
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
	thingsBeforePerson: ['modo', 'carta', 'plantilla', 'main', 'meme', 'pelo', 'cabello', 'cuenta'],
	thingsAfterPerson: ['antivirus', 'limpiador', 'desincrustante', 'descalcificador', 'descalcificante', 'antical'],
	thingLinks: ['de', 'del'],
	versusWords: ['vs', 'versus', 'contra'],
	gameChoices: ['cuál', 'mejor', 'jugar', 'elegir', 'main'],
	userTransfers: ['pasarme', 'pásame', 'transferirme', 'transfiéreme', 'comunicarme', 'conectarme', 'derivarme'],
	transferVerbs: ['pase', 'pásele', 'pasen', 'pásenle', 'pasar', 'comuniquen', 'comunique', 'comunicar', 'transfieran', 'transfiera', 'transferir', 'conecten', 'conecte', 'conectar'],
	// a person a few words after one of these does that work; see ../workDoers.ts
	works: ['traducción', 'traducciones', 'transcripción', 'transcripciones', 'moderación', 'subtítulos', 'subtitulado', 'limpieza', 'guiada', 'guiadas'],
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
};
