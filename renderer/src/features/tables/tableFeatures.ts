import {
  columnFilteringFeature,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_equalsString,
  globalFilteringFeature,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import { includesText, sortText } from './tableKeys';

/** One feature registry (text sort and substring filter read keys precomputed per row: tableKeys.ts) for both tables, declared once so row models are not rebuilt per render. */
export const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowSelectionFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortText, basic: sortFn_basic },
  filterFns: { includesString: includesText, equalsString: filterFn_equalsString },
});

export type Features = typeof features;
