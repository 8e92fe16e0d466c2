// How every command is called: through Tauri's `invoke`, with any failure
// normalised to a CallError, and long commands' progress streamed over a
// channel. Only the files of lib/ipc/ call these.
import { Channel, invoke } from '@tauri-apps/api/core';
import type { ProgressReport } from '../bindings/ProgressReport';
import { toCallError } from './error';

// Commands reject with an ApiError; Tauri itself rejects with a bare string
// (e.g. an unknown command): both are normalised so callers meet one shape.
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toCallError(error);
  }
}

/** Streams a long command's progress reports to `onProgress`. */
export function progressChannel(onProgress: (report: ProgressReport) => void): Channel<ProgressReport> {
  const channel = new Channel<ProgressReport>();
  channel.onmessage = onProgress;
  return channel;
}
