import { spanishGrammar } from './grammar-es';
import type { LanguagePack } from './types';

export const spanish: LanguagePack = {
	code: 'es',
	name: 'Spanish',
	...spanishGrammar,
	requests: [
		// human resources, an exclusion when only named ("estudié recursos humanos"), asked for with a talk or transfer verb
		'hablar con recursos humanos', 'hablar con el departamento de recursos humanos', 'comunicarme con recursos humanos',
		// a role an exclusion blocks when only mentioned, or a driver or crew, asked for with a talk verb or to come: "quiero hablar con el agente de viajes de su sucursal", "puede venir alguien de la tripulación?"
		'hablar con el agente de viajes', 'hablar con la agente de viajes', 'hablar con mi agente de viajes', 'hablar con el agente inmobiliario', 'hablar con la agente inmobiliaria', 'hablar con el conductor', 'hablar con el chofer', 'hablar con el chófer', 'puede venir alguien', 'pueden venir alguien', 'que venga alguien', 'pueden mandar a alguien', 'puede mandar a alguien',
		// the person named before, asked for by pronoun, the user's own wish (not 'pueden hablar con él', the company told to): "me atendió Rodrigo, puedo hablar directamente con él?"
		'puedo hablar con él', 'puedo hablar con ella', 'puedo hablar directamente con él', 'puedo hablar directamente con ella', 'quiero hablar con él', 'quiero hablar con ella', 'quiero hablar directamente con él', 'quiero hablar directamente con ella', 'podría hablar con él', 'podría hablar con ella',
		// a master of a trade (a roaster, a baker) after a transfer or talk verb; 'maestro' alone is a tutor or a builder hired: "me pasás con el maestro tostador?"
		'pasas con el maestro', 'pasas con la maestra', 'pasar con el maestro', 'pasar con la maestra', 'hablar con el maestro', 'hablar con la maestra', 'comunicarme con el maestro', 'comunicarme con la maestra',
		'me podéis llamar', 'me podríais llamar', 'me podrían llamar', 'llamadme',
		'alguien que me pueda ayudar', 'alguien que me ayude', 'me pueden llamar', 'me llaman', 'devuelvan la llamada',
		'devuélvanme la llamada', 'devolver la llamada',
		// the callback asked with a modal and the user inside the verb: "¿podrían devolverme la llamada al 612…?"
		'pueden devolverme la llamada', 'puede devolverme la llamada', 'podrían devolverme la llamada', 'podría devolverme la llamada', 'puedes devolverme la llamada', 'podrías devolverme la llamada',
		'contáctenme', 'contáctame', 'contácteme', 'que me contacten', 'me pueden contactar', 'me puede contactar',
		'me contacte', 'me contacten',
		// the same asked with a conditional or 'tú': "¿Me podría contactar Lucía, la tatuadora?"
		'me podría contactar', 'me podrían contactar', 'me podrías contactar', 'me puedes contactar', 'me pueda contactar', 'me puedan contactar',
		'me podéis contactar',
		// the same asked for the family, club or farm the user writes for: "queremos que nos llamen hoy", "¿pueden llamarnos?"
		'que nos llamen', 'que nos llame', 'llamarnos', 'llámennos', 'nos contacten', 'nos contacte', 'contáctennos', 'se pongan en contacto con nosotros',
		// the past subjunctive after a polite wish, not alone: "agradecería que me llamaran mañana"; "le pedí que me llamaran" is a report
		'gustaría que me llamaran', 'gustaría que me llamasen', 'gustaría que me contactaran', 'gustaría que me contactasen',
		'agradecería que me llamaran', 'agradecería que me llamasen', 'agradecería que me contactaran', 'agradecería que me contactasen',
		// the formal imperative and its subjunctive: "pónganse en contacto conmigo", "ruego que se pongan en contacto conmigo"
		'pónganse en contacto conmigo', 'póngase en contacto conmigo', 'se pongan en contacto conmigo', 'se ponga en contacto conmigo',
		'comuníquense conmigo', 'comuníquese conmigo', 'se comuniquen conmigo', 'se comunique conmigo',
		// the Mexican written plea: "favor de comunicarse conmigo a la brevedad"
		'favor de comunicarse conmigo', 'favor de ponerse en contacto conmigo',
		// the wish to be contacted, passive: "me gustaría ser contactado por un asesor"
		'ser contactado', 'ser contactada',
		// the wish to be served, passive: "desearía ser atendido por personal del gimnasio"
		'desearía ser atendido', 'desearía ser atendida', 'quisiera ser atendido', 'quisiera ser atendida', 'gustaría ser atendido', 'gustaría ser atendida', 'quiero ser atendido', 'quiero ser atendida',
		'que me transfieran', 'atención de una persona',
		'alguien me puede llamar', 'alguien me pueda llamar', 'alguien me llame',
		'hablar con una persona',
		'hablar con un humano',
		'hablar con alguien',
		'hablar con un agente',
		'hablar con un asesor',
		'hablar con un operador',
		// a camp's counsellor (not a screen, so only after 'hablar con'): "necesito hablar con un monitor YA"
		'hablar con * monitor', 'hablar con * monitora', 'hablar con * monitores', 'hablar con * monitoras',
		'con una persona',
		'una persona real',
		'persona real',
		'alguien real',
		'un humano',
		'humano',
		'humanos',
		'ser humano',
		'agente',
		'agentes',
		'asesor',
		'asesora',
		'operador',
		'operadora',
		'representante',
		'ejecutivo',
		'atención humana',
		'atención personalizada',
		'pásame con',
		'páseme con',
		'pásenme con',
		'pasarme con',
		'comunícame con',
		'comuníqueme con',
		'comuníquenme con',
		'comunicarme con',
		'transfiéreme',
		'transfiérame',
		'llámenme',
		'llámame',
		'llamarme',
		'alguien de servicio',
		'alguien de soporte',
		'atender una persona',
		'me atienda',
		// asked as a question: "me atiende alguien de la alberca?"
		'me atiende alguien', 'me atiende una persona', 'me atiende un asesor',
		'me atienda una persona',
		'que me atienda alguien',
		'ayuda de una persona', 'ayuda humana', 'ayuda de un humano', 'lo vea una persona', 'lo revise una persona',
		'de carne y hueso',
		'escalar esto', 'escalar mi caso', 'escalar el caso',
		'lo vea alguien', 'lo revise alguien', 'me devolviera la llamada', 'me devuelva la llamada',
		'me devuelvan la llamada',
		'alguien de su lado', 'alguien de su parte', 'alguien me puede contestar', 'alguien me pueda contestar',
		'alguien me conteste', 'alguien de la * me escriba', 'alguien del * me escriba', 'que me llamen', 'me puede marcar', 'me pueden marcar', 'márquenme', 'me marquen',
		// Mexican 'marcar' for calling the user: "me marcan al 5512345678", "márcame"
		'me marcan al', 'me marcan a este', 'me marcas al', 'márcame', 'márqueme', 'marcarme',
		'alguien a atenderme', 'venga alguien', 'que alguien me atienda',
		// someone free to serve the user, asked now: "¿hay alguna persona disponible para atenderme?"
		'disponible para atenderme', 'disponibles para atenderme', 'alguien para atenderme',
		// the person of a call that dropped, asked for again: "se cortó la llamada, ¿me pueden volver a pasar con ella?"
		'volver a pasar con', 'volver a pasarme con', 'me vuelves a pasar con', 'me vuelven a pasar con', 'me vuelva a pasar con',
		'me vuelvan a pasar con', 'volver a comunicarme con', 'volver a conectarme con',
	],
	exclusions: [
		// a human body's matter, or a quality of service, not a person asked for: "peluca de pelo humano", "un trato más humano"
		'pelo humano', 'cabello humano', 'sangre humana', 'restos humanos', 'más humano', 'más humana', 'algo humano', 'algo más humano',
		// 'comercial' as an adjective of a thing, not the sales rep: "horario comercial", "centro comercial", "uso comercial"
		'horario comercial', 'centro comercial', 'uso comercial', 'nombre comercial', 'local comercial', 'zona comercial', 'licencia comercial',
		'registro comercial', 'propuesta comercial', 'plan comercial', 'cuenta comercial', 'factura comercial', 'soy comercial', 'como comercial',
		// a size, not a person: "¿pueden imprimir una mano a tamaño humano?"
		'tamaño humano', 'escala humana',
		// someone the user goes or went along with, not asked for: "¿puedo donar sangre si voy con una persona mayor?", "iba con una persona que fumó"
		'voy con una persona', 'vamos con una persona', 'iba con una persona', 'fui con una persona', 'vino con una persona', 'venía con una persona',
		// the service a business advertises, quoted: "la web dice atención personalizada pero no había nadie"
		'dice atención personalizada', 'promete atención personalizada', 'prometen atención personalizada', 'anuncian atención personalizada',
		// what an adviser or agent sent, a past report, as 'asesor me vendió': "el asesor de la moto me mandó la póliza"
		'asesor me mandó', 'asesora me mandó', 'agente me mandó', 'asesor me envió', 'asesora me envió', 'agente me envió', 'asesor de * me mandó', 'asesor de * * me mandó', 'asesora de * me mandó', 'asesora de * * me mandó', 'agente de * me mandó', 'agente de * * me mandó', 'asesor de * me envió', 'asesor de * * me envió', 'asesora de * me envió', 'asesora de * * me envió',
		// humans who give a class, or a human teacher, as a feature asked about: "las clases las dan humanos o son videos?"; praise of a teacher's attention: "la atención personalizada que da en clase"; an idiom of praise: "no es humano de lo bueno que está"
		'dan humanos', 'instructor humano', 'instructora humana', 'la atención personalizada que', 'no es humano de',
		// a debt collector: "el agente de cobranza vino a mi casa"
		'agente de cobranza', 'agentes de cobranza', 'agente de cobranzas', 'agentes de cobranzas', 'agente de cobro', 'agentes de cobro',
		// humans as a species, in a question about a pet's medicine or an illness: "¿son las mismas que toman los humanos?"
		'toman los humanos', 'que los humanos', 'como los humanos', 'en humanos', 'los humanos pueden', 'al humano',
		// a trade needed as a service, not the shop's one asked for ("hablar con el sastre"): "necesito un sastre para mi traje"
		'necesito un sastre', 'necesito una costurera', 'necesito un notario', 'busco un notario', 'busco un sastre', 'busco una costurera',
		// "humano" describing a body part or a use, not a person asked for: "el oído humano pierde los agudos"
		// human as a species' genes or body: "los chimpancés comparten casi todo el ADN humano"
		'adn humano', 'genoma humano', 'genes humanos', 'células humanas',
		'oído humano', 'ojo humano', 'cuerpo humano', 'cerebro humano', 'consumo humano', 'uso humano', 'piel humana', 'voz humana',
		// the person who sold something, a report: "una asesora me vendió el plan", "el agente que le vendió la tarjeta"
		'asesor me vendió', 'asesora me vendió', 'agente me vendió', 'vendedor me vendió', 'vendedora me vendió', 'ejecutivo me vendió',
		'ejecutiva me vendió', 'asesor que le vendió', 'asesora que le vendió', 'agente que le vendió', 'vendedor que le vendió',
		'vendedora que le vendió', 'ejecutivo que le vendió', 'ejecutiva que le vendió',
		'operadora me cobró', 'operador me cobró', 'operadora me',
		'asesor de imagen', 'asesora de imagen',
		// software, not a person: "el gestor de contraseñas"
		'gestor de contraseñas', 'gestor de descargas', 'gestor de archivos', 'gestor de correo', 'gestor de tareas', 'gestor de paquetes',
		// the body as a topic: "el cuerpo humano no necesita las dos"
		'cuerpos humanos',
		// more of the body and its likeness, as 'cuerpo humano': "el corazón humano anatómico que tatuaron", "un esqueleto humano"
		'corazón humano', 'esqueleto humano', 'cráneo humano', 'calavera humana', 'hueso humano', 'huesos humanos', 'mano humana', 'manos humanas',
		'rostro humano', 'cara humana', 'figura humana', 'anatomía humana', 'humano anatómico', 'cuerpo humano anatómico',
		'agente verá', 'agentes trabajan', 'los agentes de', 'los agentes no',
		'pagarle al agente', 'pagar al agente', 'para humanos', 'operador del', 'operador de telefonía',
		'operador móvil', 'operador logístico', 'operador turístico', 'qué operador', 'mi supervisor', 'mi supervisora',
		'mi ejecutivo', 'asesor de seguros', 'asesor contable', 'asesor fiscal', 'representante legal',
		'representante de ventas de', 'soy representante', 'cuántos agentes', 'cuántos asesores',
		'agente fue', 'agentes fueron', 'asesor fue', 'asesora fue', 'como agente', 'como asesor', 'dos agentes',
		'agentes pueden',
		// a headcount, not a person asked for: "busco oficina para 6 agentes"
		'para * agentes', 'para * asesores', 'para * operadores',
		'agente de la paquetería', 'agente de paquetería', 'agente de mensajería', 'agente de correos',
		'agente de viajes',
		// a freight forwarder, as Portuguese 'agente de carga': "mi agente de carga dice que…"
		'agente de carga', 'agentes de carga',
		'agente de viaje',
		'agente inmobiliario',
		// sales figures, not the sales team: "necesito las ventas del mes" (the team is "ventas", "el área de ventas")
		'las ventas',
		'agente inmobiliaria',
		'agente de la inmobiliaria', 'agente de inmobiliaria',
		// going somewhere with someone: "¿se puede entrar con una persona en silla de ruedas?"
		'entrar con una persona', 'ir con una persona', 'venir con una persona', 'viajar con una persona',
		'agente de seguros',
		'agente secreto', 'agentes secretos',
		'agente de usuario',
		'user agent',
		'agente de ia',
		'agente de inteligencia artificial',
		'agente aduanal',
		'agente de aduanas', 'agente de cargas',
		'agente de bolsa',
		'agente de tránsito',
		'agente de policía',
		'profesor humano', 'profesora humana', 'profesores humanos', 'tutor humano', 'tutores humanos',
		'soy agente',
		'error humano',
		'errores humanos',
		// a pet's owner, in pet talk (as English 'my human'): "el humano de la casa quiere saber…"
		'mi humano', 'mi humana', 'humano de la casa', 'humana de la casa', 'humanos de la casa',
		'recursos humanos',
		'derechos humanos',
		'artículo de soporte',
		'artículos de soporte',
		'tiene soporte para',
		'tienen soporte para',
		'hay soporte para',
		'con soporte para',
		'soporte nativo',
		'soporte completo',
		'soporte de pared',
		'agente del banco', 'mi agente del',
		'soy una persona real', 'soy una persona', 'soy humano', 'soy humana',
		// the job described, not a technician asked for: "¿qué hace un técnico de soporte?", "trabajo como técnico de soporte"
		'hace un técnico de soporte', 'soy técnico de soporte', 'como técnico de soporte', 'somos técnicos de soporte', 'es técnico de soporte',
		'es agente', 'es asesor', 'es asesora', 'es representante',
		'es operador', 'es operadora', 'licencia de agente',
		'asesor financiero', 'asesora financiera', 'asesor de inversiones',
		'que cualquier asesor', 'que cualquier agente', 'que cualquier humano',
		'soporta', 'soportan',
		'esperando a un agente', 'esperando un agente', 'esperando a un asesor', 'asignado a un operador',
		// support as a thing: a stand or a mount ("el soporte para la bici", "soporte de techo")
		'soporte para la bici', 'soporte para bici', 'soporte para bicis', 'soporte de bici', 'soporte de bicis', 'soporte para el móvil', 'soporte para móvil',
		'soporte de móvil', 'soporte para el celular', 'soporte de celular', 'soporte de la tele', 'soporte para la tele', 'soporte de tv', 'soporte de techo', 'soporte de la lámpara',
		// a stand, a brace or a feature: "¿el soporte del móvil para la moto va incluido?", "la tarta necesita soporte interno", "¿da soporte para archivos SVG?"
		'soporte del movil', 'soporte del móvil', 'soporte del celular', 'soporte inclinado', 'soporte interno', 'soporte del panel', 'soporte de tablet', 'un soporte para',
		'soporte de mandos', 'soporte pagos', 'da soporte para', 'soporte vital',
		// the user's own job or team: "soy de soporte técnico en otra empresa", "manejo un equipo de soporte de 10 personas"
		'soy de soporte', 'trabajos de soporte', 'manejo un equipo de soporte', 'tenemos un equipo de soporte',
	],
	negations: [
		"olvida lo del", "olvida lo de", "olvídate de lo del", "olvida lo que dije",
		'no necesité', 'no hizo falta',
		'queja sobre', 'queja contra', 'reclamación contra', 'reclamación sobre', 'reclamo contra', 'quejarme de',
		'no necesito', 'no quiero', 'no hay necesidad', 'no me pases', 'no me pase', 'no me transfieras',
		'no me comuniques', 'sin', 'no deseo', 'no ocupo', 'no busco',
		'prefiero no', 'que nadie me',
		// none of them, a report: "ningún asesor me supo decir"
		'ningún', 'ninguna',
	],
	wideNegations: ['no hace falta', 'no es necesario', 'no gracias'],
	negationsAfter: [
		"ignóralo", "ignoralo", "ignora eso",'no es necesario', 'no hace falta', 'innecesario'],
	breakers: ['pero', 'sino', 'quiero', 'necesito', 'prefiero', 'mejor'],
	bots: ['bot', 'bots', 'robot', 'robots', 'chatbot', 'contestadora', 'máquina', 'máquinas', 'computadora'],
	antiBot: ['no me gusta', 'odio', 'no', 'no con', 'nada de', 'basta de', 'cansado del', 'cansada del', 'harto del', 'harta del', 'en vez de', 'en lugar de'],
	frustration: [
		'inútil',
		'no sirve',
		'no sirves',
		'no entiendes',
		'no me entiendes',
		// the bot, said of it: "el bot no entiende mi problema"
		'no entiende', 'no me entiende', 'no ayuda',
		'qué mal servicio',
		'pésimo',
		'estúpido',
		'pérdida de tiempo',
		'ridículo',
		'harto',
		'harta',
		'me cansé',
		'basta',
		'absurdo',
		'no me ayudas',
		'qué fastidio',
	],
	stopwords: [
		// common words one edit from a grammar word ('perdón' is no 'person', 'media' no 'médica')
		'perdón', 'perdona', 'media', 'medio', 'medida', 'méxico', 'perrita', 'perrito', 'salas', 'clases', 'venta',
		'venía', 'había', 'escolar', 'vuelta', 'llegar', 'llave', 'llueve', 'pasos', 'parar', 'pasaje', 'quedarme',
		'quejarse', 'cuántas', 'cuánta', 'encargaba', 'funcionará', 'gestoría', 'maestría', 'pagarlo', 'renal', 'probé',
		'papas',
		'buscar', 'recoger', 'comprar', 'pagar', 'ver', 'decir', 'hacer', 'enviar', 'mandar', 'saber',
		'asesoría', 'asesoramiento',
		'humanas', 'sabes', 'sabe', 'queda', 'quedo', 'quedan', 'contrato', 'mándame',
		'falta', 'algo',
		'mañana', 'luego', 'después', 'claro', 'inglés', 'español', 'francés', 'alemán', 'portugués', 'despacio',
		'bien', 'mal', 'pronto', 'hoy', 'ayer', 'tarde', 'temprano', 'otra', 'vez', 'nuevo', 'eso', 'esto', 'fuerte',
		'alto', 'bonito',
		'cuando', 'contigo', 'conmigo',
		'parte',
		'el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'un', 'una', 'con', 'por', 'para', 'no', 'quiero', 'necesito',
		'hablar', 'mi', 'es', 'está', 'como', 'gracias', 'hola', 'favor', 'puedo', 'me', 'lo', 'se', 'del', 'al',
		'pero',
		'muy', 'cuál', 'cuánto', 'dónde', 'tengo', 'tiene', 'hay', 'ya', 'su', 'sus', 'usted', 'pueden', 'algún', 'fue',
		'soy', 'mis',
		'nadie', 'porfa',
		// Spanish only, against French 'mes' and 'le': "mi suegra dice que un agente le aseguró que la factura iba a bajar este mes";
		// and of short wishes, against Portuguese 'a' and 'que': "que venga alguien a atenderme"
		'quién', 'dice', 'dijo', 'estoy', 'también', 'alguien', 'venga', 'llame', 'llamen',
	],
};
