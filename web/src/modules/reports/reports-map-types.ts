import type { z } from 'zod';
import type { reportMap } from '../../../../common/contracts/reports';

/** The server's clustered map answer (kept apart so the lazy map chunk and its wrapper share it). */
export type ReportMap = z.infer<typeof reportMap>;
