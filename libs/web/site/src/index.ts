export * from './lib/web-site/web-site';
