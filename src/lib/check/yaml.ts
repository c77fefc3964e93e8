/** Validates YAML against a zod schema and says, for each problem, the line it is on. */
import type { z } from 'astro/zod';
import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from '../readout/body.ts';

export interface YamlResult<T> {
  /** The parsed value (as plain JS), whether or not it passed the schema. */
  raw: unknown;
  data?: T;
  problems: Problem[];
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
  if (doc.errors.length > 0) {
    return {
      raw: undefined,
      problems: doc.errors.map((e) => at(e.pos[0], `${what} is not valid YAML: ${e.message.split('\n')[0]}`)),
    };
  }
  const raw: unknown = doc.toJS();
  const result = schema.safeParse(raw);
  if (result.success) return { raw, data: result.data, problems: [] };
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
  return { raw, problems };
}

/** Where in the YAML a schema path points; a missing key points at the first key of its nearest existing parent. */
function locate(doc: Document, path: string[]): { offset: number; missing: boolean } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (!isNode(node) || !node.range) continue;
    const missing = depth < path.length;
    const firstKey = missing && isMap(node) ? node.items[0]?.key : undefined;
    const offset = isNode(firstKey) && firstKey.range ? firstKey.range[0] : node.range[0];
    return { offset, missing };
  }
  return { offset: 0, missing: true };
}
