import { request } from './helpers/decision';
import { PACKS } from '../nodes/HandoverDecision/decision/packs';
import { PhraseMatcher } from '../nodes/HandoverDecision/decision';
import { phraseTokens } from '../nodes/HandoverDecision/decision/text';

describe('requests the message takes back or reports', () => {
	it('reads a request in double quotes as taken back when a word outside the quotes says someone typed it or to ignore it', () => {
		expect(request('my son typed "get me a human" while playing with my phone, please ignore that')).toBeNull();
		expect(request('"let me talk to a person" is what my dad typed, sorry')).toBeNull();
		expect(request('mi abuela escribió "quiero un humano" sin querer jaja, ignóralo')).toBeNull();
		expect(request('mein Sohn hat „ich will einen Mitarbeiter“ getippt, bitte ignorieren')).toBeNull();
		expect(request('nenek saya ngetik "mau manusia" gak sengaja, abaikan aja')).toBeNull();
		expect(request('bibi yangu aliandika "nataka binadamu" kwa makosa, puuza')).toBeNull();
	});

	it('keeps a quoted request with nothing disowning it, one the disown word is inside of, and a request outside the quotes', () => {
		expect(request('"let me talk to a person"')).not.toBeNull();
		expect(request('"quiero hablar con un asesor" por favor')).not.toBeNull();
		expect(request('I typed "agent" like you told me, so connect me to a human now')).not.toBeNull();
		expect(request('my son typed something weird, ignore it. I want a real person')).not.toBeNull(); // no quotes
		expect(request('"ignore the bot, get me a human"')).not.toBeNull();
	});

	it('takes a request back by a later clause that a take-back ends, one or two words after the clause opens', () => {
		expect(request('can I speak to an agent? actually never mind, found the refund button')).toBeNull();
		expect(request('Jeg ville egentlig bede om et menneske, men jeg fandt ud af det selv. Tak.')).toBeNull();
		expect(request('ich möchte mit einem Mitarbeiter sprechen. ach, hat sich erledigt')).toBeNull();
		expect(request('mau ngobrol sama admin dong. eh gak jadi, udah ketemu')).toBeNull();
	});

	it('keeps a request when the take-back\'s sentence goes on with "but" and a want or talk verb', () => {
		expect(request('Agent please. ok found it, but I still need help with the refund')).not.toBeNull();
		expect(request('I want to talk to a person. never mind, but I still need help with my invoice')).not.toBeNull(); // a decline
		expect(request('quero falar com um atendente. já achei, mas ainda preciso de ajuda com o reembolso')).not.toBeNull();
		expect(request('mau ngomong sama admin. udah ketemu, tapi aku masih butuh bantuan soal refund')).not.toBeNull();
		expect(request('I want to talk to a person. never mind, figured it out, thanks anyway')).toBeNull();
		expect(request('can I speak to an agent? never mind, found it, I need to go now anyway')).toBeNull(); // no "but"
		expect(request('Ich möchte mit einem Mitarbeiter sprechen. Hab es gefunden. Aber ich brauche Hilfe mit der Rechnung')).toBeNull(); // a new sentence
	});

	it('keeps a request after the take-back, and one whose later clause only mentions the words', () => {
		expect(request('never mind the chatbot, put me through to a person')).not.toBeNull();
		expect(request('forget it, this bot is useless. let me talk to a human')).not.toBeNull();
		expect(request('I need an agent, the courier never found it')).not.toBeNull();
		expect(request('get me a manager, never mind the refund for now')).not.toBeNull();
		expect(request('get me a manager. never mind the refund for now')).not.toBeNull();
		expect(request('gak jadi pakai bot, mau ngobrol sama admin aja')).not.toBeNull();
	});
});

describe('targets urged on in a sentence of their own', () => {
	it('reads a person or team that is its whole sentence, then a short urger sentence, as a request', () => {
		expect(request('MITARBEITER. SOFORT.')).toBe('mitarbeiter');
		expect(request('un asesor. ahora.')).toBe('asesor');
		expect(request('Customer service. Right now.')).toBe('customer service');
		expect(request('KEIN BOT. MITARBEITER. JETZT.')).toBe('mitarbeiter'); // the person, not the refusal of the bot
	});

	it('leaves a person word inside a longer sentence, and an urger word that opens a longer sentence', () => {
		expect(request('Ich war früher selbst Mitarbeiter. Jetzt bin ich Kunde.')).toBeNull();
		expect(request('Mitarbeiter. Jetzt habe ich noch eine Frage zur Rechnung.')).toBeNull();
		expect(request('Medarbejder. Nu forstår jeg det, tak.')).toBeNull();
	});
});

describe('typos at the end of a word', () => {
	it('reads a request word with its last letter typed twice as the word, and leaves other changes at the end', () => {
		expect(request('me comunicas con un asesorr? gracias')).not.toBeNull();
		expect(request('ich will mit einem Mitarbeiterr sprechen')).not.toBeNull();
		expect(request('i need a humann')).toBe('humann');
		expect(request('el sistema no soporta pagos con tarjeta')).toBeNull();
	});
});

describe('names after a talk verb', () => {
	it('reads a capitalised name after an article as the name, where the message has capitals beyond sentence starts', () => {
		expect(request('Podiam pôr-me em contacto com a Inês? Foi ela que tratou da minha adesão.')).not.toBeNull();
		expect(request('¿Me pasas con el Julián de ventas?')).not.toBeNull();
		expect(request('Pode me colocar em contato com o Ricardo do financeiro?')).not.toBeNull();
	});

	it('leaves a lower-case word after an article, and a report about a named person', () => {
		expect(request('i need to talk to the bank first before i pay')).toBeNull();
		expect(request('I need to talk to the bank first')).toBeNull();
		expect(request('Ayer hablé con la Marta y ya está todo resuelto.')).toBeNull();
	});
});

describe('polite and indirect requests (pack data)', () => {
	it('reads Indonesian "mohon agar" as a want verb, "salah satu" as filler, and Spanish "asesores" as people', () => {
		expect(request('Mohon agar customer service menghubungi saya di 0812 3456 7890.')).not.toBeNull();
		expect(request('mohon agar aplikasinya segera diperbaiki, sudah tiga hari error')).toBeNull();
		expect(request('halo apakah saya bisa bicara dengan salah satu tim support? integrasi API kami gagal')).not.toBeNull();
		expect(request('¿tienen asesores? quiero uno')).not.toBeNull();
		expect(request('¿cuántos asesores tienen en la tienda del centro?')).toBeNull();
	});
});

describe('Danish "one, who" after a verb', () => {
	it('reads "en", a comma and a relative pronoun after a talk or want verb as a person', () => {
		expect(request('Tak for svaret, men nu vil jeg gerne tale med en, der kan ændre vores abonnement.')).not.toBeNull();
		expect(request('Kan jeg tale med en, som ved noget om fakturaer?')).not.toBeNull();
		expect(request('Må jeg få en, der kan hjælpe mig med flytningen?')).not.toBeNull();
	});

	it('leaves reports about someone who did something', () => {
		expect(request('Jeg talte i går med en, der sagde at pakken var sendt.')).toBeNull();
		expect(request('Min bror kender en, der arbejder hos jer.')).toBeNull();
	});
});

describe('the language packs', () => {
	it('list each phrase once per list (a phrase listed twice counts twice in the language guess)', () => {
		const repeated: string[] = [];
		const visit = (value: unknown, where: string): void => {
			if (Array.isArray(value)) {
				if (value.every((item) => typeof item === 'string')) {
					const seen = new Set<string>();
					for (const phrase of value as string[]) {
						if (seen.has(phrase)) repeated.push(`${where}: ${phrase}`);
						seen.add(phrase);
					}
				} else value.forEach((item, i) => visit(item, `${where}[${i}]`));
			} else if (value && typeof value === 'object') {
				for (const [key, item] of Object.entries(value)) visit(item, `${where}.${key}`);
			}
		};
		for (const [code, pack] of Object.entries(PACKS)) visit(pack, code);
		expect(repeated).toEqual([]);
	});

	it('list each stopword once as a message reads it ("qué" is the "que" of a message, and would count twice for Spanish)', () => {
		const repeated: string[] = [];
		for (const [code, pack] of Object.entries(PACKS)) {
			const seen = new Set<string>();
			for (const stopword of pack.stopwords) {
				for (const word of phraseTokens(stopword)) {
					if (seen.has(word)) repeated.push(`${code}: ${stopword}`);
					seen.add(word);
				}
			}
		}
		expect(repeated).toEqual([]);
	});

	it('tell short French wishes from Spanish, and Spanish from French by its own frequent words', () => {
		const matcher = new PhraseMatcher();
		expect(matcher.analyse("que la comptable m'écrive demain").language).toBe('fr');
		expect(matcher.analyse('faut que le notaire me rappelle').language).toBe('fr');
		expect(matcher.analyse("svp que quelqu'un de la banque me réponde").language).toBe('fr');
		expect(matcher.analyse('que la gestora me llame hoy').language).toBe('es');
		expect(matcher.analyse('mi vecina dice que le cobraron dos veces este mes').language).toBe('es');
	});
});

describe('a callback stated about what someone else will do', () => {
	it('reads a person, a role or a name, then a promise word, then a callback as a report, in each language', () => {
		expect(request('the duty manager will get back to me after the audit')).toBeNull();
		expect(request('Marguerite from lettings will email me back after the viewing')).toBeNull();
		expect(request('la coordinadora me devolverá la llamada cuando llegue el camión')).toBeNull();
		expect(request('o gerente da loja ficou de me retornar depois da reunião')).toBeNull();
		expect(request('Camille doit me rappeler après sa réunion')).toBeNull();
		expect(request('der Filialleiter wird mich nach der Inventur zurückrufen')).toBeNull();
		expect(request('chefen ringer mig op efter mødet')).toBeNull();
		expect(request('pak Joko akan menghubungi saya setelah rapat')).toBeNull();
		expect(request('mhudumu atanipigia baada ya mkutano')).toBeNull();
	});

	it('keeps the same callback asked for now: a question, an urger, a verb of asking before the subject, the promise word first', () => {
		expect(request('the duty manager will get back to me after the audit?')).not.toBeNull();
		expect(request('can the duty manager get back to me after the audit')).not.toBeNull();
		expect(request('please have Marguerite email me back after the viewing')).not.toBeNull();
		expect(request('the duty manager will get back to me today please')).not.toBeNull();
		expect(request('tolong minta pak Joko akan menghubungi saya setelah rapat')).not.toBeNull();
		expect(request('will the duty manager get back to me after the audit')).not.toBeNull();
	});

	it('keeps the user\'s own request after the promise, and a wish that opens with "that"', () => {
		expect(request('the manager will call later but i want to talk to someone now')).not.toBeNull();
		expect(request('Jeg vil have, at ejendomsadministratoren ringer til mig i dag.')).not.toBeNull();
	});

	it('reads a promise a message passed on as a report, though a question follows its comma; a question in its own clause still asks', () => {
		expect(request('got a text saying an agent will call me this afternoon, is that about the install?')).toBeNull();
		expect(request('the letter says a technician will ring me, what is it about?')).toBeNull();
		expect(request('an agent will call me this afternoon?')).not.toBeNull();
		expect(request('got a text saying an agent will call me, can someone call me now?')).not.toBeNull();
	});
});

describe('a report run on without punctuation into a request', () => {
	it('keeps a first-person want or talk frame a word or more after the report\'s cancel, not one after "that" or with no want', () => {
		expect(request('your agent told me to wait two days i want to talk to a supervisor now')).not.toBeNull();
		expect(request('el asesor habló ayer conmigo y no resolvió nada quiero hablar con un supervisor')).not.toBeNull();
		expect(request('der mitarbeiter meinte ich soll warten das geht so nicht ich will einen vorgesetzten sprechen')).not.toBeNull();
		expect(request('your agent told me to wait two days so i am waiting')).toBeNull();
		expect(request('ele falou que eu posso falar com um atendente na loja amanhã')).toBeNull();
		expect(request('he said I should talk to a manager')).toBeNull();
	});

	it('reads the talk verb past a Danish modal after the first person ("jeg vil [gerne] tale med"), not after "at"', () => {
		expect(request('medarbejderen i butikken sagde jeg skulle vente to dage jeg vil tale med en chef nu')).not.toBeNull();
		expect(request('medarbejderen i butikken sagde at jeg vil kunne tale med en chef')).toBeNull();
	});
});

describe('a report or a cancel run on without punctuation into an imperative transfer', () => {
	it('keeps an imperative or urged transfer a word or more after the cancel or a stated promise, in every language', () => {
		expect(request('the guy on the phone hung up on me put me through to someone else')).not.toBeNull();
		expect(request('the agent hung up on me connect me to a supervisor')).not.toBeNull();
		expect(request("le livreur m'a raccroché au nez passez-moi un conseiller")).not.toBeNull();
		expect(request('medarbejderen lagde på stil mig om til en anden medarbejder')).not.toBeNull();
		expect(request('die lieferung wird wieder zu spät kommen verbinden sie mich mit einem mitarbeiter')).not.toBeNull();
		expect(request('a atendente desligou na minha cara transfere pra um supervisor por favor')).not.toBeNull();
		expect(request('cs nya tadi nutup telpon sambungkan saya ke supervisor')).not.toBeNull();
		expect(request('my parcel went to the wrong address again please transfer me to someone')).not.toBeNull();
	});

	it('keeps the report alone a report: after "to", a subject or modal, a relative, or in a question about what something does', () => {
		expect(request('the guy on the phone said he would put me through to someone else')).toBeNull();
		expect(request('the agent hung up on me before he could connect me to a supervisor')).toBeNull();
		expect(request('der mitarbeiter hat gesagt er wird mich mit einem kollegen verbinden')).toBeNull();
		expect(request('je développe un chatbot qui transfère vers un conseiller')).toBeNull();
		expect(request('platform kalian bisa oper ke manusia?')).toBeNull();
		expect(request('a atendente desligou na minha cara antes de transferir pra um supervisor')).toBeNull();
	});
});

describe('a take-back that opens a later sentence and goes on in a run-on', () => {
	it('takes back the request before it when the rest of its clause only gives a reason', () => {
		expect(request('mau ngomong sama admin soal jadwal bus.. eh gak jadi deh udh ada di email')).toBeNull();
		expect(request('quiero hablar con un asesor. bueno olvídalo ya lo encontré en la web')).toBeNull();
	});

	it('takes nothing back when its clause goes on to ask or to a frustration, or when it follows a comma', () => {
		expect(request('can i talk to an agent. never mind get me a human')).not.toBeNull();
		expect(request('can i talk to an agent. never mind the bot is useless')).not.toBeNull();
		expect(request('get me a manager, never mind the refund for now')).not.toBeNull();
		expect(request('get me a manager. never mind the refund for now')).not.toBeNull();
	});

	it('reads a take-back after one-word interjections as opening its sentence', () => {
		expect(request('¿Puedo hablar con alguien del taller por la revisión del coche? Ah, no, ya encontré el presupuesto en la app, lo pago mañana.')).toBeNull();
		expect(request('¿Puedo hablar con alguien sobre mi amarre? Ah, no, ya encontré el formulario de cambio de titular en la web.')).toBeNull();
		expect(request('¿Puedo hablar con alguien del taller por la revisión del coche? Ah, y es urgente, el presupuesto no aparece en la app.')).not.toBeNull();
		expect(request('quiero hablar con un asesor. la verdad, ya encontré el presupuesto pero no entiendo nada')).not.toBeNull();
	});

	it('reads a take-back word after a day or time as the time that suits the user, taking nothing back', () => {
		expect(request('Könnt ihr mich wegen der Pelletlieferung zurückrufen, morgen Vormittag passt gut.')).not.toBeNull();
		expect(request('Bitte um Rückruf zum Grabstein, Montag passt.')).not.toBeNull();
		expect(request('Könnt ihr mich wegen der Pelletlieferung zurückrufen? Ach, passt schon, ich hab die Lieferzeit gefunden.')).toBeNull();
	});
});
