// gray-matter calls Buffer.from(content) once per parse to keep an unused copy of the input.
// Injected in the plugin bundle so it never needs Node's Buffer (mobile, browser).
export const Buffer = {
  from: (input: string): Uint8Array => new TextEncoder().encode(input),
  isBuffer: (): boolean => false,
};
