// The actions the file menu takes for a click in the native menu.

/** What the file menu does. */
export type FileCommand =
  | { action: 'new' }
  | { action: 'open' }
  | { action: 'save-as' }
  | { action: 'recent'; path: string };

/** The command a native menu payload asks for, or null for one the file menu does not handle. */
export function parseMenuPayload(payload: unknown): FileCommand | null {
  if (typeof payload !== 'string') return null;
  switch (payload) {
    case 'new':
    case 'open':
    case 'save-as':
      return { action: payload };
  }
  const prefix = 'recent:';
  if (payload.startsWith(prefix) && payload.length > prefix.length) {
    return { action: 'recent', path: payload.slice(prefix.length) };
  }
  return null;
}

/** The file name at the end of a path, for a menu entry: "/home/a/Maps/ICS.bwmap" → "ICS.bwmap". */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  return parts.length === 0 ? path : parts[parts.length - 1];
}
