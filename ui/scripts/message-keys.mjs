// Writes src/lib/i18n/keys.ts, the `MessageKey` type, from the ids of locales/en/ui.ftl and
// locales/en/pnr.ftl (the PNR's words, shared with the desk and the command line): a key the
// screens use that no file defines fails `npm run check`. `npm run messages` runs it; a test
// (src/lib/i18n/keys.test.ts) fails when the file and the messages differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The ids a Fluent file defines, in file order (messages only, not terms or comments). */
export function messageIds(ftl) {
  return [...ftl.matchAll(/^([a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=/gm)].map((m) => m[1]);
}

/** The TypeScript module for those ids: several to a line, so the list stays short to read. */
export function keysModule(ftl) {
  const lines = [];
  for (const id of messageIds(ftl).map((id) => `| '${id}'`)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + id.length <= 100) lines[last] += ` ${id}`;
    else lines.push(`  ${id}`);
  }
  return (
    '// Written by `npm run messages` from locales/en/ui.ftl and pnr.ftl: do not edit by hand.\n\n' +
    '/** The id of a message of locales/<language>/ui.ftl or pnr.ftl. */\n' +
    `export type MessageKey =\n${lines.join('\n')};\n`
  );
}

// Run as a script (not imported by the test): read the messages, write the type.
if (import.meta.url.startsWith('file:') && process.argv[1] === fileURLToPath(import.meta.url)) {
  const read = (file) => readFileSync(fileURLToPath(new URL(`../../locales/en/${file}`, import.meta.url)), 'utf8');
  const keys = fileURLToPath(new URL('../src/lib/i18n/keys.ts', import.meta.url));
  writeFileSync(keys, keysModule(`${read('ui.ftl')}\n${read('pnr.ftl')}`));
}
