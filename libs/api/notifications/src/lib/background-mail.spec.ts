import { Logger } from '@nestjs/common';
import type { FeedbackScheduler } from '@epm/api/feedback';
import type { AppConfig } from '@epm/api/platform';
import { BackgroundMail } from './background-mail';
import type { MailDispatcher } from './dispatcher';
import type { ReminderScheduler } from './reminders';

describe('the background mail loop', () => {
  it('still sends what is queued when a scheduler fails, and stops on shutdown', async () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    let sent = 0;
    const dispatcher = { runOnce: jest.fn(async () => (sent++ === 0 ? 1 : 0)) };
    const reminders = { runOnce: jest.fn(async () => Promise.reject(new Error('database busy'))) };
    const feedback = { runOnce: jest.fn(async () => 0) };
    const loop = new BackgroundMail(
      dispatcher as unknown as MailDispatcher,
      reminders as unknown as ReminderScheduler,
      feedback as unknown as FeedbackScheduler,
      { mail: { pollMs: 5 } } as AppConfig,
    );
    loop.onApplicationBootstrap();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await loop.onApplicationShutdown();
    expect(reminders.runOnce).toHaveBeenCalled();
    expect(feedback.runOnce).toHaveBeenCalled();
    // The first round sent a message despite the reminder scheduler failing, then kept going while there was more.
    expect(dispatcher.runOnce.mock.calls.length).toBeGreaterThanOrEqual(2);
    const calls = dispatcher.runOnce.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(dispatcher.runOnce.mock.calls.length).toBe(calls);
  });
});
