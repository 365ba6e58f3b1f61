import { Button, Card, Group, MultiSelect, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type Role, roles } from '../../../../common/roles';
import { useAreas } from '../places/places-api';

export type MembershipValues = { key: string; role: Role; scope: 'all' | 'chosen'; areaIds: string[] };
type FormWithMemberships = UseFormReturnType<{ memberships: MembershipValues[] } & Record<string, unknown>>;

/** Roles, each with its area scope: all areas or the chosen ones. */
export function MembershipFields({ form }: { form: FormWithMemberships }) {
  const { t } = useTranslation();
  const areas = useAreas(false);
  const areaOptions = (areas.data?.items ?? []).map((area) => ({
    value: area.id,
    label: `${area.name} (${area.code})`,
  }));
  const memberships = form.getValues().memberships;
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('users.roles')}
      </Text>
      {memberships.map((membership, index) => (
        <Card
          key={membership.key}
          withBorder
          p="sm"
          component="fieldset"
          aria-label={t('users.membership', { index: index + 1 })}
        >
          <Stack gap="xs">
            <Group align="flex-end" wrap="nowrap">
              <NativeSelect
                label={t('users.role')}
                data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
                style={{ flex: 1 }}
                {...form.getInputProps(`memberships.${index}.role`)}
              />
              {memberships.length > 1 && (
                <Button
                  variant="subtle"
                  color="red"
                  onClick={() => form.removeListItem('memberships', index)}
                  aria-label={t('users.removeRole', { index: index + 1 })}
                >
                  <IconTrash size={16} aria-hidden />
                </Button>
              )}
            </Group>
            <Radio.Group label={t('users.scope')} {...form.getInputProps(`memberships.${index}.scope`)}>
              <Group mt={4}>
                <Radio value="all" label={t('users.allAreas')} />
                <Radio value="chosen" label={t('users.chosenAreas')} />
              </Group>
            </Radio.Group>
            {membership.scope === 'chosen' && (
              <MultiSelect
                label={t('users.areas')}
                data={areaOptions}
                searchable
                {...form.getInputProps(`memberships.${index}.areaIds`)}
              />
            )}
          </Stack>
        </Card>
      ))}
      {memberships.length < roles.length && (
        <Button
          variant="default"
          size="xs"
          w="fit-content"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() =>
            form.insertListItem('memberships', { key: randomId(), role: 'viewer', scope: 'all', areaIds: [] })
          }
        >
          {t('users.addRole')}
        </Button>
      )}
    </Stack>
  );
}

export function toMemberships(values: MembershipValues[]) {
  return values.map((membership) => ({
    role: membership.role,
    areaIds: membership.scope === 'all' ? null : membership.areaIds,
  }));
}
