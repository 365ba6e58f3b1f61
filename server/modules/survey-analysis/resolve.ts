import { notFound } from '../../platform/errors';
import type { AnalysisContext, AnalysisFrame, AnalysisWave, TargetRow } from './context';
import { findMeasure, type Measure } from './measures';
import { analysisFieldError } from './messages';

/** The measure named in a request, or a 400 naming the field. */
export function resolveMeasure(
  ctx: AnalysisContext,
  frame: Pick<AnalysisFrame, 'own'>,
  key: string,
  field = 'measure',
): Measure {
  const measure = findMeasure(key, frame.own);
  if (!measure) throw analysisFieldError(ctx.locale, field, 'unknownMeasure');
  return measure;
}

/**
 * The wave asked for (404 when it is not one of the organization's open or closed waves), or
 * the latest one when none is named; undefined only when the organization has no waves yet.
 */
export function resolveWave(frame: Pick<AnalysisFrame, 'waves'>, waveId?: string): AnalysisWave | undefined {
  if (!waveId) return frame.waves.at(-1);
  const wave = frame.waves.find((candidate) => candidate.id === waveId);
  if (!wave) throw notFound();
  return wave;
}

/** The target of an area for a measure in a year, if one is set. */
export function targetFor(
  targets: readonly TargetRow[],
  areaId: string,
  measureKey: string,
  year: number | undefined,
): { year: number; share: number } | null {
  if (year === undefined) return null;
  const target = targets.find((t) => t.areaId === areaId && t.measureKey === measureKey && t.year === year);
  return target ? { year: target.year, share: target.share } : null;
}
