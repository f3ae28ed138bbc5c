/**
 * The phrase trie, built with maps and objects while compiling (see grammar.ts), then flattened into typed arrays:
 * walking it at match time reads numbers that sit next to each other instead of chasing objects across the heap.
 */
import type { Hits } from './scratch';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary } from './text';
// Read once: an imported const compiles to a property read at every use, in loops run per hit.
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;

/** One phrase ending at a trie node: its kind (frames.ts), its languages and, for "support", its verb test. */
export interface Entry {
	kind: number;
	langs: number;
	verbSense: unknown;
}

/** A trie node while compiling. Words are numbered, so the trie compares numbers, not strings. */
export interface TrieNode {
	next: Map<number, TrieNode> | null;
	any: TrieNode | null;
	entries: Entry[] | null;
}

export function emptyNode(): TrieNode {
	return { next: null, any: null, entries: null };
}

/** Nodes are numbered depth first; by node, its entries are entryFrom[n]..entryFrom[n+1] and its children likewise. */
export class FlatTrie {
	/** By word number: the node of the phrases the word starts, or -1. */
	readonly rootOf: Int32Array;
	readonly entryFrom: Int32Array;
	readonly childFrom: Int32Array;
	/** The next words' numbers of each node in ascending order, and their nodes in the same order. */
	readonly childKey: Int32Array;
	readonly childNode: Int32Array;
	/** By node: the node after any one word ("escalate * ticket"), or -1. */
	readonly anyOf: Int32Array;
	/** By entry. */
	readonly kind: Int32Array;
	readonly langs: Int32Array;
	readonly verbSense: unknown[];
	/** By entry: 1 when it has a verb sense, so collecting hits never reads the objects. */
	readonly verbal: Uint8Array;

	constructor(roots: ReadonlyArray<TrieNode | null>) {
		const nodes: TrieNode[] = [];
		const number = new Map<TrieNode, number>();
		const visit = (node: TrieNode) => {
			number.set(node, nodes.length);
			nodes.push(node);
			if (node.next !== null) for (const id of sortedKeys(node)) visit(node.next.get(id)!);
			if (node.any !== null) visit(node.any);
		};
		for (const root of roots) if (root !== null) visit(root);
		this.rootOf = Int32Array.from(roots, (root) => (root === null ? -1 : number.get(root)!));
		this.entryFrom = new Int32Array(nodes.length + 1);
		this.childFrom = new Int32Array(nodes.length + 1);
		this.anyOf = Int32Array.from(nodes, (node) => (node.any === null ? -1 : number.get(node.any)!));
		const entries: Entry[] = [];
		const keys: number[] = [];
		const children: number[] = [];
		nodes.forEach((node, n) => {
			this.entryFrom[n] = entries.length;
			entries.push(...(node.entries ?? []));
			this.childFrom[n] = keys.length;
			if (node.next === null) return;
			for (const id of sortedKeys(node)) {
				keys.push(id);
				children.push(number.get(node.next.get(id)!)!);
			}
		});
		this.entryFrom[nodes.length] = entries.length;
		this.childFrom[nodes.length] = keys.length;
		this.childKey = Int32Array.from(keys);
		this.childNode = Int32Array.from(children);
		this.kind = Int32Array.from(entries, (entry) => entry.kind);
		this.langs = Int32Array.from(entries, (entry) => entry.langs);
		this.verbSense = entries.map((entry) => entry.verbSense ?? null);
		this.verbal = Uint8Array.from(entries, (entry) => (entry.verbSense == null ? 0 : 1));
	}

	/** The node after `node` for word `id`, or -1. */
	childOf(node: number, id: number): number {
		const keys = this.childKey;
		let low = this.childFrom[node];
		let high = this.childFrom[node + 1] - 1;
		while (high - low > 4) {
			const middle = (low + high) >> 1;
			const key = keys[middle];
			if (key === id) return this.childNode[middle];
			if (key < id) low = middle + 1;
			else high = middle - 1;
		}
		for (let k = low; k <= high; k++) if (keys[k] === id) return this.childNode[k];
		return -1;
	}

	/**
	 * Adds the phrases of `node` and of its descendants that match from word `end` on, in depth-first order
	 * (a node's entries, its child's, then its "any one word" branch).
	 */
	collect(node: number, ids: Int32Array, count: number, start: number, end: number, hits: Hits) {
		for (;;) {
			for (let e = this.entryFrom[node], last = this.entryFrom[node + 1]; e < last; e++) {
				hits.push(start, end, e, this.kind[e], this.verbal[e] === 1);
			}
			if (end >= count) return;
			const id = ids[end];
			if (id === SENTENCE_BOUNDARY || id === COMMA_BOUNDARY) return;
			const child = id >= 0 ? this.childOf(node, id) : -1;
			const any = this.anyOf[node];
			end++;
			if (any < 0) {
				if (child < 0) return;
				node = child;
			} else {
				if (child >= 0) this.collect(child, ids, count, start, end, hits);
				node = any;
			}
		}
	}
}

function sortedKeys(node: TrieNode): number[] {
	return [...node.next!.keys()].sort((a, b) => a - b);
}
