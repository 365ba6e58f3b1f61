/** @jsxImportSource preact */
import type { FeatureCollection } from 'geojson';
import { useMemo, useState } from 'preact/hooks';
import type { SurveyForm, TenantQuestion } from '../../../../common/contracts/survey-responses';
import type { Position } from '../form/draft';
import { useI18n } from '../i18n/i18n-context';
import { LazyPinMap } from '../place/lazy-pin-map';
import { QuestionFieldset } from './question-fieldset';
import { questionFieldId } from './survey-questions';

type Props = {
  question: TenantQuestion;
  form: SurveyForm;
  points: Position[];
  error?: string;
  onChange(points: Position[]): void;
};

type Geometry = NonNullable<SurveyForm['map']>['areaGeometry'];

/** The west, south, east and north edges of the area, for the map's first view. */
function boundsOf(geometry: Geometry): [number, number, number, number] {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const positions = rings.flat();
  const lons = positions.map(([lon]) => lon);
  const lats = positions.map(([, lat]) => lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/**
 * Up to five places where the tenant feels unsafe, tapped on the area map. The map (MapLibre) is
 * downloaded only when opened; the list of marked places beside it can be read and emptied
 * without it.
 */
export function MapQuestion({ question, form, points, error, onChange }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const { key } = question;
  const max = question.maxPoints ?? 5;
  const geometry = form.map?.areaGeometry;
  const areas = useMemo<FeatureCollection | undefined>(
    () =>
      geometry && {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry, properties: { name: form.place.areaName } }],
      },
    [geometry, form.place.areaName],
  );
  return (
    <QuestionFieldset question={question} error={error}>
      {open && geometry ? (
        <LazyPinMap
          areas={areas}
          bounds={boundsOf(geometry)}
          pins={points}
          onPin={(pin) => points.length < max && onChange([...points, pin])}
        />
      ) : (
        <button type="button" class="secondary" id={questionFieldId(key)} onClick={() => setOpen(true)}>
          {t('surveyMapOpen')}
        </button>
      )}
      <MarkedPlaces points={points} max={max} onChange={onChange} />
    </QuestionFieldset>
  );
}

function MarkedPlaces({
  points,
  max,
  onChange,
}: {
  points: Position[];
  max: number;
  onChange(p: Position[]): void;
}) {
  const { t } = useI18n();
  return (
    <div class="marked" aria-live="polite">
      {points.length === 0 ? (
        <p class="note">{t('surveyMapNone')}</p>
      ) : (
        <ul class="places">
          {points.map((point, index) => (
            <li key={`${point.lon},${point.lat}`}>
              <span>{t('surveyMapPlace', { n: index + 1 })}</span>
              <button
                type="button"
                class="secondary"
                onClick={() => onChange(points.filter((_, i) => i !== index))}
              >
                {t('surveyMapRemove', { n: index + 1 })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {points.length >= max && <p class="note">{t('surveyMapFull', { n: max })}</p>}
    </div>
  );
}
