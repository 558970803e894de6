// Turns an OpenAPI 3.1 document into what the API reference page shows: operations grouped for a
// table of contents, and every schema as a tree of named fields with $refs resolved. Pure, so the page
// stays a thin renderer and any generator's output (hand-written or from zod) reads the same.
type Json = Record<string, unknown>;

export type SchemaNode = {
  /** Human type, e.g. "string", "integer", "array of object", "one of", "Window" for a named schema's object. */
  type: string;
  nullable: boolean;
  /** Name of the components schema this came from, when it was a $ref. */
  ref?: string;
  /** For arrays and maps of a named schema: that schema's name. */
  itemRef?: string;
  description?: string;
  /** Allowed values (enum or const), as JSON text: "page", 1, true. */
  enumValues?: string[];
  /** Limits and hints: "format date-time", "minimum 0", "at most 50000 items", "default \"UTC\"". */
  constraints: string[];
  /** Properties of an object, or of an array's items. */
  fields: FieldNode[];
  /** Alternatives of oneOf / anyOf, with a null alternative folded into `nullable`. */
  variants: SchemaNode[];
  variantKind?: "oneOf" | "anyOf";
};

export type FieldNode = { name: string; required: boolean; schema: SchemaNode };

export type ParameterView = { name: string; in: string; required: boolean; description?: string; schema: SchemaNode };

export type BodyView = { contentType: string; required: boolean; description?: string; schema?: SchemaNode };

export type ResponseView = { status: string; description: string; contentType?: string; schema?: SchemaNode };

export type OperationView = {
  /** Anchor for links, e.g. "post-api-v1-sli". */
  id: string;
  method: string;
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** Token scopes any of which admits the call; empty with `public` true when no credentials are needed. */
  scopes: string[];
  public: boolean;
  /** Security schemes accepted, e.g. ["bearer", "session"]. */
  schemes: string[];
  parameters: ParameterView[];
  requestBody?: BodyView;
  responses: ResponseView[];
};

export type OperationGroup = { id: string; name: string; operations: OperationView[] };

export type ApiReferenceView = {
  title: string;
  version: string;
  description?: string;
  groups: OperationGroup[];
  schemas: { name: string; id: string; schema: SchemaNode }[];
};

const METHODS = ["get", "put", "post", "patch", "delete", "head", "options", "trace"] as const;
const CONSTRAINTS: [key: string, label: (value: unknown) => string][] = [
  ["format", (v) => `format ${String(v)}`],
  ["minimum", (v) => `minimum ${String(v)}`],
  ["exclusiveMinimum", (v) => `greater than ${String(v)}`],
  ["maximum", (v) => `maximum ${String(v)}`],
  ["exclusiveMaximum", (v) => `less than ${String(v)}`],
  ["minLength", (v) => `at least ${String(v)} characters`],
  ["maxLength", (v) => `at most ${String(v)} characters`],
  ["pattern", (v) => `matches ${String(v)}`],
  ["minItems", (v) => `at least ${String(v)} items`],
  ["maxItems", (v) => `at most ${String(v)} items`],
  ["default", (v) => `default ${JSON.stringify(v)}`],
];

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value : undefined;
}

/** Follows a local `#/…` pointer; anything else (remote refs) is left unresolved. */
export function resolvePointer(doc: Json, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Resolves a chain of $refs on parameters, bodies and responses. */
function deref(doc: Json, value: unknown, depth = 0): Json | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.$ref === "string" && depth < 16) return deref(doc, resolvePointer(doc, value.$ref), depth + 1);
  return value;
}

function refName(ref: string): string {
  return ref.split("/").at(-1) ?? ref;
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Number.isInteger(value)) return "integer";
  return typeof value;
}

function typesOf(schema: Json): string[] {
  if (Array.isArray(schema.type)) return schema.type.filter((t): t is string => typeof t === "string");
  if (typeof schema.type === "string") return [schema.type];
  if ("const" in schema) return [jsonTypeOf(schema.const)];
  if (Array.isArray(schema.enum)) return [...new Set(schema.enum.map(jsonTypeOf))];
  if (isObject(schema.properties)) return ["object"];
  if (isObject(schema.items)) return ["array"];
  return [];
}

function emptyNode(type: string): SchemaNode {
  return { type, nullable: false, constraints: [], fields: [], variants: [] };
}

/**
 * Describes a JSON Schema as a tree. `seen` holds the $refs on the current path, so a recursive
 * schema stops at its own name instead of looping.
 */
export function describeSchema(doc: Json, schema: unknown, seen: ReadonlySet<string> = new Set()): SchemaNode {
  if (!isObject(schema)) return emptyNode(schema === true ? "any" : "unknown");
  if (typeof schema.$ref === "string") {
    const name = refName(schema.$ref);
    if (seen.has(schema.$ref)) return { ...emptyNode(name), ref: name };
    const target = resolvePointer(doc, schema.$ref);
    if (!isObject(target)) return { ...emptyNode(name), ref: name };
    const node = describeSchema(doc, target, new Set([...seen, schema.$ref]));
    // A description beside the $ref (allowed in 3.1) speaks about this use, so it wins.
    return { ...node, ref: name, description: text(schema.description) ?? node.description };
  }

  const node = emptyNode("any");
  node.description = text(schema.description) ?? text(schema.title);
  for (const [key, label] of CONSTRAINTS) if (schema[key] !== undefined) node.constraints.push(label(schema[key]));
  if (schema.deprecated === true) node.constraints.push("deprecated");

  if ("const" in schema) node.enumValues = [JSON.stringify(schema.const)];
  else if (Array.isArray(schema.enum)) node.enumValues = schema.enum.filter((v) => v !== null).map((v) => JSON.stringify(v));
  if (Array.isArray(schema.enum) && schema.enum.includes(null)) node.nullable = true;

  const types = typesOf(schema);
  if (types.includes("null")) node.nullable = true;
  const base = types.filter((t) => t !== "null");

  const alternatives = Array.isArray(schema.oneOf) ? ["oneOf", schema.oneOf] : Array.isArray(schema.anyOf) ? ["anyOf", schema.anyOf] : null;
  if (alternatives) {
    const [kind, list] = alternatives as ["oneOf" | "anyOf", unknown[]];
    for (const option of list) {
      if (isObject(option) && (option.type === "null" || (option.const === null && "const" in option))) node.nullable = true;
      else node.variants.push(describeSchema(doc, option, seen));
    }
    if (node.variants.length === 1 && !base.length) {
      // `oneOf: [X, {type: null}]` is how some generators spell "X or null".
      const only = node.variants[0]!;
      return { ...only, nullable: true, description: node.description ?? only.description, constraints: [...only.constraints, ...node.constraints] };
    }
    node.variantKind = kind;
    node.type = kind === "oneOf" ? "one of" : "any of";
    return node;
  }

  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === "string") : []);
  const properties: [string, unknown][] = isObject(schema.properties) ? Object.entries(schema.properties) : [];
  // allOf parts (composition) contribute their fields as if written inline.
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf) {
      const described = describeSchema(doc, part, seen);
      node.fields.push(...described.fields);
      node.description ??= described.description;
      if (!base.length && described.type !== "any") base.push(described.type);
    }
  }
  node.fields.push(...properties.map(([name, value]) => ({ name, required: required.has(name), schema: describeSchema(doc, value, seen) })));

  if (base.includes("array") || (!base.length && isObject(schema.items))) {
    const items = describeSchema(doc, schema.items, seen);
    node.type = `array of ${items.ref ?? items.type}`;
    node.itemRef = items.ref;
    node.fields = items.fields;
    node.variants = items.variants;
    node.variantKind = items.variantKind;
    if (items.enumValues) node.enumValues = items.enumValues;
    return node;
  }
  if (isObject(schema.additionalProperties) && !node.fields.length) {
    const values = describeSchema(doc, schema.additionalProperties, seen);
    node.type = `map of ${values.ref ?? values.type}`;
    node.itemRef = values.ref;
    node.fields = values.fields;
    return node;
  }
  node.type = base.length ? base.join(" | ") : node.fields.length ? "object" : "any";
  return node;
}

/** A heading-friendly anchor: lower case, runs of other characters become one dash. */
export function anchorFor(...parts: string[]): string {
  return parts
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Group of an operation: its first tag, else its path up to the first segment below /api/v1 (or /api). */
export function groupOf(path: string, tags: unknown): string {
  if (Array.isArray(tags) && typeof tags[0] === "string") return tags[0];
  return /^(?:\/api(?:\/v\d+)?)?\/[^/{]+/.exec(path)?.[0] ?? path;
}

function pickContent(content: unknown): [string, Json] | undefined {
  if (!isObject(content)) return undefined;
  const entries = Object.entries(content).filter((entry): entry is [string, Json] => isObject(entry[1]));
  return entries.find(([type]) => type === "application/json") ?? entries[0];
}

function securityOf(doc: Json, operation: Json): Pick<OperationView, "scopes" | "public" | "schemes"> {
  const requirements = Array.isArray(operation.security) ? operation.security : Array.isArray(doc.security) ? doc.security : [];
  const list = requirements.filter(isObject);
  if (!list.length || list.some((requirement) => Object.keys(requirement).length === 0)) return { scopes: [], public: true, schemes: [] };
  const scopes = new Set<string>();
  const schemes = new Set<string>();
  for (const requirement of list) {
    for (const [scheme, values] of Object.entries(requirement)) {
      schemes.add(scheme);
      if (Array.isArray(values)) for (const scope of values) if (typeof scope === "string") scopes.add(scope);
    }
  }
  return { scopes: [...scopes], public: false, schemes: [...schemes] };
}

function parametersOf(doc: Json, pathItem: Json, operation: Json): ParameterView[] {
  const byKey = new Map<string, ParameterView>();
  for (const source of [pathItem.parameters, operation.parameters]) {
    if (!Array.isArray(source)) continue;
    for (const raw of source) {
      const parameter = deref(doc, raw);
      if (!parameter || typeof parameter.name !== "string") continue;
      const where = typeof parameter.in === "string" ? parameter.in : "query";
      const schema = describeSchema(doc, parameter.schema ?? pickContent(parameter.content)?.[1].schema);
      byKey.set(`${where}:${parameter.name}`, {
        name: parameter.name,
        in: where,
        required: parameter.required === true || where === "path",
        description: text(parameter.description) ?? schema.description,
        schema,
      });
    }
  }
  const order = ["path", "query", "header", "cookie"];
  return [...byKey.values()].sort((a, b) => order.indexOf(a.in) - order.indexOf(b.in));
}

function bodyOf(doc: Json, operation: Json): BodyView | undefined {
  const body = deref(doc, operation.requestBody);
  const content = body && pickContent(body.content);
  if (!body || !content) return undefined;
  const [contentType, media] = content;
  return { contentType, required: body.required === true, description: text(body.description), schema: media.schema === undefined ? undefined : describeSchema(doc, media.schema) };
}

function responsesOf(doc: Json, operation: Json): ResponseView[] {
  if (!isObject(operation.responses)) return [];
  return Object.entries(operation.responses)
    .map(([status, raw]): ResponseView => {
      const response = deref(doc, raw) ?? {};
      const content = pickContent(response.content);
      return {
        status,
        description: text(response.description) ?? "",
        contentType: content?.[0],
        schema: content && content[1].schema !== undefined ? describeSchema(doc, content[1].schema) : undefined,
      };
    })
    .sort((a, b) => a.status.localeCompare(b.status));
}

export function buildApiReference(doc: Json): ApiReferenceView {
  const info = isObject(doc.info) ? doc.info : {};
  const groups = new Map<string, OperationView[]>();
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const pathItem = deref(doc, rawItem);
    if (!pathItem) continue;
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const group = groupOf(path, operation.tags);
      const view: OperationView = {
        id: anchorFor(method, path),
        method: method.toUpperCase(),
        path,
        summary: text(operation.summary),
        description: text(operation.description),
        deprecated: operation.deprecated === true,
        ...securityOf(doc, operation),
        parameters: parametersOf(doc, pathItem, operation),
        requestBody: bodyOf(doc, operation),
        responses: responsesOf(doc, operation),
      };
      groups.set(group, [...(groups.get(group) ?? []), view]);
    }
  }
  const components = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  return {
    title: text(info.title) ?? "API",
    version: typeof info.version === "string" ? info.version : "",
    description: text(info.description),
    groups: [...groups].map(([name, operations]) => ({ id: anchorFor("group", name), name, operations })),
    schemas: Object.keys(components).map((name) => ({ name, id: anchorFor("schema", name), schema: describeSchema(doc, { $ref: `#/components/schemas/${name}` }) })),
  };
}
