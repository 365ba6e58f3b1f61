/** Mantine's NumberInput yields '' while empty; the API wants a number or a named error. */
export function toNumber(value: number | string): number | undefined {
  if (typeof value === 'number') return value;
  const parsed = Number.parseFloat(value.replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : undefined;
}
