import type { Grammar } from './types';

/** Spanish request frames, targets and the frames that cancel them (see ../frames.ts). */
export const spanishGrammar: Grammar = {
	talkVerbs: [
		'hablar con', 'hablar a', 'platicar con', 'charlar con', 'conversar con', 'comunicarme con', 'comunicarse con',
		'comuníqueme con', 'comunícame con', 'me puede comunicar con', 'me comunica con', 'me comunicas con', 'me puedes comunicar con', 'pásame con', 'páseme con',
		'pasarme con', 'me pasas con', 'me pasa con', 'ponme con', 'póngame con', 'transfiéreme a', 'transfiérame a',
		'transferirme a', 'derivarme a', 'conectarme con', 'conéctame con', 'hablar', 'que me atienda', 'me atienda',
		'atendido por', 'atendida por',
		'que me llame', 'que me llamen',
		'explicárselo a', 'explicarlo a', 'explicar a', 'explicarle a',
		'pueda llamar', 'puedo llamar',
		'queja con', 'quejarme con', 'quejarme ante',
		'me puede llamar', 'me pueda llamar', 'me puedan llamar',
	],
	wantVerbs: ['quiero', 'necesito', 'quisiera', 'dame', 'deme', 'pido', 'prefiero'],
	reachVerbs: ['contactar con', 'contactar a', 'contactar', 'contacto con', 'ponerme en contacto con', 'localizar a', 'llamar a'],
	people: [
		'persona', 'personas', 'humano', 'humanos', 'ser humano', 'alguien', 'gerente', 'encargado', 'encargada',
		'responsable', 'supervisor', 'supervisora', 'jefe', 'jefa', 'agente', 'agentes', 'asesor', 'asesora', 'operador',
		'operadora', 'representante', 'ejecutivo', 'empleado', 'empleada', 'ventas', 'facturación', 'señor', 'señora',
		'señorita', 'don', 'doña', 'persona real', 'alguien real',
	],
	departments: ['soporte', 'soporte técnico', 'atención al cliente', 'servicio al cliente', 'servicio técnico', 'mesa de ayuda', 'atención a clientes',
		'con quién me comunico', 'a quién contacto',
	],
	fillers: [
		'un', 'una', 'el', 'la', 'los', 'las', 'al', 'su', 'sus', 'tu', 'real', 'de', 'del', 'verdad', 'humano', 'algún',
		'equipo', 'departamento', 'por', 'favor', 'directamente', 'con', 'a',
	],
	urgers: ['por favor', 'porfa', 'ahora', 'urgente'],
	cancels: [
		'hablé con', 'hablé', 'ya hablé',
		'crear', 'construir', 'desarrollar', 'software', 'plataforma', 'función', 'funcionalidad', 'permite', 'integración',
		'integrar', 'panel', 'precio', 'cuesta', 'cuánto', 'plan', 'idiomas', 'horario', 'información sobre', 'háblame de',
		'cuéntame sobre', 'automatización', 'herramienta', 'producto', 'su bot', 'tu bot', 'el bot puede', 'revisan',
		'fue muy', 'manual', 'me atendió', 'me atendieron', 'trabajo en', 'quiero ser', 'distribuidor', 'mi bot', 'entrenar', 'entreno',
		'puesto', 'me interesa el', 'vacante', 'empleo', 'me ayudó', 'ya me ayudó', 'desarrollando', 'ya vino', 'abre en', 'abre los', 'qué hora abre',
		'rebota',
		'dale las gracias', 'fueron geniales', 'número de mi ticket',
		'desactivo', 'desactivar', 'me dijo', 'la última vez',
		'revisa los', 'revisa las', 'recarga',
		'se acabó',
		'tardan más', 'más rápido',
	],
	identity: [
		'eres un', 'eres una', 'eres humano', 'eres real', 'eres persona', 'es un bot', 'estoy hablando con',
		'estoy chateando con', 'hablo con un bot', 'bot o con un humano', 'bot o humano', 'humano o bot', 'es usted un',
		'es usted una', 'usted es un', 'tú eres un',
		'hablo con una persona', 'o con una máquina', 'quién me escribe', 'quién me responde', 'o un programa', 'es automático',
		'robot o una persona', 'robot o un humano', 'un robot o',
	],
};
