import type { ReportForm } from '../../../../common/contracts/public-reports';
import type { TenantLocale } from '../../../../common/reporting';
import { type FormTarget, publicApi } from '../api';

const pending = new Map<string, Promise<ReportForm>>();

/**
 * The form's data, requested once per target and language. main.tsx calls it before the first
 * render so the request runs alongside the download of the language catalogue, not after it.
 */
export function loadForm(target: FormTarget, locale: TenantLocale): Promise<ReportForm> {
  const key = `${target.entrance ?? ''}|${target.org ?? ''}|${locale}`;
  let promise = pending.get(key);
  if (!promise) {
    promise = publicApi.form(target, locale);
    promise.catch(() => pending.delete(key));
    pending.set(key, promise);
  }
  return promise;
}
