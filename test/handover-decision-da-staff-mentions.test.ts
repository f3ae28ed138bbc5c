import { request } from './helpers/decision';

describe('Danish staff mentioned without being asked for', () => {
	it('reads news passed on and a question about the order of steps as no request', () => {
		expect(request('ville bare fortælle at jeres tekniker ringede som aftalt, alt virker nu')).toBeNull();
		expect(request('vil bare sige at montøren kontaktede mig i morges, tak for det')).toBeNull();
		expect(request('skal jeg tale med bestyrelsen først, eller kan I godkende det?')).toBeNull();
		expect(request('skal jeg først snakke med min rådgiver, eller kan jeg selv ændre det?')).toBeNull();
	});

	it('keeps staff asked for by what they do, a want without its subject and a request after "just to say"', () => {
		expect(request('må jeg tale med nogen der arbejder på lageret?')).not.toBeNull();
		expect(request('kan jeg få fat i en som arbejder i afdelingen i Vejle?')).not.toBeNull();
		expect(request('vil gerne have en låsesmed ud, jeg er låst ude')).not.toBeNull();
		expect(request('jeg vil bare sige at jeg gerne vil tale med en medarbejder')).not.toBeNull();
	});
});
