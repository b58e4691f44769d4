declare module 'json-parse-even-better-errors' {
  /** JSON.parse whose errors always carry the failing `position`. */
  export default function parseJson(text: string, reviver?: (key: string, value: unknown) => unknown, context?: number): unknown;
}
