import { request } from './helpers/decision';

describe('business roles asked for by name of role (issue 12)', () => {
	it('reads a technician or a person asked whether they are on duty or online now', () => {
		expect(request('hay algún técnico de guardia ahora mismo? la máquina echa chispas')).not.toBeNull();
		expect(request('tem algum técnico de plantão agora?')).not.toBeNull();
		expect(request("y a-t-il un technicien d'astreinte ?")).not.toBeNull();
		expect(request('har I en tekniker på vagt lige nu?')).not.toBeNull();
		expect(request('er der en rådgiver ledig nu?')).not.toBeNull();
		expect(request('is there an engineer on duty right now?')).not.toBeNull();
		expect(request('kuna fundi yeyote kwenye zamu sasa hivi?')).not.toBeNull();
		expect(request('gibt es einen Techniker in Bereitschaft?')).not.toBeNull();
		expect(request('ist gerade ein Techniker erreichbar?')).not.toBeNull();
		expect(request('is an engineer available now?')).not.toBeNull();
		expect(request('any technician online now?')).not.toBeNull();
	});

	it('reads none when the question is about when they are on duty, or reports one', () => {
		expect(request('hay técnico de guardia los fines de semana?')).toBeNull();
		expect(request('is there a technician on duty on public holidays?')).toBeNull();
		expect(request('había un técnico de guardia anoche y no vino')).toBeNull();
		expect(request("y a un technicien d'astreinte le dimanche ?")).toBeNull();
		expect(request('har I en tekniker på vagt i weekenden?')).toBeNull();
		expect(request('tem técnico de plantão aos domingos?')).toBeNull();
		expect(request('kuna fundi online kila jumamosi?')).toBeNull();
		expect(request('gibts Mensch ärgere dich nicht online?')).toBeNull();
		expect(request('why is the technician not available?')).toBeNull();
		expect(request('warum ist der Techniker nicht erreichbar?')).toBeNull();
		expect(request('is the manager available on weekends?')).toBeNull();
	});

	it('reads developers, sales reps, account managers and consultants asked for', () => {
		expect(request('need one of your devs on a call asap, the sync is dropping orders')).not.toBeNull();
		expect(request('can I talk to one of your developers about the API limits?')).not.toBeNull();
		expect(request('id like to talk to your success manager')).not.toBeNull();
		expect(request('me podéis pasar con el comercial de mi zona?')).not.toBeNull();
		expect(request('podrías transferirme con un técnico de soporte?')).not.toBeNull();
		expect(request('consegue me passar pro meu gerente de contas?')).not.toBeNull();
		expect(request('quero falar com um desenvolvedor, a integração caiu')).not.toBeNull();
		expect(request('merci de me mettre en contact avec notre consultante')).not.toBeNull();
		expect(request('je voudrais parler à un développeur')).not.toBeNull();
		expect(request('kann ich mit einem Entwickler sprechen?')).not.toBeNull();
		expect(request('kan jeg snakke med en af jeres udviklere?')).not.toBeNull();
		expect(request('tolong hubungkan saya dengan konsultan implementasi')).not.toBeNull();
		expect(request('naomba kuongea na mshauri wenu')).not.toBeNull();
		expect(request('Pouvez-vous me transférer au service technique ?')).not.toBeNull();
		expect(request('niunganishe na timu ya kiufundi tafadhali')).not.toBeNull();
	});

	it('reads none for the roles talked about, the user\'s own trade, a job offered or a thing named after a role', () => {
		expect(request('our developer says the API returns 401, which scope does it need?')).toBeNull();
		expect(request('where are the developer docs?')).toBeNull();
		expect(request('how do I turn on dev mode?')).toBeNull();
		expect(request('soy técnico de soporte y quiero saber cómo funciona vuestro bot')).toBeNull();
		expect(request('¿qué hace un técnico de soporte en su empresa?')).toBeNull();
		expect(request('¿abren en horario comercial los sábados?')).toBeNull();
		expect(request('quiero una licencia comercial para mi bar')).toBeNull();
		expect(request('buscamos un comercial para la zona norte, ¿puedo publicar la oferta?')).toBeNull();
		expect(request("we're hiring a sales rep, can we post the job here?")).toBeNull();
		expect(request('notre consultante a dit que le contrat était prêt')).toBeNull();
		expect(request('unser Entwickler fragt, ob die API Webhooks schickt')).toBeNull();
		expect(request('jeg er udvikler og bygger en chatbot til en klinik')).toBeNull();
		expect(request('meu gerente de contas me ligou ontem e resolveu tudo')).toBeNull();
		expect(request('the technician who came yesterday left a mess')).toBeNull();
		expect(request('mimi ni developer, natengeneza app ya muziki')).toBeNull();
	});

	it('reads a role after the nouns of where they work in a want verb\'s slot when it ends the clause', () => {
		expect(request('get me the exhibitor services lead, our booth has no power')).not.toBeNull();
		expect(request('i need the club manager')).not.toBeNull();
		expect(request('Können Sie mich bitte mit unserem Key Account Manager verbinden?')).not.toBeNull();
		expect(request('I need the club manager dashboard')).toBeNull();
		expect(request('we need the sales manager role for two users, how?')).toBeNull();
		expect(request('your club manager was great.')).toBeNull();
		expect(request('the night shift supervisor said the dock opens at 6')).toBeNull();
	});
});
