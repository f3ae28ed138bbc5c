import type { IDataObject } from 'n8n-workflow';

export type HandoverState = 'assigned' | 'alreadyAssigned' | 'queued' | 'unknown';

/**
 * The current server answers `{outcome}`: the assignment engine's RuleResult
 * (https://github.com/chatnationwork/analytics, apps/dashboard-api/src/agent-system/integration.controller.ts,
 * assignment-engine/types.ts and rules/, commit 119db46). `stop` (closed, manual strategy, no agent free) and
 * `error` (closed, and the out-of-office message failed) leave the session unassigned, and assignment.scheduler.ts
 * retries unassigned sessions every 10 s, so both mean queued. `skip`: the contact already has another assigned
 * session.
 */
const OUTCOME_STATES = new Map<string, HandoverState>([
	['assign', 'assigned'],
	['skip', 'alreadyAssigned'],
	['stop', 'queued'],
	['error', 'queued'],
]);

/** docs/api/handover_webhook.md and docs/guides/integrating_bot_builder.md show the session instead. */
const STATUS_STATES = new Map<string, HandoverState>([
	['assigned', 'assigned'],
	['unassigned', 'queued'],
]);

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** One output for both answers ChatNation gives; `raw` keeps the payload as it came. */
export function handoverResult(payload: unknown): IDataObject {
	const data = payload && typeof payload === 'object' && !Array.isArray(payload) ? (payload as IDataObject) : {};
	const outcome = text(data.outcome);
	const status = text(data.status);
	let state: HandoverState = 'unknown';
	if (outcome !== null) state = OUTCOME_STATES.get(outcome) ?? 'unknown';
	else if (status !== null) state = STATUS_STATES.get(status) ?? 'unknown';
	return {
		assigned: state === 'assigned' || state === 'alreadyAssigned',
		state,
		outcome,
		sessionId: text(data.id),
		assignedAgentId: text(data.assignedAgentId),
		assignedTeamId: text(data.assignedTeamId),
		raw: (payload ?? null) as IDataObject[keyof IDataObject],
	};
}
