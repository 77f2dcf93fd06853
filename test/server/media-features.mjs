// `emulate-media-features`: any CSS media feature for the test page, such as `forced-colors`,
// which neither @web/test-runner-commands' `emulateMedia` nor puppeteer's
// `emulateMediaFeatures` accepts. Sent over the DevTools protocol; an empty list resets.
const sessions = new WeakMap();

export function mediaFeatures() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      // One protocol session per page, kept: the emulation lasts while its session is attached.
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}
