import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { backToTop as arBackToTop } from '../../lib/i18n/ar/back-to-top.js';
import { backToTop as enBackToTop } from '../../lib/i18n/en/back-to-top.js';
import { stringsLanguage } from '../../lib/i18n/index.js';
import { MaqalElement } from '../../lib/maqal-element.js';
import { backToTopStyles } from './back-to-top.styles.js';

/**
 * @tagname maqal-back-to-top
 * @summary The "back to top" button: hidden until the reader has scrolled past a threshold, then
 * a round button at the bottom inline-end corner (left in RTL, right in LTR) that scrolls back
 * to the top, or to a `target`, and moves keyboard focus there.
 *
 * Scrolling is watched with one passive `scroll` listener whose work is coalesced into at most
 * one update per animation frame; an update reads the scroll position and writes nothing unless
 * the button appears, disappears or its progress ring moves.
 *
 * Without `container`, the button is fixed to the viewport. With `container`, it watches that
 * element's scrolling: placed inside the container (as its last child), it sticks to the
 * bottom inline-end corner of the container's visible box; placed outside it, it stays fixed to
 * the viewport.
 *
 * Focus after activation: the `target` element if given; otherwise the container, or, for the
 * window, the page's `<body>`, so the next Tab reaches the first link of the page, as after a
 * page load. An element that is not focusable gets `tabindex="-1"` for as long as it has focus
 * (removed on blur).
 *
 * @csspart button - The `<button>`.
 * @csspart icon - The arrow (`<svg>`); it points up in both directions.
 *
 * @cssstate visible - Shown: the page (or container) is scrolled past `threshold`.
 * @cssstate in-container - Placed inside the scrolling container it watches, not the window.
 *
 * @cssprop [--maqal-back-to-top-size=48px] - Width and height of the button (never below 44px).
 * @cssprop [--maqal-back-to-top-offset=16px] - Distance from the bottom and inline-end edges,
 * added to the safe-area insets. Defaults to `--maqal-space`.
 * @cssprop [--maqal-back-to-top-z-index=100] - Stacking order of the button.
 * @cssprop [--maqal-back-to-top-background] - Button colour; defaults to `--maqal-color-accent`.
 * @cssprop [--maqal-back-to-top-color] - Arrow and ring colour; defaults to `--maqal-color-on-accent`.
 * @cssprop [--maqal-back-to-top-duration=0.2s] - Length of the show/hide transition (none under
 * reduced motion).
 * @cssprop [--maqal-color-accent] - Default button colour.
 * @cssprop [--maqal-color-on-accent] - Default arrow and ring colour.
 * @cssprop [--maqal-color-focus] - Focus ring colour.
 * @cssprop [--maqal-focus-ring-width=3px] - Focus ring width.
 * @cssprop [--maqal-space=16px] - Spacing unit; the default offset.
 * @cssprop [--maqal-font-family] - Font of the button's (visually hidden) label.
 * @cssprop [--maqal-font-size=17px] - Text size of the label.
 * @cssprop [--maqal-line-height=1.8] - Line height of the label.
 * @cssprop [--maqal-color-text] - Text colour of the label.
 */
export class MaqalBackToTop extends MaqalElement {
  static override styles = backToTopStyles;
  static override builtInStrings = {
    ar: { backToTop: arBackToTop },
    en: { backToTop: enBackToTop },
  };

  static override properties = {
    threshold: { type: Number },
    target: {},
    container: {},
    progress: { type: Boolean, reflect: true },
    // `state` implies `attribute: false`; spelled out because `cem analyze` only reads the latter.
    shown: { state: true, attribute: false },
  };

  /** Pixels scrolled before the button appears. Default: one viewport (or container) height. */
  threshold: number | undefined;

  /** CSS selector of the element to scroll to and focus. Default: the top of the page or container. */
  target: string | undefined;

  /** CSS selector of a scrolling element to watch instead of the window. */
  container: string | undefined;

  /** Shows a ring around the button with how far through the page the reader is. */
  progress = false;

  private shown = false;

  private readonly internals = this.attachInternals();
  /** The element whose scrolling is watched; `undefined` for the window. */
  private scroller: HTMLElement | undefined;
  private wired = false;
  private frame = 0;
  private readonly reported = new Set<string>();

  /** Whether the button is showing (past the threshold). Also the `:state(visible)` pseudo-class. */
  get visible(): boolean {
    return this.shown;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected elements wire their listeners again in `updated()`.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwire();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.isConnected && (!this.wired || changed.has('container'))) this.wire();
    else if (changed.has('progress') || changed.has('threshold')) this.schedule();
    this.setState('visible', this.shown);
  }

  override render(): TemplateResult {
    const hidden = !this.shown;
    return html`<div
      class="root ${hidden ? 'hidden' : ''}"
      lang=${stringsLanguage(this.language, 'backToTop', this.strings)}
      dir=${this.direction}
      ?inert=${hidden}
      aria-hidden=${hidden ? 'true' : nothing}
    >
      <button
        type="button"
        part="button"
        class="button"
        @click=${this.activate}
        @blur=${this.schedule}
      >
        ${
          this.progress
            ? html`<svg class="ring" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
                <circle class="ring-track" cx="24" cy="24" r="20"></circle>
                <circle class="ring-value" cx="24" cy="24" r="20" pathLength="100"></circle>
              </svg>`
            : nothing
        }
        <svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 19V5M5.5 11.5 12 5l6.5 6.5"></path>
        </svg>
        <span class="visually-hidden">${this.t.backToTop.label}</span>
      </button>
    </div>`;
  }

  /** Scrolls to the target (or the top), smoothly unless reduced motion is asked for, then focuses it. */
  private activate = (): void => {
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const behavior: ScrollBehavior = reduce ? 'instant' : 'smooth';
    const target = this.resolve(this.target, 'target', 'scrolling to the top instead');
    if (target) target.scrollIntoView({ behavior, block: 'start' });
    else (this.scroller ?? window).scrollTo({ top: 0, behavior });
    focusHere(target ?? this.scroller ?? document.body);
  };

  private wire(): void {
    this.unwire();
    const scroller = this.resolve(this.container, 'container', 'watching the window instead');
    this.scroller = scroller;
    (scroller ?? window).addEventListener('scroll', this.schedule, { passive: true });
    window.addEventListener('resize', this.schedule, { passive: true });
    this.setState('in-container', !!scroller && contains(scroller, this));
    this.wired = true;
    this.schedule();
  }

  private unwire(): void {
    (this.scroller ?? window).removeEventListener('scroll', this.schedule);
    window.removeEventListener('resize', this.schedule);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.wired = false;
  }

  /** Any number of scroll events within a frame make one update, in the next frame. */
  private schedule = (): void => {
    if (!this.frame) this.frame = requestAnimationFrame(this.sync);
  };

  /** Reads the scroll position; writes only when something visible changes. */
  private sync = (): void => {
    this.frame = 0;
    const scroller = this.scroller ?? document.scrollingElement ?? document.documentElement;
    const top = this.scroller ? scroller.scrollTop : window.scrollY;
    const viewport = this.scroller ? scroller.clientHeight : window.innerHeight;
    const threshold =
      typeof this.threshold === 'number' && Number.isFinite(this.threshold) && this.threshold >= 0
        ? this.threshold
        : viewport;
    // Kept while it has focus (the reader pressed Home on it): hiding it then would drop focus
    // to the page. It hides when it loses focus (`blur` schedules this again).
    this.shown = top > threshold || !!this.shadowRoot?.activeElement;
    // The ring moves in whole percents, and only while it can be seen.
    if (this.progress && this.shown) {
      const ring = this.renderRoot.querySelector<SVGElement>('.ring-value');
      const range = scroller.scrollHeight - viewport;
      const ratio = range > 0 ? Math.min(1, Math.max(0, top / range)) : 0;
      const offset = String(Math.round((1 - ratio) * 100));
      if (ring && ring.style.strokeDashoffset !== offset) ring.style.strokeDashoffset = offset;
    }
  };

  /** The element a selector names, from this element's tree outwards; one console.error if none. */
  private resolve(
    selector: string | undefined,
    attribute: string,
    fallback: string,
  ): HTMLElement | undefined {
    const wanted = selector?.trim();
    if (!wanted) return undefined;
    let found: Element | null = null;
    let problem = 'no element matches it';
    try {
      const root = this.getRootNode() as Document | ShadowRoot;
      found = this.closest(wanted) ?? root.querySelector(wanted) ?? document.querySelector(wanted);
    } catch {
      problem = 'it is not a valid CSS selector';
    }
    if (found instanceof HTMLElement) return found;
    const key = `${attribute}=${wanted}`;
    if (!this.reported.has(key)) {
      this.reported.add(key);
      console.error(`<maqal-back-to-top> ${attribute}="${wanted}": ${problem}; ${fallback}.`);
    }
    return undefined;
  }

  private setState(name: string, on: boolean): void {
    const states = this.internals.states;
    if (!states) return;
    if (on) states.add(name);
    else states.delete(name);
  }
}

/** Whether `node` is inside `ancestor`, across shadow roots. */
function contains(ancestor: Element, node: Node): boolean {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) {
    if (at === ancestor) return true;
  }
  return false;
}

/**
 * Moves focus to `element` without scrolling again. One that cannot take focus gets
 * `tabindex="-1"` until it loses it; the page's `<body>` also goes without a focus ring.
 */
function focusHere(element: HTMLElement): void {
  element.focus({ preventScroll: true });
  if (element.matches(':focus')) return;
  element.setAttribute('tabindex', '-1');
  const outline = element.style.outline;
  if (element === document.body) element.style.outline = 'none';
  const restore = () => {
    element.removeAttribute('tabindex');
    if (element === document.body) element.style.outline = outline;
  };
  element.focus({ preventScroll: true });
  if (element.matches(':focus')) element.addEventListener('blur', restore, { once: true });
  // Hidden or disabled: leave the page as it was.
  else restore();
}
