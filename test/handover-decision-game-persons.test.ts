import { request, strength } from './helpers/decision';

describe('person and team words naming a thing of a game, an app or a product', () => {
	it('reads a person word next to a thing noun or adjective as the thing it names', () => {
		expect(request('i want the agent skin from the event, where is it?')).toBeNull();
		expect(request('what cleaning agent should i use on the headset lenses?')).toBeNull();
		expect(request('el modo humano no aparece en la versión del móvil')).toBeNull();
		expect(request('¿este agente desincrustante sirve para la plancha de vapor?')).toBeNull();
		expect(request('o modo atendente do simulador de loja é pago?')).toBeNull();
		expect(request('la carte agent du deck de départ sert à quoi ?')).toBeNull();
		expect(request('ich will den Agent Modus auch offline spielen')).toBeNull();
		expect(request('jeg vil gerne have agent skin fra eventet')).toBeNull();
		expect(request('o modo humano vs máquina vale pontos no ranking?')).toBeNull();
		expect(request('kadi agent inapatikana wapi kwenye mchezo?')).toBeNull();
	});

	it('reads a person word set against another side as a side in a game', () => {
		expect(request('ich möchte den Agent Modus freischalten')).toBeNull();
		expect(request('el torneo humanos contra bots empieza a las 8?')).toBeNull();
		expect(request('ich will Mensch gegen Maschine spielen, wann geht das?')).toBeNull();
		expect(request('le mode humain contre machine compte pour le classement ?')).toBeNull();
		expect(request('mashindano ya binadamu dhidi ya kompyuta yanaanza lini?')).toBeNull();
	});

	it('reads a character chosen to play with "which" or "best" as no one asked for', () => {
		expect(request('which agent should i pick to defend the bomb site?')).toBeNull();
		expect(request('welcher Agent ist der beste für Anfänger?')).toBeNull();
		expect(request('qual agente é o melhor pra jogar no mapa novo?')).toBeNull();
		expect(request('quel agent est le meilleur pour débuter ?')).toBeNull();
		expect(request('hvilken agent er bedst til begyndere?')).toBeNull();
		expect(request('hvilken agent er bedst at spille på det nye kort?')).toBeNull();
		expect(request('agent gani ni bora kwa anayeanza?')).toBeNull();
	});

	it('reads a person word in a short capitalised quote as the name of a card or a status', () => {
		expect(request('i want the "Agent Zero" card back in the shop')).toBeNull();
		expect(request('quiero la insignia "Agente Novato" en mi perfil')).toBeNull();
		expect(request('ich will den Status "Agent Offline" weghaben')).toBeNull();
	});

	it('reads French supporter with an object as backing someone', () => {
		expect(request('je voudrais supporter mon équipe préférée pendant le tournoi, il y a des badges ?')).toBeNull();
	});

	it('still reads requests written in gamer chat', () => {
		expect(request('support pls my acc got hacked')).not.toBeNull();
		expect(request('i need a real human not a bot')).not.toBeNull();
		expect(request('agent!!! my skins are gone')).not.toBeNull();
		expect(request('quero falar com um humano do suporte, nao com o bot')).not.toBeNull();
		expect(request('which agent can i talk to about my refund?')).not.toBeNull();
		expect(request('ich will mit einem Menschen sprechen, mein Modus ist weg')).not.toBeNull();
		expect(request('mejor que un agente me llame, el bot no entiende')).not.toBeNull();
		expect(request('saya ingin berbicara dengan petugas kartu kredit')).not.toBeNull();
		expect(request('"mau ngobrol sama admin" dong')).not.toBeNull();
		expect(request('jeg vil snakke med en supporter')).not.toBeNull();
	});

	it('reads a person word next to hair or security software as the thing it names', () => {
		expect(request('are the eyelash strips made of human hair?')).toBeNull();
		expect(request('¿las trenzas son de cabello humano o de fibra?')).toBeNull();
		expect(request('les extensions sont en cheveux humains ?')).toBeNull();
		expect(request('after the update the antivirus agent blocks my printer')).toBeNull();
		expect(request('der Virenscanner-Agent startet nach dem Update nicht mehr')).toBeNull();
	});
	it('reads a team word next to an article as the help article it names, offered to no one', () => {
		for (const text of [
			'the help desk article on changing my pin is out of date',
			'el artículo de soporte sobre la factura tiene un enlace roto',
			'o artigo de suporte sobre o reembolso está errado',
			"l'article du support sur la facture n'est plus à jour",
			'der Support Artikel zur Rechnung ist veraltet',
			'support artiklen om fakturaen er forældet',
			'artikel support soal tagihan udah gak berlaku',
			'makala ya msaada kuhusu bili imepitwa na wakati',
		]) expect([text, strength(text)]).toEqual([text, 'none']);
		expect(strength('help desk?')).toBe('ambiguous');
		expect(strength('the article did not help, please put me through to the help desk')).toBe('explicit');
	});
});
