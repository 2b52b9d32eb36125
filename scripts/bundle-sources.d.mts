export declare const BUNDLES: Record<'triage' | 'health-check' | 'cli', { entry: string; out: string }>
export type BundleName = keyof typeof BUNDLES
export declare function sourceFiles(root: string, entry: string): string[]
export declare function sourcesDigest(root: string, entry: string): string
export declare function recordSources(root: string, name: BundleName): void
export declare function staleBundles(root: string, names?: BundleName[]): BundleName[]
export declare function assertBundlesCurrent(root: string, names?: BundleName[]): void
