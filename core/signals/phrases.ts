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
  /**
   * The prefix children again, for lookup (see `index`): by the first PREFIX_KEY characters of their
   * beginning; `short` holds those with shorter beginnings (and is the list for a key not in `byKey`).
   * Each list is in the order of `prefixLengths`, the order a lookup by each length would find them.
   */
  byKey?: Map<string, PrefixChild[]>;
  short: PrefixChild[];
  /**
   * For a node with many children (the root): the children again, in buckets by the first three
   * letters of the word when they are all a–z, or by the whole word when it is shorter (see
   * `letterKey`). A word whose bucket is empty (most words) is done after three character reads:
   * no hashing, no slicing.
   */
  byLetters?: Bucket[];
}

interface PrefixChild {
  key: string;
  node: Node;
}

interface Bucket {
  /** The exact children whose word has this slot (a few; compared, not hashed). */
  words: string[];
  nodes: Node[];
  /** As `byKey.get` of the three letters, or `short`: the prefix children to try. */
  prefixes: PrefixChild[];
}

/** Prefix children are looked up by this many first characters of a word, then compared in full. */
const PREFIX_KEY = 3;
/** A node with at least this many children gets `byLetters`. */
const LETTER_TABLE_MIN = 64;

/** `text.startsWith(key)`, without the call. */
function startsWith(text: string, key: string): boolean {
  const n = key.length;
  if (n > text.length) return false;
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) !== key.charCodeAt(i)) return false;
  return true;
}

/** Size of `byLetters`: a slot for every three-letter beginning, two-letter word and one-letter word. */
const LETTER_SLOTS = 26 * 26 * 26 + 26 * 26 + 26;

/**
 * The `byLetters` slot of a word whose first three characters (or all, when shorter) are a–z: 0–17575
 * by the first three, then one slot for each word of two letters and of one; -1 for other words.
 */
function letterKey(text: string): number {
  const n = text.length;
  if (n === 0) return -1;
  const a = text.charCodeAt(0) - 97;
  if (a < 0 || a > 25) return -1;
  if (n === 1) return 26 * 26 * 26 + 26 * 26 + a;
  const b = text.charCodeAt(1) - 97;
  if (b < 0 || b > 25) return -1;
  if (n === 2) return 26 * 26 * 26 + a * 26 + b;
  const c = text.charCodeAt(2) - 97;
  if (c < 0 || c > 25) return -1;
  return (a * 26 + b) * 26 + c;
}

function newNode(): Node {
  return { exact: new Map(), prefix: new Map(), prefixLengths: [], tags: [], short: [] };
}

/** Builds the lookup structures of every node below `node`, once the trie is complete. */
function index(node: Node): void {
  const all: PrefixChild[] = [];
  node.prefix.forEach((child, key) => all.push({ key, node: child }));
  all.sort((a, b) => node.prefixLengths.indexOf(a.key.length) - node.prefixLengths.indexOf(b.key.length));
  const short = all.filter((c) => c.key.length < PREFIX_KEY);
  node.short = short;
  node.byKey = undefined;
  for (const c of all) {
    if (c.key.length < PREFIX_KEY) continue;
    const key = c.key.slice(0, PREFIX_KEY);
    if (!node.byKey) node.byKey = new Map();
    if (!node.byKey.has(key)) node.byKey.set(key, all.filter((d) => d.key.length < PREFIX_KEY || d.key.slice(0, PREFIX_KEY) === key));
  }
  node.byLetters = undefined;
  if (node.exact.size + all.length >= LETTER_TABLE_MIN) {
    const none: Bucket = { words: [], nodes: [], prefixes: short };
    const table: Bucket[] = [];
    for (let k = 0; k < LETTER_SLOTS; k++) table.push(none);
    const bucket = (at: number): Bucket => {
      if (table[at] === none) table[at] = { words: [], nodes: [], prefixes: short };
      return table[at] as Bucket;
    };
    if (node.byKey) {
      node.byKey.forEach((list, key) => {
        const at = letterKey(key);
        if (at >= 0) bucket(at).prefixes = list;
      });
    }
    node.exact.forEach((child, word) => {
      const at = letterKey(word);
      if (at < 0) return;
      const b = bucket(at);
      b.words.push(word);
      b.nodes.push(child);
    });
    node.byLetters = table;
  }
  node.exact.forEach(index);
  node.prefix.forEach(index);
  if (node.number) index(node.number);
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
    index(this.root);
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

  /** Frontiers of matchAt, reused between calls (the walk never calls out, so never re-enters). */
  private frontier: Node[] = [];
  private next: Node[] = [];

  /** Every phrase that starts at `start`. */
  matchAt(tokens: readonly Token[], start: number, out: Hit[], stats?: MatchStats): void {
    if (start < 0 || start >= tokens.length || this.maxDepth <= 0) return;
    if (stats) stats.steps++;
    // Most words begin no phrase: that costs a lookup or two and nothing else.
    let count = step(this.root, tokens[start] as Token, this.frontier, 0);
    if (count === 0) return;
    let frontier = this.frontier;
    let next = this.next;
    for (let i = start; ; ) {
      for (let k = 0; k < count; k++) {
        const tags = (frontier[k] as Node).tags;
        for (let t = 0; t < tags.length; t++) out.push({ tag: tags[t] as string, start, end: i + 1 });
      }
      i++;
      if (i >= tokens.length || i - start >= this.maxDepth) break;
      const token = tokens[i] as Token;
      let size = 0;
      for (let k = 0; k < count; k++) {
        if (stats) stats.steps++;
        size = step(frontier[k] as Node, token, next, size);
      }
      if (size === 0) break;
      const swap = frontier;
      frontier = next;
      next = swap;
      count = size;
    }
  }

  /** All hits in the text, in order of their start. */
  findAll(tokens: readonly Token[], stats?: MatchStats): Hit[] {
    const hits: Hit[] = [];
    const table = this.root.byLetters;
    for (let i = 0; i < tokens.length; i++) {
      if (table) {
        // The common case without a call: a word whose slot at the root is empty begins no phrase.
        const token = tokens[i] as Token;
        const at = token.kind === 'word' ? letterKey(token.text) : -1;
        if (at >= 0) {
          const bucket = table[at] as Bucket;
          if (bucket.words.length === 0 && bucket.prefixes.length === 0) {
            if (stats) stats.steps++;
            continue;
          }
        }
      }
      this.matchAt(tokens, i, hits, stats);
    }
    return hits;
  }
}

/**
 * Appends to `into` (from `size` on) the children of `node` that `token` leads to, in the order:
 * any number, the exact word, then the word beginnings by their length. Returns the new size.
 */
function step(node: Node, token: Token, into: Node[], size: number): number {
  const text = token.text;
  if (token.kind === 'punct') {
    const child = node.exact.size === 0 ? undefined : node.exact.get(text);
    if (child) into[size++] = child;
    return size;
  }
  if (token.kind === 'num' && node.number) into[size++] = node.number;
  let candidates: PrefixChild[];
  const at = node.byLetters ? letterKey(text) : -1;
  if (at >= 0) {
    // The same children as below, found through the word's slot.
    const bucket = (node.byLetters as Bucket[])[at] as Bucket;
    const words = bucket.words;
    for (let w = 0; w < words.length; w++) {
      const candidate = words[w] as string;
      if (candidate.length === text.length && candidate === text) {
        into[size++] = bucket.nodes[w] as Node;
        break;
      }
    }
    candidates = bucket.prefixes;
  } else {
    const exact = node.exact.size === 0 ? undefined : node.exact.get(text);
    if (exact) into[size++] = exact;
    candidates = node.short;
    if (node.byKey && text.length >= PREFIX_KEY) candidates = node.byKey.get(text.slice(0, PREFIX_KEY)) ?? node.short;
  }
  for (let c = 0; c < candidates.length; c++) {
    const candidate = candidates[c] as PrefixChild;
    if (startsWith(text, candidate.key)) into[size++] = candidate.node;
  }
  return size;
}

/**
 * The hits by start position, for `endAt`: the hits sorted by start (a counting sort, linear), with
 * `first[i]` the first of those that start at `i`. Most positions start no hit, so most lookups read
 * two numbers and stop.
 */
export class HitIndex {
  private readonly first: Int32Array;
  /** The hits that start inside the text, sorted by start: their tag, start and end. */
  private readonly tags: string[];
  private readonly startOf: Int32Array;
  private readonly ends: Int32Array;
  /** Tags of hits that start outside the text: `has` still knows them. */
  private readonly outside: string[] = [];

  constructor(hits: readonly Hit[], private readonly length: number) {
    const first = new Int32Array(length + 1);
    let kept = 0;
    /** Already in order of start (as findAll gives them): no sorting. */
    let sorted = true;
    let previous = 0;
    for (const hit of hits) {
      if (inside(hit.start, length)) {
        first[hit.start + 1] = (first[hit.start + 1] as number) + 1;
        kept++;
        if (hit.start < previous) sorted = false;
        previous = hit.start;
      } else {
        sorted = false;
        if (this.outside.indexOf(hit.tag) < 0) this.outside.push(hit.tag);
      }
    }
    for (let i = 0; i < length; i++) first[i + 1] = (first[i + 1] as number) + (first[i] as number);
    const tags: string[] = new Array<string>(kept);
    const startOf = new Int32Array(kept);
    const ends = new Int32Array(kept);
    if (sorted) {
      for (let k = 0; k < kept; k++) {
        const hit = hits[k] as Hit;
        tags[k] = hit.tag;
        startOf[k] = hit.start;
        ends[k] = hit.end;
      }
    } else {
      const fill = first.slice(0, length);
      for (const hit of hits) {
        if (!inside(hit.start, length)) continue;
        const at = fill[hit.start] as number;
        fill[hit.start] = at + 1;
        tags[at] = hit.tag;
        startOf[at] = hit.start;
        ends[at] = hit.end;
      }
    }
    this.first = first;
    this.tags = tags;
    this.startOf = startOf;
    this.ends = ends;
  }

  /** Whether any hit starts at `i`. */
  any(i: number): boolean {
    return i >= 0 && i < this.length && (this.first[i] as number) < (this.first[i + 1] as number);
  }

  /** End (exclusive) of the longest `tag` phrase starting at `i`, or -1. */
  endAt(tag: string, i: number): number {
    if (!(i >= 0 && i < this.length)) return -1;
    let end = -1;
    for (let k = this.first[i] as number, stop = this.first[i + 1] as number; k < stop; k++) {
      if (this.tags[k] === tag && (this.ends[k] as number) > end) end = this.ends[k] as number;
    }
    return end;
  }

  /** Start positions of `tag` hits, in order. */
  starts(tag: string): number[] {
    const out: number[] = [];
    let last = -1;
    for (let k = 0; k < this.tags.length; k++) {
      const start = this.startOf[k] as number;
      if (this.tags[k] === tag && start !== last && (this.ends[k] as number) >= 0) {
        out.push(start);
        last = start;
      }
    }
    return out;
  }

  has(tag: string): boolean {
    return this.tags.indexOf(tag) >= 0 || this.outside.indexOf(tag) >= 0;
  }
}

function inside(start: number, length: number): boolean {
  return start >= 0 && start < length && Math.floor(start) === start;
}
