// Pure helpers for the filter panel. In SceneFilters an empty list means
// "all", so a list that would hold every choice is stored empty.

/**
 * The list after ticking or unticking `value`, where `[]` means all of
 * `universe`. Returns null when the result would tick nothing, which the
 * empty list cannot say (it means all): the panel decides what that means.
 */
export function toggleChoice<T>(list: readonly T[], value: T, universe: readonly T[]): T[] | null {
  const current = list.length === 0 ? [...universe] : list.filter((item) => universe.includes(item));
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  if (next.length === 0) return null;
  if (universe.every((item) => next.includes(item))) return [];
  // Keep the universe's order so equal filters compare equal.
  return universe.filter((item) => next.includes(item));
}

/** Whether `value` is ticked, where `[]` means all. */
export function isChosen<T>(list: readonly T[], value: T): boolean {
  return list.length === 0 || list.includes(value);
}

/** The "contact within" choices: off, or a number of days. */
export const CONTACT_PRESETS: readonly { value: number | null; label: string }[] = [
  { value: null, label: 'Any time' },
  { value: 30, label: 'Last 30 days' },
  { value: 90, label: 'Last 90 days' },
  { value: 180, label: 'Last 180 days' },
  { value: 365, label: 'Last year' },
];

/** The select's value for a number of days: "off", a preset's days, or "custom". */
export function contactChoice(days: number | null): string {
  if (days === null) return 'off';
  return CONTACT_PRESETS.some((preset) => preset.value === days) ? String(days) : 'custom';
}

/** Longest window a person can type, in days (ten years). */
export const MAX_CONTACT_DAYS = 3650;

/** A typed number of days, or null when it is not a whole number from 1 to {@link MAX_CONTACT_DAYS}. */
export function parseContactDays(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days >= 1 && days <= MAX_CONTACT_DAYS ? days : null;
}

/** Focus hop choices: 0 is off. */
export const FOCUS_HOPS: readonly { value: number; label: string }[] = [
  { value: 0, label: 'Off' },
  { value: 1, label: '1 step' },
  { value: 2, label: '2 steps' },
  { value: 3, label: '3 steps' },
];

/**
 * Calls `fn` once calls stop coming for `ms` milliseconds, with the last
 * arguments; `flush` calls it now if one is waiting, `cancel` drops it.
 */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  const fire = () => {
    timer = null;
    if (pending !== null) {
      const args = pending;
      pending = null;
      fn(...args);
    }
  };
  return {
    call(...args: A) {
      pending = args;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(fire, ms);
    },
    flush() {
      if (timer !== null) clearTimeout(timer);
      fire();
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
    },
    get pending() {
      return pending !== null;
    },
  };
}
