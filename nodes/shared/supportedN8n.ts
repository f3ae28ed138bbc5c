import { NodeConnectionTypes } from 'n8n-workflow';

/**
 * Imported first by every node: on an n8n older than 1.85 (n8n-workflow before 1.83 has no NodeConnectionTypes)
 * the node would otherwise fail to load with "Cannot read properties of undefined (reading 'Main')".
 */
if (NodeConnectionTypes === undefined) {
	throw new Error('n8n-nodes-handover needs n8n 1.85 or newer (n8n-workflow 1.83 or newer); update n8n to use it.');
}
