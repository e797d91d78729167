// Parsing of load() options into a property tree, and copying of plain data.

/** Parsed load option: property -> nested tree, or true for "this property / all scalars". */
export type LoadTree = Map<string, LoadTree | true>;

export type LoadOption =
  string | string[] | { select?: string | string[]; expand?: string | string[] } | Record<string, unknown>;

function addPath(tree: LoadTree, path: string): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  let node = tree;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) {
      if (!node.has(part)) node.set(part, true);
      return;
    }
    let next = node.get(part);
    if (next === undefined || next === true) {
      next = new Map();
      node.set(part, next);
    }
    node = next;
  });
}

function addObject(tree: LoadTree, obj: Record<string, unknown>, prefix: string): void {
  for (const [k, v] of Object.entries(obj)) {
    if (v === true) addPath(tree, prefix + k);
    else if (v && typeof v === "object") addObject(tree, v as Record<string, unknown>, `${prefix}${k}/`);
  }
}

/** null = load every scalar property of the object. */
export function parseLoadOption(option?: LoadOption): LoadTree | null {
  if (option === undefined || option === null) return null;
  const tree: LoadTree = new Map();
  const addList = (v: string | string[]) => (Array.isArray(v) ? v : v.split(",")).forEach((p) => addPath(tree, p));
  if (typeof option === "string" || Array.isArray(option)) addList(option);
  else if ("select" in option || "expand" in option) {
    const o = option as { select?: string | string[]; expand?: string | string[] };
    if (o.select) addList(o.select);
    if (o.expand) addList(o.expand);
  } else addObject(tree, option as Record<string, unknown>, "");
  return tree.size === 0 ? null : tree;
}

/** Deep copy of plain data; proxies and other class instances are kept by reference. */
export function cloneData<V>(value: V): V {
  if (Array.isArray(value)) return value.map((v) => cloneData(v)) as unknown as V;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = cloneData(v);
    return out as V;
  }
  return value;
}
