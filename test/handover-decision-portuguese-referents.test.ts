import { request } from './helpers/decision';

describe('"a" and "as" opening a clause before a Portuguese person word', () => {
	it('reads the person as talked about, as after "o"', () => {
		expect(request('A consultora anterior tinha garantido isenção da anuidade do cartão.')).toBeNull();
		expect(request('As atendentes do balcão de trocas foram uma simpatia.')).toBeNull();
	});

	it('still reads the person urged on or asked to act, and "a" as a preposition after a verb', () => {
		expect(request('A supervisora, por favor')).not.toBeNull();
		expect(request('A atendente, por favor, é urgente')).not.toBeNull();
		expect(request('a supervisora pode me ligar hoje?')).not.toBeNull();
		expect(request('transferir a agente')).not.toBeNull();
	});

	it('reads "a" after an opening "se" or "quando" as the article too, unless the clause asks the person to act', () => {
		expect(request('Se a consultora tivesse avisado da taxa, eu não teria assinado o contrato da estufa.')).toBeNull();
		expect(request('Quando as atendentes chegaram ao velório, a cerimônia já tinha começado.')).toBeNull();
		expect(request('Se a consultora puder me ligar ainda hoje, agradeço muito.')).not.toBeNull();
	});
});

describe('"já" and "agora" urging only where they end their clause', () => {
	it('reads them before more of the clause as dating it, not as urging the person before them', () => {
		expect(request('o supervisor já me mandou o código de rastreio por sms, podem encerrar')).toBeNull();
		expect(request('um consultor agora há pouco me explicou as parcelas do financiamento')).toBeNull();
	});

	it('still reads them urging at the end of the clause, before another urger or inside "agora mesmo"', () => {
		expect(request('o gerente já!')).not.toBeNull();
		expect(request('supervisor agora mesmo, o cartão foi clonado')).not.toBeNull();
		expect(request('me passa pro gerente agora')).not.toBeNull();
	});
});

describe('staff asked about with "tem" on a day a business may be shut', () => {
	it('reads the question as one about opening days, not a request now', () => {
		expect(request('tem alguém aí no feriado de amanhã?')).toBeNull();
		expect(request('tem atendente no domingo?')).toBeNull();
	});

	it('still reads staff asked for now, or a request in the same message, as a request', () => {
		expect(request('tem atendente agora? preciso trocar o chip')).not.toBeNull();
		expect(request('tem atendente no sábado, quero falar com um agora')).not.toBeNull();
		expect(request('tem alguém aí? no domingo fui na loja e não tinha ninguém')).not.toBeNull();
	});
});

describe('"chat" after an article later in the clause of a person talked about', () => {
	it('reads it as the chat the person works in, not a talk asked of them', () => {
		expect(request('o consultor do chat me garantiu que a colheitadeira chega em maio, fazer o quê')).toBeNull();
		expect(request('el asesor del chat me confirmó que la parcela del camping tiene sombra, perfecto')).toBeNull();
	});

	it('still reads a chat asked of the person', () => {
		expect(request('o consultor pode conversar comigo agora?')).not.toBeNull();
	});
});

