import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { sameRow } from '../db/same-row';
import { buildings, entrances, reportCategories, reports, reportUpdates, workOrders } from '../db/schema';
import { trackingAlphabet } from '../modules/reports/tracking-code';
import { hashToken } from '../platform/ids';
import type { DemoOrganization } from './demo-data';
import {
  demoUuidv7,
  type PlanCategory,
  type PlannedReport,
  type PlannedWorkOrder,
  type PlanPlace,
  planDemoReports,
  seededRandom,
} from './demo-report-plan';

type SeedReportsInput = {
  organizationId: string;
  org: DemoOrganization;
  areaIds: Map<string, string>;
  fieldStaff: { userId: string; areaIds: string[] };
  coordinatorUserId: string;
  now: Date;
};

const areaWeights = { sarskilt_utsatt: 1.4, utsatt: 1.15, riskomrade: 1.1 } as Record<string, number>;

/** A year of reports and work orders in the organization's areas, up to `now`. */
export async function seedReports(tx: Tx, input: SeedReportsInput) {
  const places = await loadPlaces(tx, input);
  const categories: PlanCategory[] = await tx
    .select()
    .from(reportCategories)
    .where(eq(reportCategories.organizationId, input.organizationId));
  const plan = planDemoReports({ seed: input.org.slug, now: input.now, places, categories });
  const random = seededRandom(`${input.org.slug}/ids`);
  const workOrderIds = await insertWorkOrders(tx, input, plan.workOrders, random);
  await insertChunked(
    plan.reports.map((report) => reportRow(input.organizationId, report, workOrderIds, random)),
    (chunk) => tx.insert(reports).values(chunk),
  );
  await insertChunked(
    plan.reports.flatMap((report) => timeline(input, report, random)),
    (chunk) => tx.insert(reportUpdates).values(chunk),
  );
  return { reports: plan.reports.length, workOrders: plan.workOrders.length };
}

async function loadPlaces(tx: Tx, input: SeedReportsInput): Promise<PlanPlace[]> {
  const rows = await tx
    .select({
      id: entrances.id,
      buildingId: entrances.buildingId,
      lon: entrances.lon,
      lat: entrances.lat,
      areaId: buildings.areaId,
    })
    .from(entrances)
    .innerJoin(buildings, sameRow(buildings, entrances.organizationId, entrances.buildingId))
    .where(eq(entrances.organizationId, input.organizationId));
  return input.org.areas.map((area) => {
    const areaId = input.areaIds.get(area.code) as string;
    return {
      areaId,
      areaWeight: area.classification ? (areaWeights[area.classification] ?? 1) : 0.8,
      entrances: rows.filter((row) => row.areaId === areaId),
    };
  });
}

async function insertWorkOrders(
  tx: Tx,
  input: SeedReportsInput,
  planned: PlannedWorkOrder[],
  random: () => number,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const rows = planned.map((workOrder, index) => {
    const id = demoUuidv7(workOrder.createdAt, random);
    ids.set(workOrder.key, id);
    const assigned = workOrder.fieldStaff && input.fieldStaff.areaIds.includes(workOrder.areaId);
    return {
      organizationId: input.organizationId,
      id,
      number: index + 1,
      pillar: workOrder.pillar,
      title: workOrder.title,
      areaId: workOrder.areaId,
      buildingId: workOrder.entrance.buildingId,
      entranceId: workOrder.entrance.id,
      lon: workOrder.entrance.lon,
      lat: workOrder.entrance.lat,
      assigneeUserId: assigned ? input.fieldStaff.userId : null,
      contractor: assigned ? null : (workOrder.contractor ?? 'Fastighetsservice'),
      dueDate: new Date(workOrder.createdAt.getTime() + 14 * 24 * 3600 * 1000).toISOString().slice(0, 10),
      status: workOrder.status,
      cost: workOrder.status === 'done' ? String(400 + Math.round(random() * 80) * 50) : null,
      resolution: workOrder.resolution,
      createdByUserId: input.coordinatorUserId,
      completedAt: workOrder.completedAt,
      createdAt: workOrder.createdAt,
      updatedAt: workOrder.completedAt ?? workOrder.createdAt,
    };
  });
  await insertChunked(rows, (chunk) => tx.insert(workOrders).values(chunk));
  return ids;
}

function reportRow(
  organizationId: string,
  report: PlannedReport,
  workOrderIds: Map<string, string>,
  random: () => number,
) {
  const fromEntrance = report.source === 'qr';
  const workOrderKey = report.workOrder?.key;
  return {
    organizationId,
    id: report.id,
    trackingCode: demoTrackingCode(random),
    categoryId: report.category.id,
    restricted: report.category.restricted,
    status: report.status,
    source: report.source,
    areaId: report.areaId,
    buildingId: fromEntrance ? report.entrance.buildingId : null,
    entranceId: fromEntrance ? report.entrance.id : null,
    lon: report.lon,
    lat: report.lat,
    description: report.description,
    locale: report.locale,
    reporterEmail: report.email,
    wantsUpdates: report.email !== null,
    contactConsentAt: report.email ? report.createdAt : null,
    contentHash: hashToken(report.id),
    duplicateOfId: report.duplicateOf?.id ?? null,
    workOrderId: workOrderKey ? (workOrderIds.get(workOrderKey) ?? null) : null,
    rejectReason: report.status === 'rejected' ? 'Redan åtgärdat vid kontroll.' : null,
    publicReply: report.workOrder?.resolution ?? null,
    firstResponseAt: report.firstResponseAt,
    closedAt: report.closedAt,
    createdAt: report.createdAt,
    updatedAt: report.closedAt ?? report.firstResponseAt ?? report.createdAt,
  };
}

/** The report's history: received, then each step staff took. */
function timeline(input: SeedReportsInput, report: PlannedReport, random: () => number) {
  const steps: { status: string; at: Date | null; text: string | null }[] = [
    { status: 'new', at: report.createdAt, text: null },
    {
      status: 'accepted',
      at: report.firstResponseAt,
      text: 'Tack! Vi har tagit emot din anmälan och tittar på den.',
    },
  ];
  if (report.workOrder) steps.push({ status: 'in_progress', at: report.workOrder.createdAt, text: null });
  if (report.status !== 'accepted' && report.status !== 'in_progress' && report.status !== 'new') {
    steps.push({ status: report.status, at: report.closedAt, text: report.workOrder?.resolution ?? null });
  }
  return steps
    .filter((step): step is { status: string; at: Date; text: string | null } => step.at !== null)
    .map((step) => ({
      organizationId: input.organizationId,
      id: demoUuidv7(step.at, random),
      reportId: report.id,
      status: step.status,
      publicText: step.text,
      authorUserId: step.status === 'new' ? null : input.coordinatorUserId,
      notification: step.text && report.email ? 'sent' : null,
      createdAt: step.at,
    }));
}

/** Demo tracking codes in the real codes' shape, from the seeded generator (stable across runs). */
function demoTrackingCode(random: () => number): string {
  const symbols = Array.from(
    { length: 10 },
    () => trackingAlphabet[Math.floor(random() * trackingAlphabet.length)],
  );
  return `${symbols.slice(0, 5).join('')}-${symbols.slice(5).join('')}`;
}

/** Inserts in chunks of 500 rows: one statement per chunk keeps the seed fast without huge statements. */
async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
}
