import type { Origin } from '../../../shared/model/schema';

/** A source draft before the file name is added to its origin (see sourceDraftSchema in the API contract). */
export type Draft = { title: string; text: string; origin: Origin; warnings: string[] };
