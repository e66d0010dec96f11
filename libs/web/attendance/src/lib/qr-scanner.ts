import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  inject,
  Injector,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { codeFromScan } from './check-in-model';

/** The parts of the Shape Detection API's BarcodeDetector used here; TypeScript's DOM library does not have it yet. */
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorConstructor {
  new (options?: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats?(): Promise<string[]>;
}

type ScannerState = 'checking' | 'unsupported' | 'idle' | 'starting' | 'scanning' | 'blocked';

/** How often the camera's picture is searched for a QR code. */
const SCAN_INTERVAL_MS = 200;
/** The same code seen again within this time is the same person still holding up their phone. */
const REPEAT_MS = 5000;

/**
 * A QR code detector, where this browser has one that reads QR codes and can
 * use a camera (Chromium on Android and ChromeOS; not yet Firefox, or Safari
 * on iOS), otherwise null.
 */
export async function qrDetector(view: Window | null): Promise<BarcodeDetectorLike | null> {
  const Detector = (view as unknown as { BarcodeDetector?: BarcodeDetectorConstructor } | null)?.BarcodeDetector;
  if (!Detector || !view?.navigator.mediaDevices?.getUserMedia) return null;
  try {
    const formats = (await Detector.getSupportedFormats?.()) ?? ['qr_code'];
    return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : null;
  } catch {
    return null;
  }
}

/** Why the camera could not start, in words for the person at the door. */
export function cameraProblem(error: unknown): string {
  const name: string = (error as { name?: string } | null)?.name ?? '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'The camera was not allowed. To scan, allow this site to use the camera in the browser’s settings. Or type the code instead.';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'This device has no camera that can scan. Type the code instead.';
    case 'NotReadableError':
      return 'The camera is in use by another app. Close it and try again, or type the code instead.';
    default:
      return 'The camera could not start. Try again, or type the code instead.';
  }
}

/**
 * Scans the QR code in a confirmation email with the device's camera, where
 * the browser can (BarcodeDetector and getUserMedia), and says so where it
 * cannot, pointing to the typed code. Keeps scanning after each code, so a
 * queue at the door can be checked in one phone after another.
 */
@Component({
  selector: 'epm-qr-scanner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="epm-scanner" data-testid="qr-scanner">
      @switch (state()) {
        @case ('unsupported') {
          <p class="govuk-body" data-testid="scan-unavailable">
            This browser cannot scan QR codes with the camera. Type the code instead: it is printed under the QR code in
            the person’s email.
          </p>
        }
        @case ('blocked') {
          <p class="govuk-body" data-testid="scan-unavailable">{{ problem() }}</p>
          <button
            type="button"
            class="govuk-button govuk-button--secondary epm-big-button"
            id="scan-start"
            (click)="start()"
          >
            Try the camera again
          </button>
        }
        @case ('idle') {
          <button
            type="button"
            class="govuk-button govuk-button--secondary epm-big-button"
            id="scan-start"
            data-testid="scan-start"
            (click)="start()"
          >
            Scan QR code
          </button>
        }
        @default {}
      }
      <div class="epm-scanner__camera" [hidden]="state() !== 'starting' && state() !== 'scanning'">
        <video #video class="epm-scanner__video" aria-label="Camera view for scanning a QR code" playsinline></video>
        <p class="govuk-body govuk-!-margin-top-2" role="status" data-testid="scan-status">{{ status() }}</p>
        <button
          type="button"
          class="govuk-button govuk-button--secondary epm-big-button"
          id="scan-stop"
          data-testid="scan-stop"
          (click)="stop()"
        >
          Stop scanning
        </button>
      </div>
    </div>
  `,
})
export class QrScanner {
  /** The check-in code read from a QR code, normalised (8 capitals and digits). */
  readonly scanned = output<string>();

  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly video = viewChild.required<ElementRef<HTMLVideoElement>>('video');
  protected readonly state = signal<ScannerState>('checking');
  protected readonly problem = signal('');
  protected readonly status = signal('');
  private detector: BarcodeDetectorLike | null = null;
  private stream: MediaStream | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last = { code: '', at: 0 };

  constructor() {
    inject(DestroyRef).onDestroy(() => this.release());
    void qrDetector(this.document.defaultView).then((detector) => {
      this.detector = detector;
      this.state.set(detector ? 'idle' : 'unsupported');
    });
  }

  protected async start(): Promise<void> {
    const view = this.document.defaultView;
    if (!this.detector || !view) return;
    this.state.set('starting');
    this.status.set('Starting the camera…');
    this.focusAfterRender('scan-stop');
    try {
      // The back camera, where there is one: it faces the person holding up their phone.
      this.stream = await view.navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: 'environment' } },
        audio: false,
      });
    } catch (error) {
      this.problem.set(cameraProblem(error));
      this.state.set('blocked');
      this.focusAfterRender('scan-start');
      return;
    }
    if (this.state() !== 'starting') {
      // Stopped while the browser was asking for permission.
      this.release();
      return;
    }
    const video = this.video().nativeElement;
    video.muted = true;
    video.srcObject = this.stream;
    try {
      await video.play();
    } catch {
      // Autoplay refused: the picture may stay still, but detect() still reads the frames it gets.
    }
    this.state.set('scanning');
    this.status.set('Point the camera at the QR code in the person’s email.');
    this.schedule();
  }

  protected stop(): void {
    this.release();
    this.state.set('idle');
    this.status.set('');
    this.focusAfterRender('scan-start');
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.scan(), SCAN_INTERVAL_MS);
  }

  private async scan(): Promise<void> {
    if (this.state() !== 'scanning' || !this.detector) return;
    const video = this.video().nativeElement;
    try {
      // HAVE_CURRENT_DATA: before the first frame there is nothing to read.
      const found = video.readyState >= 2 ? await this.detector.detect(video) : [];
      for (const barcode of found) this.read(barcode.rawValue);
    } catch {
      // A frame the detector could not read; the next one may do.
    }
    this.schedule();
  }

  private read(rawValue: string): void {
    const code = codeFromScan(rawValue);
    const now = Date.now();
    if (!code) {
      this.status.set('That QR code is not a check-in code from a confirmation email.');
      return;
    }
    if (code === this.last.code && now - this.last.at < REPEAT_MS) return;
    this.last = { code, at: now };
    this.status.set('QR code read. Point the camera at the next one, or stop scanning.');
    this.scanned.emit(code);
  }

  private release(): void {
    clearTimeout(this.timer);
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
    const video = this.video().nativeElement;
    video.srcObject = null;
  }

  private focusAfterRender(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
