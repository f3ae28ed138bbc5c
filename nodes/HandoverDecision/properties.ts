import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../shared/descriptions';

/** Where an empty Message reads the user's text: our triggers, n8n's Chat Trigger, then n8n's Webhook node. */
export const MESSAGE_FIELDS = ['text', 'chatInput', 'message', 'body.text', 'body.message'];
export const CONFIDENCE_FIELDS = ['confidence', 'body.confidence'];

const languages = [
	{ name: 'Auto-Detect (All Eight Languages)', value: 'auto' },
	{ name: 'Danish', value: 'da' },
	{ name: 'English', value: 'en' },
	{ name: 'French', value: 'fr' },
	{ name: 'German', value: 'de' },
	{ name: 'Indonesian', value: 'id' },
	{ name: 'Portuguese', value: 'pt' },
	{ name: 'Spanish', value: 'es' },
	{ name: 'Swahili', value: 'sw' },
];

export const handoverDecisionProperties: INodeProperties[] = [
	{
		displayName: 'Message',
		name: 'text',
		type: 'string',
		default: '',
		placeholder: 'e.g. {{ $json.body.text }}',
		description: `The user's message. Leave empty to read the first field the item has of: ${MESSAGE_FIELDS.join(', ')} (this package's triggers, n8n's Chat Trigger, n8n's Webhook node). No message matches no phrase, and the output says so.`,
	},
	{
		displayName: 'Confidence',
		name: 'confidence',
		type: 'string',
		default: '',
		placeholder: 'e.g. {{ $json.body.confidence }}',
		description: `The bot's confidence in its answer: 0–1 (0.52), 0–100 (52) or a percentage ("52%"). Leave empty to read ${CONFIDENCE_FIELDS.join(' or ')}. Missing means the Low Confidence rule does not apply.`,
	},
	{
		displayName: 'Low Confidence',
		name: 'lowConfidence',
		type: 'boolean',
		default: true,
		description: 'Whether to hand over when the confidence is below the threshold. Reason: "Low Confidence - 52%".',
	},
	{
		displayName: 'Confidence Threshold (%)',
		name: 'threshold',
		type: 'number',
		default: 60,
		typeOptions: { minValue: 0, maxValue: 100, numberPrecision: 1 },
		description:
			'A confidence below it is low (also used by Repeated Failure). In percent, 0–100; an expression may also give "60%" or a fraction like 0.6.',
	},
	{
		displayName: 'User Asks for a Human',
		name: 'userRequest',
		type: 'boolean',
		default: true,
		description:
			'Whether to hand over when the user asks for a person ("talk to a human", "put me through to sales", "I\'d like a word with Maria"), in 8 languages, ignoring case, accents, punctuation and small typos. Questions like "are you a real person?" or "does your bot support live agents?" are not requests.',
	},
	{
		displayName: 'Offer a Person Output',
		name: 'offerPerson',
		type: 'boolean',
		default: false,
		displayOptions: { show: { userRequest: [true] } },
		description:
			'Whether to add a third output, Offer a Person, for messages that may be asking for one ("customer service?", "how do I contact support?"), so the bot can ask first. Off: they stay with the bot, with handover.strength "ambiguous".',
	},
	{
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: languages,
		default: 'auto',
		description: 'Which phrase pack to match. Auto-Detect matches all eight and reports the language it detects.',
	},
	{
		displayName: 'Also Match English',
		name: 'includeEnglish',
		type: 'boolean',
		default: true,
		displayOptions: { hide: { language: ['auto', 'en'] } },
		description: 'Whether to match the English phrases too; chats everywhere borrow "agent", "customer care" and "support"',
	},
	{
		displayName: 'Extra Phrases',
		name: 'extraPhrases',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		placeholder: 'e.g. talk to Amina, escalate * ticket',
		displayOptions: { show: { userRequest: [true] } },
		description: 'Your own phrases that ask for a person, separated by commas or lines. Whole words; * is any one word.',
	},
	{
		displayName: 'Extra Exclusions',
		name: 'extraExclusions',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		placeholder: 'e.g. agent portal, support bundle',
		displayOptions: { show: { userRequest: [true] } },
		description: 'Phrases that contain a request word but are not a request, separated by commas or lines',
	},
	{
		displayName: 'Repeated Failure',
		name: 'repeatedFailure',
		type: 'boolean',
		default: false,
		description: 'Whether to hand over when the last turns of the history were all below the confidence threshold',
	},
	{
		displayName: 'History',
		name: 'history',
		type: 'string',
		default: '={{ $json.history }}',
		displayOptions: { show: { repeatedFailure: [true] } },
		description: 'Earlier turns, oldest first: an array like [{"text": "…", "confidence": 0.4}] (or that array as JSON text)',
	},
	{
		displayName: 'Turns',
		name: 'failureTurns',
		type: 'number',
		default: 3,
		typeOptions: { minValue: 1 },
		displayOptions: { show: { repeatedFailure: [true] } },
		description: 'How many of the last turns must all be below the threshold',
	},
	{
		displayName: 'Frustration',
		name: 'frustration',
		type: 'boolean',
		default: false,
		description:
			'Whether to hand over when the user sounds frustrated: phrases like "this is useless" in the eight languages, shouting in capitals, or "!!!" / "???"',
	},
	{
		displayName: 'Business Hours',
		name: 'businessHours',
		type: 'boolean',
		default: false,
		description:
			'Whether to check opening hours. Outside them an item still goes where the other rules send it, with handover.afterHours true (e.g. to open a ticket instead of a live chat).',
	},
	{
		displayName: 'Timezone Name or ID',
		name: 'timezone',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTimezones' },
		default: '',
		displayOptions: { show: { businessHours: [true] } },
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: "The opening hours' time zone (first entry: the workflow's). An expression gives an IANA name like Africa/Nairobi.",
	},
	{
		displayName: 'Opening Hours',
		name: 'openingHours',
		type: 'string',
		default: 'Mon-Fri 09:00-17:00',
		placeholder: 'e.g. Mon-Fri 08:00-17:00; Sat 09:00-13:00',
		displayOptions: { show: { businessHours: [true] } },
		description: 'Days and times, groups separated by ; or commas. A range past midnight (22:00-02:00) runs into the next day.',
	},
	{
		displayName: 'Holidays',
		name: 'holidays',
		type: 'string',
		default: '',
		placeholder: 'e.g. 12-25, 12-26, 2026-04-03',
		displayOptions: { show: { businessHours: [true] } },
		description: 'Closed days: YYYY-MM-DD once, MM-DD every year; separated by commas or spaces',
	},
	{
		displayName: 'Message Time',
		name: 'time',
		type: 'string',
		default: '',
		placeholder: 'e.g. {{ $json.timestamp }}',
		displayOptions: { show: { businessHours: [true] } },
		description: 'When the message arrived (ISO date or timestamp). Empty: now.',
	},
	optionsCollection([
		{
			displayName: 'Confidence That Is Not a Number',
			name: 'invalidConfidence',
			type: 'options',
			options: [
				{ name: 'Error', value: 'error', description: 'Stop with an error naming the item' },
				{ name: 'Treat as Missing', value: 'missing', description: 'Skip the Low Confidence rule for that item' },
			],
			default: 'error',
			description: 'What to do with a confidence like "high"',
		},
		{
			displayName: 'Learned Second Opinion',
			name: 'learnedScorer',
			type: 'boolean',
			default: true,
			description:
				'Whether a model learned from labelled chat messages may overrule the phrase grammar where it is very sure: a request its words make very unlikely becomes an offer, and a message its words make very likely asking for a person becomes a request (never past a negation like "I don\'t need a human"). Used with Language Auto-Detect and no extra phrases or exclusions, where it was measured.',
		},
	]),
];
