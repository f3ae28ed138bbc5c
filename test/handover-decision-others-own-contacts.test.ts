import { request } from './helpers/decision';

describe("someone else's wish that they will act on themselves", () => {
	it('reads a third person\'s want followed by their own contact ("nanti dia chat sendiri") as passed on', () => {
		expect(request('suami saya mau ngomong sama CS toko, nanti dia chat sendiri dari HP-nya')).toBeNull();
		expect(request('adik saya pengen ditelepon balik sama CS, tapi nanti dia hubungi sendiri aja')).toBeNull();
		expect(request('ibu saya mau bicara dengan petugas bank, nanti beliau telepon sendiri dari rumah')).toBeNull();
		expect(request('istri saya pengen ngobrol sama admin. Nanti dia chat sendiri ya')).toBeNull();
	});

	it('keeps the request when the pronoun is the person asked for, or nobody says they will do it themselves', () => {
		expect(request('saya mau ngomong sama CS, nanti dia sendiri yang jelasin')).not.toBeNull();
		expect(request('tolong sambungkan ke teknisi, biar dia sendiri yang cek')).not.toBeNull();
		expect(request('ibu saya mau bicara dengan petugas bank, tolong hubungi beliau sekarang')).not.toBeNull();
		expect(request('mau ngomong sama CS dong, bot-nya gak ngerti')).not.toBeNull();
	});

	it('reads an English or Danish third person\'s own contact after their want ("but he\'ll ring you himself", "men de ringer selv") as passed on', () => {
		expect(request("My husband wants to speak to someone about the solar panels, but he'll ring you himself on Friday.")).toBeNull();
		expect(request('My mum wants to talk to a case handler about the claim, she said she will phone you herself after lunch.')).toBeNull();
		expect(request('Min mor vil gerne tale med en rådgiver om regningen, men hun ringer selv i morgen.')).toBeNull();
		expect(request('Min far ønsker at tale med bedemanden om blomsterne, men han kontakter jer selv på torsdag.')).toBeNull();
	});

	it('keeps the English or Danish request of the user, or one the other person cannot make themselves', () => {
		expect(request("My dad wants to talk to someone about the boiler today, he can't manage it himself.")).not.toBeNull();
		expect(request('Jeg vil have en tekniker ud til varmepumpen, men han må selv tage stigen med.')).not.toBeNull();
		expect(request('My husband wants to speak to a manager about the cancelled pitch, please put him through.')).not.toBeNull();
	});
});

describe("someone else's wish that they will act on themselves, in French", () => {
	it('reads the subject pronoun, not the one of "lui-même"/"elle-même", as the one who will act ("il vous appellera lui-même")', () => {
		expect(request('mon frère voudrait parler à un vendeur avant de commander, il vous appellera lui-même demain')).toBeNull();
		expect(request('ma mère veut parler au gérant de la boulangerie pour la commande, elle vous écrira elle-même ce soir')).toBeNull();
		expect(request('Mon mari préfère parler à un conseiller, mais il passera lui-même à l\'agence samedi.')).toBeNull();
	});

	it('keeps the request when the other person cannot do it, or the want is the user\'s', () => {
		expect(request("mon père veut parler à un conseiller, il ne peut pas appeler lui-même")).not.toBeNull();
		expect(request('je veux parler au gérant de la boutique, il doit le savoir lui-même')).not.toBeNull();
		expect(request('ma mère veut parler au gérant pour la commande, pouvez-vous la rappeler ?')).not.toBeNull();
	});

	it('reads an article "la" after a request on a condition as no word for now ("… pour la commande")', () => {
		expect(request('si la livraison échoue encore demain, je veux parler au gérant pour la commande')).toBeNull();
		expect(request('si la livraison échoue encore demain, je veux parler au gérant là')).not.toBeNull();
	});
});
