import { request, strength } from './helpers/decision';

describe('requests inside quotation marks the message gives as someone\'s or something\'s words', () => {
	it('reads a quoted request as asking nothing when a report, typing or showing word or a place it stands attributes it', () => {
		expect(request('the poster in the lobby says \'speak to a person at reception\', is reception open on Sundays?')).toBeNull();
		expect(request('my wife said it twice: \'HUMAN\'')).toBeNull();
		expect(request('mi sobrino puso "quiero un agente" aquí el lunes y nadie contestó')).toBeNull();
		expect(request('mpwa wangu alituma ujumbe jana akisema "nataka wakala" na hakuna aliyejibu')).toBeNull();
		expect(request('our team lead wrote \'get me a human\' in the test plan, should the preview open a ticket for it?')).toBeNull();
		expect(request('na porta da farmácia tem uma placa \'fale com um atendente\', vocês abrem no feriado?')).toBeNull();
		expect(request('mein Chef hat mir ‚sprich mit einem Mitarbeiter‘ geschickt, aber es hat sich schon erledigt, danke')).toBeNull();
		expect(request('Im Prospekt stand: „Rufen Sie einen Berater an!“ Gilt der Rabatt auch online?')).toBeNull();
		expect(request('sur le bouton c\'est marqué « parler à un conseiller », il sert à quoi exactement ?')).toBeNull();
		expect(request('di brosur tertulis \'hubungi agen kami\', itu nomor WA atau telpon biasa?')).toBeNull();
		expect(request('tunataka bot iseme "nitakuunganisha na mhudumu" kabla ya kuhamisha, inawezekana?')).toBeNull();
		expect(request('jeg vil have at knappen viser »tal med en medarbejder« i stedet for »hjælp«, kan man det?')).toBeNull();
	});

	it('keeps a request outside the quotes, one the user quotes as their own, a quoted team in a real request, and quotes nothing attributes', () => {
		expect(request('the poster in the lobby says \'ask reception\', so please put me through to someone at reception')).not.toBeNull();
		expect(request('I wrote it three times already: \'HUMAN\'. put me through to a person')).not.toBeNull();
		expect(request('I said \'agent\' twice, I want a human now')).not.toBeNull();
		expect(request('I said it twice: \'HUMAN\'')).not.toBeNull();
		expect(request('I told you: \'get me a human\'')).not.toBeNull();
		expect(request('connect me to \'Warranty Claims\' please, the blender broke again')).not.toBeNull();
		expect(request('"let me talk to a person"')).not.toBeNull();
		expect(request('quiero hablar con un asesor, la app pone \'pago rechazado\' otra vez')).not.toBeNull();
	});

	it('reads apostrophes inside or at the end of a word, and a quote never closed, as no quotes', () => {
		expect(request('I\'d like to talk to an agent, the site says my order is \'processing')).not.toBeNull();
		expect(request('je voudrais l\'aide d\'un conseiller, l\'appli affiche une erreur')).not.toBeNull();
		expect(request('Jeg vil gerne ha\' en medarbejder, skiltet ved kassen er forkert')).not.toBeNull();
		expect(request('nataka kuongea na mhudumu kuhusu ng\'ombe niliyenunua, maneno yenu ni tofauti')).not.toBeNull();
		expect(request('the sign says \'ask staff so I want to talk to a person')).not.toBeNull();
	});

	it('reads an attribution a few words before the quote, as "up there" puts it', () => {
		expect(request('minha mãe mandou aí em cima \'quero uma pessoa\', era pra irmã dela no whatsapp, desculpa')).toBeNull();
		expect(request('I said it twice up there: \'HUMAN\'')).not.toBeNull();
	});

	it('reads a quoted offer the message attributes as no offer', () => {
		expect(strength('the leaflet says \'contact customer service\', I only wanted the opening hours')).toBe('none');
	});
});
