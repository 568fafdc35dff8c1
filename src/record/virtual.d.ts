/** Written by the build (scripts/record-descriptor.ts) from the zod record schema. */
declare module 'virtual:compound-record-descriptor' {
  const descriptor: import('./check-described.js').Descriptor;
  export default descriptor;
}
