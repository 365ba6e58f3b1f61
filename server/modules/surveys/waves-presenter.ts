import type {
  AreaRate,
  OpenLinkFlag,
  WaveDetail,
  WaveKind,
  WaveStatus,
  WaveSummary,
} from '../../../common/contracts/survey-waves';
import { steppedCount } from '../../../common/statistics';
import type { WaveRow } from './waves-access';
import type { buildingHouseholds, codeCounts, responseCounts } from './waves-counts';

type Counts = { issued: number; used: number; responses: number };
type CodeRows = Awaited<ReturnType<typeof codeCounts>>;
type ResponseRows = Awaited<ReturnType<typeof responseCounts>>;
type BuildingRows = Awaited<ReturnType<typeof buildingHouseholds>>;

/** codesUsed / codesIssued; null while no code was issued (nothing to divide by). */
export const responseRate = (issued: number, used: number) => (issued > 0 ? used / issued : null);

/** The only shape in which a wave in a list leaves the server (counts within the actor's areas). */
export function presentSummary(
  wave: WaveRow,
  areas: { id: string; name: string }[],
  counts: Counts,
): WaveSummary {
  return {
    id: wave.id,
    name: wave.name,
    kind: wave.kind as WaveKind,
    status: wave.status as WaveStatus,
    startsOn: wave.startsOn,
    endsOn: wave.endsOn,
    areas,
    responses: counts.responses,
    codesIssued: counts.issued,
    codesUsed: counts.used,
    responseRate: responseRate(counts.issued, counts.used),
    changedAfterPublicationAt: wave.changedAfterCloseAt?.toISOString() ?? null,
  };
}

const sumOf = <T>(rows: T[], pick: (row: T) => number) =>
  rows.reduce((sum, row) => sum + Number(pick(row)), 0);

/** One area's response rate, with its buildings; codes and responses without a building count for the area only. */
export function presentAreaRate(
  area: { id: string; name: string },
  rows: { codes: CodeRows; responses: ResponseRows; buildings: BuildingRows },
): AreaRate {
  const codes = rows.codes.filter((row) => row.areaId === area.id);
  const responses = rows.responses.filter((row) => row.areaId === area.id);
  const buildings = rows.buildings
    .filter((row) => row.areaId === area.id)
    .map((building) => {
      const own = <T extends { buildingId: string | null }>(list: T[]) =>
        list.filter((row) => row.buildingId === building.buildingId);
      const issued = sumOf(own(codes), (row) => row.issued);
      // Live counts below the area only in steps of five (contracts/survey-waves buildingRate).
      const used = steppedCount(sumOf(own(codes), (row) => row.used));
      return {
        buildingId: building.buildingId,
        address: building.address,
        households: Number(building.households),
        codesIssued: issued,
        codesUsed: used,
        responses: steppedCount(sumOf(own(responses), (row) => row.responses)),
        responseRate: responseRate(issued, used),
      };
    });
  const issued = sumOf(codes, (row) => row.issued);
  const used = sumOf(codes, (row) => row.used);
  const byChannel = (channel: string) =>
    sumOf(
      responses.filter((row) => row.channel === channel),
      (row) => row.responses,
    );
  return {
    areaId: area.id,
    areaName: area.name,
    buildings,
    households: sumOf(buildings, (row) => row.households),
    codesIssued: issued,
    codesUsed: used,
    responses: sumOf(responses, (row) => row.responses),
    openLinkResponses: byChannel('open_link'),
    paperResponses: byChannel('paper'),
    responseRate: responseRate(issued, used),
  };
}

/** The wave with its questions, the actor's abilities on it and live rates per area and building. */
export function presentDetail(
  summary: WaveSummary,
  wave: WaveRow,
  abilities: string[],
  rates: AreaRate[],
  openLinkFlags: OpenLinkFlag[],
  answerDelay: WaveDetail['answerDelay'],
): WaveDetail {
  return { ...summary, questionKeys: wave.questionKeys, abilities, rates, openLinkFlags, answerDelay };
}
