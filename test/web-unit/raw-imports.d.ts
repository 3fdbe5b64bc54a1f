/**
 * Vite's `?raw` imports (a file's text as the default export), which the web stories use for scenarios/*.yaml.
 * The Explorer's own tsconfig gets this from `vite/client`; the root project (these tests) declares it here.
 */
declare module "*?raw" {
  const text: string;
  export default text;
}
