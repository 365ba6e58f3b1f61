import { Loader, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../app/form-error';
import { categoryName } from '../reports/category-name';
import { useReportCategories } from '../reports/reports-api';
import { CategoryForm } from './category-form';
import { SettingsTable } from './settings-table';

export function CategoriesSection() {
  const { t, i18n } = useTranslation();
  const categories = useReportCategories(true);
  if (!categories.data) {
    return categories.isPending ? (
      <Loader aria-label={t('app.loading')} />
    ) : (
      <FormError error={categories.error} />
    );
  }
  return (
    <SettingsTable
      name="categories"
      title={t('reportSettings.categories')}
      newLabel={t('reportSettings.newCategory')}
      editTitle={t('reportSettings.editCategory')}
      emptyText={t('reportSettings.noCategories')}
      rows={categories.data.items}
      columns={[
        t('reportSettings.name'),
        t('workOrders.pillar'),
        t('reportSettings.targetDays'),
        t('reportSettings.restricted'),
      ]}
      cells={(category) => (
        <>
          <Table.Td>{categoryName(category, i18n.language)}</Table.Td>
          <Table.Td>{t(`workOrders.pillars.${category.pillar}`)}</Table.Td>
          <Table.Td>{category.targetDays}</Table.Td>
          <Table.Td>{category.restricted ? t('app.yes') : t('app.no')}</Table.Td>
        </>
      )}
      editLabel={(category) => t('reportSettings.editNamed', { name: categoryName(category, i18n.language) })}
      archived={(category) => category.archived}
      form={(category, close) => <CategoryForm category={category} onDone={close} onCancel={close} />}
    />
  );
}
