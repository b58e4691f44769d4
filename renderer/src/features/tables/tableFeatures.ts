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
import { createKeyedFilteredRowModel, createKeyedSortedRowModel, createReusingCoreRowModel } from './rowModels';

/**
 * One feature registry for the entity, link and claim tables, declared once so row models are not rebuilt
 * per render. Sorting and filtering run over keys precomputed once per case (rowModels.ts) with TanStack's
 * own sort and filter functions. After a case edit the core row model keeps the row objects of unchanged
 * records and the sort/filter caches are patched for the changed rows only.
 */
export const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowSelectionFeature,
  coreRowModel: createReusingCoreRowModel(),
  sortedRowModel: createKeyedSortedRowModel(),
  filteredRowModel: createKeyedFilteredRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
  filterFns: { includesString: filterFn_includesString, equalsString: filterFn_equalsString },
});

export type Features = typeof features;
