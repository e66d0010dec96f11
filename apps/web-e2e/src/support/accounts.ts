import type { Page } from 'playwright-core';

export interface Account {
  email: string;
  password: string;
}

/** The documented demo accounts (README); servers started with DEMO_DATA=true have them. */
export const DEMO_ACCOUNTS = {
  admin: { email: 'admin@demo.example', password: 'demo admin passphrase' },
  techukOrganiser: { email: 'organiser@techuk.demo.example', password: 'demo techuk passphrase' },
  lgaOrganiser: { email: 'organiser@lga.demo.example', password: 'demo lga passphrase' },
  reviewer: { email: 'reviewer@demo.example', password: 'demo reviewer passphrase' },
} satisfies Record<string, Account>;

/** Signs in through the sign-in page, as a person would. */
export async function signInThroughPage(page: Page, baseUrl: string, account: Account): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
