const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** Writes a figure the way a reader says it: 2000000000 as "2 billion", 65000 as "65,000". */
export function formatFigure(value: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(value) >= scale) {
      const scaled = Number((value / scale).toPrecision(12));
      return `${scaled.toLocaleString('en-US', { maximumFractionDigits: 6 })} ${word}`;
    }
  }
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** A figure with its unit: "2 billion USD", "12%", "65 people". */
export function formatQuantity(quantity: { value: number; unit: string }): string {
  return quantity.unit === '%'
    ? `${formatFigure(quantity.value)}%`
    : `${formatFigure(quantity.value)} ${quantity.unit}`;
}
