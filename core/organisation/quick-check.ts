// A fast yes/no check compiled from the valibot schema: the loading path for a good file.
//
// valibot reports every issue with its path, but it copies each object and allocates a dataset per
// value; on a 50 000-person file that alone took about 1.5× the time of JSON.parse. Most files are
// good, so the loader first asks this compiled check, which allocates nothing and answers only
// "exactly valid, no unknown keys" or "not". On "not", valibot runs and names the problems.
//
// It is built from the same schema object (one source of truth), and refuses at build time any
// schema or action it does not understand, so a change to schema.ts cannot silently loosen it.
// tests/core/organisation/schema.test.ts checks that it agrees with valibot on mutated files.

type Check = (value: unknown) => boolean;

// The parts of valibot's schema objects read here.
interface Node {
  type: string;
  kind?: string;
  pipe?: readonly Node[];
  entries?: { [key: string]: Node };
  item?: Node;
  wrapped?: Node;
  options?: readonly unknown[];
  literal?: unknown;
  requirement?: unknown;
  default?: unknown;
}

const isObject = (v: unknown): v is { [key: string]: unknown } => v !== null && typeof v === 'object' && !Array.isArray(v);

export function compileQuickCheck(schema: unknown): Check {
  return compile(schema as Node);
}

function compile(node: Node): Check {
  if (node.pipe) return compilePipe(node.pipe);
  switch (node.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'literal': {
      const literal = node.literal;
      return (v) => v === literal;
    }
    case 'picklist': {
      const options = new Set(node.options);
      return (v) => typeof v === 'string' && options.has(v);
    }
    case 'optional': {
      if (node.default !== undefined) throw new Error('quick-check: optional with a default');
      const inner = compile(node.wrapped!);
      return (v) => v === undefined || inner(v);
    }
    case 'array': {
      const item = compile(node.item!);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
        return true;
      };
    }
    case 'strict_object': {
      const keys: string[] = [];
      const checks: Check[] = [];
      const required: boolean[] = [];
      const known = new Set<string>();
      for (const key in node.entries!) {
        const entry = node.entries[key]!;
        keys.push(key);
        known.add(key);
        checks.push(compile(entry));
        required.push(entry.type !== 'optional');
      }
      const n = keys.length;
      return (v) => {
        if (!isObject(v)) return false;
        for (const key in v) if (!known.has(key)) return false;
        for (let i = 0; i < n; i++) {
          const x = v[keys[i]!];
          if (x === undefined) {
            if (required[i]) return false;
          } else if (!checks[i]!(x)) return false;
        }
        return true;
      };
    }
    default:
      throw new Error(`quick-check: schema type "${node.type}" is not supported`);
  }
}

function compilePipe(pipe: readonly Node[]): Check {
  const base = compile(pipe[0]!);
  const actions: Check[] = [];
  for (let i = 1; i < pipe.length; i++) {
    const action = pipe[i]!;
    if (action.kind === 'metadata') continue;
    if (action.type === 'min_length') {
      const min = action.requirement as number;
      actions.push((v) => (v as string).length >= min);
    } else if (action.type === 'regex') {
      const re = action.requirement as RegExp;
      if (re.global || re.sticky) throw new Error('quick-check: stateful regex');
      actions.push((v) => re.test(v as string));
    } else throw new Error(`quick-check: action "${action.type}" is not supported`);
  }
  if (actions.length === 0) return base;
  if (actions.length === 1) {
    const a = actions[0]!;
    return (v) => base(v) && a(v);
  }
  return (v) => {
    if (!base(v)) return false;
    for (const a of actions) if (!a(v)) return false;
    return true;
  };
}
