import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import { withActions } from 'storybook/actions/decorator';
import { FORCE_RE_RENDER, GLOBALS_UPDATED } from 'storybook/internal/core-events';
import { addons } from 'storybook/preview-api';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { forLocale } from '../stories/samples.js';
import { argTypesFor, componentDescription, writableProperties } from './manifest-docs.js';

setCustomElementsManifest(manifest);

const THEMES = ['auto', 'light', 'dark'];

interface PreviewWindow {
  __STORYBOOK_PREVIEW__?: {
    storyStoreValue?: { userGlobals?: { get(): Record<string, unknown> } };
  };
  __STORYBOOK_ADDONS_CHANNEL__?: { on(event: string, listener: () => void): void };
}

/**
 * A docs page shows some stories (those fixed to the viewport) in frames of their own, which
 * Storybook does not tell about the toolbar. Such a frame takes the toolbar's values from the
 * docs page around it, and renders again when they change.
 */
function docsPageGlobals(): Record<string, unknown> | undefined {
  try {
    if (window.parent === window) return undefined;
    return (
      window.parent as PreviewWindow
    ).__STORYBOOK_PREVIEW__?.storyStoreValue?.userGlobals?.get();
  } catch {
    return undefined; // another origin
  }
}
if (docsPageGlobals()) {
  (window.parent as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__?.on(GLOBALS_UPDATED, () =>
    addons.getChannel().emit(FORCE_RE_RENDER),
  );
}

/**
 * Every story follows the toolbar's language/direction and theme:
 * - the story is wrapped in an element with `lang` and `dir`, which the widgets read when their
 *   data names no language (in the story view, `<html lang dir>` is set too);
 * - sample data in the args is swapped for its English counterpart (stories/samples.ts), since
 *   the data's language comes first;
 * - a `lang` arg left empty takes the toolbar's language, and a `theme` arg takes the toolbar's
 *   theme unless that is "auto" (then the story's own theme stands); every `maqal-*` element
 *   the story renders outside of args gets the theme too;
 * - a change of either remounts the story, so nothing keeps the previous language or theme.
 */
const withLocaleAndTheme: Decorator = (story, context) => {
  const globals = docsPageGlobals() ?? context.globals;
  const locale = globals.locale === 'en' ? 'en' : 'ar';
  const theme = THEMES.includes(globals.theme as string) ? (globals.theme as string) : 'auto';
  const args: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(context.args)) args[name] = forLocale(value, locale);
  if ('lang' in context.argTypes && !args.lang) args.lang = locale;
  if (theme !== 'auto' && 'theme' in context.argTypes) args.theme = theme;

  // A story alone in its frame is the page: the page's language is the toolbar's, as on a site
  // (docs pages keep theirs, since Storybook's own text there is English).
  if (context.viewMode === 'story') {
    document.documentElement.lang = locale;
    document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  }
  const dark = theme === 'dark';
  // Once the story's elements are in the document: give the toolbar's theme to the ones args
  // do not reach, and pass every property control the story's render does not use on to the
  // component's elements (an attribute where the property has one).
  const properties = writableProperties(context.component);
  const afterRender = (wrapper?: Element) => {
    if (!wrapper) return;
    queueMicrotask(() => {
      for (const element of wrapper.querySelectorAll('*')) {
        if (theme !== 'auto' && element.localName.startsWith('maqal-')) {
          element.setAttribute('theme', theme);
        }
        if (element.localName === context.component) syncProperties(element, properties, args);
      }
    });
  };
  return html`${keyed(
    `${locale}|${theme}`,
    html`<div
      ${ref(afterRender)}
      lang=${locale}
      dir=${locale === 'ar' ? 'rtl' : 'ltr'}
      data-theme=${theme}
      style="padding: 16px; background: ${dark ? '#121417' : 'transparent'}; color: ${
        dark ? '#e8eaed' : 'inherit'
      }; color-scheme: ${dark ? 'dark' : theme === 'light' ? 'light' : 'light dark'}"
    >
      ${story({ args, globals: { ...context.globals, locale, theme } })}
    </div>`,
  )}`;
};

/** Sets args named after `element`'s properties, unless the element already has the value. */
function syncProperties(
  element: Element,
  properties: Map<string, string | undefined>,
  args: Record<string, unknown>,
) {
  for (const [name, attribute] of properties) {
    const value = args[name];
    if (value === undefined || typeof value === 'function') continue;
    if (attribute && typeof value === 'boolean') {
      if (element.hasAttribute(attribute) !== value) element.toggleAttribute(attribute, value);
    } else if (attribute) {
      const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
      if (element.getAttribute(attribute) !== text) element.setAttribute(attribute, text);
    } else if ((element as unknown as Record<string, unknown>)[name] !== value) {
      (element as unknown as Record<string, unknown>)[name] = value;
    }
  }
}

const preview: Preview = {
  // Every widget gets a docs page from custom-elements.json.
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language and direction',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'ar', title: 'العربية (RTL)' },
          { value: 'en', title: 'English (LTR)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'auto', title: 'Auto (system)' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'ar', theme: 'auto' },
  decorators: [withLocaleAndTheme, withActions],
  // Args a story adds for itself (sample data, width, …) go after the element's own API.
  argTypesEnhancers: [
    (context) =>
      Object.fromEntries(
        Object.entries(context.argTypes).map(([name, argType]) => [
          name,
          argType.table?.category
            ? argType
            : { ...argType, table: { ...argType.table, category: 'story' } },
        ]),
      ),
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    // Every maqal event shows in the Actions panel.
    actions: {
      handles: [
        'maqal-article-select',
        'maqal-comment-submit',
        'maqal-comment-posted',
        'maqal-comment-cancel-reply',
      ],
    },
    docs: {
      // Description, then the drop-in snippet, from custom-elements.json.
      extractComponentDescription: componentDescription,
      extractArgTypes: argTypesFor,
      // Sample data is edited in the canvas's Controls panel; on the docs page its tree of
      // fields would push the element's own API out of sight.
      controls: { exclude: ['data'] },
      // "Show code" would show the story's wrapper and no data: the docs page's own embed
      // snippet (from custom-elements.json) is the code to copy.
      canvas: { sourceState: 'none' },
    },
  },
};

export default preview;
