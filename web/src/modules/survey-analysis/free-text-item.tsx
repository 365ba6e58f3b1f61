import { ActionIcon, Badge, Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FreeTextItem as Item } from '../../../../common/contracts/survey-texts';
import { HighlightedText } from './highlighted-text';
import type { ThemeCorrection } from './texts-api';

type Props = {
  item: Item;
  themes: { key: string; label: string }[];
  canCorrect: boolean;
  busy: boolean;
  onCorrect: (correction: ThemeCorrection) => void;
};

/** One free-text answer: the text with matching words marked, its theme chips and corrections. */
export function FreeTextItem({ item, themes, canCorrect: mayCorrect, busy, onCorrect }: Props) {
  const { t } = useTranslation();
  // Staff corrections are kept for the free-text question only; an own question's text keeps its keywords.
  const canCorrect = mayCorrect && item.question === null;
  const correct = (themeKey: string, action: ThemeCorrection['action']) =>
    onCorrect({ responseId: item.responseId, themeKey, action });
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={6}>
        <Text size="xs" c="dimmed">
          {item.areaName} · {item.waveName}
          {item.question && ` · ${item.question.label}`}
        </Text>
        <Text component="blockquote" m={0} style={{ whiteSpace: 'pre-wrap' }}>
          <HighlightedText text={item.text} spans={item.themes.flatMap((theme) => theme.spans)} />
        </Text>
        <Group gap={6} wrap="wrap">
          {item.themes.map((theme) => (
            <Badge
              key={theme.key}
              variant={theme.source === 'staff' ? 'filled' : 'light'}
              title={t(`surveyAnalysis.freeText.source.${theme.source}`)}
              rightSection={
                canCorrect && (
                  <ActionIcon
                    size="xs"
                    variant="transparent"
                    color={theme.source === 'staff' ? 'white' : 'blue.9'}
                    aria-label={t('surveyAnalysis.freeText.remove', { theme: theme.label })}
                    disabled={busy}
                    onClick={() => correct(theme.key, 'remove')}
                  >
                    <IconX size={12} aria-hidden />
                  </ActionIcon>
                )
              }
            >
              {theme.label}
            </Badge>
          ))}
        </Group>
        {canCorrect && item.overruled.length > 0 && (
          <Group gap={6} wrap="wrap">
            <Text size="xs">{t('surveyAnalysis.freeText.overruled')}</Text>
            {item.overruled.map((theme) => (
              <Button
                key={theme.key}
                size="compact-xs"
                variant="subtle"
                leftSection={<IconArrowBackUp size={12} aria-hidden />}
                aria-label={t('surveyAnalysis.freeText.restore', { theme: theme.label })}
                disabled={busy}
                onClick={() => correct(theme.key, 'clear')}
              >
                {theme.label}
              </Button>
            ))}
          </Group>
        )}
        {canCorrect && (
          <AddTheme item={item} themes={themes} busy={busy} onAdd={(key) => correct(key, 'add')} />
        )}
      </Stack>
    </Paper>
  );
}

function AddTheme({
  item,
  themes,
  busy,
  onAdd,
}: {
  item: Item;
  themes: Props['themes'];
  busy: boolean;
  onAdd: (key: string) => void;
}) {
  const { t } = useTranslation();
  const missing = themes.filter((theme) => !item.themes.some((own) => own.key === theme.key));
  const [choice, setChoice] = useState('');
  if (missing.length === 0) return null;
  return (
    <Group gap={6} align="flex-end">
      <NativeSelect
        size="xs"
        label={t('surveyAnalysis.freeText.addTo')}
        value={choice}
        onChange={(event) => setChoice(event.currentTarget.value)}
        data={[
          { value: '', label: t('surveyAnalysis.freeText.theme') },
          ...missing.map((theme) => ({ value: theme.key, label: theme.label })),
        ]}
      />
      <Button
        size="xs"
        variant="default"
        leftSection={<IconPlus size={12} aria-hidden />}
        disabled={!choice || busy}
        onClick={() => {
          onAdd(choice);
          setChoice('');
        }}
      >
        {t('surveyAnalysis.freeText.add')}
      </Button>
    </Group>
  );
}
