/**
 * Spanish cancel frames: a clause holding one asks for nobody, though it names a person (a question about a feature
 * or the product, building a bot, a department name; see ../frames.ts).
 */
export const spanishCancels: string[] = [
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
	// the business's virtual assistant asked about as a product: "¿su asistente virtual puede derivar la conversación a un asesor humano?"
	'su asistente virtual', 'tu asistente virtual', 'asistente virtual puede',
	// how a business hands over, asked by someone building a bot: "ustedes derivan a un agente humano cuando el bot no sabe?", "¿qué usan para derivar a un agente?"
	'ustedes derivan', 'qué usa para', 'qué usan para', 'qué usáis para',
];
