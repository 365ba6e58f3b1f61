import { boundingBox } from '../../common/geo';
import type { Tx } from '../db/client';
import { apartments, areas, buildings, entrances } from '../db/schema';
import type { DemoOrganization } from './demo-data';
import { demoId, demoToken } from './demo-ids';
import { areaOutline, type BuildingPlan, buildingPlans } from './places-layout';

/** Inserts the organization's areas, buildings, entrances and apartments; returns area ids by code. */
export async function seedPlaces(tx: Tx, organizationId: string, org: DemoOrganization) {
  const areaIds = new Map<string, string>();
  for (const [areaIndex, area] of org.areas.entries()) {
    const areaId = demoId(`${org.slug}/area/${area.code}`);
    areaIds.set(area.code, areaId);
    const geometry = areaOutline(area);
    await tx.insert(areas).values({
      organizationId,
      id: areaId,
      name: area.name,
      code: area.code,
      classification: area.classification,
      geometry,
      ...boundingBox(geometry),
    });
    const objectPrefix = `${org.prefix}-${String(areaIndex + 1).padStart(2, '0')}`;
    for (const plan of buildingPlans(area)) {
      await seedBuilding(tx, { organizationId, areaId, slug: org.slug, objectPrefix }, plan);
    }
  }
  return areaIds;
}

type BuildingContext = { organizationId: string; areaId: string; slug: string; objectPrefix: string };

async function seedBuilding(tx: Tx, context: BuildingContext, plan: BuildingPlan) {
  const { organizationId, slug } = context;
  const buildingId = demoId(`${slug}/building/${plan.key}`);
  // e.g. BKB-0103: company prefix, area 01, building 03.
  const externalId = `${context.objectPrefix}${String(plan.number).padStart(2, '0')}`;
  await tx.insert(buildings).values({
    organizationId,
    id: buildingId,
    areaId: context.areaId,
    address: plan.address,
    externalId,
    lat: plan.lat,
    lon: plan.lon,
  });
  for (const entrance of plan.entrances) {
    const entranceId = demoId(`${slug}/entrance/${entrance.key}`);
    await tx.insert(entrances).values({
      organizationId,
      id: entranceId,
      buildingId,
      label: entrance.label,
      lat: entrance.lat,
      lon: entrance.lon,
      publicToken: demoToken(entranceId),
    });
    await tx.insert(apartments).values(
      entrance.doors.map((door) => ({
        organizationId,
        id: demoId(`${slug}/apartment/${entrance.key}/${door}`),
        entranceId,
        doorNumber: door,
        objectId: `${externalId}-${entrance.letter}${door}`,
      })),
    );
  }
}
