import type { Lifecycle } from '../core/model.ts';
import type { Gate } from '../core/types/config.ts';

/** One field of the schema reference. */
export interface SchemaField {
  /** Dotted path as gates write it; `[]` marks the items of a list (`failure_modes[].scenario`). */
  path: string;
  depth: number;
  type: string;
  description: string;
  /** `always` when the schema requires it, otherwise the lifecycles whose gate requires it. */
  requiredBy: 'always' | Lifecycle[];
  /** Required inside its parent object when the parent is present. */
  requiredInParent: boolean;
}

type JsonSchema = {
  description?: string;
  type?: string;
  enum?: unknown[];
  format?: string;
  minimum?: number;
  maximum?: number;
  $ref?: string;
  /** The `$defs` entry a `$ref` pointed at, kept after resolving it. */
  $def?: string;
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  $defs?: Record<string, JsonSchema>;
};

/**
 * Flattens the system schema into the rows of the schema reference: every field, its type in words, its
 * description (the schema's own, so docs and validation cannot drift), and which lifecycles require it.
 */
export function describeSchema(schema: object, gates: Record<Lifecycle, Gate>): SchemaField[] {
  const root = schema as JsonSchema;
  const resolve = (node: JsonSchema): JsonSchema => {
    if (!node.$ref) return node;
    const name = node.$ref.replace('#/$defs/', '');
    return { ...root.$defs?.[name], ...node, $ref: undefined, $def: name, description: node.description ?? root.$defs?.[name]?.description };
  };
  const rows: SchemaField[] = [];
  const walk = (properties: Record<string, JsonSchema>, required: string[], prefix: string, depth: number) => {
    for (const [name, raw] of Object.entries(properties)) {
      const node = resolve(raw);
      const path = `${prefix}${name}`;
      const gatePath = path.replace(/\[\]/g, '');
      const lifecycles = (Object.entries(gates) as [Lifecycle, Gate][]).filter(([, gate]) => gate.fields?.includes(gatePath)).map(([l]) => l);
      rows.push({
        path,
        depth,
        type: typeOf(node, resolve),
        description: node.description ?? '',
        requiredBy: depth === 0 && root.required?.includes(name) ? 'always' : lifecycles,
        requiredInParent: depth > 0 && required.includes(name),
      });
      const object = objectOf(node, resolve);
      if (object?.node.properties) walk(object.node.properties, object.node.required ?? [], `${path}${object.list ? '[]' : ''}.`, depth + 1);
    }
  };
  walk(root.properties ?? {}, root.required ?? [], '', 0);
  return rows;
}

/** The object whose fields sit under a field: its own, its list items', or the object variant of a `oneOf`. */
function objectOf(node: JsonSchema, resolve: (n: JsonSchema) => JsonSchema): { node: JsonSchema; list: boolean } | undefined {
  if (node.properties) return { node, list: false };
  if (node.items) {
    const items = resolve(node.items);
    if (items.properties) return { node: items, list: true };
    const variant = items.oneOf?.map(resolve).find((v) => v.properties);
    if (variant) return { node: variant, list: true };
  }
  return undefined;
}

function typeOf(node: JsonSchema, resolve: (n: JsonSchema) => JsonSchema): string {
  if (node.enum) return `one of ${node.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  if (node.oneOf) return node.oneOf.map((v) => typeOf(resolve(v), resolve)).join(', or ');
  switch (node.type) {
    case 'string':
      if (node.format === 'email') return 'email address';
      if (node.format === 'date') return 'date (YYYY-MM-DD)';
      if (node.format === 'uri') return 'URL (https, http or mailto)';
      if (node.$def === 'id') return 'id (kebab-case)';
      return 'text';
    case 'integer':
      return node.minimum !== undefined && node.maximum !== undefined ? `whole number, ${node.minimum} to ${node.maximum}` : 'whole number';
    case 'array': {
      const items = node.items ? resolve(node.items) : undefined;
      if (!items) return 'list';
      return items.properties || items.oneOf ? 'list of entries' : `list of ${typeOf(items, resolve)}`;
    }
    case 'object':
      return 'group of fields';
    default:
      return node.type ?? 'any';
  }
}
