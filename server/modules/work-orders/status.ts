import type { WorkOrderStatus } from '../../../common/reporting';
import type { Locale } from '../../../common/roles';
import { forbidden } from '../../platform/errors';
import { fieldError } from './messages';

/**
 * The status machine: new → planned → in_progress → done | wont_do. Steps may be skipped forward
 * (a caretaker fixes a lamp on the spot), planning may be undone, and a done work order may be
 * reopened; wont_do is final (its reports went back to the inbox).
 */
const moves: Record<WorkOrderStatus, readonly WorkOrderStatus[]> = {
  new: ['planned', 'in_progress', 'done', 'wont_do'],
  planned: ['new', 'in_progress', 'done', 'wont_do'],
  in_progress: ['planned', 'done', 'wont_do'],
  done: ['in_progress'],
  wont_do: [],
};

/** What field staff may do on their own work orders: start and finish, not give up or reopen. */
const fieldMoves: Record<WorkOrderStatus, readonly WorkOrderStatus[]> = {
  new: ['in_progress', 'done'],
  planned: ['in_progress', 'done'],
  in_progress: ['done'],
  done: [],
  wont_do: [],
};

/** Throws 400 naming `status` for a move the machine does not have, 403 for one only planners make. */
export function ensureStatusMove(
  locale: Locale,
  from: WorkOrderStatus,
  to: WorkOrderStatus,
  planner: boolean,
): void {
  if (from === to) return;
  if (!moves[from].includes(to)) throw fieldError(locale, 'status', 'statusChange', { from, to });
  if (!planner && !fieldMoves[from].includes(to)) throw forbidden();
}

export const isClosed = (status: WorkOrderStatus) => status === 'done' || status === 'wont_do';
