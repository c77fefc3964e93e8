/**
 * The Lighthouse settings shared by `npm run check:lighthouse` and `npm run bench:starlight`, so that
 * their scores are measured alike. The screenshots (a filmstrip and a full-page capture) and the
 * back/forward-cache test (two more navigations) score nothing and cost seconds a run.
 */
import type { Flags } from 'lighthouse';

export const lighthouseFlags = (port: number): Flags => ({
  port,
  output: 'json',
  logLevel: 'error',
  disableFullPageScreenshot: true,
  skipAudits: ['screenshot-thumbnails', 'final-screenshot', 'bf-cache'],
});
