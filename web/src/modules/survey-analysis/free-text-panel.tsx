import { Button, Group, Loader, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../app/form-error';
import { FreeTextItem } from './free-text-item';
import { Section } from './section';
import { useCorrectTheme, useFreeText } from './texts-api';
import { ThemeCounts } from './theme-counts';

/** Free-text answers of the area and wave, searchable and filtered by theme. */
export function FreeTextPanel({
  areaId,
  waveId,
  canCorrect,
}: {
  areaId: string;
  waveId: string;
  canCorrect: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [theme, setTheme] = useState('');
  const [offset, setOffset] = useState(0);
  const list = useFreeText({ areaId, waveId, q, theme: theme || undefined, offset }, true);
  const correction = useCorrectTheme();
  const data = list.data;
  const themes = data?.themeCounts ?? [];
  const choose = (key: string) => {
    setTheme(key);
    setOffset(0);
  };
  return (
    <Section title={t('surveyAnalysis.freeText.title')}>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t('surveyAnalysis.freeText.search')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setOffset(0);
          }}
        />
        <NativeSelect
          label={t('surveyAnalysis.freeText.theme')}
          value={theme}
          onChange={(event) => choose(event.currentTarget.value)}
          data={[
            { value: '', label: t('surveyAnalysis.freeText.allThemes') },
            ...themes.map((item) => ({ value: item.key, label: item.label })),
          ]}
        />
      </Group>
      {themes.length > 0 && <ThemeCounts counts={themes} chosen={theme} onChoose={choose} />}
      <FormError error={list.error ?? correction.error} />
      {list.isPending && <Loader aria-label={t('app.loading')} />}
      {data && (
        <Stack gap="xs">
          <Text size="sm" aria-live="polite">
            {t('surveyAnalysis.freeText.total', { count: data.total })}
          </Text>
          {data.suppressedCells > 0 && (
            <Text size="sm" c="dimmed">
              {t('surveyAnalysis.freeText.suppressedCells', { count: data.suppressedCells })}
            </Text>
          )}
          {data.items.length === 0 && <Text>{t('surveyAnalysis.freeText.empty')}</Text>}
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {data.items.map((item) => (
              <FreeTextItem
                key={`${item.responseId}/${item.question?.key ?? ''}`}
                item={item}
                themes={themes}
                canCorrect={canCorrect}
                busy={correction.isPending}
                onCorrect={(value) => correction.mutate(value)}
              />
            ))}
          </Stack>
          <Pager offset={data.offset} limit={data.limit} total={data.total} onChange={setOffset} />
        </Stack>
      )}
    </Section>
  );
}

function Pager({
  offset,
  limit,
  total,
  onChange,
}: {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}) {
  const { t } = useTranslation();
  if (total <= limit) return null;
  return (
    <Group gap="xs">
      <Button
        variant="default"
        size="xs"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {t('surveyAnalysis.freeText.previous')}
      </Button>
      <Text size="sm">
        {t('surveyAnalysis.freeText.range', { from: offset + 1, to: Math.min(total, offset + limit), total })}
      </Text>
      <Button
        variant="default"
        size="xs"
        disabled={offset + limit >= total}
        onClick={() => onChange(offset + limit)}
      >
        {t('surveyAnalysis.freeText.next')}
      </Button>
    </Group>
  );
}
