import { TestBed } from '@angular/core/testing';
import { cameraProblem, QrScanner } from './qr-scanner';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the fake camera "sees": each detect() call takes the next frame's QR codes. */
let frames: string[][] = [];

class FakeDetector {
  static getSupportedFormats = jest.fn(async () => ['qr_code', 'ean_13']);
  constructor(readonly options: { formats: string[] }) {}
  async detect(): Promise<{ rawValue: string }[]> {
    return (frames.shift() ?? []).map((rawValue) => ({ rawValue }));
  }
}

const stopTrack = jest.fn();
const getUserMedia = jest.fn();

function install(detector: unknown, media: unknown = { getUserMedia }): void {
  Object.defineProperty(window, 'BarcodeDetector', { value: detector, configurable: true, writable: true });
  Object.defineProperty(navigator, 'mediaDevices', { value: media, configurable: true });
}

async function render() {
  const fixture = TestBed.createComponent(QrScanner);
  const scanned: string[] = [];
  fixture.componentInstance.scanned.subscribe((code) => scanned.push(code));
  fixture.detectChanges();
  await wait(0);
  await fixture.whenStable();
  return { fixture, page: fixture.nativeElement as HTMLElement, scanned };
}

const text = (page: HTMLElement, testId: string) =>
  page.querySelector(`[data-testid=${testId}]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('QrScanner', () => {
  beforeEach(() => {
    frames = [];
    stopTrack.mockReset();
    getUserMedia.mockReset();
    getUserMedia.mockResolvedValue({ getTracks: () => [{ stop: stopTrack }] });
    jest.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    // jsdom plays nothing; a real camera has a frame to read once it starts.
    jest.spyOn(HTMLMediaElement.prototype, 'readyState', 'get').mockReturnValue(4);
  });

  afterEach(() => {
    install(undefined, undefined);
    jest.restoreAllMocks();
  });

  it('says the browser cannot scan, and points to the typed code, where there is no BarcodeDetector', async () => {
    install(undefined);
    const { page } = await render();
    expect(text(page, 'scan-unavailable')).toContain('This browser cannot scan QR codes with the camera');
    expect(page.querySelector('[data-testid=scan-start]')).toBeNull();
  });

  it('says the same where the detector cannot read QR codes', async () => {
    install(
      class extends FakeDetector {
        static override getSupportedFormats = jest.fn(async () => ['ean_13']);
      },
    );
    const { page } = await render();
    expect(text(page, 'scan-unavailable')).toContain('cannot scan QR codes');
  });

  it('scans with the back camera, sends each new code once, and stops the camera when asked', async () => {
    install(FakeDetector);
    const { fixture, page, scanned } = await render();
    expect(page.querySelector('[data-testid=scan-start]')?.textContent?.trim()).toBe('Scan QR code');
    expect(page.querySelector<HTMLElement>('.epm-scanner__camera')?.hidden).toBe(true);
    frames = [[], ['k7mx3qpa'], ['K7MX3QPA'], ['https://example.org/not-a-code'], ['HJ4T 9WXB']];
    page.querySelector<HTMLButtonElement>('[data-testid=scan-start]')?.click();
    await wait(0);
    fixture.detectChanges();
    expect(getUserMedia).toHaveBeenCalledWith({ video: { facingMode: { ideal: 'environment' } }, audio: false });
    expect(page.querySelector<HTMLElement>('.epm-scanner__camera')?.hidden).toBe(false);
    await wait(1300);
    fixture.detectChanges();
    // The same person's phone held up for several frames checks them in once.
    expect(scanned).toEqual(['K7MX3QPA', 'HJ4T9WXB']);

    page.querySelector<HTMLButtonElement>('[data-testid=scan-stop]')?.click();
    fixture.detectChanges();
    expect(stopTrack).toHaveBeenCalled();
    expect(page.querySelector<HTMLElement>('.epm-scanner__camera')?.hidden).toBe(true);
    expect(page.querySelector('[data-testid=scan-start]')).not.toBeNull();
  });

  it('says a QR code that is not a check-in code is not one', async () => {
    install(FakeDetector);
    const { fixture, page, scanned } = await render();
    frames = [['https://example.org/not-a-code']];
    page.querySelector<HTMLButtonElement>('[data-testid=scan-start]')?.click();
    await wait(500);
    fixture.detectChanges();
    expect(scanned).toEqual([]);
    expect(text(page, 'scan-status')).toBe('That QR code is not a check-in code from a confirmation email.');
  });

  it('says why when the camera is refused, and offers to try again', async () => {
    install(FakeDetector);
    getUserMedia.mockRejectedValue(Object.assign(new Error('denied'), { name: 'NotAllowedError' }));
    const { fixture, page } = await render();
    page.querySelector<HTMLButtonElement>('[data-testid=scan-start]')?.click();
    await wait(0);
    fixture.detectChanges();
    expect(text(page, 'scan-unavailable')).toContain('The camera was not allowed');
    expect(page.querySelector('#scan-start')?.textContent?.trim()).toBe('Try the camera again');
    expect(page.querySelector<HTMLElement>('.epm-scanner__camera')?.hidden).toBe(true);
  });

  it('words each camera problem for the person at the door', () => {
    expect(cameraProblem({ name: 'NotFoundError' })).toContain('no camera');
    expect(cameraProblem({ name: 'NotReadableError' })).toContain('in use by another app');
    expect(cameraProblem(new Error('?'))).toContain('could not start');
  });
});
