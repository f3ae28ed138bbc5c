import { request } from './helpers/decision';

describe('a person whose answers are asked about, reported or set as a condition', () => {
	it('reads no request in a question whether anyone ever or really answers', () => {
		expect(request('does anybody from the returns desk ever answer emails?')).toBeNull();
		expect(request('¿alguien de soporte responde los mensajes del formulario?')).toBeNull();
		expect(request("quelqu'un du service après-vente répond parfois au téléphone ?")).toBeNull();
		expect(request('antwortet bei euch eigentlich überhaupt jemand auf Kontaktformulare?')).toBeNull();
		expect(request('svarer nogen fra kundeservice nogensinde på beskeder her?')).toBeNull();
		expect(request('alguém do suporte chegou a responder os e-mails de vocês?')).toBeNull();
		expect(request('ada orang dari CS yang pernah balas email keluhan?')).toBeNull();
		expect(request('kuna mtu wa huduma kwa wateja anayejibu ujumbe kweli?')).toBeNull();
	});

	it('reads no request in a past report of an answer or in a condition opening its sentence', () => {
		expect(request('Priya from accounts wrote to me yesterday and the invoice is fixed')).toBeNull();
		expect(request('Mas Dodi dari CS kemarin sudah balas chat saya, makasih')).toBeNull();
		expect(request('kalau ada orang dari kurir yang chat minta kode, itu aman?')).toBeNull();
		expect(request("si quelqu'un de la banque vous écrit pour un code, c'est une arnaque ?")).toBeNull();
	});

	it('still reads a person asked now to write to or answer the user', () => {
		expect(request('can someone from support write to me again?')).not.toBeNull();
		expect(request('que alguien del soporte me escriba')).not.toBeNull();
		expect(request('kann mich lisa vom creator support nochmal anschreiben?')).not.toBeNull();
		expect(request('Juma wa timu ya creators anaweza kunicheki tena?')).not.toBeNull();
		expect(request('alguém do suporte pode me responder hoje?')).not.toBeNull();
		expect(request('kan en fra kundeservice skrive til mig igen?')).not.toBeNull();
		expect(request('Saya akan senang sekali kalau ada petugas yang menghubungi saya hari ini.')).not.toBeNull();
		expect(request('¿me contesta un humano?')).not.toBeNull();
	});
});
