import { request } from './helpers/decision';

describe('roles of shops, lettings and schools asked for (issue 12)', () => {
	it('reads a seller, a managing agent or a teacher asked for as a request', () => {
		expect(request('could the dealer who sold me this scooter ring me today?')).not.toBeNull();
		expect(request('ich möchte bitte mit der Hausverwaltung sprechen, der Aufzug steckt fest')).not.toBeNull();
		expect(request('pásame con la tutora del curso de francés, por favor')).not.toBeNull();
		expect(request('quero falar com o síndico, o portão da garagem quebrou')).not.toBeNull();
		expect(request("mettez-moi en contact avec le syndic, la chaudière collective est en panne")).not.toBeNull();
		expect(request('kan jeg tale med sælgeren af cyklen? gearet virker ikke')).not.toBeNull();
		expect(request('tolong hubungkan saya dengan wali kelas anak saya')).not.toBeNull();
		expect(request('naomba kuongea na mhadhiri wa somo la takwimu')).not.toBeNull();
	});

	it('reads none when the role is talked about or is part of a thing', () => {
		expect(request('my tutor said the reading list is on the portal')).toBeNull();
		expect(request('I need a seller account for my pottery shop')).toBeNull();
		expect(request('do you offer a teacher discount on the annual plan?')).toBeNull();
		expect(request('je voudrais ouvrir un compte vendeur')).toBeNull();
		expect(request('quiero abrir una cuenta de vendedor en la tienda')).toBeNull();
		expect(request('der Verkäufer hat geschrieben, dass das Paket heute kommt')).toBeNull();
		expect(request('dosen saya sudah mengunggah materi minggu ini')).toBeNull();
	});
});
