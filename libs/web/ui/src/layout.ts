/**
 * The page frame (header and footer) the app shell renders on every page. A separate entry point from the
 * library's index, so the shell's first download does not take in the form components and @angular/forms
 * that only some pages use (see docs/performance.md, Front end).
 */
export * from './lib/site-footer';
export * from './lib/site-header';
