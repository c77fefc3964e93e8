import { describe, expect, it } from 'vitest';
import { unwrapPreloadCalls } from '../../../src/lib/build/preload-calls.ts';

const HELPER = 'preload-helper.Dy.js';

describe('unwrapPreloadCalls', () => {
  it('calls each import function directly and drops the helper import, leaving locals of the same name alone', () => {
    const code =
      'import{t as e}from"./hash.js";import{t}from"./preload-helper.Dy.js";function n(e,t){return t(e)}' +
      'var a=()=>t(()=>import(`./a.js`).then(e=>e.t),[]);t(async()=>{let{m:e}=await import(`./b.js`);return{m:e}},[]).then(({m:e})=>e(")"));';
    expect(unwrapPreloadCalls(code, HELPER)).toBe(
      'import{t as e}from"./hash.js";function n(e,t){return t(e)}' +
        'var a=()=>(()=>import(`./a.js`).then(e=>e.t))();(async()=>{let{m:e}=await import(`./b.js`);return{m:e}})().then(({m:e})=>e(")"));',
    );
  });

  it('follows a renamed import', () => {
    expect(unwrapPreloadCalls('import{t as r}from"./preload-helper.Dy.js";r(()=>import(`./a.js`),[]);', HELPER)).toBe(
      '(()=>import(`./a.js`))();',
    );
  });

  it('leaves a chunk alone when a call has dependencies to preload, or when it does not use the helper', () => {
    expect(
      unwrapPreloadCalls('import{t}from"./preload-helper.Dy.js";t(()=>import(`./a.js`),["_astro/a.css"]);', HELPER),
    ).toBeUndefined();
    expect(unwrapPreloadCalls('import{t}from"./other.js";t(()=>import(`./a.js`),[]);', HELPER)).toBeUndefined();
  });
});
