import type { Translation } from './translation.js';

const pluralRules = new Intl.PluralRules('ar');

/** Arabic needs all six plural forms for counted nouns ("دقيقة" / "دقيقتان" / "دقائق" / ...). */
function minutes(count: number): string {
  const n = new Intl.NumberFormat('ar').format(count);
  switch (pluralRules.select(count)) {
    case 'zero':
      return 'أقل من دقيقة';
    case 'one':
      return 'دقيقة واحدة';
    case 'two':
      return 'دقيقتان';
    case 'few':
      return `${n} دقائق`;
    default:
      return `${n} دقيقة`;
  }
}

export const ar: Translation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  loading: 'جارٍ التحميل…',
  errorTitle: 'تعذّر عرض المحتوى',
  errorInvalidJson: 'البيانات ليست بصيغة JSON صالحة.',
  errorNetwork: 'تعذّر الاتصال بالخادم.',
  errorTimeout: 'انتهت مهلة التحميل.',
  errorHttp: (status) => `ردّ الخادم بالخطأ ${status}.`,
  errorInvalidData: 'البيانات غير صالحة:',

  card: {
    noImage: 'لا توجد صورة',
    publishedOn: 'نُشر في',
  },

  article: {
    by: 'بقلم',
    published: 'نُشر في',
    modified: 'آخر تحديث',
    readingTime: (count) => `وقت القراءة: ${minutes(count)}`,
    tags: 'الوسوم',
    publisher: 'عن الناشر',
    imageCredit: 'تصوير',
  },

  related: {
    heading: 'مقالات ذات صلة',
    empty: 'لا توجد مقالات ذات صلة.',
  },

  commentForm: {
    heading: 'اترك تعليقاً',
    replyHeading: (name) => `اترك رداً على ${name}`,
    cancelReply: 'إلغاء الرد',
    notice: 'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *',
    requiredMark: '*',
    comment: 'التعليق',
    name: 'الاسم',
    email: 'البريد الإلكتروني',
    website: 'الموقع الإلكتروني',
    consent:
      'احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.',
    submit: 'إرسال التعليق',
    sending: 'جارٍ الإرسال…',
    pending: 'تعليقك في انتظار المراجعة.',
    approved: 'نُشر تعليقك.',
    required: (field) => `حقل «${field}» مطلوب.`,
    tooLong: (field, max) =>
      `حقل «${field}» أطول من الحد المسموح (${new Intl.NumberFormat('ar').format(max)} حرفاً).`,
    invalidEmail: 'أدخل عنوان بريد إلكتروني صالحاً، مثل name@example.com.',
    invalidUrl: 'أدخل رابطاً صالحاً يبدأ بـ https://',
    failedNetwork: 'تعذّر الاتصال بالخادم. تحقّق من اتصالك ثم أعد المحاولة.',
    failedTimeout: 'استغرق الخادم وقتاً طويلاً في الرد. أعد المحاولة بعد قليل.',
    failedServer: (status) => `حدث خطأ في الخادم (${status}). أعد المحاولة لاحقاً.`,
    failedInvalidResponse: 'ردّ الخادم بإجابة غير مفهومة. أعد المحاولة لاحقاً.',
    failedGeneric: 'تعذّر إرسال التعليق. أعد المحاولة.',
    keepText: 'لم يُفقد شيء: نصّك ما زال في النموذج.',
    wpLoginRequired: 'لا يسمح هذا الموقع بالتعليق دون تسجيل الدخول.',
    wpDuplicate: 'يبدو أنك أرسلت هذا التعليق من قبل.',
    wpFlood: 'أنت ترسل التعليقات بسرعة كبيرة. انتظر قليلاً ثم أعد المحاولة.',
    wpAuthorDataRequired: 'أدخل اسمك وبريدك الإلكتروني للتعليق.',
    wpContentInvalid: 'لا يمكن إرسال تعليق فارغ.',
    wpInvalidPost: 'لا يمكن التعليق على هذا المقال.',
    honeypot: 'اترك هذا الحقل فارغاً',
  },

  backToTop: {
    label: 'الذهاب إلى الأعلى',
  },
};
