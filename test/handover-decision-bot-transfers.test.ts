import { matcher, request } from './helpers/decision';

describe('the company\'s bot asked with a modal to transfer or connect the user to a person now', () => {
	it('reads the bot, the chat or the app asked to transfer the user as a request', () => {
		for (const text of [
			'can your bot transfer me to an actual person? this is not working',
			'could the chatbot connect me with somebody in returns?',
			'¿tu chatbot puede transferirme con un asesor ahora?',
			'¿el bot me puede pasar con alguien de facturación?',
			'o chatbot pode me passar pra alguém do suporte agora?',
			'ton bot peut me transférer à un conseiller maintenant ?',
			'kann mich euer Chatbot mit einem Berater verbinden?',
			'kan botten stille mig om til en fra support?',
			'chatbotnya bisa alihkan saya ke CS sekarang?',
			'chatbot yenu inaweza kunihamisha kwa mhudumu sasa hivi?',
		]) expect([text, matcher.analyse(text).strength]).toEqual([text, 'explicit']);
	});

	it('leaves a question about what the bot does for others, or about the feature, as no request', () => {
		expect(request('can your chatbot transfer customers to a human agent when it gets stuck?')).toBeNull();
		expect(request('can the bot transfer calls to the sales desk?')).toBeNull();
		expect(request('does your bot support transfer to a human?')).toBeNull();
		expect(request('¿su chatbot puede transferir clientes a un agente humano?')).toBeNull();
		expect(request('o bot consegue transferir ligações pros vendedores?')).toBeNull();
		expect(request('kann euer Bot Gespräche an Mitarbeiter übergeben?')).toBeNull();
		expect(request('kan jeres bot stille kunder om til en medarbejder?')).toBeNull();
		expect(request('bot yenu inaweza kuwaunganisha wateja na wakala wa binadamu?')).toBeNull();
	});

	it('reads a German transfer verb at the end, the bot between it and the user', () => {
		expect(request('kann mich dein Bot an einen Menschen weiterleiten?')).not.toBeNull();
		expect(request('kann mich euer Chatbot an einen Mitarbeiter weiterleiten?')).not.toBeNull();
		expect(request('könnte mich Ihr Chatbot bitte an einen Berater durchstellen?')).not.toBeNull();
		expect(request('kann euer Bot eigentlich an einen Mitarbeiter weiterleiten? Frage für unsere IT-Abteilung')).toBeNull();
		expect(request('kann euer Bot die Kunden an einen Mitarbeiter weiterleiten?')).toBeNull();
	});

	it('leaves a bot the user owns, or a transfer under a condition, as no request', () => {
		expect(request('my bot can transfer me to an agent in testing, how do I turn that off?')).toBeNull();
		expect(request('our chatbot can transfer me to an agent in testing, how do I turn that off?')).toBeNull();
		expect(request('can the bot transfer me automatically if it does not know the answer?')).toBeNull();
		expect(request('o bot pode me transferir sozinho se não souber a resposta?')).toBeNull();
	});
});
