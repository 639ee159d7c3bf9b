/** The app's three areas, in menu order (Ctrl+1, Ctrl+2, Ctrl+3). */
import type { MessageKey } from '../i18n/keys';

export const AREAS = ['book', 'history', 'settings'] as const;
export type Area = (typeof AREAS)[number];

export const areaLabel: Record<Area, MessageKey> = {
  book: 'nav-book',
  history: 'nav-history',
  settings: 'nav-settings',
};

export const areaAccessKey: Record<Area, MessageKey> = {
  book: 'nav-book-key',
  history: 'nav-history-key',
  settings: 'nav-settings-key',
};

/** The parts of a keyboard event the shortcuts look at. */
export interface KeyPress {
  key: string;
  /** The physical key (`KeyB`): on macOS, Alt+B types `∫`, so the letter alone is not enough. */
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * The area a key press opens, or `null`. Ctrl+1/2/3 (⌘ on macOS) always work; Alt+letter uses
 * the letters of the current language (`letters` gives each area's letter).
 */
export function areaForKey(press: KeyPress, letters: Record<Area, string>): Area | null {
  if (press.shiftKey) return null;
  const command = press.ctrlKey !== press.metaKey; // exactly one of them
  if (command && !press.altKey) {
    const index = ['1', '2', '3'].indexOf(press.key);
    return index >= 0 ? (AREAS[index] ?? null) : null;
  }
  if (press.altKey && !press.ctrlKey && !press.metaKey) {
    const key = press.key.toLowerCase();
    return (
      AREAS.find((area) => {
        const letter = letters[area].toLowerCase();
        return key === letter || press.code === `Key${letter.toUpperCase()}`;
      }) ?? null
    );
  }
  return null;
}
