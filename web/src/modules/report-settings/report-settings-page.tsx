import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/page';
import { CategoriesSection } from './categories-section';
import { ExternalBodiesSection } from './external-bodies-section';
import { Open311KeysSection } from './open311-keys-section';
import { PublicationSection } from './publication-section';
import { TemplatesSection } from './templates-section';

/** Inställningar för felanmälan: categories, reply templates, external bodies, Open311 keys and publication. */
export function ReportSettingsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('reportSettings.title')}>
      <Tabs defaultValue="categories" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="categories">{t('reportSettings.categories')}</Tabs.Tab>
          <Tabs.Tab value="templates">{t('reportSettings.templates')}</Tabs.Tab>
          <Tabs.Tab value="bodies">{t('reportSettings.bodies')}</Tabs.Tab>
          <Tabs.Tab value="keys">{t('reportSettings.keys')}</Tabs.Tab>
          <Tabs.Tab value="publication">{t('reportSettings.publication')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="categories" pt="md">
          <CategoriesSection />
        </Tabs.Panel>
        <Tabs.Panel value="templates" pt="md">
          <TemplatesSection />
        </Tabs.Panel>
        <Tabs.Panel value="bodies" pt="md">
          <ExternalBodiesSection />
        </Tabs.Panel>
        <Tabs.Panel value="keys" pt="md">
          <Open311KeysSection />
        </Tabs.Panel>
        <Tabs.Panel value="publication" pt="md">
          <PublicationSection />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
