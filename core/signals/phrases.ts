// Phrase matching over tokens with a token trie. From each position the walk is bounded by the
// longest phrase in the lexicon, so a whole text costs time linear in its tokens.
import { tokenize, type Token } from './tokens.js';

interface Node {
  exact: Map<string, Node>;
  /** Children reached by a word's beginning (`budget*`), keyed by that beginning. */
  prefix: Map<string, Node>;
  prefixLengths: number[];
  /** Any number (`#` in the lexicon). */
  number?: Node;
  /** Tags of the lists whose phrase ends here. */
  tags: string[];
}

function newNode(): Node {
  return { exact: new Map(), prefix: new Map(), prefixLengths: [], tags: [] };
}

export interface Hit {
  tag: string;
  start: number;
  /** Exclusive. */
  end: number;
}

/** Counts the trie steps taken, so tests can show the work is linear without a clock. */
export interface MatchStats {
  steps: number;
  tokens?: number;
}

export class PhraseMatcher {
  private readonly root = newNode();
  private maxDepth = 0;

  /** `lists`: tag → phrases in lexicon notation (see lexicon.ts). */
  constructor(lists: { [tag: string]: readonly string[] }) {
    for (const tag in lists) {
      if (!Object.prototype.hasOwnProperty.call(lists, tag)) continue;
      for (const phrase of lists[tag] ?? []) this.add(tag, phrase);
    }
  }

  private add(tag: string, phrase: string): void {
    let node = this.root;
    let depth = 0;
    for (const piece of phrase.split(' ')) {
      if (piece === '') continue;
      if (piece === '#') {
        node = node.number ?? (node.number = newNode());
        depth++;
        continue;
      }
      const isPrefix = piece.charAt(piece.length - 1) === '*';
      const words = tokenize(isPrefix ? piece.slice(0, -1) : piece);
      for (let w = 0; w < words.length; w++) {
        const text = (words[w] as Token).text;
        depth++;
        if (isPrefix && w === words.length - 1) {
          let child = node.prefix.get(text);
          if (!child) {
            child = newNode();
            node.prefix.set(text, child);
            if (node.prefixLengths.indexOf(text.length) < 0) node.prefixLengths.push(text.length);
          }
          node = child;
        } else {
          let child = node.exact.get(text);
          if (!child) node.exact.set(text, (child = newNode()));
          node = child;
        }
      }
    }
    if (node !== this.root && node.tags.indexOf(tag) < 0) node.tags.push(tag);
    if (depth > this.maxDepth) this.maxDepth = depth;
  }

  /** Every phrase that starts at `start`. */
  matchAt(tokens: readonly Token[], start: number, out: Hit[], stats?: MatchStats): void {
    let frontier: Node[] = [this.root];
    for (let i = start; i < tokens.length && i - start < this.maxDepth && frontier.length > 0; i++) {
      const token = tokens[i] as Token;
      const next: Node[] = [];
      for (const node of frontier) {
        if (stats) stats.steps++;
        if (token.kind === 'punct') {
          const child = node.exact.get(token.text);
          if (child) next.push(child);
          continue;
        }
        if (token.kind === 'num' && node.number) next.push(node.number);
        const exact = node.exact.get(token.text);
        if (exact) next.push(exact);
        for (const length of node.prefixLengths) {
          if (length > token.text.length) continue;
          const child = node.prefix.get(token.text.slice(0, length));
          if (child) next.push(child);
        }
      }
      for (const node of next) for (const tag of node.tags) out.push({ tag, start, end: i + 1 });
      frontier = next;
    }
  }

  /** All hits in the text, in order of their start. */
  findAll(tokens: readonly Token[], stats?: MatchStats): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < tokens.length; i++) this.matchAt(tokens, i, hits, stats);
    return hits;
  }
}

/** Per tag and start position, the furthest end of a hit (-1: none). */
export class HitIndex {
  private readonly ends = new Map<string, Int32Array>();

  constructor(hits: readonly Hit[], private readonly length: number) {
    for (const hit of hits) {
      let ends = this.ends.get(hit.tag);
      if (!ends) {
        ends = new Int32Array(length).fill(-1);
        this.ends.set(hit.tag, ends);
      }
      if (hit.end > (ends[hit.start] as number)) ends[hit.start] = hit.end;
    }
  }

  /** End (exclusive) of the longest `tag` phrase starting at `i`, or -1. */
  endAt(tag: string, i: number): number {
    if (i < 0 || i >= this.length) return -1;
    const ends = this.ends.get(tag);
    return ends ? (ends[i] as number) : -1;
  }

  /** Start positions of `tag` hits, in order. */
  starts(tag: string): number[] {
    const ends = this.ends.get(tag);
    const out: number[] = [];
    if (!ends) return out;
    for (let i = 0; i < ends.length; i++) if ((ends[i] as number) >= 0) out.push(i);
    return out;
  }

  has(tag: string): boolean {
    return this.ends.has(tag);
  }
}
