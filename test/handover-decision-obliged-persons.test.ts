import { request } from './helpers/decision';

describe('a question whether a person has to do something, or the system or the user does it', () => {
	it('reads who has to do the work as no request', () => {
		expect(request('does the app renew the parking permit on its own, or does an employee have to sign it?')).toBeNull();
		expect(request('¿el cambio de titular lo hace el sistema o lo tiene que firmar un asesor?')).toBeNull();
		expect(request('kan jeg selv forlænge lånet i appen, eller skal en medarbejder godkende det?')).toBeNull();
		expect(request('perpanjangan kontraknya otomatis lewat aplikasi atau admin yang harus proses?')).toBeNull();
	});

	it('still reads a person asked for beside an either-or question', () => {
		expect(request('can I talk to an employee now about the parking permit, or do I have to keep using the app?')).not.toBeNull();
		expect(request('quiero hablar con un asesor sobre el cambio de titular, ¿o lo hago yo en el sistema?')).not.toBeNull();
		expect(request('an employee has to sign the parking permit, put me through to one now please')).not.toBeNull();
	});
});
