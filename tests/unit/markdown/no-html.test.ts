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
    const { code } = await render(
      'Text <img src=x onerror=alert(1)> and <b>bold</b>.\n\n<script>alert(1)</script>\n\n<!-- note -->\n',
      {
        ...processor.options,
        remarkPlugins: [remarkDirective],
        rehypePlugins: [],
      },
    );
    expect(code).toBe('<p>Text  and bold.</p>');
  });

  it('drops links of other schemes than https: and mailto: from a readout, keeping their text, without the content check', async () => {
    const body = BODY.replace(
      '::note[Literally',
      '::note[[first](javascript:alert(1)) [second](JavaScript:alert(2)) [third](data:text/html,x) [kept](https://example.org/) Literally',
    );
    const { code } = await render(body);
    expect(code).not.toMatch(/javascript:|data:text/i);
    expect(code).toContain('first second third <a href="https://example.org/">kept</a> Literally');
  });

  it('drops them with the readout plugins skipped, as it drops raw HTML', async () => {
    const { code } = await render('[x](javascript:alert(1)) ![y](javascript:alert(2)) [z](#p-2)\n', {
      ...processor.options,
      remarkPlugins: [remarkDirective],
    });
    expect(code).toBe('<p>x <img alt="y"> <a href="#p-2">z</a></p>');
  });
});
