export * from './lib/feedback-events';
export * from './lib/feedback-links';
export * from './lib/feedback-scheduler';
export * from './lib/feedback.entities';
export * from './lib/feedback.module';
export * from './lib/feedback.service';
