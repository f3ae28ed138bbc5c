import { request } from './helpers/decision';

describe('a person asked for as a possibility or a hope', () => {
	it('reads a passive or noun contact from a person after a possibility or hope opener as asking for the person', () => {
		expect(request('Would it be possible to be phoned by a person from the returns desk? The kettle leaks.')).not.toBeNull();
		expect(request('any chance someone from the garden centre could email me about the hedge order')).not.toBeNull();
		expect(request('apakah mungkin saya ditelepon petugas gudang sore ini?')).not.toBeNull();
		expect(request("J'espère être recontactée par une conseillère cette semaine.")).not.toBeNull();
		expect(request('Gibt es die Möglichkeit, von einem Berater angerufen zu werden?')).not.toBeNull();
		expect(request('Seria possível ser atendido por um atendente ainda hoje?')).not.toBeNull();
		expect(request('Er det muligt at blive ringet op af en medarbejder i morgen?')).not.toBeNull();
		expect(request('Je, inawezekana nipigiwe simu na mtu wa duka leo?')).not.toBeNull();
		expect(request('Mohon saya ditelepon oleh petugas loket, tiket kereta saya hilang.')).not.toBeNull();
	});

	it('reads a contact verb that only sends the user a thing as no request', () => {
		expect(request('any chance someone could email me the invoice for the sofa?')).toBeNull();
		expect(request('hoping someone can email me your price list for the holidays')).toBeNull();
	});

	it('reads the same openers about a thing, denied, asked about by someone else or the past as no request', () => {
		expect(request('Would it be possible to swap the blue kettle for the red one?')).toBeNull();
		expect(request('¿Sería posible pagar la reparación en efectivo?')).toBeNull();
		expect(request('saya tidak bisa dihubungi petugas kemarin karena hp mati')).toBeNull();
		expect(request('I asked if it was possible to be phoned by a manager and they said no.')).toBeNull();
		expect(request('I hope someone helped you with the kettle.')).toBeNull();
		expect(request('is it possible to be contacted by a person on weekends?')).toBeNull();
	});
});
