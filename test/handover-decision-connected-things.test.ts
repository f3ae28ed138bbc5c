import { request } from './helpers/decision';

describe('a connect or transfer asked of a device, an account or an app, not of the user', () => {
	it('reads a thing as what the request connects, or where it connects to, as no request', () => {
		expect(request('jam tangan saya bisa disambungkan ke aplikasi?')).toBeNull();
		expect(request('akun saya bisa dihubungkan ke aplikasi gak?')).toBeNull();
		expect(request('printer bisa disambungkan dengan laptop?')).toBeNull();
		expect(request('tolong sambungin speaker ke TV')).toBeNull();
		expect(request('bisa hubungkan ke akun google?')).toBeNull();
		expect(request('kan jeg viderestille opkald til min mobil?')).toBeNull();
		expect(request('kan I viderestille min mail til den nye adresse?')).toBeNull();
		expect(request('dá pra transferir para outra conta?')).toBeNull();
		expect(request('consigo transferir para o app do banco?')).toBeNull();
	});

	it('reads the user put through to a thing, read after the request, as no request', () => {
		expect(request('kan I sende mig videre til appen?')).toBeNull();
		expect(request('verbinde mich mit dem WLAN, geht nicht')).toBeNull();
	});

	it('reads a balance, a link or a plan given to the user by a transfer verb as no request', () => {
		expect(request('transfiéreme los puntos a la cuenta de mi hermana')).toBeNull();
		expect(request('passez-moi le lien de l\'application')).toBeNull();
		expect(request('transférez-moi le ticket sur mon compte')).toBeNull();
		expect(request('me transfere o saldo pra conta da minha mãe')).toBeNull();
		expect(request('me coloca com o plano família no app')).toBeNull();
		expect(request('unganisha na simu yangu mpya')).toBeNull();
		expect(request('me coloca com um atendente')).not.toBeNull();
		expect(request('transfiéreme con un agente')).not.toBeNull();
		expect(request('pásame con alguien, no me deja entrar en la app')).not.toBeNull();
		expect(request('unganisha na wakala wa simu')).not.toBeNull();
	});

	it('keeps the request where a person or team follows, or the thing is only its topic', () => {
		expect(request('bisa disambungkan ke petugas?')).not.toBeNull();
		expect(request('bisa disambungkan ke teknisi tv?')).not.toBeNull();
		expect(request('bisa disambungkan ke bagian servis hp?')).not.toBeNull();
		expect(request('can you connect me with someone about my watch?')).not.toBeNull();
		expect(request('connect me by phone to an agent')).not.toBeNull();
		expect(request('kan I stille mig videre til en medarbejder om min app?')).not.toBeNull();
		expect(request('pode transferir para um atendente?')).not.toBeNull();
		expect(request('hubungkan ke admin, hp saya error')).not.toBeNull();
		expect(request('transfer me to the app team')).not.toBeNull();
		expect(request('connect me to billing')).not.toBeNull();
		expect(request('kan du stille mig videre?')).not.toBeNull();
	});
});
