import { describe, expect, it } from 'vitest';
import { fileName, parseMenuPayload } from './menu';

describe('parseMenuPayload', () => {
  it('reads the native menu’s commands', () => {
    expect(parseMenuPayload('new')).toEqual({ action: 'new' });
    expect(parseMenuPayload('open')).toEqual({ action: 'open' });
    expect(parseMenuPayload('save-as')).toEqual({ action: 'save-as' });
    expect(parseMenuPayload('recent:/home/a/My maps/ICS: 2025.bwmap')).toEqual({
      action: 'recent',
      path: '/home/a/My maps/ICS: 2025.bwmap',
    });
  });

  it('ignores anything else', () => {
    expect(parseMenuPayload('recent:')).toBeNull();
    expect(parseMenuPayload('quit')).toBeNull();
    expect(parseMenuPayload(42)).toBeNull();
    expect(parseMenuPayload(null)).toBeNull();
  });
});

describe('fileName', () => {
  it('keeps the last part of a path', () => {
    expect(fileName('/home/a/Maps/ICS.bwmap')).toBe('ICS.bwmap');
    expect(fileName('C:\\Maps\\ICS.bwmap')).toBe('ICS.bwmap');
    expect(fileName('ICS.bwmap')).toBe('ICS.bwmap');
  });
});
