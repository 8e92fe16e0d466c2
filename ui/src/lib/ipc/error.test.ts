import { describe, expect, it } from 'vitest';
import { errorMessage, issuesByField, toCallError } from './error';

describe('toCallError', () => {
  it('keeps a command\'s code, message and issues', () => {
    const issue = { file: 'people.csv', line: 14, column: 'level', message: '"Snr" is not a level' };
    expect(toCallError({ code: 'invalid-input', message: 'not imported', issues: [issue] })).toEqual({
      code: 'invalid-input',
      message: 'not imported',
      issues: [issue],
    });
    expect(toCallError({ code: 'not-found', message: 'no such person' })).toEqual({
      code: 'not-found',
      message: 'no such person',
      issues: [],
    });
  });

  it('reads what Tauri or the page threw as an ipc failure with its text', () => {
    expect(toCallError('command frobnicate not found')).toEqual({
      code: 'ipc',
      message: 'command frobnicate not found',
      issues: [],
    });
    expect(toCallError(new TypeError('x is undefined'))).toMatchObject({ code: 'ipc', message: 'x is undefined' });
    expect(toCallError(undefined).message).toBe('undefined');
    expect(toCallError('').message).toBe('Something went wrong.');
    expect(toCallError({ message: 'no code' })).toMatchObject({ code: 'ipc', message: '[object Object]' });
  });

  it('hands a CallError back unchanged, so normalising twice changes nothing', () => {
    const once = toCallError({ code: 'busy', message: 'the map is in use', issues: [] });
    expect(toCallError(once)).toEqual(once);
    expect(errorMessage(once)).toBe('the map is in use');
  });
});

describe('issuesByField', () => {
  it('collects a refused write by field', () => {
    const errors = issuesByField({
      code: 'invalid-input',
      message: 'not saved',
      issues: [
        { file: 'assessment', line: null, column: 'date', message: 'Date: bad' },
        { file: 'assessment', line: null, column: 'communication', message: 'Communication: 9' },
      ],
    });
    expect(errors).toEqual({ date: 'Date: bad', communication: 'Communication: 9' });
    expect(issuesByField({ code: 'io', message: 'disk full' })).toEqual({ '': 'disk full' });
  });

  it('puts issues about fields the form does not have under the form', () => {
    const errors = issuesByField(
      {
        code: 'invalid-input',
        message: 'not saved',
        issues: [
          { file: 'person', line: null, column: 'level', message: 'bad level' },
          { file: 'person', line: null, column: 'elsewhere', message: 'bad elsewhere' },
          { file: 'person', line: null, column: null, message: 'bad map' },
        ],
      },
      new Set(['level']),
    );
    expect(errors).toEqual({ level: 'bad level', '': 'bad elsewhere; bad map' });
  });
});

describe('errorMessage', () => {
  it('takes an ApiError’s message, or the text of anything else', () => {
    expect(errorMessage({ code: 'ipc', message: 'no such command' })).toBe('no such command');
    expect(errorMessage('boom')).toBe('boom');
    expect(errorMessage(new Error('bad'))).toBe('bad');
  });
});
