import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  // If the `node` package's install script is skipped, npm silently falls back to the system Node 20.
  it('runs on the Node 24 pinned in package.json', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });
});
