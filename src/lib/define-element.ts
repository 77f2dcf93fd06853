let warned = false;

/**
 * Registers a tag unless it already is: loading maqal twice, or beside another copy, must not
 * throw. The first copy wins and one warning says so.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (customElements.get(tag)) {
    if (customElements.get(tag) !== element && !warned) {
      warned = true;
      console.warn(
        `maqal: <${tag}> is already defined (maqal loaded twice?); keeping the first definition.`,
      );
    }
    return;
  }
  customElements.define(tag, element);
}
