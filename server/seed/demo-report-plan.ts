import type { ReportSource, ReportStatus } from '../../common/reporting';
import { demoContractors, demoDescriptions, demoResolutions } from './demo-report-texts';

/** What the plan needs to know about the organization's places and categories. */
export type PlanPlace = { areaId: string; areaWeight: number; entrances: PlanEntrance[] };
export type PlanEntrance = { id: string; buildingId: string; lon: number; lat: number };
export type PlanCategory = {
  id: string;
  key: string;
  restricted: boolean;
  pillar: string;
  targetDays: number;
};

export type PlannedReport = {
  id: string;
  categoryKey: string;
  category: PlanCategory;
  areaId: string;
  entrance: PlanEntrance;
  lon: number;
  lat: number;
  source: ReportSource;
  description: string;
  locale: string;
  email: string | null;
  status: ReportStatus;
  createdAt: Date;
  firstResponseAt: Date | null;
  closedAt: Date | null;
  duplicateOf: PlannedReport | null;
  workOrder: PlannedWorkOrder | null;
};

export type PlannedWorkOrder = {
  key: string;
  pillar: string;
  title: string;
  areaId: string;
  entrance: PlanEntrance;
  createdAt: Date;
  completedAt: Date | null;
  status: 'in_progress' | 'done';
  contractor: string | null;
  fieldStaff: boolean;
  resolution: string | null;
  reports: PlannedReport[];
};

/** A small seeded generator (mulberry32): the same organization always gets the same year. */
export function seededRandom(seed: string): () => number {
  let state = [...seed].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619), 2166136261);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = 24 * 3600 * 1000;
const hour = 3600 * 1000;

/** Reports per month in an average area, before season and area weights. */
const baseMonthly = 18;

/** How much more often a category is reported in a month (0 = January): darkness, summer. */
function seasonWeight(key: string, month: number): number {
  const dark = [1.8, 1.5, 1.1, 0.7, 0.4, 0.3, 0.3, 0.5, 0.9, 1.4, 1.8, 2.0];
  const summer = [0.2, 0.2, 0.4, 0.8, 1.6, 2.0, 2.0, 1.6, 1.0, 0.5, 0.3, 0.2];
  if (key === 'lighting') return dark[month];
  if (key === 'vegetation') return summer[month];
  if (key === 'litter') return 0.6 + summer[month] / 2;
  return 1;
}

/** How common each category is, relative to the others. */
const categoryShare: Record<string, number> = {
  lighting: 0.2,
  door_lock_entry: 0.14,
  graffiti_vandalism: 0.13,
  litter: 0.14,
  vegetation: 0.08,
  unsafe_place: 0.1,
  fire_hazard: 0.07,
  disturbance: 0.07,
  subletting: 0.02,
  other: 0.05,
};

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function weightedKey(random: () => number, weights: Record<string, number>): string {
  const total = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
  let left = random() * total;
  for (const [key, weight] of Object.entries(weights)) {
    left -= weight;
    if (left <= 0) return key;
  }
  return Object.keys(weights)[0];
}

function sourceFor(random: () => number): ReportSource {
  const roll = random();
  if (roll < 0.45) return 'qr';
  if (roll < 0.8) return 'web';
  if (roll < 0.96) return 'staff';
  return 'open311';
}

function localeFor(random: () => number): string {
  return weightedKey(random, { sv: 0.8, en: 0.07, ar: 0.06, so: 0.04, fa: 0.03 });
}

/** Ids are UUIDv7 with the report's own time, so lists ordered by id are ordered by time. */
export function demoUuidv7(time: Date, random: () => number): string {
  const bytes = new Uint8Array(16);
  let ms = time.getTime();
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  for (let i = 6; i < 16; i++) bytes[i] = Math.floor(random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type PlanInput = { seed: string; now: Date; places: PlanPlace[]; categories: PlanCategory[] };

/** A year of reports and the work orders they fed, up to `now`, for one organization. */
export function planDemoReports(input: PlanInput): {
  reports: PlannedReport[];
  workOrders: PlannedWorkOrder[];
} {
  const random = seededRandom(input.seed);
  const byKey = new Map(input.categories.map((category) => [category.key, category]));
  const reports: PlannedReport[] = [];
  const start = input.now.getTime() - 365 * day;
  for (const place of input.places.filter((p) => p.entrances.length > 0)) {
    for (let monthStart = start; monthStart < input.now.getTime(); monthStart += 30 * day) {
      const month = new Date(monthStart).getUTCMonth();
      for (const [key, share] of Object.entries(categoryShare)) {
        const category = byKey.get(key);
        if (!category) continue;
        const expected = baseMonthly * place.areaWeight * share * seasonWeight(key, month);
        const count = Math.floor(expected + random());
        for (let i = 0; i < count; i++) {
          // The last month runs past now: what would fall in the future is not reported (yet).
          const createdAt = new Date(monthStart + random() * 30 * day);
          if (createdAt.getTime() > input.now.getTime() - hour) continue;
          reports.push(planReport(random, { place, category, createdAt }));
        }
      }
    }
  }
  reports.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (const report of reports) report.id = demoUuidv7(report.createdAt, random);
  const workOrders = planOutcomes(random, reports, input.now);
  return { reports, workOrders };
}

function planReport(
  random: () => number,
  input: { place: PlanPlace; category: PlanCategory; createdAt: Date },
): PlannedReport {
  const entrance = pick(random, input.place.entrances);
  const jitter = () => (random() - 0.5) * 0.0004;
  return {
    id: '',
    categoryKey: input.category.key,
    category: input.category,
    areaId: input.place.areaId,
    entrance,
    lon: entrance.lon + jitter(),
    lat: entrance.lat + jitter() / 2,
    source: sourceFor(random),
    description: pick(random, demoDescriptions[input.category.key] ?? demoDescriptions.other),
    locale: localeFor(random),
    email: random() < 0.35 ? `boende.${Math.floor(random() * 100000)}@example.se` : null,
    status: 'new',
    createdAt: input.createdAt,
    firstResponseAt: null,
    closedAt: null,
    duplicateOf: null,
    workOrder: null,
  };
}

/** Decides what happened to each report: merged, rejected, forwarded, or done through a work order. */
function planOutcomes(random: () => number, reports: PlannedReport[], now: Date): PlannedWorkOrder[] {
  const workOrders: PlannedWorkOrder[] = [];
  const openByPlace = new Map<string, PlannedWorkOrder>();
  for (const report of reports) {
    const ageDays = (now.getTime() - report.createdAt.getTime()) / day;
    if (ageDays < 2 && random() < 0.7) continue; // still new in the inbox
    report.firstResponseAt = new Date(report.createdAt.getTime() + (0.3 + random() * 60) * hour);
    const placeKey = `${report.categoryKey}/${report.entrance.id}`;
    const open = openByPlace.get(placeKey);
    if (open && report.createdAt.getTime() - open.createdAt.getTime() < 10 * day) {
      report.status = 'duplicate';
      report.duplicateOf = open.reports[0];
      report.closedAt = report.firstResponseAt;
      continue;
    }
    const roll = random();
    if (roll < 0.04) {
      report.status = 'rejected';
      report.closedAt = report.firstResponseAt;
    } else if (roll < 0.08 && !report.category.restricted) {
      report.status = 'forwarded';
      report.closedAt = report.firstResponseAt;
    } else if (report.category.restricted || random() < 0.15) {
      closeWithoutWorkOrder(random, report, now);
    } else {
      const workOrder = planWorkOrder(random, report, now);
      workOrders.push(workOrder);
      openByPlace.set(placeKey, workOrder);
    }
  }
  return workOrders;
}

function closeWithoutWorkOrder(random: () => number, report: PlannedReport, now: Date) {
  const doneAt = new Date((report.firstResponseAt as Date).getTime() + random() * 10 * day);
  if (doneAt > now) report.status = 'accepted';
  else Object.assign(report, { status: 'done', closedAt: doneAt });
}

function planWorkOrder(random: () => number, report: PlannedReport, now: Date): PlannedWorkOrder {
  const createdAt = report.firstResponseAt as Date;
  // Most are done well within the target; some drag on past it.
  const days =
    random() < 0.8 ? random() * report.category.targetDays : report.category.targetDays * (1 + random());
  const completedAt = new Date(createdAt.getTime() + days * day);
  const done = completedAt < now;
  const workOrder: PlannedWorkOrder = {
    key: report.id,
    pillar: report.category.pillar,
    title: report.description.split(/[,.]/)[0],
    areaId: report.areaId,
    entrance: report.entrance,
    createdAt,
    completedAt: done ? completedAt : null,
    status: done ? 'done' : 'in_progress',
    contractor: random() < 0.5 ? pick(random, demoContractors) : null,
    fieldStaff: random() < 0.6,
    resolution: done ? (demoResolutions[report.categoryKey] ?? demoResolutions.other) : null,
    reports: [report],
  };
  report.workOrder = workOrder;
  report.status = done ? 'done' : 'in_progress';
  report.closedAt = workOrder.completedAt;
  return workOrder;
}
