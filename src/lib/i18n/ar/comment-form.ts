import type { CommentFormStrings } from '../translation.js';

const pluralRules = new Intl.PluralRules('ar');

/** The counted noun after a number: "١٠ أحرف", "٢٤٥ حرفاً", "١٠٠ حرف". */
const characters = (count: number) =>
  (({ few: 'أحرف', many: 'حرفاً' }) as Record<string, string>)[pluralRules.select(count)] ?? 'حرف';

export const commentForm: CommentFormStrings = {
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
  tooLong: (field, max, formatted) =>
    `حقل «${field}» أطول من الحد المسموح (${formatted} ${characters(max)}).`,
  invalidEmail: 'أدخل عنوان بريد إلكتروني صالحاً، مثل name@example.com.',
  invalidUrl: 'أدخل رابطاً صالحاً يبدأ بـ \u2066https://\u2069', // isolated: left to right
  failedNetwork: 'تعذّر الوصول إلى الخادم. أعد المحاولة بعد قليل.',
  failedOffline: 'يبدو أنك غير متصل بالإنترنت. تحقّق من اتصالك ثم أعد المحاولة.',
  failedTimeout: 'استغرق الخادم وقتاً طويلاً في الرد. أعد المحاولة بعد قليل.',
  failedServer: (status) => `حدث خطأ في الخادم (${status}). أعد المحاولة لاحقاً.`,
  failedNotFound: (status) =>
    `لم يُعثر على عنوان استقبال التعليقات في هذا الموقع (${status})، فلم يُرسل التعليق.`,
  failedInvalidResponse: 'ردّ الخادم بإجابة غير مفهومة. أعد المحاولة لاحقاً.',
  failedGeneric: 'تعذّر إرسال التعليق. أعد المحاولة.',
  keepText: 'لم يُفقد شيء: نصّك ما زال في النموذج.',
  checkFields: 'لم يُرسل التعليق: صحّح الحقول المشار إليها.',
  wpLoginRequired: 'لا يسمح هذا الموقع بالتعليق دون تسجيل الدخول.',
  wpDuplicate: 'يبدو أنك أرسلت هذا التعليق من قبل.',
  wpFlood: 'أنت ترسل التعليقات بسرعة كبيرة. انتظر قليلاً ثم أعد المحاولة.',
  wpAuthorDataRequired: 'أدخل اسمك وبريدك الإلكتروني للتعليق.',
  wpContentInvalid: 'لا يمكن إرسال تعليق فارغ.',
  wpInvalidPost: 'لا يمكن التعليق على هذا المقال.',
  wpClosed: 'التعليقات مغلقة على هذا المقال.',
  wpInvalidEmail: 'لم يقبل الموقع عنوان البريد الإلكتروني. تحقّق منه ثم أعد المحاولة.',
  failedRedirect: 'نُقل عنوان استقبال التعليقات، فلم يُرسل التعليق. أعد المحاولة لاحقاً.',
  honeypot: 'اترك هذا الحقل فارغاً',
};
