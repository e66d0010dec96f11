/**
 * What the public programme and event pages use to show things: UK dates and times, a resource's loaded value,
 * Markdown text. A separate entry point from the library's index, so those pages do not load the form components
 * and @angular/forms (see docs/performance.md, Front end).
 */
export * from './lib/loaded';
export * from './lib/markdown';
export * from './lib/page-title';
export * from './lib/uk-time.pipe';
