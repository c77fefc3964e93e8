/** The reader's remembered choices. Storage can be blocked (private mode); a choice then lasts for this page. */
export function store(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // blocked: nothing to remember
  }
}

export function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
