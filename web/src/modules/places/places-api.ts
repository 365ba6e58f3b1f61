import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  areaDetail,
  areaList,
  buildingDetail,
  mapFeatureCollection,
} from '../../../../common/contracts/places';
import { api } from '../../app/api';

export type AreaList = z.infer<typeof areaList>;
export type AreaDetail = z.infer<typeof areaDetail>;
export type BuildingDetail = z.infer<typeof buildingDetail>;
export type MapFeatures = z.infer<typeof mapFeatureCollection>;

// Every place query starts with 'places' so one invalidation refreshes lists, pages and maps.
const root = 'places';

export function useAreas(includeArchived: boolean) {
  return useQuery({
    queryKey: [root, 'areas', { includeArchived }],
    queryFn: () => api.get<AreaList>(`/api/areas${includeArchived ? '?includeArchived=true' : ''}`),
  });
}

export function useArea(id: string) {
  return useQuery({ queryKey: [root, 'area', id], queryFn: () => api.get<AreaDetail>(`/api/areas/${id}`) });
}

export function useBuilding(id: string) {
  return useQuery({
    queryKey: [root, 'building', id],
    queryFn: () => api.get<BuildingDetail>(`/api/buildings/${id}`),
  });
}

/** The whole organization's map, or one area's when areaId is given. */
export function useMapFeatures(areaId?: string) {
  return useQuery({
    queryKey: [root, 'map', areaId ?? 'all'],
    queryFn: () => api.get<MapFeatures>(areaId ? `/api/areas/${areaId}/map` : '/api/map'),
  });
}

export function useInvalidatePlaces() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [root] });
}
