import { strength } from './helpers/decision';

describe('a question how to contact a named team', () => {
	it('reads how to reach a team, or which contact detail reaches it, as ambiguous', () => {
		expect(strength('how do I contact your sales team about renting the marquee?')).toBe('ambiguous');
		expect(strength('¿cómo contacto con el equipo de ventas para reservar la sala grande?')).toBe('ambiguous');
		expect(strength('gimana caranya hubungi tim keuangan kalau kuitansi belum dikirim?')).toBe('ambiguous');
		expect(strength('Qual é o email para contactar a equipa de vendas do hotel?')).toBe('ambiguous');
	});

	it('still reads a team asked for now, a way asked for and a person as explicit', () => {
		expect(strength('can I contact the sales team now? please put me through, the marquee quote is wrong')).toBe('explicit');
		expect(strength('tem como me transferir pro setor financeiro? a reserva do salão sumiu')).toBe('explicit');
		expect(strength('how do I get a human? I want one now, the marquee quote is wrong')).toBe('explicit');
		expect(strength('I want to contact your sales team right now about the marquee')).toBe('explicit');
	});
});
