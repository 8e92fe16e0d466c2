// The Report dialog's transitions, through the real lib/ipc with Tauri's
// `invoke` replaced by a stand-in backend.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReportDone } from '../ipc';
import { ReportDialogState } from './report-dialog.svelte';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('@tauri-apps/api/core', () => ({ invoke, Channel: class {} }));

const snapshot = { id: 2, name: 'Q3', taken_at: '2026-09-30T10:00:00Z', day: '2026-09-30', note: null, people: 60, ties: 90 };
const done: ReportDone = { format: 'pdf', out: '/maps/ICS 2026-11-01.pdf', summary: '3 partnerships, 21 partner links, 5 urgent' };

/** A backend with two partnerships and one snapshot, answering each command as `answers` say. */
function backend(answers: Record<string, unknown> = {}): void {
  invoke.mockImplementation(async (command: string) => {
    if (command in answers) {
      const answer = answers[command];
      if (answer instanceof Error) throw { code: 'already-exists', message: answer.message };
      return answer;
    }
    if (command === 'partnerships') {
      return { as_of: '2026-11-01', organisations: [], levels: [], partnerships: [{ id: 'p1', name: 'Home first' }, { id: 'p2', name: 'Discharge' }] };
    }
    if (command === 'snapshots') return [snapshot];
    if (command === 'preview_report') return { html: '<!DOCTYPE html><p>report</p>', summary: '1 partnership' };
    throw new Error(`unexpected ${command}`);
  });
}

const calls = (command: string) => invoke.mock.calls.filter(([c]) => c === command).map(([, args]) => args);

describe('ReportDialogState', () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it('starts from the partnership or snapshot it was opened on', async () => {
    backend();
    const state = new ReportDialogState();
    await state.show({ partnership: 'p2', since: 2 });
    expect([state.every, state.chosen, state.since]).toEqual([false, ['p2'], 2]);
    expect(state.partnershipList).toEqual([
      { id: 'p1', name: 'Home first' },
      { id: 'p2', name: 'Discharge' },
    ]);
  });

  it('drops a partnership or snapshot the map does not have', async () => {
    backend();
    const state = new ReportDialogState();
    await state.show({ partnership: 'gone', since: 9 });
    expect([state.chosen, state.since]).toEqual([[], null]);
    expect(state.problem).toMatch(/at least one partnership/);
  });

  it('previews, then saves what it previewed as the chosen format, never sending a path', async () => {
    backend({ report_with_dialog: done });
    const state = new ReportDialogState();
    await state.show({ since: 2 });
    await state.save();
    expect(calls('report_with_dialog')).toEqual([]);
    await state.makePreview();
    expect(state.preview).toContain('report');
    expect(state.previewCurrent).toBe(true);
    state.format = 'html';
    await state.save();
    const [args] = calls('report_with_dialog');
    expect(args.request).toMatchObject({ since: '2', partnerships: [], pseudonymise: false });
    expect(args.format).toBe('html');
    expect(JSON.stringify(args)).not.toContain('/');
    expect(state.done).toEqual(done);
  });

  it('asks for a new preview once the choices change', async () => {
    backend();
    const state = new ReportDialogState();
    await state.show();
    await state.makePreview();
    state.pseudonymise = true;
    expect(state.previewCurrent).toBe(false);
    await state.save();
    expect(calls('report_with_dialog')).toEqual([]);
    await state.makePreview();
    expect(calls('preview_report')[1].request).toMatchObject({ pseudonymise: true, min_group: 5 });
  });

  it('stays as it was when the Save dialog is cancelled, and shows a refusal through the one normaliser', async () => {
    backend({ report_with_dialog: null });
    const state = new ReportDialogState();
    await state.show();
    await state.makePreview();
    await state.save();
    expect([state.done, state.error, state.open]).toEqual([null, null, true]);
    backend({ report_with_dialog: new Error('/maps/a.pdf already exists') });
    await state.save();
    expect(state.error).toBe('/maps/a.pdf already exists');
    expect(state.busy).toBe(false);
  });
});
