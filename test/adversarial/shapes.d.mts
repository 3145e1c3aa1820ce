// Types for shapes.mjs, which the benchmark scripts (plain JavaScript) share with the tests.
export const SHAPES: Record<string, (bytes: number) => string>;
export function frontmatterKeys(bytes: number): string;
export function letter(body: string, extraFrontmatter?: string): string;
