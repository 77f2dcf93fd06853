import type { BackToTopStrings } from '../translation.js';

export const backToTop: BackToTopStrings = {
  label: 'Back to top',
};
