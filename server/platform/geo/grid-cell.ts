/**
 * The fewest metres one degree of latitude spans on WGS84 (at the equator), used for longitude
 * too (times the cosine): a step of cellMetres / this is at least cellMetres long anywhere.
 */
const metresPerDegree = 110_574;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

export type Point = { lat: number; lon: number };

/**
 * The centre of the grid cell a point lies in, for publishing a place coarsely: everyone in the
 * same cell gets the same point, so a published position names a block, never a door.
 * Cells are rows of cellMetres in latitude; each row's width in longitude is set at its
 * poleward edge, so every cell is at least cellMetres wide and tall everywhere in it.
 * The grid is fixed (anchored at 0°, 0°): snapping never depends on other reports.
 */
export function gridCellCentre({ lat, lon }: Point, cellMetres: number): Point {
  if (!(cellMetres >= 100)) throw new RangeError('a published grid cell is at least 100 m');
  const latStep = cellMetres / metresPerDegree;
  const row = Math.floor(lat / latStep);
  const centreLat = (row + 0.5) * latStep;
  const poleward = Math.min(90, Math.max(Math.abs(row * latStep), Math.abs((row + 1) * latStep)));
  // Near the poles a row is one cell around; Sweden is far from that.
  const lonStep = Math.min(360, cellMetres / (metresPerDegree * Math.cos(radians(poleward))) || 360);
  const column = Math.floor((lon + 180) / lonStep);
  const centreLon = (column + 0.5) * lonStep - 180;
  return { lat: round(Math.min(90, centreLat)), lon: round(Math.min(180, centreLon)) };
}

/** Six decimals (~0.1 m): the centre is exact to well within its cell, and prints short. */
const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6;
