import type { AreaDetail, Figure } from '../../../common/contracts/survey-analysis';
import type { AreaParts } from './area-parts-query';
import type { Counts } from './figures';
import type { Measure } from './measures';
import { partFigures } from './part-suppression';

/**
 * The area's buildings as parts of the area's total (answers without a building are the
 * remainder), with secondary suppression; none is shown when the area itself is not.
 */
export function buildingFigures(
  measure: Measure,
  areaTotals: readonly Counts[],
  parts: AreaParts,
  areaFigure: Figure,
): AreaDetail['buildings'] {
  const figures = partFigures(
    measure,
    areaTotals,
    parts.buildings.map((b) => ({
      key: b.id,
      counts: parts.counts.items(parts.waveId, b.id, measure.itemKeys),
    })),
    areaFigure.visibility === 'suppressed',
  );
  return parts.buildings.map((b) => ({
    buildingId: b.id,
    address: b.address,
    figure: figures.get(b.id) as Figure,
  }));
}

/**
 * The entrances, each as a part of ITS BUILDING's total (the next level of the drill-down), so
 * that a shown building minus its shown entrances never reveals a small stairwell. Entrances of
 * a building that is not shown are not shown either.
 */
export function entranceFigures(
  measure: Measure,
  parts: AreaParts,
  buildings: AreaDetail['buildings'],
): AreaDetail['entrances'] {
  const figures = new Map<string, Figure>();
  for (const building of new Set(parts.entrances.map((e) => e.buildingId))) {
    const shownBuilding = buildings.find((b) => b.buildingId === building);
    const ofBuilding = parts.entrances.filter((e) => e.buildingId === building);
    const result = partFigures(
      measure,
      parts.counts.items(parts.waveId, building, measure.itemKeys),
      ofBuilding.map((e) => ({
        key: e.id,
        counts: parts.counts.items(parts.waveId, e.id, measure.itemKeys),
      })),
      !shownBuilding || shownBuilding.figure.visibility === 'suppressed',
    );
    for (const [id, figure] of result) figures.set(id, figure);
  }
  return parts.entrances.map((e) => ({
    entranceId: e.id,
    buildingId: e.buildingId,
    label: e.label,
    address: e.address,
    figure: figures.get(e.id) as Figure,
  }));
}
