import { request } from './helpers/decision';

describe('a request for later followed by a turn to what the user asks now', () => {
	it('reads none for a condition\'s request, in any person and tense, before "but now / for now"', () => {
		expect(request('si la box plante encore ma soeur exigera un technicien, mais là elle veut juste savoir comment la redémarrer')).toBeNull();
		expect(request('Wenn die Heizung nochmal ausfällt, verlangt meine Mutter einen Techniker. Aber jetzt erstmal: wie setze ich sie zurück?')).toBeNull();
		expect(request('if the boiler packs up again my mum will demand a supervisor, but for now she just wants to know how to reset it')).toBeNull();
		expect(request('si la lavadora vuelve a fallar mi padre exigirá un técnico, pero ahora solo quiere saber dónde comprar el filtro')).toBeNull();
		expect(request('se a máquina voltar a dar defeito a minha mãe vai exigir um técnico, mas agora ela só quer saber onde comprar o filtro')).toBeNull();
		expect(request('kalau mesin cucinya rusak lagi bapak saya pasti minta teknisi, tapi sekarang dia cuma mau tanya beli filter di mana')).toBeNull();
		expect(request('hvis varmepumpen går i stå igen, vil min far kræve en tekniker, men nu vil han bare vide hvordan man nulstiller den')).toBeNull();
		expect(request('kama mashine ikiharibika tena baba yangu atadai fundi, lakini sasa anataka tu kujua wapi kununua chujio')).toBeNull();
	});

	it('reads none for the user\'s own plan before "for now"', () => {
		expect(request("I'll call someone at the depot myself tomorrow, for now can you tell me your opening hours")).toBeNull();
	});

	it('keeps a request asked now after a condition, or urged with "now"', () => {
		expect(request('if nobody answers I want a manager now')).not.toBeNull();
		expect(request('if nobody answers in the next five minutes I want a manager now')).not.toBeNull();
		expect(request("if you can't fix this, I want to speak to a manager, now!")).not.toBeNull();
		expect(request('si personne ne répond je veux un conseiller maintenant')).not.toBeNull();
		expect(request('si nadie contesta quiero un asesor ahora')).not.toBeNull();
		expect(request('kalau gak ada yang jawab saya mau bicara dengan cs sekarang')).not.toBeNull();
		expect(request('kama hakuna anayejibu nataka kuongea na mhudumu sasa')).not.toBeNull();
	});

	it('keeps a request with no condition or plan before the turn, and one asked in the turn itself', () => {
		expect(request("I'll wait, but put me through to a person please")).not.toBeNull();
		expect(request('jeg venter, men stil mig om til en medarbejder')).not.toBeNull();
		expect(request('el pedido se perdió otra vez, quiero hablar con una persona, pero ahora mismo por favor')).not.toBeNull();
		expect(request("if you're a bot, then get me a real person, now put me through")).not.toBeNull();
	});
});

describe('a contact the user will make themselves', () => {
	it('reads none for the user\'s own future contact with "myself"', () => {
		expect(request("I'll ring someone at the depot myself tomorrow")).toBeNull();
		expect(request('ich werde morgen selbst jemanden vom Lager anrufen')).toBeNull();
		expect(request('nanti saya telepon teknisi sendiri')).toBeNull();
	});

	it('keeps a want with "myself" and a future contact asked of the company', () => {
		expect(request('I want to talk to a manager myself')).not.toBeNull();
		expect(request("I'll wait here, can a manager call me himself?")).not.toBeNull();
		expect(request('ich will selbst mit einem Mitarbeiter sprechen')).not.toBeNull();
	});
});

describe('a contact the user plans for a day ahead, the verb a few words before whom it reaches', () => {
	it('reads none for the user\'s own call with a day ahead, the user before or after the verb', () => {
		expect(request('amanhã eu ligo pro atendimento, só me manda o protocolo')).toBeNull();
		expect(request('mañana llamo yo al soporte, ahora solo necesito el número de póliza')).toBeNull();
		expect(request('mañana yo llamo al servicio técnico, no te preocupes')).toBeNull();
		expect(request('besok pagi aku telepon CS dari kantor aja')).toBeNull();
	});

	it('keeps a want, a question, a call asked of the company and a plan with no day ahead', () => {
		expect(request('amanhã eu quero falar com um atendente')).not.toBeNull();
		expect(request('amanhã alguém me liga do atendimento?')).not.toBeNull();
		expect(request('eu ligo pro atendimento?')).not.toBeNull();
		expect(request('mañana llamame, quiero un asesor')).not.toBeNull();
		expect(request('mañana yo quiero hablar con el soporte')).not.toBeNull();
	});
});
