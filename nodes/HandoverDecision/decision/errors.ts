/** A value the decision cannot use. `field` is the parameter's display name, so the node can say which one to fix. */
export class DecisionInputError extends Error {
	constructor(
		readonly field: string,
		readonly problem: string,
	) {
		super(`${field} ${problem}`);
		this.name = 'DecisionInputError';
	}
}
