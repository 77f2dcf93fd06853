import type { Translation } from './translation.js';

const pluralRules = new Intl.PluralRules('en');

export const en: Translation = {
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

  card: {
    noImage: 'No image',
    publishedOn: 'Published on',
  },

  article: {
    by: 'By',
    published: 'Published',
    modified: 'Updated',
    readingTime: (count) =>
      count < 1
        ? 'Less than a minute read'
        : `${new Intl.NumberFormat('en').format(count)} ${pluralRules.select(count) === 'one' ? 'minute' : 'minutes'} read`,
    tags: 'Tags',
    publisher: 'About the publisher',
    imageCredit: 'Photo',
  },

  related: {
    heading: 'Related articles',
    empty: 'No related articles.',
  },

  commentForm: {
    heading: 'Leave a Reply',
    replyHeading: (name) => `Leave a Reply to ${name}`,
    cancelReply: 'Cancel reply',
    notice: 'Your email address will not be published. Required fields are marked *',
    requiredMark: '*',
    comment: 'Comment',
    name: 'Name',
    email: 'Email',
    website: 'Website',
    consent: 'Save my name, email, and website in this browser for the next time I comment.',
    submit: 'Post Comment',
    sending: 'Sending…',
    pending: 'Your comment is awaiting moderation.',
    approved: 'Your comment has been posted.',
    required: (field) => `${field} is required.`,
    tooLong: (field, max) =>
      `${field} is longer than ${new Intl.NumberFormat('en').format(max)} characters.`,
    invalidEmail: 'Enter a valid email address, like name@example.com.',
    invalidUrl: 'Enter a valid link starting with https://',
    failedNetwork: 'The server could not be reached. Check your connection and try again.',
    failedTimeout: 'The server took too long to answer. Try again in a moment.',
    failedServer: (status) => `The server had a problem (${status}). Try again later.`,
    failedInvalidResponse: 'The server sent an answer that could not be read. Try again later.',
    failedGeneric: 'The comment could not be posted. Try again.',
    keepText: 'Nothing was lost: your text is still in the form.',
    wpLoginRequired: 'This site does not allow comments without logging in.',
    wpDuplicate: 'It looks as though you have already said that.',
    wpFlood: 'You are posting comments too quickly. Wait a moment and try again.',
    wpAuthorDataRequired: 'Enter your name and email address to comment.',
    wpContentInvalid: 'An empty comment cannot be posted.',
    wpInvalidPost: 'Comments cannot be posted on this article.',
    honeypot: 'Leave this field empty',
  },

  backToTop: {
    label: 'Back to top',
  },
};
