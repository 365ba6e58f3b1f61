import { Loader, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../app/form-error';
import { categoryName } from '../reports/category-name';
import { useReportCategories } from '../reports/reports-api';
import { useResponseTemplates } from './settings-api';
import { SettingsTable } from './settings-table';
import { TemplateForm } from './template-form';

export function TemplatesSection() {
  const { t, i18n } = useTranslation();
  const templates = useResponseTemplates();
  const categories = useReportCategories(true);
  if (!templates.data) {
    return templates.isPending ? (
      <Loader aria-label={t('app.loading')} />
    ) : (
      <FormError error={templates.error} />
    );
  }
  const nameOf = (id: string | null) => {
    const category = categories.data?.items.find((item) => item.id === id);
    return category ? categoryName(category, i18n.language) : t('reportSettings.allCategories');
  };
  return (
    <SettingsTable
      name="templates"
      title={t('reportSettings.templates')}
      intro={t('reportSettings.templatesIntro')}
      newLabel={t('reportSettings.newTemplate')}
      editTitle={t('reportSettings.editTemplate')}
      emptyText={t('reportSettings.noTemplates')}
      rows={templates.data.items}
      columns={[
        t('reports.category'),
        t('reports.status'),
        t('reportSettings.locale'),
        t('reportSettings.text'),
      ]}
      cells={(template) => (
        <>
          <Table.Td>{nameOf(template.categoryId)}</Table.Td>
          <Table.Td>{t(`reports.statuses.${template.status}`)}</Table.Td>
          <Table.Td>{template.locale}</Table.Td>
          <Table.Td style={{ maxWidth: 360 }}>{template.text}</Table.Td>
        </>
      )}
      editLabel={(template) =>
        t('reportSettings.editNamed', {
          name: `${nameOf(template.categoryId)}, ${t(`reports.statuses.${template.status}`)}, ${template.locale}`,
        })
      }
      form={(template, close) => <TemplateForm template={template} onDone={close} onCancel={close} />}
    />
  );
}
