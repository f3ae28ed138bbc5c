import { request } from './helpers/decision';

describe('a person asked, through the want of someone close, to contact that person', () => {
	it('reads the want of someone close the user writes for as asking the person to contact them', () => {
		expect(request('my mum wants someone to call her')).not.toBeNull();
		expect(request('mi abuela quiere que alguien de la farmacia la llame hoy')).not.toBeNull();
		expect(request('minha avó quer que alguém da farmácia ligue pra ela')).not.toBeNull();
		expect(request('mon grand-père voudrait que quelqu\'un du camping le rappelle')).not.toBeNull();
		expect(request('Mein Vater möchte, dass jemand von der Werkstatt ihn zurückruft')).not.toBeNull();
		expect(request('min far vil gerne have at en fra værkstedet ringer ham op')).not.toBeNull();
		expect(request('ayah saya mau petugas bengkel menghubungi beliau hari ini')).not.toBeNull();
		expect(request('baba yangu anataka fundi wa gereji ampigie leo')).not.toBeNull();
	});

	it('reads a topic after the close person as what the call is about, and a preposition before them', () => {
		expect(request('my gran wants someone to call her about the hearing aid battery')).not.toBeNull();
		expect(request('minha tia quer que alguém do banco lhe ligue sobre o cartão bloqueado')).not.toBeNull();
		expect(request('meu pai quer que um técnico ligue pra ele')).not.toBeNull();
	});

	it('reads none for reports and past wants', () => {
		expect(request('the nurse called my mother yesterday')).toBeNull();
		expect(request('la enfermera llamó a mi madre ayer')).toBeNull();
		expect(request('my mum said someone should call her')).toBeNull();
		expect(request('my mother wanted someone to call her last week')).toBeNull();
		expect(request('my dad keeps telling me he wants somebody from the bank to phone him about the loan')).toBeNull();
	});

	it('reads none when the close person contacts someone themselves', () => {
		expect(request('my aunt will call you tomorrow')).toBeNull();
		expect(request('mi tía los va a llamar mañana')).toBeNull();
		expect(request('ma mère veut appeler le service client elle-même')).toBeNull();
		expect(request('minha mãe quer ligar pra vocês amanhã')).toBeNull();
		expect(request('Meine Mutter möchte euch morgen anrufen')).toBeNull();
		expect(request('mama yangu anataka kuwapigia kesho')).toBeNull();
	});

	it('reads none for a want of their own that is no contact, or a thing sent', () => {
		expect(request('my mum wants to talk to a manager but I just need the invoice')).toBeNull();
		expect(request('my mum wants someone to send her the invoice')).toBeNull();
		expect(request('my mum wants someone to call me')).toBeNull();
	});
});
