/**
 * Shapes a generated JSON Schema for the help VS Code's JSON service gives (hover, completion):
 * validation is unchanged, only where descriptions sit and how choices are offered.
 */

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The branches of a union node, if it is one. */
function branchesOf(node: Node): Node[] | undefined {
  const branches = node.oneOf ?? node.anyOf;
  return Array.isArray(branches) && branches.every(isNode) ? branches : undefined;
}

/** A `const` as a one-value enum: hover then shows the field's help and the value's, not the value's alone. */
function constAsEnum(branch: Node): Node {
  if (!('const' in branch) || typeof branch.description !== 'string') return branch;
  const { const: value, description, ...rest } = branch;
  return { ...rest, enum: [value], enumDescriptions: [description] };
}

/** The "type" const of an object branch, with its description, when it has one. */
function typeConst(branch: Node): { value: unknown; text: string } | undefined {
  const type = isNode(branch.properties) ? branch.properties.type : undefined;
  if (!isNode(type) || !('const' in type) || typeof type.description !== 'string') return undefined;
  return { value: type.const, text: type.description };
}

/**
 * Objects told apart by "type" (injects, rules, actions): completion offers every type, not only
 * the branch that fits the object so far, and each type keeps its meaning.
 */
function offerEveryType(node: Node, branches: Node[]): void {
  const types = branches.map(typeConst);
  if (types.length < 2 || types.some((t) => t === undefined)) return;
  const values = types.map((t) => t?.value);
  const texts = types.map((t) => t?.text ?? '');
  const description = `The type: ${values.join(', ')}.`;
  branches.forEach((branch, i) => {
    const properties = branch.properties as Node;
    properties.type = { type: 'string', enum: [values[i]], enumDescriptions: [texts[i]], description };
  });
  node.properties = { type: { type: 'string', enum: values, enumDescriptions: texts, description } };
}

/**
 * Rewrites a schema in place, top-down: in every union, branch descriptions give way to the
 * field's own (VS Code shows the innermost one), consts become one-value enums with their
 * description, and "type" unions offer every type.
 */
export function forEditors(node: unknown, described = false): void {
  if (Array.isArray(node)) {
    for (const item of node) forEditors(item);
    return;
  }
  if (!isNode(node)) return;
  const branches = branchesOf(node);
  if (branches) {
    offerEveryType(node, branches);
    const key = node.oneOf ? 'oneOf' : 'anyOf';
    const here = described || typeof node.description === 'string';
    node[key] = branches.map((b) => {
      const branch = constAsEnum(b);
      if (here) delete branch.description;
      return branch;
    });
    for (const branch of node[key] as Node[]) forEditors(branch, here);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'oneOf' && key !== 'anyOf') forEditors(value);
  }
}
