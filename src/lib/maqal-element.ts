import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DataError } from './data-controller.js';
import {
  DEFAULT_LANGUAGE,
  directionFor,
  mergeStrings,
  onTranslationsChanged,
  stringsLanguage,
  translationFor,
  type BuiltInStrings,
  type PartialTranslation,
  type Translation,
} from './i18n/index.js';
import type { TextDirection } from './model.js';

export type Theme = 'auto' | 'light' | 'dark';

/**
 * The `strings` attribute: JSON, read defensively. Anything that is not a JSON object is
 * ignored with one console.error naming the element, instead of throwing at the page.
 */
const stringsConverter = {
  fromAttribute(value: string | null): object | undefined {
    if (value === null || value.trim() === '') return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed;
    } catch {
      // reported below
    }
    console.error(
      `maqal: the strings attribute is not a JSON object; ignored: ${value.slice(0, 80)}`,
    );
    return undefined;
  },
};

/** Elements that follow the page's `<html lang dir>`; one observer serves them all. */
const followers = new Set<MaqalElement>();
let pageObserver: MutationObserver | undefined;

function followPage(element: MaqalElement): void {
  followers.add(element);
  if (!pageObserver) {
    const updateAll = () => followers.forEach((each) => each.requestUpdate());
    // A translation registered after the elements rendered reaches them too.
    onTranslationsChanged(updateAll);
    pageObserver = new MutationObserver(updateAll);
    pageObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
    });
  }
}

/**
 * What every maqal element shares: language and direction resolution, translated strings with
 * per-element overrides, the theme attribute, a typed `emit()`, and the error state.
 */
export class MaqalElement extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    langAttribute: { attribute: 'lang' },
    dirAttribute: { attribute: 'dir' },
    strings: { converter: stringsConverter },
  };

  /**
   * `light` or `dark` forces a theme; `auto` follows the system (`prefers-color-scheme`); absent
   * follows the page: dark only when the page declares dark support (`color-scheme: light dark`
   * or `dark`) and the system prefers dark.
   */
  theme: Theme | undefined;

  /**
   * The native `lang` attribute, watched so that changing it re-renders. Read `lang` as usual;
   * language of the element's own text when the data names none (default: the page's).
   */
  protected langAttribute: string | undefined;

  /** The native `dir` attribute, watched: `rtl` or `ltr` forces a direction. */
  protected dirAttribute: string | undefined;

  /**
   * Overrides for single strings of this element's translation, e.g.
   * `{"related": {"heading": "اقرأ أيضاً"}}` on a related list; as an attribute, the same object
   * in JSON.
   */
  strings: Partial<Omit<PartialTranslation, '$code' | '$name' | '$dir'>> | undefined;

  /** The language the data declares, if any; elements with data override this. */
  protected get dataLang(): string | undefined {
    return undefined;
  }

  protected get dataDir(): TextDirection | undefined {
    return undefined;
  }

  /**
   * Data first, then the element's `lang`, then the language of the maqal element it is slotted
   * into (a comment form in an Arabic article speaks Arabic on an English page), then its nearest
   * ancestor's, then the page's.
   */
  get language(): string {
    const lang =
      this.dataLang ||
      this.lang ||
      this.slotHost?.language ||
      this.parentElement?.closest('[lang]:not([lang=""])')?.getAttribute('lang') ||
      document.documentElement.lang ||
      DEFAULT_LANGUAGE;
    // `ar_EG` (WordPress's locale form) is `ar-EG` in BCP 47, which `:lang()` and Intl expect.
    return lang.includes('_') ? lang.replaceAll('_', '-') : lang;
  }

  /** The maqal element whose slot shows this one, if any. */
  private get slotHost(): MaqalElement | undefined {
    const host = (this.assignedSlot?.getRootNode() as ShadowRoot | undefined)?.host;
    return host instanceof MaqalElement ? host : undefined;
  }

  /** `rtl` or `ltr`: the `dir` attribute, else the data's, else the language's direction. */
  get direction(): TextDirection {
    if (this.dir === 'rtl' || this.dir === 'ltr') return this.dir;
    return this.dataDir ?? directionFor(this.language);
  }

  /**
   * The element's own sections of the Arabic and English translations (`card`, `related`, …);
   * the shared strings come from `i18n/index.ts`. Importing only its own sections keeps an
   * element from carrying every other element's strings.
   */
  static builtInStrings: BuiltInStrings = { ar: {}, en: {} };

  /**
   * The strings for the current language, with this element's overrides applied.
   * @internal
   */
  get t(): Translation {
    const sections = (this.constructor as typeof MaqalElement).builtInStrings;
    return mergeStrings(translationFor(this.language, sections), this.strings);
  }

  /** Work that `updateComplete` waits for after rendering (loading an adapter, a body). */
  protected pendingWork(): Promise<unknown> | undefined {
    return undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    let work: Promise<unknown> | undefined;
    while ((work = this.pendingWork())) {
      await work;
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followPage(this);
    // Moved: the language and direction come from the new ancestors.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    followers.delete(this);
  }

  /** Dispatches a `maqal-*` event that bubbles out of shadow roots; returns it to read `defaultPrevented`. */
  protected emit<K extends keyof MaqalEventMap>(
    name: K,
    detail: MaqalEventMap[K]['detail'],
    options: { cancelable?: boolean } = {},
  ): MaqalEventMap[K] {
    const event = new CustomEvent(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    }) as MaqalEventMap[K];
    this.dispatchEvent(event);
    return event;
  }

  /**
   * `en` when the shared string `key` (loading, the error title) is the English fallback for the
   * element's language (neither registered for it nor overridden), so a screen reader reads it
   * in an English voice; else nothing (the element's own language).
   */
  protected fallbackLang(key: keyof Translation): string | undefined {
    const lang = stringsLanguage(this.language, key, this.strings);
    return lang === this.language ? undefined : lang;
  }

  /**
   * The readable error state: what went wrong in the reader's language, and the detail (maqal's
   * own message, in English).
   */
  protected renderError(error: DataError | undefined): TemplateResult | typeof nothing {
    if (!error) return nothing;
    const t = this.t;
    const summary =
      error.kind === 'json'
        ? t.errorInvalidJson
        : error.kind === 'timeout'
          ? t.errorTimeout
          : error.kind === 'http'
            ? t.errorHttp(error.status ?? 0)
            : error.kind === 'network'
              ? t.errorNetwork
              : t.errorInvalidData;
    // prettier-ignore
    return html`<div class="error" part="error" role="alert" lang=${ifDefined(this.fallbackLang('errorTitle'))}
      ><strong>${t.errorTitle}</strong>${summary} <code lang="en">${error.message}</code></div>`;
  }
}

/**
 * Every maqal event, by name. Elements add theirs with `declare global { interface MaqalEventMap }`,
 * and `GlobalEventHandlersEventMap` extends it, so `addEventListener('maqal-…')` is typed.
 */
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface MaqalEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends MaqalEventMap {}
}

/**
 * A property set on an element before its definition loaded is an own property that hides the
 * class accessor; re-set it through the accessor (the usual custom-element "lazy property" fix).
 */
export function upgradeProperty<T extends HTMLElement>(element: T, name: keyof T & string): void {
  if (Object.hasOwn(element, name)) {
    const value = element[name];
    delete element[name];
    element[name] = value;
  }
}
