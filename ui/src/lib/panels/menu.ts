// The native menu's `menu` event and the actions the file menu takes for it.

/** What the file menu does. */
export type FileCommand =
  | { action: 'new' }
  | { action: 'open' }
  | { action: 'save-as' }
  | { action: 'recent'; path: string };

/** The event the native menu emits, with a payload of "new", "open", "save-as" or "recent:<path>". */
export const MENU_EVENT = 'menu';

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
