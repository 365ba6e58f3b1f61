import type { Polygon, Position } from '../../common/geo';
import type { DemoArea } from './demo-data';
import { demoFraction, demoInt } from './demo-ids';

const metresPerDegreeLat = 111_320;

/** Moves a point by metres north and east (accurate enough at the scale of a housing area). */
export function offset(lat: number, lon: number, north: number, east: number): { lat: number; lon: number } {
  const metresPerDegreeLon = metresPerDegreeLat * Math.cos((lat * Math.PI) / 180);
  return { lat: lat + north / metresPerDegreeLat, lon: lon + east / metresPerDegreeLon };
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** A hexagon-ish outline: six corners at 85–105 % of the radius, so areas do not look stamped. */
export function areaOutline(area: DemoArea): Polygon {
  const ring: Position[] = [];
  for (let corner = 0; corner < 6; corner++) {
    const angle = (corner * Math.PI) / 3 + Math.PI / 6;
    const radius = area.radius * (0.85 + 0.2 * demoFraction(`${area.code}/corner/${corner}`));
    const point = offset(area.lat, area.lon, radius * Math.cos(angle), radius * Math.sin(angle));
    ring.push([round(point.lon), round(point.lat)]);
  }
  ring.push(ring[0]);
  return { type: 'Polygon', coordinates: [ring] };
}

export type BuildingPlan = {
  key: string;
  number: number;
  address: string;
  lat: number;
  lon: number;
  entrances: EntrancePlan[];
};
export type EntrancePlan = {
  key: string;
  letter: string;
  label: string;
  lat: number;
  lon: number;
  doors: string[];
};

/**
 * Swedish apartment numbers (lägenhetsnummer): the first two digits are the floor (10 = entrance
 * level, 11 = one floor up), the last two the position on the floor, counted from the left.
 */
export function doorNumbers(count: number, perFloor: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const floor = 10 + Math.floor(index / perFloor);
    const position = (index % perFloor) + 1;
    return `${floor}${String(position).padStart(2, '0')}`;
  });
}

/** 4–8 buildings on a ring inside the outline; each a row of 2–4 entrances with its own street number. */
export function buildingPlans(area: DemoArea): BuildingPlan[] {
  const count = demoInt(`${area.code}/buildings`, 4, 8);
  const numbers = new Map<string, number>();
  return Array.from({ length: count }, (_, index) => {
    const key = `${area.code}/${index + 1}`;
    const angle = (2 * Math.PI * index) / count + demoFraction(`${key}/angle`) * 0.4;
    const distance = area.radius * (0.35 + 0.2 * demoFraction(`${key}/distance`));
    const centre = offset(area.lat, area.lon, distance * Math.cos(angle), distance * Math.sin(angle));
    const street = area.streets[index % area.streets.length];
    const first = (numbers.get(street) ?? 0) + 2;
    const entranceCount = demoInt(`${key}/entrances`, 2, 4);
    numbers.set(street, first + 2 * (entranceCount - 1));
    const entrances = Array.from({ length: entranceCount }, (_, e) =>
      entrancePlan(
        key,
        e,
        `${street} ${first + 2 * e}`,
        offset(centre.lat, centre.lon, 0, (e - (entranceCount - 1) / 2) * 18),
      ),
    );
    const last = first + 2 * (entranceCount - 1);
    const address = `${street} ${first}–${last}`;
    return { key, number: index + 1, address, lat: round(centre.lat), lon: round(centre.lon), entrances };
  });
}

function entrancePlan(
  buildingKey: string,
  index: number,
  label: string,
  point: { lat: number; lon: number },
): EntrancePlan {
  const key = `${buildingKey}/${index + 1}`;
  const perFloor = demoInt(`${key}/per-floor`, 2, 3);
  const count = demoInt(`${key}/apartments`, 6, 12);
  return {
    key,
    letter: String.fromCharCode(65 + index),
    label,
    lat: round(point.lat),
    lon: round(point.lon),
    doors: doorNumbers(count, perFloor),
  };
}
