import { request } from './helpers/decision';

describe('the user\'s own plans on a condition set ahead by a day, and verb-first or subjunctive conditions', () => {
	it('reads a request after a condition set ahead by a weekday or a deadline as a plan', () => {
		expect(request('if the deposit is not back by Thursday I\'m ringing and asking for a supervisor')).toBeNull();
		expect(request('Sollte die Ware bis Dienstag nicht da sein, rufe ich an und verlange einen Vorgesetzten')).toBeNull();
		expect(request('Wenn die Rechnung bis Freitag nicht korrigiert ist, geh ich in den Laden und lass mir den Filialleiter holen')).toBeNull();
		expect(request('si la carte n\'est pas arrivée jeudi, j\'appelle et je demande un conseiller')).toBeNull();
		expect(request('kalau sampai hari kamis belum ada balasan, aku telpon dan minta bicara sama supervisor')).toBeNull();
		expect(request('kama kifurushi hakijafika kufikia alhamisi, nitapiga simu na kuomba kuongea na meneja')).toBeNull();
	});

	it('reads Spanish "como", Portuguese "caso", Danish "skulle" and English "should" opening a condition set ahead', () => {
		expect(request('como la lavadora no funcione el jueves pienso llamar y exigir hablar con un encargado')).toBeNull();
		expect(request('caso a fatura não chegue até sexta, vou ligar e pedir pra falar com um gerente')).toBeNull();
		expect(request('Skulle varen ikke være kommet på torsdag, ringer jeg og beder om at tale med en leder')).toBeNull();
		expect(request('should the card still be blocked on Tuesday, I\'ll call and ask for a manager')).toBeNull();
	});

	it('still reads a request asked now after a condition about something else, or after "como" and "caso" with nothing ahead', () => {
		expect(request('if you can\'t fix the login, put me through to a manager')).not.toBeNull();
		expect(request('Wenn Sie das nicht lösen können, verbinden Sie mich bitte mit einem Mitarbeiter')).not.toBeNull();
		expect(request('si no pueden resolverlo, pásenme con un supervisor')).not.toBeNull();
		expect(request('se vocês não conseguem resolver, me transfere pra um atendente')).not.toBeNull();
		expect(request('como no me contestan, quiero hablar con un agente')).not.toBeNull();
		expect(request('hvis I ikke kan løse det, så vil jeg gerne tale med en medarbejder')).not.toBeNull();
		expect(request('the parcel was due on Friday and never came, connect me to an agent')).not.toBeNull();
	});
});

describe('a request someone else typed or shouted, quoted', () => {
	it('reads a quoted request typed or shouted by someone else as their words, even when the request runs past the quote', () => {
		expect(request('my nephew typed "get me a human" into the chat, please ignore it')).toBeNull();
		expect(request('someone on the stream kept shouting "AGENT PLEASE" lol, why is that a meme')).toBeNull();
		expect(request('im Stream hat jemand „ICH WILL EINEN MITARBEITER“ geschrien, was soll das')).toBeNull();
		expect(request('nogen i chatten råbte "jeg vil tale med en medarbejder" for sjov')).toBeNull();
		expect(request('en el directo alguien gritaba "QUIERO UN HUMANO" de broma')).toBeNull();
		expect(request('na live um cara gritou "QUERO UM ATENDENTE" zoando')).toBeNull();
		expect(request('sur le stream quelqu\'un criait "JE VEUX UN HUMAIN" pour rigoler')).toBeNull();
		expect(request('temanku ngetik "mau admin" di chat tadi, abaikan aja')).toBeNull();
		expect(request('kwenye live mtu alipiga kelele "NATAKA BINADAMU" kama utani')).toBeNull();
	});

	it('still reads a request outside the quotes, after the user\'s own typing', () => {
		expect(request('I typed "agent" three times already, please get me a human')).not.toBeNull();
		expect(request('ya escribí "agente" tres veces, pásenme con un humano por favor')).not.toBeNull();
		expect(request('já digitei "atendente" três vezes, me passa pra um humano por favor')).not.toBeNull();
	});
});
