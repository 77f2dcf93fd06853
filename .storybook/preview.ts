import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json';
import '../src/define.js';

setCustomElementsManifest(manifest);

/** Every story follows the toolbar's language/direction and theme. */
const preview: Preview = {
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
  decorators: [
    (story, context) => {
      const locale = (context.globals.locale as string) ?? 'ar';
      const theme = (context.globals.theme as string) ?? 'auto';
      const dark = theme === 'dark';
      // Elements read their own theme attribute: the toolbar sets it on every maqal element.
      const applyTheme = (wrapper?: Element) => {
        if (!wrapper || theme === 'auto') return;
        queueMicrotask(() =>
          wrapper
            .querySelectorAll('*')
            .forEach((el) => el.localName.startsWith('maqal-') && el.setAttribute('theme', theme)),
        );
      };
      return html`<div
        ${ref(applyTheme)}
        lang=${locale}
        dir=${locale === 'ar' ? 'rtl' : 'ltr'}
        data-theme=${theme}
        style="padding: 16px; background: ${dark ? '#121417' : 'transparent'}; color-scheme: ${dark ? 'dark' : 'light dark'}"
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
