import { request } from './helpers/decision';

describe('a team of its own name asked to contact the user', () => {
	it('reads a named team as the subject of a contact verb asked for now', () => {
		expect(request('please have the gardening team get in touch with me before the weekend')).not.toBeNull();
		expect(request('porfa que el equipo de mudanzas me escriba hoy, el armario no cabe por la puerta')).not.toBeNull();
		expect(request('kann mich die Abteilung Dachrinnen bitte per Mail kontaktieren?')).not.toBeNull();
		expect(request('mohon bagian perpanjangan menelepon saya besok pagi')).not.toBeNull();
		expect(request('tafadhali timu ya bustani inipigie kesho asubuhi')).not.toBeNull();
		expect(request('naomba kitengo cha mikopo kiwasiliane nami wiki hii')).not.toBeNull();
	});

	it('reads no request in a past report, a question how to reach it, a refusal or a condition', () => {
		expect(request('the gardening team got in touch with me last Friday')).toBeNull();
		expect(request('how do I get in touch with the gardening team?')).toBeNull();
		expect(request("please don't have the gardening team call me, email is fine")).toBeNull();
		expect(request('si el equipo de mudanzas me escribe mañana, ya sé qué decirles')).toBeNull();
		expect(request('timu ya bustani ilinipigia jana jioni')).toBeNull();
	});
});
