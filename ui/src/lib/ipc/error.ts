// The one place a failed call becomes something the UI can read: whatever a
// promise rejected with (a command's ApiError, Tauri's own bare string, a
// thrown Error) is normalised to one shape, as GitButler's
// `UserError.fromError` does, so no page guesses at what it caught.
import type { ApiError } from '../bindings/ApiError';
import type { ErrorCode } from '../bindings/ErrorCode';
import type { Issue } from '../bindings/Issue';

/**
 * What every call rejects with: the command's code, message and issues, or
 * code `ipc` when Tauri itself failed before reaching a command (an unknown
 * command, arguments it could not pass).
 */
export interface CallError {
  code: ErrorCode | 'ipc';
  message: string;
  /** Every problem found in the input, located by file, line and column; empty when there is none. */
  issues: Issue[];
}

function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}

/** Whatever a call rejected with, as a {@link CallError}; a CallError is handed back as it is. */
export function toCallError(error: unknown): CallError {
  if (isApiError(error)) {
    return { code: error.code, message: error.message, issues: error.issues ?? [] };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'ipc', message: message === '' ? 'Something went wrong.' : message, issues: [] };
}

/** The message a person reads for whatever a call rejected with. */
export function errorMessage(error: unknown): string {
  return toCallError(error).message;
}

/**
 * The messages of a refused write by the field they are about, for a form:
 * each issue under its column (several joined with "; "), and under `''`
 * the issues about no field in `fields` (every column counts when `fields`
 * is not given) or, when the refusal lists no issues, its message.
 */
export function issuesByField(error: unknown, fields?: ReadonlySet<string>): Record<string, string> {
  const failure = toCallError(error);
  const errors: Record<string, string> = {};
  const add = (field: string, message: string) => {
    errors[field] = errors[field] === undefined ? message : `${errors[field]}; ${message}`;
  };
  const issues = failure.code === 'invalid-input' ? failure.issues : [];
  for (const issue of issues) {
    const field = issue.column !== null && (fields === undefined || fields.has(issue.column)) ? issue.column : '';
    add(field, issue.message);
  }
  if (issues.length === 0) add('', failure.message);
  return errors;
}
