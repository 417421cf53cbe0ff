/** The scanner scenario: events, the ground-truth rule, the seeded generator, curated scenarios, files. */
export * from './events';
export * from './label';
export * from './generator';
export * from './scenarios';
export * from './format';
