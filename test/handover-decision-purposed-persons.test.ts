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

describe('an owned role and its name after a talk verb', () => {
	it('reads a possessive, a role in lower case and a capitalised name as a person asked for', () => {
		expect(request('need to talk to my tutor Priya asap re the IELTS booking')).not.toBeNull();
		expect(request('can i talk to my driving instructor Tom')).not.toBeNull();
		expect(request('quiero hablar con mi profe Ana')).not.toBeNull();
		expect(request('Hej, kan I sætte mig i forbindelse med jeres safariguide Amani?')).not.toBeNull();
		expect(request('saya mau bicara dengan mentor saya Pak Budi')).not.toBeNull();
	});

	it('leaves the role and name talked about, someone close and a thing\'s brand as no request', () => {
		expect(request('my tutor Priya said the exam is Monday')).toBeNull();
		expect(request('i talked to my tutor Priya yesterday')).toBeNull();
		expect(request('can i talk to my husband Tom first')).toBeNull();
		expect(request('aplikasinya bisa connect ke smartwatch Xiaomi gak?')).toBeNull();
	});
});
