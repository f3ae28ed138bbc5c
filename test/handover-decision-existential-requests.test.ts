import { request } from './helpers/decision';

describe('a person asked to exist, with a relative clause in which the user talks with them', () => {
	it('reads "is there anyone I could talk to" as asking for them, past a place or team and a topic', () => {
		expect(request('is there anybody in the parts department i could talk to about the wrong gasket you sent?')).not.toBeNull();
		expect(request('tem alguém do setor de reembolso com quem eu possa conversar sobre a passagem cancelada?')).not.toBeNull();
		expect(request('existe alguém na portaria com quem eu consiga falar sobre a encomenda extraviada do apartamento 12?')).not.toBeNull();
		expect(request('kuna mtu wa idara ya usafiri naweza ongea naye kuhusu tiketi yangu ya basi?')).not.toBeNull();
		expect(request('anyone in the ticket office i can chat with? my seat number vanished from the app')).not.toBeNull();
	});

	it('reads the past, a perfect, nobody there and a person opening a statement as no request', () => {
		expect(request('was there anybody in the parts department i could talk to about the gasket back in may?')).toBeNull();
		expect(request('is there anybody in the parts department i could have talked to about the gasket last spring?')).toBeNull();
		expect(request('there is nobody in my family i can talk to about the gasket, so what does a new one cost?')).toBeNull();
		expect(request('anyone in the ticket office i can chat with about seats would know this, but the app shows nothing.')).toBeNull();
	});
});
