// Embeds playbook.md into the bundles as the built-in default (ncc does not bundle .md files).
import { readFileSync, writeFileSync } from 'node:fs'

const text = readFileSync('playbook.md', 'utf8')
const source = `// Generated from playbook.md by scripts/embed-playbook.mjs (npm run bundle). Do not edit.\nexport const DEFAULT_PLAYBOOK = ${JSON.stringify(text)}\n`
writeFileSync('src/config/default-playbook.ts', source)
