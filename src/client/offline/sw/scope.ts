/**
 * The worker's world: its build, base and shell (put in by the build, src/integrations/offline.ts),
 * and the few service-worker types the project's DOM typings lack (the WebWorker library cannot be
 * loaded beside the DOM one in one program).
 */
import { cacheNames } from '../../../lib/offline/keys.ts';

declare const __BAYAN_BUILD__: string;
declare const __BAYAN_BASE__: string;
declare const __BAYAN_SHELL__: string[];

export interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
export interface FetchEvent extends ExtendableEvent {
  request: Request;
  clientId: string;
  resultingClientId: string;
  respondWith(response: Promise<Response>): void;
}
export interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  registration: ServiceWorkerRegistration;
  skipWaiting(): Promise<void>;
  clients: {
    claim(): Promise<void>;
    matchAll(options?: { type?: string; includeUncontrolled?: boolean }): Promise<{ postMessage(m: unknown): void }[]>;
  };
  location: Location;
  addEventListener(type: string, listener: (event: never) => void): void;
}
export const worker = globalThis as unknown as WorkerScope;

export const BUILD = __BAYAN_BUILD__;
/** The site's base path, `/` or `/bayan/`. */
export const BASE = __BAYAN_BASE__;
/** What every build keeps from install: the offline pages, the stylesheet, the Arabic face, icons. */
export const SHELL = __BAYAN_SHELL__;
export const SCOPE = worker.registration.scope;
export const NAMES = cacheNames(SCOPE);
export const CURRENT = NAMES.build(BUILD);
/** A path from the base (`readouts/x/`) as an absolute URL. */
export const at = (path: string) => new URL(BASE + path, worker.location.origin).href;
