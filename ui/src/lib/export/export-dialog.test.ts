// The Export dialog's transitions, through the real lib/ipc with Tauri's
// `invoke` replaced by a stand-in backend.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportReport } from '../ipc';
import { ExportDialogState } from './export-dialog.svelte';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('@tauri-apps/api/core', () => ({ invoke, Channel: class {} }));

const snapshot = { kind: 'snapshot', id: 2, name: 'Before' } as const;
const report: ExportReport = { format: 'xlsx', out: '/maps/ICS Before 2026-11-01.xlsx', summary: '8 organisations' };

describe('ExportDialogState', () => {
  beforeEach(() => invoke.mockReset());

  it('asks the backend to export and says where it went, never sending a path', async () => {
    invoke.mockResolvedValueOnce(report);
    const state = new ExportDialogState();
    state.show(snapshot);
    state.chooseKind('tables');
    expect(state.format).toBe('xlsx');
    await state.run();
    expect(invoke).toHaveBeenCalledTimes(1);
    const [command, args] = invoke.mock.calls[0];
    expect(command).toBe('export_with_dialog');
    expect(args.request).toMatchObject({ format: 'xlsx', snapshot: '2' });
    expect(JSON.stringify(args)).not.toContain('/');
    expect(state.done).toEqual(report);
    expect(state.busy).toBe(false);
  });

  it('stays open as it was when the Save dialog is cancelled', async () => {
    invoke.mockResolvedValueOnce(null);
    const state = new ExportDialogState();
    state.show(snapshot);
    await state.run();
    expect(state.subject).toEqual(snapshot);
    expect([state.done, state.error]).toEqual([null, null]);
  });

  it('shows a refusal in the dialog, through the one normaliser', async () => {
    invoke.mockRejectedValueOnce({ code: 'already-exists', message: '/maps/a.pdf already exists' });
    const state = new ExportDialogState();
    state.show(snapshot);
    await state.run();
    expect(state.error).toBe('/maps/a.pdf already exists');
    state.show(snapshot);
    expect(state.error).toBeNull();
  });

  it('cannot be closed or run twice while an export runs', async () => {
    let finish: (value: ExportReport) => void = () => {};
    invoke.mockReturnValueOnce(new Promise((resolve) => (finish = resolve)));
    const state = new ExportDialogState();
    state.show(snapshot);
    const running = state.run();
    state.close();
    void state.run();
    expect(state.subject).not.toBeNull();
    finish(report);
    await running;
    expect(invoke).toHaveBeenCalledTimes(1);
    state.close();
    expect(state.subject).toBeNull();
  });

  it('shows how far a long export has got, and Cancel stops it without an error or a file', async () => {
    let fail: (reason: unknown) => void = () => {};
    invoke.mockReturnValueOnce(new Promise((_, reject) => (fail = reject)));
    const state = new ExportDialogState();
    state.show(snapshot);
    const running = state.run();
    const [, args] = invoke.mock.calls[0];
    args.onProgress.onmessage({ stage: 'writing the export', done: 1048576, total: 0 });
    expect(state.progress).toEqual({ stage: 'writing the export', done: 1048576, total: 0 });
    invoke.mockResolvedValueOnce(undefined);
    state.cancel();
    expect(invoke.mock.calls[1][0]).toBe('cancel_open');
    fail({ code: 'cancelled', message: 'the export was cancelled; nothing was written' });
    await running;
    expect([state.progress, state.error, state.done, state.busy]).toEqual([null, null, null, false]);
  });
});
