import { request } from './helpers/decision';

describe('questions closed by a short sentence of curiosity', () => {
	it('reads a question about the handover closed by "just curious" and its kin as asked only to know', () => {
		expect(request('can your booking assistant pass me to a person at the front desk? just curious')).toBeNull();
		expect(request('¿el chat de la clínica os pasa con una enfermera de verdad? solo por curiosidad')).toBeNull();
		expect(request('o robô da oficina passa para um mecânico de verdade? só por curiosidade')).toBeNull();
		expect(request('bot bengkel ini bisa sambungin ke montir beneran? cuma penasaran')).toBeNull();
	});

	it('still reads a request that is no question, or a curious sentence that goes on asking or explaining', () => {
		expect(request('put me through to a person at the front desk please. just curious, are you open on Sunday?')).not.toBeNull();
		expect(request('can your booking assistant pass me to a person at the front desk? just curious, because my appointment moved and I need one now')).not.toBeNull();
		expect(request('pásame con una enfermera de la clínica por favor. por curiosidad, ¿abrís el sábado?')).not.toBeNull();
	});

	it('reads a declined need in the closing sentence as asking for nobody, and a request before "no need to…" as standing', () => {
		expect(request('can the chat at the vet pass me to a nurse if it gets stuck? just curious, no need right now')).toBeNull();
		expect(request('o chat da clínica passa para uma enfermeira de verdade? só por curiosidade, não precisa agora')).toBeNull();
		expect(request('put me through to a nurse at the vet please. no need to send the opening hours again')).not.toBeNull();
	});
});
