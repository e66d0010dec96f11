/** CSV reference data is bundled as text (webpack asset/source; a Jest transform in tests). */
declare module '*.csv' {
  const content: string;
  export default content;
}
