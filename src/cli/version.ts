// Generated from package.json by scripts/bundle.mjs (npm run bundle). Do not edit.
export const VERSION = '1.0.0'
