/** The ids a Fluent file defines, in file order. */
export function messageIds(ftl: string): string[];
/** The TypeScript module of `MessageKey` for those ids. */
export function keysModule(ftl: string): string;
