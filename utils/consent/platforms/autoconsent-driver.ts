import AutoConsent, { type Config, type ConsentState, type ContentScriptMessage, type RuleBundle } from '@duckduckgo/autoconsent';
import { runSnippet } from './background-client';

/** A banner autoconsent's catalogue recognised in this frame. */
export interface AutoconsentPopup {
  cmp: string;
  at: number;
}

/**
 * Candor's configuration of autoconsent: it only *finds* popups (autoAction null) and acts when
 * the platform layer tells it to. Its own prehide is off (prehide.css hides earlier, from
 * document_start) and so is its heuristic, which may click "OK"-type buttons: home-made banners
 * belong to Candor's heuristic layer, which never accepts.
 */
export const AUTOCONSENT_CONFIG: Partial<Config> = {
  enabled: true,
  autoAction: null,
  disabledCmps: [],
  enablePrehide: false,
  enableCosmeticRules: true,
  enableGeneratedRules: true,
  enableHeuristicDetection: false,
  heuristicMode: 'off',
  enablePopupMutationObserver: true,
  detectRetries: 20,
  isMainWorld: false,
  visualTest: false,
  logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false },
};

/**
 * Wires autoconsent's content-script class to Candor: its `eval` requests go to the background
 * (validated message, run in this frame's main world), its `popupFound` resolves `popup`, its
 * lifecycle reports tell when detection gave up. Nothing else leaves the content script.
 */
export class AutoconsentDriver {
  readonly popup: Promise<AutoconsentPopup>;
  /** Resolves when autoconsent finished looking without finding an open popup. */
  readonly nothingFound: Promise<void>;
  private readonly engine: AutoConsent;
  private resolvePopup!: (popup: AutoconsentPopup) => void;
  private resolveNothing!: () => void;
  private popupAt: number | undefined;
  /** Detection passes seen so far, when the current one began, and whether any pass found a CMP. */
  private passes = 0;
  private passStartedAt: number | undefined;
  private cmpSeen = false;
  private emptyPassListeners: ((since: number) => void)[] = [];

  constructor(rules: RuleBundle) {
    this.popup = new Promise((done) => (this.resolvePopup = done));
    this.nothingFound = new Promise((done) => (this.resolveNothing = done));
    this.engine = new AutoConsent((message) => this.receive(message), AUTOCONSENT_CONFIG, rules);
  }

  private async receive(message: ContentScriptMessage): Promise<void> {
    switch (message.type) {
      case 'eval': {
        const result = await runSnippet(message.snippetId ?? '');
        await this.engine.receiveMessageCallback({ type: 'evalResp', id: message.id, result });
        return;
      }
      case 'popupFound':
        this.popupAt ??= Date.now();
        return;
      case 'cmpDetected':
        this.cmpSeen = true;
        return;
      case 'report':
        this.trackPasses(message.state);
        // handlePopup reports 'openPopupDetected' and then sets foundCmp in the same task; opting
        // out before that would find no CMP, so the popup is announced a task later.
        if (message.state.lifecycle === 'openPopupDetected') {
          setTimeout(() => {
            const cmp = this.engine.foundCmp;
            if (cmp) this.resolvePopup({ cmp: cmp.name, at: this.popupAt ?? Date.now() });
          }, 0);
        } else if (message.state.lifecycle === 'nothingDetected') this.resolveNothing();
        // Detected CMPs but none showed a popup: detection is over too.
        else if (message.state.detectedCmps.length > 0 && message.state.lifecycle === 'cmpDetected') void this.afterDetection();
        return;
    }
  }

  /**
   * autoconsent counts its detection passes (findCmpAttempts, one every ≥ 500 ms while it finds
   * nothing) but says nothing when one ends: a pass has ended with no CMP when the next begins, or
   * when detection gives up.
   */
  private trackPasses(state: ConsentState): void {
    if (state.detectedCmps.length > 0) this.cmpSeen = true;
    const ended = state.findCmpAttempts > this.passes || state.lifecycle === 'nothingDetected' ? this.passStartedAt : undefined;
    if (state.findCmpAttempts > this.passes) {
      this.passes = state.findCmpAttempts;
      this.passStartedAt = performance.now();
    }
    if (ended !== undefined && !this.cmpSeen) for (const listener of this.emptyPassListeners) listener(ended);
  }

  /** Calls `listener(since)` after each detection pass, begun at `since` (performance.now()), that found no CMP. */
  onEmptyPass(listener: (since: number) => void): void {
    this.emptyPassListeners.push(listener);
  }

  private detectionWatch = false;
  private async afterDetection(): Promise<void> {
    if (this.detectionWatch) return;
    this.detectionWatch = true;
    // autoconsent waits up to 10 × 500 ms for a detected CMP's popup to become visible.
    await new Promise((done) => setTimeout(done, 6000));
    if (this.engine.state.detectedPopups.length === 0) this.resolveNothing();
  }

  get isCosmetic(): boolean {
    return !!this.engine.foundCmp?.isCosmetic;
  }

  get hasSelfTest(): boolean {
    return !!this.engine.foundCmp?.hasSelfTest;
  }

  get clicks(): number {
    return this.engine.state.clicks;
  }

  optOut(): Promise<boolean> {
    return this.engine.doOptOut();
  }

  optIn(): Promise<boolean> {
    return this.engine.doOptIn();
  }

  selfTest(): Promise<boolean> {
    return this.engine.doSelfTest();
  }
}
