/**
 * A person inside a question about what a device or a bot can do, not one the user asks for: a device of the pack's
 * `devices` as the subject of the transfer or talk verb, with a word of being able (`abilities`) next to it ("can
 * the speaker transfer a call to a human agent?", "votre enceinte peut-elle transférer un appel vers un agent
 * humain ?", "kann der Lautsprecher einen Anruf an einen Mitarbeiter weiterleiten?", "speaker pintarnya bisa
 * sambungin telepon ke agen?"); a bot described by a relative clause, one the user wants or builds ("a bot that
 * passes questions to my moderators", "algum chatbot que passe a conversa pra atendente humano", "en bot der sender
 * spørgsmål videre til mine moderatorer"); a handover asked about next to a bot the user builds (`botBuilds`: "tô
 * montando meu bot, como transfiro pra atendente?"); a talk wished as a feature of a device asked about just before ("does
 * the doorbell have two-way audio? I'd like to be able to talk to the delivery driver", "vil gerne kunne snakke
 * med pakkebuddet"); and a person understood (`perceptions`: "I can't understand a person when it's
 * windy", "kan ikke forstå et menneske"). The user as the object between ("can your bot transfer | me | to a
 * human?", "kan jeres bot stille | mig | om") keeps the request, and the company's own bot is no described one.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, type Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
/** How far before the request the device or the bot may stand: "a | caixa de som consegue transferir uma chamada pra um atendente | humano". */
const SUBJECT_REACH = 12;
/** How far from its device the word of being able may stand: "a caixa de som | consegue", "kann der | Lautsprecher". */
const ABILITY_GAP = 4;
/** How far before a wished feature its device may stand, in the sentence before: "har nogen af jeres | kameraer lyd begge veje? vil gerne | kunne". */
const FEATURE_REACH = 16;
/** How far into a wish its infinitive of being able may stand: "queria | poder | falar", "I'd like | to be able | to talk". */
const WISH_SPAN = 5;
/** How far before the request the bot the user builds may stand: "mau bikin | chatbot kyk gini. bisa oper ke petugas | manusia", "montando un | chatbot para las reservas de pádel, ¿el vuestro pasa la conversación a un | humano". */
const BUILT_REACH = 16;
/** How far before its bot the verb of building may stand: "montando | meu | bot". */
const BUILD_GAP = 3;
/** How far before its bot, in its clause, the verb of building may stand when the bot has an indefinite article: "baue | für unser Autohaus gerade einen | Chatbot". */
const WIDE_BUILD_GAP = 6;
/** Words a verb of understanding and its person may have between them: "forstå | et | menneske", "hear | a | person". */
const PERCEIVED_GAP = 2;

/**
 * Whether the request at start…end names a person a device or a described bot would reach, one wished for as a
 * device's feature, or one understood: "can the speaker transfer a call to an agent", "un bot que pase las dudas a mis
 * moderadores", "quiero poder hablar con el repartidor", "kan ikke forstå et menneske"; not "can your bot transfer
 * me to a human?" nor "bot yenu inaweza kuniunganisha na wakala?".
 */
export function personOfDeviceFeature(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	const ids = tokens.id;
	return perceivedPerson(ids, tokens.count, marks, grammar, start, end) || actingDeviceOrBot(ids, marks, grammar, start, end) || featureWishedOfDevice(ids, tokens.count, marks, grammar, start, end) || featureOfBuiltBot(ids, marks, grammar, start, end);
}

/** Whether a perception verb stands just before the person, or right after it in German: "can't understand | a person", "kan ikke forstå | et menneske", "siwezi kumsikia | mtu", "einen Menschen | verstehen können". */
function perceivedPerson(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.perceptions)) return false;
	const { langs } = marks;
	if (end < count && grammar.perceptions.hasIn(ids[end], langs)) return true;
	for (let k = start - 1; k >= 0 && k >= start - 1 - PERCEIVED_GAP; k--) {
		const id = ids[k];
		if (grammar.perceptions.hasIn(id, langs)) return true;
		if (!grammar.determiners.hasIn(id, langs) && !grammar.indefiniteArticles.hasIn(id, langs)) return false;
	}
	return false;
}

/**
 * Whether a device able to act, or a bot described by a relative word, stands before the request in its sentence:
 * "el altavoz puede | transferir una llamada a un agente", "kan højttaleren viderestille et opkald til | en
 * medarbejder", "un chatbot que | passe a conversa", "bot yang | nerusin pertanyaan ke admin".
 */
function actingDeviceOrBot(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	const { lists } = marks;
	const devices = lists.has(grammar.devices) && lists.has(grammar.abilities);
	const bots = lists.has(grammar.systems) && lists.has(grammar.thingRelatives);
	if ((!devices && !bots) || userBetween(ids, marks, grammar, start, end)) return false;
	const { langs } = marks;
	let commas = 0;
	for (let k = start - 1; k >= 0 && k >= start - SUBJECT_REACH; k--) {
		const id = ids[k];
		if (id === SENTENCE_BOUNDARY || grammar.userObjects.hasIn(id, langs)) return false;
		if (id === COMMA_BOUNDARY) commas++;
		else if (devices && commas === 0 && grammar.devices.hasIn(id, langs) && deviceIsAble(ids, marks, grammar, k, start)) return true;
		else if (bots && grammar.systems.hasIn(id, langs)) {
			// the relative clause holds the request: "Falls der Bot das nicht kann, | möchte ich …" describes no bot
			const relative = relativeAfter(ids, marks, grammar, k, start);
			if (relative >= 0 && commas === relative - k - 1) return true;
		}
	}
	return false;
}

/**
 * Whether a word of being able stands next to the device at k, and the request is not its own subject: "speaker
 * pintarnya | bisa | sambungin", "kann | der Lautsprecher"; not "camera broken, can | a technician come".
 */
function deviceIsAble(ids: Int32Array, marks: WordMarks, grammar: Grammar, device: number, start: number): boolean {
	const { langs } = marks;
	for (let k = Math.max(0, device - 3); k < start && k <= device + ABILITY_GAP; k++) {
		if (k === device || !grammar.abilities.hasIn(ids[k], langs)) continue;
		let after = k + 1;
		while (after < start && (grammar.determiners.hasIn(ids[after], langs) || grammar.indefiniteArticles.hasIn(ids[after], langs))) after++;
		return !(k > device && after === start && marks.targetEnd[start] > 0);
	}
	return false;
}

/** Where a relative word follows the bot, a comma allowed between, before the request, or -1: "bot | que", "Bot | , der", "chatbot | yang". */
function relativeAfter(ids: Int32Array, marks: WordMarks, grammar: Grammar, bot: number, start: number): number {
	let k = bot + 1;
	if (k < start && ids[k] === COMMA_BOUNDARY) k++;
	return k < start && grammar.thingRelatives.hasIn(ids[k], marks.langs) ? k : -1;
}

/**
 * Whether the talk is wished as a device's feature: an infinitive of being able right before the request, and a
 * device before it in its sentence or the one before: "¿la cámara del timbre tiene audio bidireccional? quiero
 * | poder | hablar con el repartidor", "j'aimerais | pouvoir | parler au livreur", "nataka | kuweza | kuongea na msafirishaji".
 */
function featureWishedOfDevice(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	const { lists, langs } = marks;
	if (!lists.has(grammar.abilityInfinitives) || !lists.has(grammar.devices)) return false;
	let ability = -1;
	for (let k = Math.max(0, start - 2); k < end && k < start + WISH_SPAN && ability < 0; k++) if (grammar.abilityInfinitives.hasIn(ids[k], langs)) ability = k;
	// the German infinitive closes the clause: "mit dem Paketboten sprechen | können"
	if (ability < 0 && end < count && grammar.abilityInfinitives.hasIn(ids[end], langs)) ability = start;
	if (ability < 0 || userBetween(ids, marks, grammar, start, end)) return false;
	let sentences = 0;
	for (let k = ability - 1; k >= 0 && k >= ability - FEATURE_REACH; k--) {
		const id = ids[k];
		if (id === SENTENCE_BOUNDARY && ++sentences > 1) return false;
		// no stop at a user object here: the device's question may hold one ("tem áudio | nos | dois sentidos?")
		if (grammar.devices.hasIn(id, langs)) return true;
	}
	return false;
}

/**
 * Whether the user builds a bot a few words before the request, in its sentence or the one before: "tô montando meu
 * | bot, como transfiro pra atendente?", "mau bikin chatbot kyk gini. bisa oper ke petugas manusia?", "I'm building a
 * bot, can it hand over to an agent?"; not "the bot is useless, transfer me to an agent". The user as the object is
 * the bot's tester when the bot or a pronoun for it is the verb's subject: "lagi bikin bot, bisa gak dia sambungin saya
 * ke agen?" ("lagi bikin bot, tolong sambungin saya ke agen" still asks).
 */
function featureOfBuiltBot(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	const { lists, langs } = marks;
	if (!lists.has(grammar.botBuilds) || !lists.has(grammar.systems)) return false;
	// the user transferred by the bot they build is its tester: "lagi bikin bot, bisa gak dia sambungin saya ke agen?"
	if (userBetween(ids, marks, grammar, start, end) && !botAsSubject(ids, marks, grammar, start)) return false;
	let sentences = 0;
	for (let k = start - 1; k >= 0 && k >= start - BUILT_REACH; k--) {
		const id = ids[k];
		if ((id === SENTENCE_BOUNDARY && ++sentences > 1) || grammar.userObjects.hasIn(id, langs)) return false;
		if (!grammar.systems.hasIn(id, langs)) continue;
		if (builtBefore(ids, marks, grammar, k)) return true;
	}
	return false;
}

/**
 * Whether a verb of building stands just before the bot at `bot`, or further in its clause when the bot opens with an
 * indefinite article: "montando | meu | bot", "entwickeln gerade selbst | einen Kundenservice-Bot"; not a bot or app
 * only used there ("creando una cuenta en la app").
 */
function builtBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, bot: number): boolean {
	const { langs } = marks;
	const indefinite = (bot >= 1 && grammar.indefiniteArticles.hasIn(ids[bot - 1], langs)) || (bot >= 2 && grammar.indefiniteArticles.hasIn(ids[bot - 2], langs));
	const gap = indefinite ? WIDE_BUILD_GAP : BUILD_GAP;
	for (let b = bot - 1; b >= 0 && b >= bot - gap && ids[b] !== COMMA_BOUNDARY && ids[b] !== SENTENCE_BOUNDARY; b--) if (grammar.botBuilds.hasIn(ids[b], langs)) return true;
	return false;
}

/** Whether the bot (`systems`) or a pronoun for it (`itSubjects`) stands right before the request, as its verb's subject: "bisa gak | dia | sambungin saya". */
function botAsSubject(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): boolean {
	return start > 0 && (grammar.systems.hasIn(ids[start - 1], marks.langs) || grammar.itSubjects.hasIn(ids[start - 1], marks.langs));
}

/** Whether the user is the object inside the request: "transfer | me | to a human", "stille | mig | om til". */
function userBetween(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	return grammar.userObjects.anyIn(ids, start, end, marks.langs);
}
