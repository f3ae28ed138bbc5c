import '../shared/supportedN8n';
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	IPairedItemData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { parameterError } from '../shared/errors';
import { DecisionInputError, HandoverRules, plainConstructor } from './decision';
import { itemValue } from './itemValue';
import type { DecisionSettings, HandoverDecision as Decision } from './decision';
import { CONFIDENCE_FIELDS, handoverDecisionProperties, MESSAGE_FIELDS } from './properties';
import { getTimezones } from './timezones';

function readSettings(ctx: IExecuteFunctions, itemIndex: number): DecisionSettings {
	const get = (name: string, fallback: unknown) => ctx.getNodeParameter(name, itemIndex, fallback) as unknown;
	const options = get('options', {}) as IDataObject;
	const userRequest = get('userRequest', true) as boolean;
	const repeatedFailure = get('repeatedFailure', false) as boolean;
	const businessHours = get('businessHours', false) as boolean;
	const language = get('language', 'auto') as DecisionSettings['language'];
	return {
		lowConfidence: get('lowConfidence', true) as boolean,
		threshold: get('threshold', 60),
		userRequest,
		language,
		includeEnglish: language === 'auto' || language === 'en' ? true : (get('includeEnglish', true) as boolean),
		extraPhrases: userRequest ? String(get('extraPhrases', '') ?? '') : '',
		extraExclusions: userRequest ? String(get('extraExclusions', '') ?? '') : '',
		repeatedFailure,
		failureTurns: repeatedFailure ? (get('failureTurns', 3) as number) : 3,
		frustration: get('frustration', false) as boolean,
		businessHours,
		timezone: businessHours ? String(get('timezone', '') || ctx.getTimezone()) : '',
		openingHours: businessHours ? String(get('openingHours', '') ?? '') : '',
		holidays: businessHours ? String(get('holidays', '') ?? '') : '',
		invalidConfidence: options.invalidConfidence === 'missing' ? 'missing' : 'error',
		// off when switched off; on, the matcher consults it only where it was measured (see MatcherOptions)
		learnedScorer: options.learnedScorer === false ? false : undefined,
	};
}

const CONFIG_PARAMETERS = [
	'lowConfidence',
	'threshold',
	'userRequest',
	'language',
	'includeEnglish',
	'extraPhrases',
	'extraExclusions',
	'repeatedFailure',
	'failureTurns',
	'frustration',
	'businessHours',
	'timezone',
	'openingHours',
	'holidays',
	'options',
];

/**
 * Reads the rule settings per item only when one of them is an expression; otherwise once, so that the rules
 * are compiled once and items cost no more than reading the message and the confidence.
 */
function settingsReader(ctx: IExecuteFunctions): (itemIndex: number) => DecisionSettings {
	const raw = ctx.getNode().parameters;
	const perItem = CONFIG_PARAMETERS.some((name) => JSON.stringify(raw[name] ?? null).includes('"='));
	if (perItem) return (itemIndex) => readSettings(ctx, itemIndex);
	let settings: DecisionSettings | undefined;
	return (itemIndex) => (settings ??= readSettings(ctx, itemIndex));
}

/** Every item's output keeps its paired item: see plainConstructor. */
const PairedItem = plainConstructor(function (this: IPairedItemData, item: number) {
	this.item = item;
});

const NO_MESSAGE = `No message to read, so no phrase could match. Set Message to the field with the user's text (empty reads the first of ${MESSAGE_FIELDS.join(', ')}).`;

/** What an item carries when it cannot be judged and Continue On Fail is on: it goes to a person. */
function undecided(message: string): Decision & { error: string } {
	const reason = `Could not decide: ${message}`;
	return {
		decision: true,
		reason,
		reasons: [reason],
		confidence: null,
		matchedPhrase: null,
		strength: 'explicit',
		offerPhrase: null,
		identityQuestion: false,
		language: null,
		afterHours: false,
		error: message,
	};
}

export class HandoverDecision implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Handover Decision',
		name: 'handoverDecision',
		icon: { light: 'file:handoverDecision.svg', dark: 'file:handoverDecision.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{"Hand over below " + $parameter["threshold"] + "% confidence or when asked"}}',
		description:
			'Decide whether a chat should go to a human: low bot confidence, the user asking for a person (8 languages), repeated failure, frustration',
		defaults: { name: 'Handover Decision' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		// Offer a Person is the third output so that the first two keep their indexes in saved workflows.
		outputs: `={{[{"type":"${NodeConnectionTypes.Main}","displayName":"Hand Over"},{"type":"${NodeConnectionTypes.Main}","displayName":"Stay with Bot"}].concat($parameter["offerPerson"] ? [{"type":"${NodeConnectionTypes.Main}","displayName":"Offer a Person"}] : [])}}`,
		properties: handoverDecisionProperties,
	};

	methods = { loadOptions: { getTimezones } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const handOver: INodeExecutionData[] = [];
		const stayWithBot: INodeExecutionData[] = [];
		const offerPerson: INodeExecutionData[] = [];
		const offering = this.getNodeParameter('offerPerson', 0, false) as boolean;
		// Compiled once per execution for each distinct configuration (usually one), never per item.
		const compiled = new Map<string, HandoverRules>();
		const settingsOf = settingsReader(this);
		const textOf = itemValue(this, items, 'text', '', MESSAGE_FIELDS);
		const confidenceOf = itemValue(this, items, 'confidence', '', CONFIDENCE_FIELDS);
		const withoutMessage: number[] = [];
		const historyOf = itemValue(this, items, 'history', undefined);
		const timeOf = itemValue(this, items, 'time', '');
		let lastSettings: DecisionSettings | undefined;
		let rules: HandoverRules | undefined;
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			const item = items[itemIndex];
			try {
				const settings = settingsOf(itemIndex);
				if (settings !== lastSettings || rules === undefined) {
					const key = JSON.stringify(settings);
					rules = compiled.get(key) ?? new HandoverRules(settings);
					compiled.set(key, rules);
					lastSettings = settings;
				}
				const text = textOf(itemIndex);
				const decided = rules.decide({
					text,
					confidence: confidenceOf(itemIndex),
					history: settings.repeatedFailure ? historyOf(itemIndex) : undefined,
					time: settings.businessHours ? timeOf(itemIndex) : undefined,
				});
				const noMessage = text === undefined || text === null || text === '';
				if (noMessage) withoutMessage.push(itemIndex);
				const handover = noMessage ? { ...decided, warning: NO_MESSAGE } : decided;
				const output = handover.decision ? handOver : offering && handover.strength === 'ambiguous' ? offerPerson : stayWithBot;
				output.push({ ...item, json: { ...item.json, handover }, pairedItem: new PairedItem(itemIndex) });
			} catch (error) {
				const nodeError =
					error instanceof DecisionInputError
						? parameterError(this.getNode(), itemIndex, error.field, error.problem)
						: error instanceof NodeOperationError
							? error
							: new NodeOperationError(this.getNode(), error as Error, { itemIndex });
				if (!this.continueOnFail()) throw nodeError;
				handOver.push({
					...item,
					json: { ...item.json, handover: undecided(nodeError.message) },
					pairedItem: { item: itemIndex },
				});
			}
		}
		if (withoutMessage.length) {
			this.addExecutionHints({
				message: `${withoutMessage.length} of ${items.length} item(s) had no message (first: item ${withoutMessage[0]}). ${NO_MESSAGE}`,
				location: 'outputPane',
			});
		}
		return offering ? [handOver, stayWithBot, offerPerson] : [handOver, stayWithBot];
	}
}
