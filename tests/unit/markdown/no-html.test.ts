import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { describe, expect, it, vi } from 'vitest';
import config from '../../../astro.config.mjs';
import { BODY, FRONTMATTER } from '../../helpers/readouts.ts';
import { parse as parseYaml } from 'yaml';

const processor = config.markdown!.processor as ReturnType<typeof unified>;
const render = async (text: string, options = processor.options) => {
  const renderer = await unified(options).createRenderer({});
  return renderer.render(text, { frontmatter: parseYaml(FRONTMATTER.replaceAll('---', '')) });
};

describe("the site's Markdown pipeline (astro.config.mjs)", () => {
  it('fails a readout with inline HTML, naming the paragraph', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // Astro logs the error it rethrows
    const body = BODY.replace('عقد الرئيس', 'عقد <img src=x onerror=alert(1)> الرئيس');
    await expect(render(body)).rejects.toThrow('Raw HTML "<img src=x onerror=alert(1)>" in Arabic paragraph 1.');
  });

  it('drops raw HTML even when the readout plugins are skipped', async () => {
    const { code } = await render('Text <img src=x onerror=alert(1)> and <b>bold</b>.\n\n<script>alert(1)</script>\n\n<!-- note -->\n', {
      ...processor.options,
      remarkPlugins: [remarkDirective],
      rehypePlugins: [],
    });
    expect(code).toBe('<p>Text  and bold.</p>');
  });
});
