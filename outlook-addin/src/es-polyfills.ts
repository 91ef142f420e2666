// Small polyfills for the launch-event runtime. Classic Outlook on Windows runs launchevent.js in a
// JavaScript-only runtime whose engine may predate ES2017; esbuild lowers the *syntax* to ES2016,
// but built-in methods the core may call must exist too. Each is defined only where missing, and
// only as far as the core needs it (plain data; no exotic receivers).
/* eslint-disable no-extend-native */
import { G } from './global.js';

function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) {
    Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
  }
}

const O = Object as unknown as Record<string, unknown>;
define(Object, 'entries', (o: Record<string, unknown>) => Object.keys(o).map((k) => [k, o[k]]));
define(Object, 'values', (o: Record<string, unknown>) => Object.keys(o).map((k) => o[k]));
define(Object, 'fromEntries', (it: Iterable<[PropertyKey, unknown]>) => {
  const out: Record<PropertyKey, unknown> = {};
  for (const pair of Array.from(it)) out[pair[0] as string] = pair[1];
  return out;
});
define(Object, 'hasOwn', (o: object, k: PropertyKey) => Object.prototype.hasOwnProperty.call(o, k));
void O;

function flatten(arr: unknown[], depth: number, out: unknown[]): unknown[] {
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i];
    if (Array.isArray(v) && depth > 0) flatten(v, depth - 1, out);
    else if (i in arr) out.push(v);
  }
  return out;
}
define(Array.prototype, 'flat', function (this: unknown[], depth?: number) {
  return flatten(this, depth === undefined ? 1 : Number(depth) || 0, []);
});
define(Array.prototype, 'flatMap', function (this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown) {
  return flatten(this.map(fn, thisArg), 1, []);
});
function at(this: ArrayLike<unknown>, n: number) {
  let i = Math.trunc(Number(n)) || 0;
  if (i < 0) i += this.length;
  return i < 0 || i >= this.length ? undefined : this[i];
}
define(Array.prototype, 'at', at);
define(String.prototype, 'at', function (this: string, n: number) {
  return at.call(String(this), n);
});
define(Array.prototype, 'findLast', function (this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => boolean) {
  for (let i = this.length - 1; i >= 0; i--) if (fn(this[i], i, this)) return this[i];
  return undefined;
});
define(Array.prototype, 'findLastIndex', function (this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => boolean) {
  for (let i = this.length - 1; i >= 0; i--) if (fn(this[i], i, this)) return i;
  return -1;
});

function pad(s: string, len: number, fill: string | undefined, start: boolean): string {
  const target = Math.trunc(Number(len)) || 0;
  const f = fill === undefined ? ' ' : String(fill);
  if (s.length >= target || f === '') return s;
  let p = '';
  while (p.length < target - s.length) p += f;
  p = p.slice(0, target - s.length);
  return start ? p + s : s + p;
}
define(String.prototype, 'padStart', function (this: string, len: number, fill?: string) {
  return pad(String(this), len, fill, true);
});
define(String.prototype, 'padEnd', function (this: string, len: number, fill?: string) {
  return pad(String(this), len, fill, false);
});
define(String.prototype, 'trimStart', function (this: string) {
  return String(this).replace(/^\s+/, '');
});
define(String.prototype, 'trimEnd', function (this: string) {
  return String(this).replace(/\s+$/, '');
});
define(String.prototype, 'replaceAll', function (this: string, search: string | RegExp, replacement: string | ((...a: string[]) => string)) {
  if (search instanceof RegExp) {
    if (!search.global) throw new TypeError('replaceAll must be called with a global RegExp');
    return String(this).replace(search, replacement as string);
  }
  return String(this).split(String(search)).join(typeof replacement === 'function' ? '' : String(replacement));
});
define(String.prototype, 'matchAll', function (this: string, re: RegExp) {
  const flags = re.flags.indexOf('g') >= 0 ? re.flags : re.flags + 'g';
  const copy = new RegExp(re.source, flags);
  const found: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  const s = String(this);
  while ((m = copy.exec(s)) !== null) {
    found.push(m);
    if (m[0] === '') copy.lastIndex++;
  }
  return found[Symbol.iterator]();
});

const P = Promise as unknown as Record<string, unknown>;
define(Promise.prototype, 'finally', function (this: Promise<unknown>, fn: () => void) {
  return this.then(
    (v) => {
      fn();
      return v;
    },
    (e) => {
      fn();
      throw e;
    },
  );
});
define(Promise, 'allSettled', (list: Array<Promise<unknown>>) =>
  Promise.all(
    list.map((p) =>
      Promise.resolve(p).then(
        (value) => ({ status: 'fulfilled', value }),
        (reason) => ({ status: 'rejected', reason }),
      ),
    ),
  ),
);
void P;


if (typeof G.structuredClone !== 'function') {
  // Plain data only (what the core clones): JSON round trip.
  G.structuredClone = (v: unknown) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
}
