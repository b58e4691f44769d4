export * from './contract';
export { dispatch } from './dispatch';
export { opSchema } from './ops.schema';
