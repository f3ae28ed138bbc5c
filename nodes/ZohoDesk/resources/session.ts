import type { IExecuteFunctions } from 'n8n-workflow';

import type { SessionMarker } from '../sessionMarker';
import { markerField } from '../sessionMarker';

export function sessionMarkerOf(ctx: IExecuteFunctions, itemIndex: number): SessionMarker {
	const kind = ctx.getNodeParameter('sessionMarker', itemIndex, 'customField') as SessionMarker['kind'];
	return { kind, field: markerField(ctx.getNodeParameter('sessionField', itemIndex, '')) };
}
