/** Validates YAML against a zod schema and says, for each problem, the line it is on. */
import type { z } from 'astro/zod';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from '../readout/body.ts';

export interface YamlResult<T> {
  /** The parsed value (as plain JS), whether or not it passed the schema. */
  raw: unknown;
  data?: T;
  problems: Problem[];
  /** The file line of a path into the YAML (its nearest existing parent when missing), for checks beyond the schema. */
  lineOf: (path: readonly (string | number)[]) => number;
}

/** `firstLine` is the file line the YAML starts on (2 for front-matter after its opening ---). */
export function validateYaml<S extends z.ZodType>(
  yamlText: string,
  schema: S,
  what: string,
  firstLine = 1,
): YamlResult<z.output<S>> {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number, message: string): Problem => {
    const pos = lines.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col, message };
  };
  const lineOf = (path: readonly (string | number)[]) => at(locate(doc, path.map(String)).offset, '').line;
  if (doc.errors.length > 0) {
    return {
      raw: undefined,
      lineOf,
      problems: doc.errors.map((e) => at(e.pos[0], `${what} is not valid YAML: ${e.message.split('\n')[0]}`)),
    };
  }
  const raw: unknown = doc.toJS();
  const result = schema.safeParse(raw);
  if (result.success) return { raw, data: result.data, problems: [], lineOf };
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map(String);
    const { offset, missing } = locate(doc, path);
    const name = path.join('.');
    return at(
      offset,
      missing
        ? `${what} field "${name}" is missing. Add it (see README).`
        : `${what} field "${name}": ${issue.message}.`,
    );
  });
  return { raw, problems, lineOf };
}

/** Where in the YAML a schema path points; a missing key points at the first key of its nearest existing parent. */
function locate(doc: Document, path: string[]): { offset: number; missing: boolean } {
  // Walked by hand rather than with doc.getIn: a key such as `12:` is a number in YAML and a string in the path.
  const nodes: unknown[] = [doc.contents];
  for (const step of path) {
    const node = nodes.at(-1);
    const next = isMap(node)
      ? node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === step)?.value
      : isSeq(node)
        ? node.items[Number(step)]
        : undefined;
    if (!isNode(next)) break;
    nodes.push(next);
  }
  const node = nodes.at(-1);
  const missing = nodes.length - 1 < path.length;
  if (!isNode(node) || !node.range) return { offset: 0, missing: true };
  const firstKey = missing && isMap(node) ? node.items[0]?.key : undefined;
  return { offset: isNode(firstKey) && firstKey.range ? firstKey.range[0] : node.range[0], missing };
}
