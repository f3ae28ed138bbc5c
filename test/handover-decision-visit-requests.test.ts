import { request } from './helpers/decision';

describe('a technician asked to come, sent or booked for a visit', () => {
	it('reads a send or come verb with a technician, a fitter or someone as asking for a person', () => {
		expect(request('The heater stopped overnight, can you send an engineer this afternoon?')).not.toBeNull();
		expect(request('the dryer smells of smoke, could a technician come round today?')).not.toBeNull();
		expect(request('se quemó la placa del horno, mándenme un técnico mañana')).not.toBeNull();
		expect(request('la bomba de agua no arranca, necesito que venga un técnico esta semana')).not.toBeNull();
		expect(request('o chuveiro queimou de novo, vocês podem mandar um técnico na segunda?')).not.toBeNull();
		expect(request('le frigo ne refroidit plus, pouvez-vous envoyer un technicien jeudi ?')).not.toBeNull();
		expect(request('Der Backofen heizt nicht mehr, bitte schicken Sie einen Monteur vorbei.')).not.toBeNull();
		expect(request('Der Trockner piept dauernd, ich möchte dass ein Techniker vorbeikommt.')).not.toBeNull();
		expect(request('tørretumbleren larmer, send venligst en tekniker på torsdag')).not.toBeNull();
		expect(request('pompa air mati, mohon dikirimkan teknisi besok')).not.toBeNull();
		expect(request('jiko la gesi halifanyi kazi, tumeni fundi kesho tafadhali')).not.toBeNull();
	});

	it('reads a technical or service visit booked or pleaded for as asking for a person', () => {
		expect(request('the dishwasher leaks, please book a service visit for Monday')).not.toBeNull();
		expect(request('el extractor hace ruido, pueden agendar una visita técnica?')).not.toBeNull();
		expect(request('a torneira elétrica parou, agendem uma visita técnica por favor')).not.toBeNull();
		expect(request('Bitte um einen Servicetermin für die Spülmaschine nächste Woche.')).not.toBeNull();
		expect(request('jeg vil gerne bestille et teknikerbesøg til opvaskeren')).not.toBeNull();
		expect(request('kompor listrik mati, tolong jadwalkan kunjungan teknisi hari Senin')).not.toBeNull();
	});

	it('reads past visits, prices, whether visits exist, the user\'s own technician, conditions and sent things as no request', () => {
		expect(request('the technician you sent on Monday did not fix the heater')).toBeNull();
		expect(request('how much does a service visit cost on a Sunday?')).toBeNull();
		expect(request('do you send technicians to the islands?')).toBeNull();
		expect(request('my electrician will come on Thursday, I only need the wiring diagram')).toBeNull();
		expect(request('el técnico que mandaron ayer no cambió la pieza')).toBeNull();
		expect(request('Der Techniker war schon da und hat das Gerät getauscht.')).toBeNull();
		expect(request('der Techniker kommt morgen um neun')).toBeNull();
		expect(request('can I send the old router to another person?')).toBeNull();
		expect(request('bisa kirim paket ke orang lain?')).toBeNull();
		expect(request('nataka kujua ziara ya fundi inagharimu ngapi')).toBeNull();
	});

	it('reads someone an asker opens, with its come or send verb after it, as asking for a person', () => {
		expect(request('the gate motor is stuck half open, can somebody come and have a look this evening?')).not.toBeNull();
		expect(request('Die Garagentür klemmt, kann bitte jemand heute noch vorbeikommen?')).not.toBeNull();
		expect(request('pampu ya maji imekufa, naomba mtu aje aiangalie kesho asubuhi')).not.toBeNull();
		expect(request('somebody can come on Friday if the part arrives')).toBeNull();
		expect(request('nobody came on Friday and the gate is still stuck')).toBeNull();
	});

	it('reads a mechanic or a tow truck sent out to the user as asking for a person', () => {
		expect(request('the car died on the slip road, please send a recovery truck out to me')).not.toBeNull();
		expect(request('el coche no arranca en el parking del hospital, pueden mandar un mecánico?')).not.toBeNull();
		expect(request('o pneu furou e não tenho estepe, mandem um guincho pra Rodovia dos Bandeirantes')).not.toBeNull();
		expect(request('Der Motor qualmt, könnt ihr einen Abschleppwagen zur Raststätte schicken?')).not.toBeNull();
		expect(request('the mechanic you sent on Tuesday fixed the starter, thanks')).toBeNull();
		expect(request('do you send mechanics out on bank holidays?')).toBeNull();
	});

	it('leaves a visit taken back or refused as no request', () => {
		expect(request("I don't need you to send a technician, it works again")).toBeNull();
		expect(request('send an engineer please. actually never mind, it works now')).toBeNull();
	});
});

describe('a repairman wanted for a job, then asked to come', () => {
	it('reads a want of a technician word that goes on to a visit verb as asking for a person', () => {
		expect(request('geti la nyuma halifungi, naomba fundi aje leo mchana')).not.toBeNull();
		expect(request('nahitaji fundi wenu aje kesho, jiko la umeme linatoa cheche')).not.toBeNull();
		expect(request('nataka fundi aje haraka, maji yamejaa bafuni')).not.toBeNull();
	});

	it('leaves a technician wanted for a job with no visit verb, or a visit reported, as no request', () => {
		expect(request('nahitaji fundi wa kupaka rangi nyumba yangu, mnapendekeza nani?')).toBeNull();
		expect(request('naomba fundi wa kutengeneza viatu, mko wapi mjini?')).toBeNull();
		expect(request('fundi alikuja juzi na sasa geti linafunga vizuri')).toBeNull();
	});
});

describe('a day or time between the asker and the person asked to come', () => {
	it('reads the visit as asked for with a time word after the modal', () => {
		expect(request('Kann morgen jemand vorbeikommen und sich den Boiler anschauen?')).not.toBeNull();
		expect(request('Könnte jetzt jemand vorbeikommen? Im Keller steht Wasser.')).not.toBeNull();
		expect(request('Kann Montag jemand vorbeikommen, der Rollladen hängt fest?')).not.toBeNull();
	});

	it('leaves a visit asked about for someone else, or with no asker, as no request', () => {
		expect(request('Mein Nachbar fragt, ob morgen jemand vorbeikommen kann.')).toBeNull();
		expect(request('Morgen jemand vorbeikommen ist schwierig, ich bin die ganze Woche auf Montage.')).toBeNull();
	});
});

describe('a German visit verb closing its clause, asked by the modal that opens it', () => {
	it('reads the person inside the verb bracket as asked to come, however many words of time stand before them', () => {
		expect(request('Die Kreissäge im Sägewerk läuft unrund. Könnt ihr bitte übernächste Woche wieder jemanden vorbeischicken?')).not.toBeNull();
		expect(request('Könnten Sie bitte am Donnerstag früh jemanden vorbeischicken?')).not.toBeNull();
	});

	it('leaves the user sending someone, and a verb the clause goes on past, as no request', () => {
		expect(request('Kann ich nächste Woche wieder jemanden aus meiner Familie vorbeischicken, der die Urne abholt?')).toBeNull();
		expect(request('Könnt ihr mir sagen, ob nächste Woche wieder jemand vorbeikommen muss?')).toBeNull();
	});
});

describe('the day of a visit asked for', () => {
	it('reads a day a pack cancels as when a team works, after a visit verb near its person, as the day of the visit', () => {
		expect(request('kan I sende en tagdækker i weekenden?')).not.toBeNull();
		expect(request('kan der komme en tekniker ud i weekenden')).not.toBeNull();
	});

	it("still reads the day asked about a team at work, or the user's own person coming, as no request", () => {
		expect(request('arbejder jeres montører også i weekenden?')).toBeNull();
		expect(request("my brother is a qualified locksmith so I'll have him come over at the weekend and sort the lock out himself")).toBeNull();
	});
});
