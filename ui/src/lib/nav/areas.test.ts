import { describe, expect, it } from 'vitest';
import { areaForKey, type Area, type KeyPress } from './areas';

const svLetters: Record<Area, string> = { book: 'B', history: 'H', settings: 'I' };
const press = (over: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  shiftKey: false,
  ...over,
});

describe('areaForKey', () => {
  it.each([
    [press({ key: '1', ctrlKey: true }), 'book'],
    [press({ key: '2', ctrlKey: true }), 'history'],
    [press({ key: '3', ctrlKey: true }), 'settings'],
    [press({ key: '3', metaKey: true }), 'settings'],
    [press({ key: 'b', code: 'KeyB', altKey: true }), 'book'],
    [press({ key: 'i', code: 'KeyI', altKey: true }), 'settings'],
    [press({ key: '∫', code: 'KeyB', altKey: true }), 'book'],
  ] as const)('%o opens %s', (event, area) => {
    expect(areaForKey(event, svLetters)).toBe(area);
  });

  it.each([
    ['a digit without a modifier (typing in a field)', press({ key: '1' })],
    ['Ctrl+4, which is no area', press({ key: '4', ctrlKey: true })],
    ['Ctrl+Shift+1', press({ key: '1', ctrlKey: true, shiftKey: true })],
    ['Ctrl+Alt+1 (AltGr on Swedish keyboards)', press({ key: '1', ctrlKey: true, altKey: true })],
    ["Alt+S, which is English's letter, in Swedish", press({ key: 's', code: 'KeyS', altKey: true })],
    ['a letter without Alt', press({ key: 'b', code: 'KeyB' })],
  ])('ignores %s', (_, event) => {
    expect(areaForKey(event, svLetters)).toBeNull();
  });
});
