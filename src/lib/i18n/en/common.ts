import type { CommonStrings } from '../translation.js';

export const common: CommonStrings = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  loading: 'Loading…',
  errorTitle: 'This content could not be shown',
  errorInvalidJson: 'The data is not valid JSON.',
  errorNetwork: 'The server could not be reached.',
  errorTimeout: 'Loading took too long.',
  errorHttp: (status) => `The server answered with error ${status}.`,
  errorInvalidData: 'The data is not valid:',
};
