import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';

bootstrapApplication(App, appConfig).catch((error: unknown) => {
  // Nothing else can report a failed start: the app is not running.
  // eslint-disable-next-line no-console
  console.error(error);
});
