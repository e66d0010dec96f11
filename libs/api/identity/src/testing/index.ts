/** Test helpers other projects' tests may use: computing the code an authenticator app would show. */
export { totp } from '../lib/totp';
