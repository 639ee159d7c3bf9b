/**
 * Every word the screens show comes from `locales/<language>/ui.ftl`: no Svelte or TypeScript
 * source holds text for the agent. Markup text and the attributes people read (placeholder,
 * title, aria-label, alt) must be expressions; a string literal in code must not read like a
 * sentence. Tests and their fixtures hold data, and are not scanned.
 */
import { describe, expect, it } from 'vitest';

const sources = {
  ...import.meta.glob('/src/**/*.svelte', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob(['/src/**/*.ts', '!/src/**/*.test.ts', '!/src/test/**', '!/src/bindings/**'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
} as Record<string, string>;

/** Whether a literal reads like a sentence (the same rule as the Rust side's scan). */
export function readsLikeASentence(literal: string): boolean {
  const bare = literal.replace(/\$\{[^}]*\}|\{[^}]*\}/g, 'x').trim();
  const words = bare.split(/\s+/).filter((w) => [...w].filter((c) => /\p{L}/u.test(c)).length >= 2);
  const shouting = words.filter((w) => w.length >= 2 && w === w.toUpperCase() && /\p{L}/u.test(w));
  if (shouting.length >= 2) return false;
  if (words.length > 0 && words.filter((w) => w.endsWith(',')).length * 2 >= words.length) return false;
  const swedish = /[åäöÅÄÖ]/.test(bare);
  const ends = /[.!?]$/.test(bare);
  const capital = /^\p{Lu}\p{Ll}/u.test(bare);
  const n = words.length;
  return ((swedish || ends) && n >= 3) || (capital && n >= 4) || n >= 6;
}

/** What of a component's markup a person reads as it is written. */
function writtenText(svelte: string): string[] {
  let markup = svelte.replace(/<script[^>]*>[\s\S]*?<\/script>|<style[^>]*>[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '');
  const found = [...markup.matchAll(/\b(placeholder|title|aria-label|aria-description|alt)="([^"{]*)"/g)]
    .filter((m) => /\p{L}{2,}/u.test(m[2] ?? ''))
    .map((m) => m[0]);
  // Key caps (`<kbd>Esc</kbd>`) are the keyboard's, in every language.
  markup = markup.replace(/<kbd>[^<]*<\/kbd>/g, ' ');
  for (let before = ''; before !== markup; ) {
    before = markup;
    markup = markup.replace(/\{[^{}]*\}/g, ' ');
  }
  const text = markup.replace(/<[^>]*>/g, '\n');
  found.push(...text.split(/\n/).map((line) => line.trim()).filter((line) => /\p{L}{2,}/u.test(line)));
  return found;
}

/** The string literals of code that read like sentences. */
function sentences(code: string): string[] {
  const lines = code.split('\n').filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line));
  const literals = lines.join('\n').matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g);
  return [...literals].map((m) => m[1] ?? m[2] ?? m[3] ?? '').filter(readsLikeASentence);
}

describe('the screens’ words', () => {
  it('scans the sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    expect(Object.keys(sources)).toContain('/src/App.svelte');
  });

  it.each(Object.keys(sources))('%s holds no text for the agent outside locales/', (file) => {
    const source = sources[file] ?? '';
    const scripts = file.endsWith('.svelte')
      ? [...source.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '')
      : [source];
    const found = [...(file.endsWith('.svelte') ? writtenText(source) : []), ...scripts.flatMap(sentences)];
    expect(found, 'put these in locales/*/ui.ftl').toEqual([]);
  });

  it('knows text from code', () => {
    expect(writtenText('<p>Choose a stop</p>')).toEqual(['Choose a stop']);
    expect(writtenText('<input placeholder="Street and number">')).toEqual(['placeholder="Street and number"']);
    expect(writtenText('<p>{t("book-stop")}</p><kbd>Esc</kbd>')).toEqual([]);
    expect(sentences("const x = 'Choose a service and a stop.';")).toHaveLength(1);
    expect(sentences("errors.time = 'book-time-missing';")).toHaveLength(0);
  });
});
