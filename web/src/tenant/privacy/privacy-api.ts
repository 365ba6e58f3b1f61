import type { PrivacyNotice } from '../../../../common/contracts/privacy-notice';
import { request } from '../api';

/** The organization's controller, DPO and retention periods (or the general notice). */
export const loadPrivacyNotice = (org: string | null) =>
  request<PrivacyNotice>(`/api/public/privacy-notice${org ? `?org=${encodeURIComponent(org)}` : ''}`).then(
    (r) => r.data,
  );
