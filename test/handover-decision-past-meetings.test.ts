import { request } from './helpers/decision';

describe("the user's own past meeting or call with a person", () => {
	it('reads no request in an appointment the user had', () => {
		expect(request('I had an appointment with a consultant on Monday, the invoice is still wrong')).toBeNull();
		expect(request('ich hatte einen Telefontermin mit einem Berater, der hat sich nie gemeldet')).toBeNull();
		expect(request('ich hatte einen Termin mit einem Berater und keiner kam')).toBeNull();
		expect(request('jeg havde en aftale med en rådgiver, men ingen ringede')).toBeNull();
		expect(request('tenía una cita con un asesor y nadie me llamó')).toBeNull();
		expect(request('eu tive um horário com um consultor e ninguém ligou')).toBeNull();
		expect(request("j'avais rendez-vous avec un conseiller et personne n'est venu")).toBeNull();
		expect(request('nilikuwa na miadi na mshauri lakini hakuna aliyepiga')).toBeNull();
	});

	it('still reads a wish or a request asked now beside the past meeting', () => {
		expect(request('ich hätte gern einen Termin mit einem Berater')).not.toBeNull();
		expect(request('hätte gern nen Termin mit einem Berater')).not.toBeNull();
		expect(request('ich hatte schon mit einem Berater gesprochen, bitte verbinden Sie mich noch mal')).not.toBeNull();
		expect(request('I had an appointment with an advisor, please book me another appointment with an advisor')).not.toBeNull();
		expect(request('I talked to an agent yesterday, can I talk to her again?')).not.toBeNull();
		expect(request('tive uma reunião com o consultor, quero outra reunião com ele')).not.toBeNull();
		expect(request('jeg vil gerne have en aftale med en rådgiver')).not.toBeNull();
		expect(request('quiero una cita con un asesor')).not.toBeNull();
		expect(request('nataka miadi na mshauri')).not.toBeNull();
	});
});
