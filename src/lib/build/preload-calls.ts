/**
 * Vite wraps every dynamic import in its preload helper, `helper(() => import(…), deps)`, to load
 * the imported chunk's CSS and dependencies first, and keeps doing so with `build.modulePreload`
 * off (vitejs/vite#18551). Bayan has one stylesheet for the whole site and no chunk with
 * dependencies to preload, so every call's deps are `[]` and the helper (on
 * every page) does nothing but call its function. This unwraps the calls in a built chunk:
 * `helper(fn,[])` becomes `(fn)()`.
 */

/** The chunk's code without the helper, or undefined when it does not use it or a call has deps (left as it is). */
export function unwrapPreloadCalls(code: string, helperFile: string): string | undefined {
  const imported = new RegExp(
    `import\\{([\\w$]+)(?: as ([\\w$]+))?\\}from"\\./${helperFile.replace(/[.$]/g, '\\$&')}";`,
  ).exec(code);
  if (!imported) return undefined;
  const name = imported[2] ?? imported[1]!;
  let out = code.slice(0, imported.index) + code.slice(imported.index + imported[0].length);
  // A call's first argument is the function that imports: `t(()=>import(…)…,[])`, `t(async()=>{…},[])`.
  // Minified code reuses the name for locals elsewhere; those are not calls of this shape.
  const call = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\((?=(?:async)?\\(\\)=>)`, 'g');
  for (let match = call.exec(out); match; match = call.exec(out)) {
    const open = match.index + match[0].length - 1;
    const close = matchingParen(out, open);
    const inner = close === undefined ? undefined : out.slice(open + 1, close);
    if (!inner?.endsWith(',[]') || !inner.includes('import(')) return undefined;
    const unwrapped = `(${inner.slice(0, -3)})()`;
    out = out.slice(0, match.index) + unwrapped + out.slice(close! + 1);
    call.lastIndex = match.index + unwrapped.length;
  }
  return out;
}

/** The index of the parenthesis closing the one at `open`, skipping strings and template literals. */
function matchingParen(code: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return c === ')' ? i : undefined;
    }
  }
  return undefined;
}
