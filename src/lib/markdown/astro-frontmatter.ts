/**
 * The front-matter Astro hands Markdown plugins (`file.data.astro.frontmatter`). The plugins read it, and
 * remark-readout-pairs adds to it what pages read back as remarkPluginFrontmatter.
 */
import type { VFile } from 'vfile';

export function astroFrontmatter<T extends object>(file: VFile): Partial<T> {
  return (file.data['astro'] as { frontmatter?: Partial<T> } | undefined)?.frontmatter ?? {};
}
