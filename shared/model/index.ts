export * from './schema';
export * from './ops';
export { applyOp, applyOps, type Applied } from './reducer';
export { checkInvariants } from './invariants';
export { parseCaseText, validateCase, lineColumn, type LoadResult, type LoadFailure, type LoadOptions } from './load';
export { createCase } from './factory';
export { createId } from './ids';
export { describeOp } from './describe';
export { createCaseEncoder, createCaseSerializer } from './serialize';
