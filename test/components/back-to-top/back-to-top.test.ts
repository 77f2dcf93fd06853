import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/back-to-top/define.js';
import type { MaqalBackToTop } from '../../../src/components/back-to-top/back-to-top.js';
import { spyOnConsole, type ConsoleSpy } from '../../helpers/console.js';
import { until } from '../../helpers/seeds.js';

const part = (el: MaqalBackToTop, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part=${name}]`)!;
const root = (el: MaqalBackToTop) => el.shadowRoot!.querySelector<HTMLElement>('.root')!;

/** Two frames: the scroll event's frame, then the one the element updates in. */
async function settle(el: MaqalBackToTop) {
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

/** Scrolls the window for real, instantly, and waits for the element to catch up. */
async function scrollWindow(el: MaqalBackToTop, top: number) {
  window.scrollTo({ top, behavior: 'instant' });
  await settle(el);
}

/** Waits for the show/hide transition to end, so boxes are where they come to rest. */
const transitioned = (el: MaqalBackToTop) =>
  Promise.all(
    root(el)
      .getAnimations()
      .map((animation) => animation.finished),
  );

async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** A tall page: a link at the top, 4000px of text, the element, a link at the bottom. */
const tallPage = (inner = html`<maqal-back-to-top></maqal-back-to-top>`) =>
  html`<div>
    <a href="#first" id="first">أول رابط</a>
    <h2 id="middle" style="margin-block-start: 1500px">قسم في الوسط</h2>
    <div style="block-size: 4000px"></div>
    ${inner}
    <a href="#last" id="last">آخر رابط</a>
  </div>`;

async function page(inner?: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLDivElement>(tallPage(inner));
  const el = wrapper.querySelector('maqal-back-to-top')!;
  await settle(el);
  return { wrapper, el };
}

describe('<maqal-back-to-top>', () => {
  let spy: ConsoleSpy;
  beforeEach(() => (spy = spyOnConsole()));
  afterEach(async () => {
    spy.restore();
    window.scrollTo({ top: 0, behavior: 'instant' });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('is hidden before one viewport of scrolling and shown after it', async () => {
    const { el } = await page();
    expect(el.visible).to.equal(false);
    expect(root(el).inert).to.equal(true);
    expect(root(el).getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(root(el)).visibility).to.equal('hidden');

    await scrollWindow(el, innerHeight - 20);
    expect(window.scrollY).to.equal(innerHeight - 20);
    expect(el.visible).to.equal(false);
    expect(el.matches(':state(visible)')).to.equal(false);

    await scrollWindow(el, innerHeight + 20);
    expect(el.visible).to.equal(true);
    expect(el.matches(':state(visible)')).to.equal(true);
    expect(root(el).inert).to.equal(false);
    expect(root(el).hasAttribute('aria-hidden')).to.equal(false);
    expect(getComputedStyle(root(el)).visibility).to.equal('visible');

    await scrollWindow(el, 10);
    expect(el.visible).to.equal(false);
    expect(root(el).inert).to.equal(true);
  });

  it('stays while it has focus, and hides once focus leaves it', async () => {
    const { el } = await page();
    await scrollWindow(el, innerHeight + 20);
    part(el, 'button').focus();
    // The reader presses Home on the button: the page is at the top, the button still focused.
    await sendKeys({ press: 'Home' });
    await until(() => window.scrollY === 0, 'Home to scroll to the top');
    await settle(el);
    expect(el.visible).to.equal(true);
    expect(root(el).inert).to.equal(false);
    expect(el.shadowRoot!.activeElement === part(el, 'button')).to.equal(true);

    document.querySelector<HTMLElement>('#first')!.focus();
    await settle(el);
    expect(el.visible).to.equal(false);
    expect(root(el).inert).to.equal(true);
  });

  it('takes the threshold in pixels from the attribute, and ignores a bad one', async () => {
    const { el } = await page(html`<maqal-back-to-top threshold="200"></maqal-back-to-top>`);
    await scrollWindow(el, 150);
    expect(el.visible).to.equal(false);
    // Shown past the threshold, not at it.
    await scrollWindow(el, 200);
    expect(el.visible).to.equal(false);
    await scrollWindow(el, 201);
    expect(el.visible).to.equal(true);
    await scrollWindow(el, 250);
    expect(el.visible).to.equal(true);

    el.setAttribute('threshold', 'abc');
    await settle(el);
    expect(el.visible).to.equal(false);
    await scrollWindow(el, innerHeight + 20);
    expect(el.visible).to.equal(true);

    // 0 is a threshold, not a missing one: any scrolling shows the button.
    el.setAttribute('threshold', '0');
    await scrollWindow(el, 5);
    expect(el.visible).to.equal(true);
  });

  it('is out of the tab order and the accessibility tree while hidden', async () => {
    const { el } = await page();
    document.querySelector<HTMLElement>('#first')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('last');

    await scrollWindow(el, innerHeight + 20);
    document.querySelector<HTMLElement>('#last')!.focus({ preventScroll: true });
    await shiftTab();
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'button'));
  });

  it('is named "الذهاب إلى الأعلى" in Arabic and "Back to top" in English', async () => {
    const { el } = await page();
    const button = part(el, 'button');
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('type')).to.equal('button');
    expect(button.textContent!.trim()).to.equal('الذهاب إلى الأعلى');
    expect(root(el).getAttribute('lang')).to.equal('ar');
    expect(root(el).getAttribute('dir')).to.equal('rtl');
    expect(part(el, 'icon').getAttribute('aria-hidden')).to.equal('true');

    el.lang = 'en';
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('Back to top');
    expect(root(el).getAttribute('dir')).to.equal('ltr');

    el.strings = { backToTop: { label: 'إلى رأس الصفحة' } };
    el.lang = 'ar';
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('إلى رأس الصفحة');
  });

  it('scrolls smoothly to the top on click, then focuses the top of the page', async () => {
    const { el } = await page();
    await scrollWindow(el, 3000);
    part(el, 'button').click();
    // Smooth: the scroll has started, not jumped.
    expect(window.scrollY).to.be.greaterThan(0);
    await until(() => window.scrollY === 0, 'the smooth scroll to reach the top');
    // Focus is at the top of the page: the body, made focusable for the moment.
    expect(document.activeElement).to.equal(document.body);
    expect(document.body.getAttribute('tabindex')).to.equal('-1');
    // No focus ring around the whole page while the body holds focus.
    expect(document.body.style.outline).to.contain('none');
    await settle(el);
    expect(el.visible).to.equal(false);

    // The next Tab reaches the page's first link, as after a page load.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('first');
    expect(document.body.hasAttribute('tabindex')).to.equal(false);
    expect(document.body.style.outline).to.equal('');
  });

  it('jumps instantly under prefers-reduced-motion: reduce, from the keyboard too', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el } = await page();
    await scrollWindow(el, 3000);
    part(el, 'button').click();
    // Instant: at the top in the same task, where a smooth scroll would only have started.
    expect(window.scrollY).to.equal(0);

    await scrollWindow(el, 3000);
    part(el, 'button').focus();
    await sendKeys({ press: 'Enter' });
    expect(window.scrollY).to.equal(0);
    expect(document.activeElement).to.equal(document.body);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('first');
  });

  it('scrolls to a target and focuses it, with a tabindex only while it has focus', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el } = await page(html`<maqal-back-to-top target="#middle"></maqal-back-to-top>`);
    const middle = document.querySelector<HTMLElement>('#middle')!;
    await scrollWindow(el, 3500);
    part(el, 'button').click();
    expect(Math.abs(middle.getBoundingClientRect().top)).to.be.lessThan(1);
    expect(document.activeElement).to.equal(middle);
    expect(middle.getAttribute('tabindex')).to.equal('-1');
    // Focus after the heading goes on from there, not from the button at the end of the page.
    await shiftTab();
    expect(document.activeElement!.id).to.equal('first');
    expect(middle.hasAttribute('tabindex')).to.equal(false);
    expect(spy.errors).to.deep.equal([]);
  });

  it('focuses a focusable target as it is, without adding a tabindex', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el } = await page(html`<maqal-back-to-top target="#first"></maqal-back-to-top>`);
    await scrollWindow(el, 3000);
    part(el, 'button').click();
    const first = document.querySelector<HTMLElement>('#first')!;
    expect(document.activeElement).to.equal(first);
    expect(first.hasAttribute('tabindex')).to.equal(false);
  });

  it('reports a target that matches nothing once, and goes to the top instead', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el } = await page(html`<maqal-back-to-top target="#nowhere"></maqal-back-to-top>`);
    await scrollWindow(el, 3000);
    part(el, 'button').click();
    expect(window.scrollY).to.equal(0);
    expect(document.activeElement).to.equal(document.body);
    await scrollWindow(el, 3000);
    part(el, 'button').click();
    expect(spy.errors).to.have.length(1);
    expect(spy.errors[0]).to.contain('target="#nowhere"');

    el.target = '[[bad';
    await scrollWindow(el, 3000);
    expect(() => part(el, 'button').click()).not.to.throw();
    expect(spy.errors).to.have.length(2);
    expect(spy.errors[1]).to.contain('not a valid CSS selector');
  });

  it('sits at the bottom left in RTL and the bottom right in LTR, at least 44px square', async () => {
    const { el } = await page();
    await scrollWindow(el, innerHeight + 20);
    await transitioned(el);
    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    let box = part(el, 'button').getBoundingClientRect();
    expect(box.width).to.equal(48);
    expect(box.height).to.equal(48);
    expect(box.left).to.be.closeTo(16, 1);
    expect(box.bottom).to.be.closeTo(height - 16, 1);

    el.dir = 'ltr';
    await el.updateComplete;
    box = part(el, 'button').getBoundingClientRect();
    expect(box.right).to.be.closeTo(width - 16, 1);
    expect(box.bottom).to.be.closeTo(height - 16, 1);

    el.style.setProperty('--maqal-back-to-top-size', '24px');
    el.style.setProperty('--maqal-back-to-top-offset', '40px');
    box = part(el, 'button').getBoundingClientRect();
    expect(box.width).to.equal(44);
    expect(box.height).to.equal(44);
    expect(box.right).to.be.closeTo(width - 40, 1);
  });

  it('keeps the arrow pointing up in both directions', async () => {
    const { el } = await page();
    const arrowTip = () => {
      const icon = part(el, 'icon').getBoundingClientRect();
      const path = part(el, 'icon').querySelector('path')!.getBoundingClientRect();
      return { x: path.left + path.width / 2 - icon.left, top: path.top - icon.top };
    };
    await scrollWindow(el, innerHeight + 20);
    const rtl = arrowTip();
    expect(getComputedStyle(part(el, 'icon')).transform).to.equal('none');
    el.dir = 'ltr';
    await el.updateComplete;
    expect(arrowTip()).to.deep.equal(rtl);
    expect(getComputedStyle(part(el, 'icon')).transform).to.equal('none');
  });

  it('shows how far through the page the reader is with the progress ring', async () => {
    const { el } = await page(html`<maqal-back-to-top progress></maqal-back-to-top>`);
    const ring = el.shadowRoot!.querySelector<SVGElement>('.ring-value')!;
    expect(ring).to.be.instanceOf(SVGElement);
    expect(ring.closest('svg')!.getAttribute('aria-hidden')).to.equal('true');
    const range = document.documentElement.scrollHeight - innerHeight;
    await scrollWindow(el, Math.round(range / 2));
    expect(Number(ring.style.strokeDashoffset)).to.be.closeTo(50, 0.5);
    await scrollWindow(el, range);
    expect(Number(ring.style.strokeDashoffset)).to.equal(0);

    const plain = await page();
    expect(plain.el.shadowRoot!.querySelector('.ring')).to.equal(null);
  });

  it('coalesces any number of scroll events into one update per frame', async () => {
    const { el } = await page();
    const original = window.requestAnimationFrame;
    let requested = 0;
    window.requestAnimationFrame = (callback) => {
      requested++;
      return original.call(window, callback);
    };
    try {
      for (let i = 0; i < 50; i++) window.dispatchEvent(new Event('scroll'));
    } finally {
      window.requestAnimationFrame = original;
    }
    expect(requested).to.equal(1);
    await settle(el);
  });

  describe('in a scrolling container', () => {
    const box = (inner = html`<maqal-back-to-top container="#box"></maqal-back-to-top>`) =>
      html`<div>
        <div style="block-size: 3000px"></div>
        <div id="box" style="block-size: 300px; inline-size: 400px; overflow: auto">
          <a href="#in-box" id="in-box">رابط في الصندوق</a>
          <div style="block-size: 2000px"></div>
          ${inner}
        </div>
      </div>`;

    it('watches the container, not the window, and sits in its bottom corner', async () => {
      const wrapper = await fixture<HTMLDivElement>(box());
      const el = wrapper.querySelector('maqal-back-to-top')!;
      const container = wrapper.querySelector<HTMLElement>('#box')!;
      container.scrollIntoView({ behavior: 'instant' });
      await settle(el);
      expect(el.matches(':state(in-container)')).to.equal(true);
      expect(el.visible).to.equal(false);

      container.scrollTo({ top: 250, behavior: 'instant' });
      await settle(el);
      expect(el.visible).to.equal(false);
      container.scrollTo({ top: 400, behavior: 'instant' });
      await settle(el);
      expect(el.visible).to.equal(true);
      await transitioned(el);

      const boxRect = container.getBoundingClientRect();
      const button = part(el, 'button').getBoundingClientRect();
      expect(button.left).to.be.closeTo(boxRect.left + 16, 1);
      expect(button.bottom).to.be.closeTo(boxRect.top + container.clientHeight - 16, 1);
      // It takes no room in the container's content.
      expect(el.getBoundingClientRect().height).to.equal(0);

      el.dir = 'ltr';
      await el.updateComplete;
      expect(part(el, 'button').getBoundingClientRect().right).to.be.closeTo(
        boxRect.left + container.clientWidth - 16,
        1,
      );

      // The window's own scrolling does not show or hide it.
      container.scrollTo({ top: 0, behavior: 'instant' });
      window.scrollTo({ top: window.scrollY + 100, behavior: 'instant' });
      await settle(el);
      expect(el.visible).to.equal(false);
    });

    it('scrolls the container to its top and focuses it', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const wrapper = await fixture<HTMLDivElement>(box());
      const el = wrapper.querySelector('maqal-back-to-top')!;
      const container = wrapper.querySelector<HTMLElement>('#box')!;
      container.scrollIntoView({ behavior: 'instant' });
      const windowTop = window.scrollY;
      container.scrollTo({ top: 1500, behavior: 'instant' });
      await settle(el);
      expect(el.visible).to.equal(true);
      part(el, 'button').click();
      expect(container.scrollTop).to.equal(0);
      expect(window.scrollY).to.equal(windowTop);
      expect(document.activeElement).to.equal(container);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id).to.equal('in-box');
      expect(container.hasAttribute('tabindex')).to.equal(false);
      await settle(el);
      expect(el.visible).to.equal(false);
    });

    it('stays fixed to the viewport when placed outside the container', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          ${box(html``)}
          <maqal-back-to-top container="#box" threshold="100"></maqal-back-to-top>
        </div>`,
      );
      const el = wrapper.querySelector('maqal-back-to-top')!;
      const container = wrapper.querySelector<HTMLElement>('#box')!;
      await settle(el);
      expect(el.matches(':state(in-container)')).to.equal(false);
      container.scrollTo({ top: 200, behavior: 'instant' });
      await settle(el);
      expect(el.visible).to.equal(true);
      await transitioned(el);
      const button = part(el, 'button').getBoundingClientRect();
      expect(button.left).to.be.closeTo(16, 1);
      expect(button.bottom).to.be.closeTo(document.documentElement.clientHeight - 16, 1);
    });

    it('reports a container that matches nothing once, and watches the window', async () => {
      const { el } = await page(html`<maqal-back-to-top container="#missing"></maqal-back-to-top>`);
      expect(spy.errors).to.have.length(1);
      expect(spy.errors[0]).to.contain('container="#missing"');
      await scrollWindow(el, innerHeight + 20);
      expect(el.visible).to.equal(true);
      expect(spy.errors).to.have.length(1);
    });

    it('follows a change of container, and stops listening when removed', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        box(html`<maqal-back-to-top threshold="100"></maqal-back-to-top>`),
      );
      const el = wrapper.querySelector('maqal-back-to-top')!;
      const container = wrapper.querySelector<HTMLElement>('#box')!;
      container.scrollIntoView({ behavior: 'instant' });
      await settle(el);
      container.scrollTo({ top: 500, behavior: 'instant' });
      await settle(el);
      // Watching the window, which is scrolled past 100px.
      expect(el.visible).to.equal(true);
      window.scrollTo({ top: 0, behavior: 'instant' });
      await settle(el);
      expect(el.visible).to.equal(false);

      el.container = '#box';
      await settle(el);
      expect(el.visible).to.equal(true);

      el.remove();
      container.scrollTo({ top: 0, behavior: 'instant' });
      await settle(el);
      expect(el.visible).to.equal(true);
      container.append(el);
      await settle(el);
      expect(el.visible).to.equal(false);
    });
  });

  it('is accessible hidden and shown, in both directions, dark, with progress', async () => {
    const { el } = await page(html`<maqal-back-to-top progress></maqal-back-to-top>`);
    await expect(el).to.be.accessible();
    await scrollWindow(el, innerHeight + 20);
    await expect(el).to.be.accessible();
    const light = getComputedStyle(part(el, 'button')).backgroundColor;
    el.lang = 'en';
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'button')).backgroundColor).to.equal('rgb(255, 138, 128)');
    expect(light).to.equal('rgb(179, 38, 30)');
    await expect(el).to.be.accessible();
  });
});
