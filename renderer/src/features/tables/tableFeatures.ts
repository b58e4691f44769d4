import {
  columnFilteringFeature,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';
import { createKeyedFilteredRowModel, createKeyedSortedRowModel } from './rowModels';

/**
 * One feature registry for the entity, link and claim tables, declared once so row models are not rebuilt
 * per render. Sorting and filtering run over keys precomputed once per case (rowModels.ts) with TanStack's
 * own sort and filter functions.
 */
export const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowSelectionFeature,
  sortedRowModel: createKeyedSortedRowModel(),
  filteredRowModel: createKeyedFilteredRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
  filterFns: { includesString: filterFn_includesString, equalsString: filterFn_equalsString },
});

export type Features = typeof features;
