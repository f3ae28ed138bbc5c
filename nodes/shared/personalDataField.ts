import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parameterError } from './errors';
import type { PersonalDataKind } from './personalData';
import { personalDataKinds } from './personalData';

const LABEL = 'Mask Personal Data';

/** The "Mask Personal Data" field of an operation that sends chat text to a desk; card numbers are on by default. */
export const maskPersonalDataField = (show: Record<string, string[]>): INodeProperties => ({
	displayName: LABEL,
	name: 'maskPersonalData',
	type: 'multiOptions',
	options: [
		{
			name: 'Card Numbers',
			value: 'cards',
			description: '13–19 digits that pass the Luhn check, shown as •••• •••• •••• 1234; order numbers stay',
		},
		{ name: 'Email Addresses', value: 'emails', description: 'Shown as j•••@example.com' },
		{ name: 'Phone Numbers', value: 'phones', description: 'Shown as +2547•••••678; dates and amounts stay' },
	],
	default: ['cards'],
	description: 'Which personal data to hide in the chat text before it leaves for the desk',
	displayOptions: { show },
});

/** The kinds chosen for one item; an unknown one (from an expression) is an error naming the field and the item. */
export function maskingOf(ctx: IExecuteFunctions, itemIndex: number): PersonalDataKind[] {
	const { kinds, unknown } = personalDataKinds(ctx.getNodeParameter('maskPersonalData', itemIndex, ['cards']));
	if (unknown !== undefined) {
		throw parameterError(ctx.getNode(), itemIndex, LABEL, `has an unknown kind "${unknown}": use cards, emails or phones`);
	}
	return kinds;
}
