/**
 * A person word that says what someone is, not whom to talk to: the predicate of "to be" whose subject is a noun or
 * the user ("Mein Nachbar ist so ein Mensch, der …", "vores nabo er et meget hjælpsomt menneske", "min søn vil være
 * FBI-agent", "jeg er et menneske, ikke en maskine", "soy asesor de viajes y organizo …") or the pronoun "it" opening
 * the clause ("det er et menneske der skal godkende det?", "og det var tydeligvis fra et menneske"), or a noun and the adjective
 * after it ("el personaje nuevo es humano o androide?"); "um ser humano" is a being, no copula. A question's inverted "is"
 * has no such subject ("is there a person I can talk to", "er du et menneske"), and a want or talk verb in the clause
 * still asks ("all I want is a human").
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { QUALITY_BEFORE_NOUN, isNoun, personOnly } from './qualities';
import { UNKNOWN as unknown, type Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
/** "ist [so | eine | hilfsbereite] Person", "er [et | meget | hjælpsomt] menneske": how far before the person its copula may stand. */
const PREDICATE_REACH = 4;

/**
 * Whether the fixed request at start…end, a person phrase and nothing else, is the predicate of a copula whose subject is a noun
 * or the user. One followed by a name singles out someone the user may go on to ask for: "… é a atendente Camila, consegue me passar pra ela?".
 */
export function personAsPredicate(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	const person = personOnly(marks, start, end);
	if (person < 0 || marks.targetEnd[person] !== end || namedAfter(tokens, end)) return false;
	const ids = tokens.id;
	const { langs } = marks;
	const opening = marks.clauseStart[marks.clause[start]];
	for (let k = start - 1; k > opening && k >= start - PREDICATE_REACH; k--) {
		const id = ids[k];
		if (id < UNKNOWN || grammar.firstPersons.hasIn(id, langs)) return false;
		// "um ser | humano", "un ser | humano": after an article the copula is the noun "being"
		const being = k - 1 > opening && grammar.indefiniteArticles.hasIn(ids[k - 1], langs);
		if (!being && grammar.copulas.hasIn(id, langs)) return subjectBefore(ids, marks, grammar, k, opening);
	}
	return false;
}

/**
 * Whether the copula at k follows its subject, the user or a noun, past a pronoun or modal between ("min søn | vil | være"), or
 * says "I am" by itself ("Soy | asesor").
 * A noun that opens the clause may be a greeting before a question's inverted "is": "hellooo is there any human …".
 */
function subjectBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number, opening: number): boolean {
	// "Soy asesor de viajes y …", "y sou atendente de loja": the copula says "I am" with no pronoun before it
	if (grammar.selfCopulas.hasIn(ids[k], marks.langs)) return true;
	let subject = k - 1;
	// "det | er et menneske der …", "og det | var tydeligvis fra et menneske": 'it' opening the clause, or after an "and" or "but"
	if (subject > opening && grammar.itSubjects.hasIn(ids[subject], marks.langs) && (subject - 1 === opening || (subject - 2 === opening && (grammar.conjunctions.hasIn(ids[subject - 1], marks.langs) || grammar.contrasts.hasIn(ids[subject - 1], marks.langs))))) return true;
	if (subject > opening && grammar.subjects.hasIn(ids[subject], marks.langs)) subject--;
	if (subject > opening && (grammar.firstPersons.hasIn(ids[subject], marks.langs) || (subject > opening + 1 && isNoun(ids[subject], subject, marks, grammar)))) return true;
	// "el personaje nuevo | es", "o filme novo | é": where adjectives follow the noun, the subject is a noun and its adjective
	const noun = subject - 1;
	return (marks.langs & ~QUALITY_BEFORE_NOUN) !== 0 && noun > opening + 1 && ids[subject] >= UNKNOWN && !grammar.firstPersons.hasIn(ids[subject], marks.langs) && isNoun(ids[noun], noun, marks, grammar);
}

/** Whether word k is a capitalised word no pack knows: a name. */
function namedAfter(tokens: Tokens, k: number): boolean {
	if (k >= tokens.count || tokens.id[k] !== UNKNOWN) return false;
	const first = tokens.original.charAt(tokens.originalStart(k));
	return first !== first.toLowerCase();
}
