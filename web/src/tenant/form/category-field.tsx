/** @jsxImportSource preact */
import type { PublicCategory } from '../../../../common/contracts/public-reports';
import { useI18n } from '../i18n/i18n-context';
import { FieldError } from './field-error';
import { fieldId } from './validate';

type Props = {
  categories: PublicCategory[];
  /** The landlord's name, for who reads a restricted category. */
  organization: string;
  value: string;
  error?: string;
  onChange(key: string): void;
};

/**
 * Radio cards; restricted categories say who reads them before the tenant writes anything — what
 * server/modules/reports/policy.ts grants: the social team, and admins only by a logged break-glass.
 */
export function CategoryField({ categories, organization, value, error, onChange }: Props) {
  const { t } = useI18n();
  return (
    <fieldset class={error ? 'group has-error' : 'group'} aria-describedby={error ? 'e-category' : undefined}>
      <legend>{t('categoryLegend')}</legend>
      <FieldError id="e-category" message={error} />
      <div class="cards">
        {categories.map((category, index) => {
          const id = index === 0 ? fieldId('category') : `category-${category.key}`;
          const notes = [category.description && `${id}-d`, category.restricted && `${id}-r`].filter(Boolean);
          return (
            <div class="card" key={category.key}>
              <input
                type="radio"
                name="category"
                id={id}
                value={category.key}
                checked={value === category.key}
                aria-describedby={notes.join(' ') || undefined}
                onChange={() => onChange(category.key)}
              />
              <label for={id}>
                <span class="card-title">{category.name}</span>
                {category.description && (
                  <span class="card-note" id={`${id}-d`}>
                    {category.description}
                  </span>
                )}
                {category.restricted && (
                  <span class="card-note restricted" id={`${id}-r`}>
                    {t('restrictedNote', { org: organization })}
                  </span>
                )}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
