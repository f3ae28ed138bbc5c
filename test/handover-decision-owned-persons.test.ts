import { request } from './helpers/decision';

describe('person words owned by a third party', () => {
	it('reads a one-word person request after a genitive as a person talked about', () => {
		expect(request("the circus's agent booked us for two nights, where should the trucks unload?")).toBeNull();
		expect(request("my neighbour's agent says the fence is on your land, can you send the survey map?")).toBeNull();
		expect(request('cirkusets agent har sendt teltplanen, hvor skal lastbilerne holde?')).toBeNull();
		expect(request('min genbos rådgiver mener at hegnet står på jeres grund, kan I sende kortet?')).toBeNull();
	});

	it('reads "deren" and "dessen" before a person word as a third party\'s, like "der" or "ihr"', () => {
		expect(request('Der Zirkus hat eine Agentur, deren Agent schickt euch den Zeltplan morgen früh.')).toBeNull();
		expect(request('Das Ensemble wird vom Theater vertreten, dessen Agent klärt die Garderoben mit euch.')).toBeNull();
	});

	it('still reads the person as asked for through a talk or want verb, or when the business owns it', () => {
		expect(request("I want to talk to an agent, the circus's tent plan never arrived")).not.toBeNull();
		expect(request("can I speak with the circus's agent please, the trucks are waiting")).not.toBeNull();
		expect(request('jeg vil gerne tale med en agent, cirkusets teltplan er ikke kommet')).not.toBeNull();
		expect(request('ich möchte mit einem Agenten sprechen, der Zeltplan des Zirkus fehlt')).not.toBeNull();
		expect(request("it's urgent: agent please, the trucks are waiting")).not.toBeNull();
	});
});
