export * from './lib/auth.guards';
export * from './lib/auth.interceptor';
export * from './lib/auth.service';
export * from './lib/identity.routes';
