import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { MeResponse } from '@epm/shared/contracts';
import { requireSignIn } from './auth.guards';

@Component({ template: '' })
class Blank {}

const reviewer: MeResponse = {
  id: 4,
  email: 'rowan@panel.example',
  displayName: 'Rowan',
  role: 'reviewer',
  organisation: null,
  mfaEnabled: false,
  mfaEnrolmentRequired: false,
};

describe('requireSignIn', () => {
  let router: Router;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          {
            path: 'admin/users',
            canMatch: [requireSignIn('admin')],
            component: Blank,
          },
          { path: 'account', canMatch: [requireSignIn()], component: Blank },
          { path: '**', component: Blank },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
  });

  async function navigate(url: string, user: MeResponse | null): Promise<string> {
    const navigation = router.navigateByUrl(url);
    // The guard asks the API once the router has started matching.
    await new Promise((resolve) => setTimeout(resolve, 0));
    http.expectOne('/api/auth/session').flush({ user });
    await navigation;
    return router.url;
  }

  it('sends someone signed out to sign in, remembering where they were going', async () => {
    expect(await navigate('/account', null)).toBe('/sign-in?returnUrl=%2Faccount');
  });

  it('keeps the query of the address, so a shared filtered link survives signing in', async () => {
    expect(await navigate('/account?view=calendar&month=2025-10', null)).toBe(
      '/sign-in?returnUrl=%2Faccount%3Fview%3Dcalendar%26month%3D2025-10',
    );
  });

  it('shows the 403 page to a signed-in person without the role', async () => {
    expect(await navigate('/admin/users', reviewer)).toBe('/forbidden');
  });

  it('lets a signed-in person through where any role may go', async () => {
    expect(await navigate('/account', reviewer)).toBe('/account');
  });

  it('sends an administrator who owes two-step set-up to set it up', async () => {
    expect(
      await navigate('/admin/users', {
        ...reviewer,
        role: 'admin',
        mfaEnrolmentRequired: true,
      }),
    ).toBe('/account/two-step');
  });
});
