import { request } from './helpers/decision';

describe('a person urged after what they are wanted for', () => {
	it('reads a person, a purpose and an urger ending the clause as a request, in each language', () => {
		expect(request('un plombier pour la fuite svp')).not.toBeNull();
		expect(request("un technicien pour la box svp, plus d'internet depuis mardi")).not.toBeNull();
		expect(request('a technician for the leak please')).not.toBeNull();
		expect(request('un técnico para lo de la caldera por favor')).not.toBeNull();
		expect(request('einen Techniker wegen der Heizung bitte')).not.toBeNull();
		expect(request('teknisi buat AC bocor dong')).not.toBeNull();
		expect(request('fundi kwa ajili ya wifi tafadhali')).not.toBeNull();
	});

	it('reads the same person reported or priced, and a team\'s address, as no request', () => {
		expect(request('the technician for the leak came yesterday')).toBeNull();
		expect(request('un plombier pour la fuite coûte combien ?')).toBeNull();
		expect(request('un técnico para lo de la caldera vino ayer')).toBeNull();
		expect(request('der Techniker wegen der Heizung war gestern da')).toBeNull();
		expect(request('le mail du support pour les panneaux solaires svp')).toBeNull();
	});
});
