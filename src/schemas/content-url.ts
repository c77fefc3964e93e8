import { z } from 'astro/zod';
import { contentUrlProblem } from '../lib/check/url-schemes.ts';

/**
 * A link kept in content (a term's reference page, a readout's source): https: or mailto: only.
 * In the schema, not only in the content check, so Astro's own validation stops the build with it too.
 */
export const contentUrl = () =>
  z.string().superRefine((value, ctx) => {
    const problem = contentUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.replace(/\.$/, '') });
  });
