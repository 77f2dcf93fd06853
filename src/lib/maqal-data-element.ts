import { html, nothing, type PropertyDeclarations } from 'lit';
import type { DataFormat } from '../adapters/detect.js';
import type { DataController, DataState } from './data-controller.js';
import type { Calendar, Digits, MonthNames } from './format.js';
import { MaqalElement } from './maqal-element.js';
import type { TextDirection } from './model.js';

/**
 * What the elements that show article data share (card, article, related list): the `src`,
 * `timeout` and `format` of their data, the date options, and the state, retry and language
 * that come from their `DataController`.
 */
export abstract class MaqalDataElement<
  T extends { lang?: string; dir?: TextDirection },
> extends MaqalElement {
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    timeout: { type: Number },
    format: {},
    digits: {},
    calendar: {},
    months: {},
  };

  /** URL of the JSON; used when neither the data property nor an inline JSON child is given. */
  src: string | undefined;

  /**
   * Milliseconds before a `src` request is given up.
   * @default 10000
   */
  timeout: number | undefined;

  /** Shape of the data: `auto` (recognises WordPress and JSON Feed), `maqal`, `wordpress`, `jsonfeed`. */
  format: DataFormat = 'auto';

  /** Digits in dates: `auto` (the language's own), `latn` (0-9) or `arab` (٠-٩). */
  digits: Digits = 'auto';

  /** Calendar for dates: `gregory` or `islamic-umalqura`. */
  calendar: Calendar = 'gregory';

  /** `dual` writes Arabic months with both names, as in "نيسان/ أبريل". */
  months: MonthNames = 'auto';

  /** Where the data comes from and what state it is in; each element makes its own. */
  protected abstract readonly data: DataController<T>;

  /** `loading`, `ready`, `error`, or `empty` when no data was given. */
  get state(): DataState {
    return this.data.state;
  }

  /** Loads the data again from its source (e.g. a retry after a network error). */
  reload(): void {
    this.data.reload();
  }

  /**
   * What a single-item element shows until its data is ready: the error state, nothing when no
   * data was given, or its own `placeholder` (boxes the size of the real thing) while loading.
   */
  protected renderNotReady(placeholder: () => unknown): unknown {
    const { state, error } = this.data;
    if (state === 'error') {
      return html`<div class="root" lang=${this.language} dir=${this.direction}>
        ${this.renderError(error)}
      </div>`;
    }
    return state === 'empty' ? nothing : placeholder();
  }

  protected override pendingWork(): Promise<unknown> | undefined {
    return this.data.pending;
  }

  protected override get dataLang(): string | undefined {
    return this.data.value?.lang;
  }

  protected override get dataDir(): TextDirection | undefined {
    return this.data.value?.dir;
  }
}
