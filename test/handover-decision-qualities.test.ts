import { request } from './helpers/decision';

describe('person words that describe a thing rather than name someone to talk to', () => {
	it('reads a person word before a noun (English, Danish) or after one (Romance, Indonesian, Swahili) as a quality', () => {
		expect(request('my nephew built a small human skeleton model out of pipe cleaners, do you stock the wire in green?')).toBeNull();
		expect(request('the wooden puzzle shows a smiling human silhouette on the box, is it suitable for toddlers?')).toBeNull();
		expect(request('ma fille dessine une carte du système nerveux humain pour l\'école, vous avez du papier calque ?')).toBeNull();
		expect(request('no folheto da exposição aparece o crânio humano em tamanho real, vocês vendem o pôster?')).toBeNull();
		expect(request('anak saya tanya kenapa gambar di sampul buku itu pakai tangan manusia asli?')).toBeNull();
		expect(request('kitabu hiki kinaonyesha mifupa ya binadamu kwa picha nzuri, kinapatikana kwa Kiingereza?')).toBeNull();
	});

	it('reads a person word a few words after a verb of seeming as how something seems', () => {
		expect(request('the answering machine message sounds like a human, did you record it yourselves?')).toBeNull();
		expect(request('la voz del contestador suena a humano, ¿la grabó alguien de la tienda?')).toBeNull();
		expect(request('die Stimme im Navi klingt wie ein Mensch, kann man sie auf Englisch stellen?')).toBeNull();
		expect(request('robotten i butikken ligner et menneske, må børn røre ved den?')).toBeNull();
		expect(request('der Roboter im Schaufenster sieht aus wie ein Mensch, ist der verkäuflich?')).toBeNull();
	});

	it('still reads a person word as asked for after a person noun, a want or talk verb, an urger, or a first-person word after the seeming verb', () => {
		expect(request('please connect me with a human advisor, my rail pass was charged twice')).not.toBeNull();
		expect(request('je voudrais un conseiller humain, ma commande de peinture est bloquée')).not.toBeNull();
		expect(request('tolong sambungkan ke agen manusia, pesanan cat saya belum datang')).not.toBeNull();
		expect(request('naomba mhudumu binadamu, salio langu limekatwa')).not.toBeNull();
		expect(request('this keeps failing, sounds like i need a human to sort it out')).not.toBeNull();
		expect(request('i want a human, not a phone tree')).not.toBeNull();
		expect(request('a human being please, the refund form keeps crashing')).not.toBeNull();
		expect(request('can a human answer me please')).not.toBeNull();
		expect(request('quiero chatear con alguien real')).not.toBeNull();
	});

	it('reads a bare person word after a noun and "de" as qualifying that thing, unless the user has the need', () => {
		expect(request('o módulo de atendente não deixa anexar PDF, é limitação do plano?')).toBeNull();
		expect(request('¿la pantalla de agente se puede poner en inglés?')).toBeNull();
		expect(request('l\'écran de conseiller reste blanc sur Safari')).toBeNull();
		expect(request("j'ai besoin de conseiller, ma box ne marche plus")).not.toBeNull();
		expect(request('preciso de atendente, o pedido veio trocado')).not.toBeNull();
		expect(request('opção de atendente por favor')).not.toBeNull();
	});
});
