import { mergeTexts } from '@luotsi/i18n';
import { en as commonEn } from './i18n/en';
import { fi as commonFi } from './i18n/fi';
import { sv as commonSv } from './i18n/sv';
import { en as accessLogEn } from './access-log/i18n/en';
import { fi as accessLogFi } from './access-log/i18n/fi';
import { sv as accessLogSv } from './access-log/i18n/sv';
import { en as myDataEn } from './my-data/i18n/en';
import { fi as myDataFi } from './my-data/i18n/fi';
import { sv as myDataSv } from './my-data/i18n/sv';
import { en as staffEn } from './staff/i18n/en';
import { fi as staffFi } from './staff/i18n/fi';
import { sv as staffSv } from './staff/i18n/sv';

/** For tests: every part of the module's texts merged, as a page sees them once its part is loaded. */
type AllTexts = typeof commonFi & typeof accessLogFi & typeof myDataFi & typeof staffFi;
export const fi = mergeTexts(commonFi, accessLogFi, myDataFi, staffFi) as AllTexts;
export const sv = mergeTexts(commonSv, accessLogSv, myDataSv, staffSv) as AllTexts;
export const en = mergeTexts(commonEn, accessLogEn, myDataEn, staffEn) as AllTexts;
