import { request } from './helpers/decision';

describe('a handover asked about or described rather than asked for', () => {
	it('reads a person word a few words after a handover of the business\'s side (a third-person verb or a noun) as where it goes', () => {
		expect(request('my cousin runs a bike shop and asked me whether your assistant escalates to a live agent once it gets lost')).toBeNull();
		expect(request('the florist next door says your web chat hands over to a human agent after two tries, true?')).toBeNull();
		expect(request('a loja de vocês tem transbordo para atendente humano ou o robô resolve tudo sozinho?')).toBeNull();
		expect(request('dans votre boutique en ligne, l\'assistant propose-t-il un transfert vers un conseiller quand il bloque ?')).toBeNull();
		expect(request('¿Cómo funciona la derivación a un agente humano en su tienda? Estoy armando un asistente parecido.')).toBeNull();
		expect(request('Wie läuft bei eurem Kiosk die Übergabe an einen Mitarbeiter, wenn der Assistent hängt?')).toBeNull();
		expect(request('hvordan fungerer overførsel til en medarbejder i jeres webchat?')).toBeNull();
		expect(request('sistem toko kalian ada pengalihan ke agen manusia otomatis atau gimana?')).toBeNull();
		expect(request('mfumo wenu huhamisha kwa mhudumu wa kweli lini?')).toBeNull();
	});

	it('still reads the same handover as asked for when it opens its clause, is urged, or the user wants it', () => {
		expect(request('transfert vers un conseiller svp, mon colis de livres est perdu')).not.toBeNull();
		expect(request('handover to a human agent please, the coupon code fails every time')).not.toBeNull();
		expect(request('quero a transferência para um atendente humano, o pedido veio errado')).not.toBeNull();
		expect(request('can your assistant transfer me to a human agent now? my order is stuck')).not.toBeNull();
		expect(request('your bot keeps looping, put me through to an agent')).not.toBeNull();
		expect(request('I don\'t care how your bot works, get me a human')).not.toBeNull();
	});
});
