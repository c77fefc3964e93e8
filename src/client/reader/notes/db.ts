/**
 * Where a reader's notes live: IndexedDB, database `bayan-notes`, store `notes`, one record per note keyed by
 * its id. Per origin, in this browser only (docs/notes.md says how to remove it). `bayan:notes` in
 * localStorage says there are some, so the reading page loads this code at once only for a reader who has notes.
 */
import type { Note } from '../../../lib/notes/annotation.ts';
import { store } from '../../site/storage.ts';

const STORE = 'notes';
let opened: Promise<IDBDatabase> | undefined;
const db = () =>
  (opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open('bayan-notes', 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  }));

async function run<T>(mode: IDBTransactionMode, work: (notes: IDBObjectStore) => IDBRequest<T> | void): Promise<T> {
  const transaction = (await db()).transaction(STORE, mode);
  const request = work(transaction.objectStore(STORE));
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve(request?.result as T);
    transaction.onerror = () => reject(transaction.error);
  });
}

export const allNotes = () => run<Note[]>('readonly', (notes) => notes.getAll());
export async function putNotes(list: readonly Note[]) {
  await run('readwrite', (notes) => void list.forEach((note) => notes.put(note)));
  store('bayan:notes', '1');
}
export const deleteNote = (id: string) => run('readwrite', (notes) => notes.delete(id));
export async function deleteAll() {
  await run('readwrite', (notes) => notes.clear());
  store('bayan:notes', '');
}
