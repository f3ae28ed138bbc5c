import { request } from './helpers/decision';

describe('a name set off by commas beside a role, asked to contact or talk', () => {
	it('reads the role and its name between commas as one person asked to contact someone of the user\'s', () => {
		expect(request('could the swim school coordinator, Maya Lindholm, ring my son about the Saturday class?')).not.toBeNull();
		expect(request('Kan holdets instruktør, Jonas Holm, ringe til min søn i dag?')).not.toBeNull();
		expect(request('Naomba mwalimu wa darasa, Bi. Amina Juma, ampigie mama yangu leo.')).not.toBeNull();
		expect(request('kann die Kursleiterin, Frau Petra Lange, meine Tochter heute anrufen?')).not.toBeNull();
		expect(request('La responsable du centre, Mme Claire Morel, peut-elle appeler ma mère ?')).not.toBeNull();
		expect(request('a diretora da escola, Dona Célia Prado, pode ligar pra minha mãe hoje?')).not.toBeNull();
	});

	it('reads a name first and its role between commas, asked before them', () => {
		expect(request('Bisa tolong Pak Budi Santoso, wali kelas, menghubungi ibu saya sore ini?')).not.toBeNull();
		expect(request('could Priya Shah, the ward nurse, call my husband back today?')).not.toBeNull();
	});

	it('reads a talk verb whose slot holds a role and its name between commas', () => {
		expect(request('Quiero hablar con mi asesora, la Sra. Lucía Prado, sobre el préstamo')).not.toBeNull();
		expect(request('Preciso falar com o meu gestor, o Sr. Rui Matos, sobre o cartão')).not.toBeNull();
		expect(request('I need to talk to my adviser, Dana Whitfield, about the mortgage')).not.toBeNull();
	});

	it('reads none for a report of who was called or talked to', () => {
		expect(request('the swim school coordinator, Maya Lindholm, rang my son yesterday')).toBeNull();
		expect(request('Hablé con mi asesora, la Sra. Lucía Prado, sobre el préstamo la semana pasada')).toBeNull();
		expect(request('Holdets instruktør, Jonas Holm, ringede til min søn i går.')).toBeNull();
	});

	it('reads none for a list of people, a condition or someone else\'s words', () => {
		expect(request('I spoke to the coordinator, Maya, and the driver, Tom, yesterday')).toBeNull();
		expect(request('if the coordinator, Maya Lindholm, can ring my son, great')).toBeNull();
		expect(request('she said the coordinator, Maya Lindholm, could ring my son')).toBeNull();
	});

	it('reads none for a vocative that asks only after the name', () => {
		expect(request('Acme, Maya, could you ring my son?')).toBeNull();
		expect(request('Hi Acme, Maya, can you ring my son?')).toBeNull();
		expect(request('the team, Maya, could you ring my son?')).toBeNull();
	});

	it('reads none for a thing sent to someone of the user\'s', () => {
		expect(request('could the coordinator, Maya Lindholm, send my son the forms?')).toBeNull();
	});
});
