/**
 * `npm run bench:external-memory`: why a page costs the build more the larger the collection
 * (docs/performance.md, 2026-12-04). A model of the build's main thread: a large live heap, as the
 * content store of a large collection makes, and a stream of short-lived Buffers, as writing each
 * page makes. V8 starts a full mark-compact each time about 64 MB more memory outside the heap has
 * been allocated since the last one, and each marks the whole heap; counted in the heap's own limit
 * (`--external-memory-accounted-in-global-limit`), that memory is freed by the heap's own collections.
 * Runs each way in a child process and reports collections by kind and the time of the Buffer stream.
 */
import { spawnSync } from 'node:child_process';

const LIVE_OBJECTS = Number(process.env['LIVE_OBJECTS'] ?? 6_000_000);
const BUFFERS = Number(process.env['BUFFERS'] ?? 40_000);

/** The child (`--child`), run with or without the flag among Node's own arguments. */
async function child(): Promise<void> {
  const { PerformanceObserver, constants } = await import('node:perf_hooks');
  const live: { text: string; n: number }[] = [];
  for (let i = 0; i < LIVE_OBJECTS; i++) live.push({ text: `entry ${i}`, n: i });
  const counts = { scavenge: 0, 'mark-compact': 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // A 'gc' entry's detail says which collection it was; the PerformanceEntry type does not declare it.
      const { kind } = (entry as unknown as { detail: { kind: number } }).detail;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) counts.scavenge++;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) counts['mark-compact']++;
    }
  }).observe({ entryTypes: ['gc'] });
  const started = performance.now();
  let checksum = 0;
  for (let i = 0; i < BUFFERS; i++) {
    // A page's bytes, copied once more, as a response body is on its way to the file.
    const page = Buffer.alloc(100_000, i & 255);
    checksum += Buffer.concat([page])[i % 100_000]!;
    if (i % 50 === 0) await new Promise(setImmediate);
  }
  const ms = performance.now() - started;
  await new Promise(setImmediate);
  console.log(JSON.stringify({ ms, ...counts, live: live.length, checksum }));
}

if (process.argv[2] === '--child') await child();
else {
  console.log(
    `${LIVE_OBJECTS.toLocaleString('en')} live objects, then ${BUFFERS.toLocaleString('en')} Buffers of 100 KB\n`,
  );
  console.log('| V8 flags | mark-compacts | scavenges | time of the Buffers (s) |\n|---|---|---|---|');
  for (const flags of [[], ['--external-memory-accounted-in-global-limit']]) {
    const run = spawnSync(process.execPath, [...flags, import.meta.filename, '--child'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    const result = JSON.parse(run.stdout) as { ms: number; scavenge: number; 'mark-compact': number };
    console.log(
      `| ${flags.join(' ') || 'defaults'} | ${result['mark-compact']} | ${result.scavenge} | ${(result.ms / 1000).toFixed(1)} |`,
    );
  }
}
