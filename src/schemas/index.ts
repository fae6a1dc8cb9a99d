export * from './briefing.ts';
export * from './citation.ts';
export * from './claim.ts';
export * from './dates.ts';
export * from './loaded-briefing.ts';
export * from './quantity.ts';
export * from './slug.ts';
export * from './source.ts';
