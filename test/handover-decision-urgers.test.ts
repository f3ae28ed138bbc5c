import { request } from './helpers/decision';

describe('a person urged after where they are from', () => {
	it('reads a person, where they are from and an urger ending the clause as a request', () => {
		expect(request("Ma carte d'accès au ponton ne marche plus et je suis bloqué dehors avec mes courses. Envoyez quelqu'un de la capitainerie svp !")).not.toBeNull();
		expect(request('The slipway gate is locked and my trailer is stuck. Someone from the boatyard please!')).not.toBeNull();
		expect(request('La barrera del garaje no abre y estoy atrapado fuera. ¡Alguien de la portería por favor!')).not.toBeNull();
	});

	it('reads the same person reported, or an urger the clause goes on after, as no request', () => {
		expect(request('Someone from the boatyard came by this morning about the slipway gate, thanks.')).toBeNull();
		expect(request('Alguien de la portería vino esta mañana a revisar la barrera del garaje, gracias.')).toBeNull();
		expect(request('Kann eine andere Person die fertigen Schuhe für mich abholen?')).toBeNull();
	});
});

describe('an urging word before a reach verb with a department', () => {
	it('reads contacting a team right after "please" as a request', () => {
		expect(request('please reach the accounts department, my invoice is wrong')).not.toBeNull();
		expect(request('tolong hubungin CS sekarang, paket saya hilang')).not.toBeNull();
		expect(request('svp contactez le service client, mon colis est perdu')).not.toBeNull();
		expect(request('por favor entre em contato com o suporte, o app não abre')).not.toBeNull();
	});

	it('leaves asking how to contact one, a plan, a report and an instruction passed on as they were', () => {
		expect(request('how do I reach the accounts department?')).toBeNull();
		expect(request('I\'ll reach the accounts department tomorrow')).toBeNull();
		expect(request('comment je contacte le service client ?')).toBeNull();
		expect(request('the site just says please contact customer service, what are your hours?')).toBeNull();
	});
});

describe('a cancel word inside an urger', () => {
	it('reads "o quanto antes" (as soon as possible) as an urger, not the "quanto" of a price question', () => {
		expect(request('Liguem-me o quanto antes, a caldeira deixou de aquecer a água')).not.toBeNull();
		expect(request('quero que um atendente me ligue o quanto antes sobre a entrega atrasada')).not.toBeNull();
	});

	it('still reads "quanto" asking a price or a wait as no request', () => {
		expect(request('quanto ganha um técnico de suporte aí na loja?')).toBeNull();
		expect(request('quanto tempo demora até um atendente responder no chat?')).toBeNull();
	});
});
