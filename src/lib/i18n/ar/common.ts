import type { CommonStrings } from '../translation.js';

export const common: CommonStrings = {
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
};
