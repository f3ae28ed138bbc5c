import type { Grammar } from './types';

/** Swahili request frames, targets and the frames that cancel them (see ../frames.ts). */
export const swahiliGrammar: Grammar = {
	talkVerbs: [
		'kuongea na', 'kuzungumza na', 'ongea na', 'zungumza na', 'niongee na', 'nizungumze na', 'kuchat na',
		'uniunganishe na', 'niunganishe na', 'kuniunganisha na', 'unganisha na', 'nihamishie kwa', 'nihamishe kwa', 'nipeleke kwa', 'kuongea',
		'kuzungumza', 'niongee',
		'kunihamisha kwa',
		'niitie', 'niitia', 'mwite', 'kuunganishwa na', 'niunganishwe na',
		'kumweleza', 'nimweleze', 'awasiliane nami',
		'kumpigia', 'naweza kumpigia',
		'kulalamika kwa', 'kupeleka suala hili kwa', 'kupeleka kwa',
	],
	wantVerbs: ['nataka', 'nahitaji', 'naomba', 'nipe', 'ningependa', 'napendelea',
		'niletee', 'nitafutie',
	],
	reachVerbs: ['kumpata', 'kuwasiliana na', 'wasiliana na', 'nawasilianaje na', 'kupiga simu kwa'],
	people: [
		'mtu', 'watu', 'binadamu', 'meneja', 'msimamizi', 'mkuu', 'mhudumu', 'wahudumu', 'wakala', 'ajenti', 'agent',
		'mfanyakazi', 'wafanyakazi', 'afisa', 'mauzo', 'fedha', 'bi', 'bwana', 'mtu halisi',
		'mwenzako',
	],
	departments: ['huduma kwa wateja', 'huduma ya wateja', 'customer care', 'customer service', 'msaada', 'timu ya msaada', 'kituo cha huduma',
		'niwasiliane na nani', 'nimpigie nani',
	],
	fillers: ['wa', 'ya', 'wako', 'wenu', 'halisi', 'kweli', 'kutoka', 'timu', 'idara'],
	urgers: ['tafadhali', 'sasa', 'haraka'],
	cancels: [
		'niliongea', 'nilizungumza', 'tuliongea',
		'kutengeneza', 'kujenga', 'programu', 'mfumo', 'huduma ya kuhamisha', 'kipengele', 'bot yenu', 'bot yako',
		'gharama', 'bei gani', 'bei ya', 'bei yake', 'kinagharimu', 'lugha', 'saa ngapi', 'hufunguliwa', 'rasilimali watu', 'otomatiki',
		'nzuri sana', 'ni nzuri', 'nimepigiwa', 'tayari', 'ninatengeneza', 'natengeneza', 'aliniambia', 'alisema', 'asante kwa msaada', 'wa jana', 'alikuwa', 'kuongeza', 'ulinisaidia',
		'mteja anaweza', 'ameshanisaidia', 'kazi ya', 'tunatengeneza', 'kina msaada', 'wanafungua',
		'analipwa', 'mshahara', 'inarudi',
		'mama yangu', 'baba yangu', 'shukrani', 'walikuwa wazuri', 'tiketi',
		'nazimaje', 'kuzima', 'uhamisho',
		'anayekagua',
		'umeisha',
	],
	identity: [
		'je naongea na', 'naongea na mtu', 'naongea na binadamu',
		'wewe ni binadamu', 'wewe ni mtu', 'wewe ni roboti', 'wewe ni bot', 'wewe ni mashine', 'naongea na bot',
		'naongea na roboti', 'bot au mtu', 'bot au binadamu', 'mtu au bot', 'je wewe ni',
		'naongea na mashine', 'wewe ni ai', 'anayejibu hapa', 'nyuma ya chat',
		'roboti au mtu', 'anayenijibu',
	],
};
