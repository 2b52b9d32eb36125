export const id = 789;
export const ids = [789];
export const modules = {

/***/ 2936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j_: () => (/* binding */ literalRequirement),
/* harmony export */   tG: () => (/* binding */ TagSet),
/* harmony export */   y2: () => (/* binding */ PatternPrefilter)
/* harmony export */ });
/* unused harmony export buildLiteralAutomaton */
/**
 * What literal text a regular expression needs, read from its source, and a byte automaton
 * that finds many literals in one pass. Together they let the log scan (extract.ts) skip
 * every line that cannot match a rule or a secret pattern without decoding it, and test
 * the others against only the patterns whose literals they hold.
 *
 * The analysis is conservative: a requirement may be weaker than the pattern, never
 * stronger. Whatever it does not understand ends a literal or makes the pattern `always`.
 */
/** Splits a regex source at its top-level `|`. */
function topLevelAlternatives(source) {
    const alternatives = [];
    let depth = 0;
    let inClass = false;
    let start = 0;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\')
            i++;
        else if (inClass)
            inClass = c !== ']';
        else if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === '|' && depth === 0) {
            alternatives.push(source.slice(start, i));
            start = i + 1;
        }
    }
    alternatives.push(source.slice(start));
    return alternatives;
}
function skipClass(source, start) {
    let i = start + 1;
    for (; i < source.length && source[i] !== ']'; i++)
        if (source[i] === '\\')
            i++;
    return i;
}
function skipGroup(source, start) {
    let depth = 0;
    for (let i = start; i < source.length; i++) {
        const c = source[i];
        if (c === '\\')
            i++;
        else if (c === '[')
            i = skipClass(source, i);
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return i;
    }
    return source.length;
}
const DIGITS = [...'0123456789'];
/** A literal run stops growing past this many spellings (a run through a class multiplies them). */
const MAX_SPELLINGS = 64;
/** How rare a literal must be (see `strength`) to be worth searching for alone... */
const MIN_STRENGTH = 1.5;
/** ...and to narrow a stronger one down: any text but spaces. */
const MIN_NARROWING_STRENGTH = 0.5;
/** Groups kept per clause: each one more costs the scan a little on every line holding it. */
const MAX_GROUPS = 4;
/**
 * How rare a literal is likely to be in a log: its bytes, spaces not counted and digits and
 * ASCII punctuation counted half (`:0` is in every timestamp, `E0` is not). The weakest
 * spelling counts.
 */
function strength(literals) {
    const weigh = (literal) => [...Buffer.from(literal, 'utf8')].reduce((sum, byte) => sum + (byte === 0x20 ? 0 : byte < 0x80 && !/[A-Za-z]/.test(String.fromCharCode(byte)) ? 0.5 : 1), 0);
    return Math.min(...literals.map(weigh));
}
/** `body` as the plain texts it matches when it is an alternation of literals (`a|b\.c`), else null. */
function plainAlternatives(body) {
    const alternatives = topLevelAlternatives(body);
    if (!alternatives.every(text => /^(?:[^\\.^$|?*+()[\]{}]|\\[^A-Za-z0-9])+$/.test(text)))
        return null;
    return alternatives.map(text => text.replace(/\\(.)/g, '$1'));
}
/**
 * The literal text every match of one alternative must contain. Candidates are literal runs
 * (through `\d` and small classes such as `[pousr]`, spelled every way) and groups that are
 * not optional (one literal per inner alternative). The candidate whose weakest spelling is
 * strongest leads; a few more, even weak ones (`@` after `://`), narrow it.
 */
function alternativeLiterals(alternative) {
    const candidates = [];
    let atEnd = null;
    let run = [''];
    const endRun = () => {
        if (run[0] !== '' && strength(run) >= MIN_NARROWING_STRENGTH)
            candidates.push(run);
        run = [''];
    };
    const append = (atom) => {
        if (run.length * atom.length > MAX_SPELLINGS)
            endRun();
        run = run.flatMap(prefix => atom.map(char => prefix + char));
    };
    for (let i = 0; i < alternative.length; i++) {
        const c = alternative[i];
        let atom;
        if (c === '\\') {
            const next = alternative[++i] ?? '';
            if (next === 'd')
                atom = DIGITS;
            else if (/[A-Za-z0-9]/.test(next)) {
                atom = null;
                if (next === 'u' || next === 'x')
                    i += next === 'u' ? 4 : 2;
            }
            else
                atom = [next];
        }
        else if (c === '[') {
            const end = skipClass(alternative, i);
            const body = alternative.slice(i + 1, end);
            atom = /^[^\\^\-\]][^\\\-\]]{0,7}$/.test(body) ? [...new Set(body)] : null;
            i = end;
        }
        else if (c === '(' && plainAlternatives(groupBody(alternative, i)) !== null) {
            // A group of plain texts, (?:gofmt|goimport): one more atom with several spellings.
            atom = plainAlternatives(groupBody(alternative, i));
            i = skipGroup(alternative, i);
        }
        else if (c === '(') {
            endRun();
            const end = skipGroup(alternative, i);
            const body = alternative.slice(i + 1, end);
            i = end;
            const optional = /^[?*]|^\{0/.test(alternative.slice(i + 1));
            if (!optional && !/^\?(?:[=!]|<[=!])/.test(body)) {
                const inner = topLevelAlternatives(body.replace(/^\?(?::|<\w+>)/, '')).map(inside => alternativeLiterals(inside).groups);
                if (inner.length === 1) {
                    // One way through the group: every literal it needs, the match needs too.
                    candidates.push(...inner[0]);
                }
                else if (inner.every(groups => groups.length > 0)) {
                    // One of several ways: the leading literals of all of them.
                    candidates.push(inner.flatMap(groups => groups[0]));
                }
            }
            i += quantifierLength(alternative, i + 1);
            continue;
        }
        else if (c === '$' && i === alternative.length - 1 && run[0] !== '') {
            atEnd = run;
            atom = null;
        }
        else
            atom = '.^$|'.includes(c) ? null : [c];
        const quantifier = alternative.slice(i + 1, i + 1 + quantifierLength(alternative, i + 1));
        if (atom === null || /^[?*]|^\{0/.test(quantifier))
            endRun();
        else {
            append(atom);
            if (quantifier !== '')
                endRun();
        }
        i += quantifier.length;
    }
    endRun();
    const ranked = candidates
        .map(group => ({ group, strength: strength(group) }))
        .sort((a, b) => b.strength - a.strength);
    if (ranked.length === 0 || ranked[0].strength < MIN_STRENGTH) {
        return { groups: [], atEnd };
    }
    // `:` adds nothing to `://`: a line holding the one holds the other.
    const groups = ranked
        .map(({ group }) => [...new Set(group)])
        .filter((group, index, all) => all.every((other, at) => at === index || !implies(other, group) || (implies(group, other) && at > index)));
    return { groups: groups.slice(0, MAX_GROUPS), atEnd };
}
/** Whether a text holding a spelling of `strong` always holds a spelling of `weak` (case aside). */
function implies(strong, weak) {
    return strong.every(spelling => weak.some(other => spelling.toLowerCase().includes(other.toLowerCase())));
}
/** The inside of the group opening at `source[at]`, without a `?:` or `?<name>` prefix. */
function groupBody(source, at) {
    return source.slice(at + 1, skipGroup(source, at)).replace(/^\?(?::|<\w+>)/, '');
}
/** Length of the quantifier (with its lazy `?`) at `source[at]`, 0 when there is none. */
function quantifierLength(source, at) {
    const match = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(at, at + 12));
    return match ? match[0].length : 0;
}
function literalRequirement(pattern) {
    const requirement = { clauses: [], atEnd: [], always: false };
    for (const alternative of topLevelAlternatives(pattern.source)) {
        const { groups, atEnd } = alternativeLiterals(alternative);
        if (groups.length > 0)
            requirement.clauses.push(groups);
        // With the m flag `$` also matches before a line break, inside the text.
        else if (atEnd !== null && !pattern.flags.includes('m'))
            requirement.atEnd.push(...atEnd);
        else
            requirement.always = true;
    }
    return requirement;
}
function foldedBytes(literal) {
    const bytes = Buffer.from(literal, 'utf8');
    for (let i = 0; i < bytes.length; i++)
        if (bytes[i] >= 0x41 && bytes[i] <= 0x5a)
            bytes[i] += 0x20;
    return bytes;
}
/**
 * Builds the matcher for literals each carrying a tag. Case is ignored for ASCII letters
 * only, which is exact for JavaScript's `i` flag without `u` (it never folds a non-ASCII
 * character to an ASCII one); a literal with a non-ASCII letter that has case is refused.
 */
function buildLiteralAutomaton(entries) {
    const literals = entries.map(entry => {
        if ([...entry.literal].some(c => c > '\x7f' && c.toLowerCase() !== c.toUpperCase()))
            throw new Error(`literal with a non-ASCII cased letter: ${entry.literal}`);
        if (entry.literal === '' || entry.literal.includes('\n'))
            throw new Error('empty or multi-line literal');
        return { bytes: foldedBytes(entry.literal), tag: entry.tag };
    });
    const columns = new Uint8Array(256);
    let width = 1;
    for (const { bytes } of literals)
        for (const byte of bytes)
            if (columns[byte] === 0)
                columns[byte] = width++;
    for (let upper = 0x41; upper <= 0x5a; upper++)
        columns[upper] = columns[upper + 0x20];
    const lineFeedColumn = width++;
    columns[0x0a] = lineFeedColumn;
    if (width > 255)
        throw new Error('too many distinct bytes in literals');
    // The trie, then failure links breadth first, filling in every missing transition.
    const capacity = literals.reduce((sum, { bytes }) => sum + bytes.length, 1);
    const goto = new Int32Array(capacity * width).fill(-1);
    const output = [new Set()];
    for (const { bytes, tag } of literals) {
        let state = 0;
        for (const byte of bytes) {
            const column = columns[byte];
            if (goto[state * width + column] === -1) {
                goto[state * width + column] = output.length;
                output.push(new Set());
            }
            state = goto[state * width + column];
        }
        ;
        output[state].add(tag);
    }
    const states = output.length;
    const fail = new Int32Array(states);
    const order = [0];
    for (let head = 0; head < order.length; head++) {
        const state = order[head];
        for (let column = 0; column < width; column++) {
            const child = goto[state * width + column];
            if (child === -1) {
                goto[state * width + column] =
                    state === 0 ? 0 : goto[fail[state] * width + column];
            }
            else if (child !== 0 || state !== 0) {
                fail[child] = state === 0 ? 0 : goto[fail[state] * width + column];
                for (const tag of output[fail[child]])
                    output[child].add(tag);
                order.push(child);
            }
        }
    }
    // Renumbered so that match states come last: the scan loop tests one comparison per byte.
    // Breadth first, too: the shallow states, where a scan spends most bytes, share cache lines.
    const renumbered = new Int32Array(states);
    let nextId = 0;
    for (const state of order)
        if (output[state].size === 0)
            renumbered[state] = nextId++;
    const firstMatch = nextId;
    const tags = [];
    for (const state of order) {
        if (output[state].size === 0)
            continue;
        renumbered[state] = nextId++;
        tags.push([...output[state]].sort((a, b) => a - b));
    }
    const lineEnd = states * width;
    const next = new Uint32Array(lineEnd + width);
    for (let state = 0; state < states; state++) {
        for (let column = 0; column < width; column++) {
            next[renumbered[state] * width + column] =
                column === lineFeedColumn
                    ? lineEnd
                    : renumbered[goto[state * width + column]] * width;
        }
    }
    next.copyWithin(lineEnd, 0, width);
    tags.push([]);
    return { columns, width, next, firstMatch: firstMatch * width, lineEnd, tags };
}
/** Spellings a group may have to be checked after its clause's leading group. */
const MAX_CHECKED_SPELLINGS = 4;
/**
 * Which of many patterns a line may match, told from the literals it holds: a line that
 * holds, for some clause of a pattern, a spelling of every group "proves" the pattern's tag
 * (the pattern may match; without a proof it cannot, unless it matches by its line's end or
 * is `always`). The automaton searches the leading (strongest) group of each clause only,
 * so that it stops no more often than it must; the other groups are looked for in the line
 * once the leading one is there, and only while no other pattern is proven: a line with one
 * proof is tested anyway, against every pattern led in it. The scan feeds the automaton
 * itself and hands the match numbers of the states it met to `prove`; `collect` does both
 * for a text.
 */
class PatternPrefilter {
    automaton;
    /** Tags of patterns that may match by how a line ends, with those endings in lower case. */
    byEnding = [];
    /** 1 for the last byte (either case) of an ending. */
    endingBytes = new Uint8Array(256);
    /** Tags no literal can rule out: every line may match them. */
    always = [];
    /** Per match state: the tags its literals prove alone (one-group clauses)... */
    proves;
    /** ...and the clauses they lead, to be checked for their other groups. */
    leads;
    clauses = [];
    /** Per clause: the `stamp` of the last `prove` that checked it. */
    checked;
    /** Per needle (by id): the `stamp` of the last `prove` that looked for it, and whether it was there. */
    searched;
    found;
    /** Match numbers met by `collect` (each once: `seen` by number). */
    met = [];
    seen;
    stamp = 0;
    constructor(entries) {
        const literals = [];
        /** What each literal (by automaton tag) proves: a tag alone, or the lead of a clause. */
        const evidence = [];
        const needles = new Map();
        const needle = (literal) => {
            const key = Buffer.from(foldedBytes(literal)).toString('latin1');
            if (!needles.has(key))
                needles.set(key, new Needle(literal, needles.size));
            return needles.get(key);
        };
        const addClause = (tag, [lead, ...others]) => {
            // A group spelled many ways (`:0` to `:9`) costs more to look for than it saves.
            const rest = others.filter(group => group.length <= MAX_CHECKED_SPELLINGS);
            const clause = rest.length === 0 ? -1 : this.clauses.length;
            if (clause >= 0)
                this.clauses.push({ tag, rest: rest.map(group => group.map(needle)) });
            for (const literal of lead ?? []) {
                literals.push({ literal, tag: evidence.length });
                evidence.push({ tag, clause });
            }
        };
        for (const { tag, pattern, literals: bare } of entries) {
            if (bare)
                addClause(tag, [bare]);
            if (!pattern)
                continue;
            const requirement = literalRequirement(pattern);
            if (requirement.always)
                this.always.push(tag);
            for (const clause of requirement.clauses)
                addClause(tag, clause);
            if (requirement.atEnd.length === 0)
                continue;
            const endings = requirement.atEnd.map(ending => ending.toLowerCase());
            this.byEnding.push({ tag, endings });
            for (const ending of endings) {
                const last = Buffer.from(ending, 'utf8').at(-1);
                this.endingBytes[last] = 1;
                if (last >= 0x61 && last <= 0x7a)
                    this.endingBytes[last - 0x20] = 1;
            }
        }
        this.automaton = buildLiteralAutomaton(literals);
        const of = (ids, alone) => [
            ...new Set(ids.flatMap(id => {
                const { tag, clause } = evidence[id];
                return alone === (clause === -1) ? [alone ? tag : clause] : [];
            }))
        ];
        this.proves = this.automaton.tags.map(ids => of(ids, true));
        this.leads = this.automaton.tags.map(ids => of(ids, false));
        this.checked = new Uint32Array(this.clauses.length);
        this.searched = new Uint32Array(needles.size);
        this.found = new Uint8Array(needles.size);
        this.seen = new Uint8Array(this.automaton.tags.length);
    }
    /**
     * Adds to `tags` the patterns the line `bytes[start, end)` may match, told from the match
     * numbers `matches[0, count)` of the states it met: those it proves, and once it proves
     * one, every pattern with a clause led in the line. The line is looked at then, and testing
     * the pattern itself costs no more than looking for the other groups: a clause's other
     * groups are checked only when they decide whether the line is looked at.
     */
    prove(matches, count, bytes, start, end, tags) {
        const { proves, leads, clauses, checked } = this;
        for (let k = 0; k < count; k++) {
            const alone = proves[matches[k]];
            for (let p = 0; p < alone.length; p++)
                tags.add(alone[p]);
        }
        // A clause led by two of the line's literals is checked once.
        if (this.stamp === 0xffffffff) {
            checked.fill(0);
            this.searched.fill(0);
            this.stamp = 0;
        }
        const stamp = ++this.stamp;
        for (let k = 0; k < count; k++) {
            const led = leads[matches[k]];
            for (let l = 0; l < led.length; l++) {
                const at = led[l];
                const clause = clauses[at];
                if (tags.has(clause.tag) || checked[at] === stamp)
                    continue;
                checked[at] = stamp;
                if (tags.size > 0 || this.holdsAll(clause.rest, bytes, start, end, stamp))
                    tags.add(clause.tag);
            }
        }
    }
    /**
     * Whether `bytes[start, end)` holds a spelling of every group (ASCII case aside); a
     * needle two clauses share is looked for once per `stamp`.
     */
    holdsAll(groups, bytes, start, end, stamp) {
        const { searched, found } = this;
        for (const group of groups) {
            let any = false;
            for (let k = 0; k < group.length && !any; k++) {
                const needle = group[k];
                if (searched[needle.id] !== stamp) {
                    searched[needle.id] = stamp;
                    found[needle.id] = needle.isIn(bytes, start, end) ? 1 : 0;
                }
                any = found[needle.id] === 1;
            }
            if (!any)
                return false;
        }
        return true;
    }
    /** Adds the tags `text` proves to `tags`: the scan's work for a text it did not see. */
    collect(text, tags) {
        const bytes = Buffer.from(text, 'utf8');
        const { columns, next, firstMatch, width } = this.automaton;
        const { met, seen } = this;
        let state = 0;
        for (let i = 0; i < bytes.length; i++) {
            state = next[state + columns[bytes[i]]];
            if (state < firstMatch)
                continue;
            const match = (state - firstMatch) / width;
            if (seen[match] === 0) {
                seen[match] = 1;
                met.push(match);
            }
        }
        this.prove(met, met.length, bytes, 0, bytes.length, tags);
        for (const match of met)
            seen[match] = 0;
        met.length = 0;
    }
}
/** A set of small numbers, cheap to fill and to empty once per line: a flag per tag and a list of the tags set. */
class TagSet {
    flags;
    members;
    size = 0;
    constructor(capacity) {
        this.flags = new Uint8Array(capacity);
        this.members = new Int32Array(capacity);
    }
    has(tag) {
        return this.flags[tag] === 1;
    }
    add(tag) {
        if (this.flags[tag] === 1)
            return;
        this.flags[tag] = 1;
        this.members[this.size++] = tag;
    }
    /** The `index`th tag added. */
    at(index) {
        return this.members[index];
    }
    clear() {
        for (let k = 0; k < this.size; k++)
            this.flags[this.members[k]] = 0;
        this.size = 0;
    }
}
/**
 * Bytes by how common they are in build logs, the most common first: spaces, lower-case
 * letters by English frequency, then path and number punctuation. Bytes not listed are the
 * rarest. (Rust's memchr and regex crates pick rare bytes from a ranking of the same kind.)
 */
const COMMON_BYTES = ' etaoinsrhldcu.mp/-fg0y1w2b:v3k,=_5x4()"j6789[]zq';
/** How common `byte` (folded) is likely to be in a log: 0 for bytes COMMON_BYTES leaves out. */
function commonness(byte) {
    const index = COMMON_BYTES.indexOf(String.fromCharCode(byte));
    return byte < 0x80 && index >= 0 ? COMMON_BYTES.length - index : 0;
}
/**
 * A literal looked for in a line, ASCII case aside. The search stops at its rarest byte
 * rather than its first: `" _"` waits for an underscore, not for every space.
 */
class Needle {
    id;
    folded;
    /** Offset of the rarest byte, and that byte in both cases. */
    anchor;
    lower;
    upper;
    constructor(literal, id) {
        this.id = id;
        this.folded = foldedBytes(literal);
        let anchor = 0;
        for (let k = 1; k < this.folded.length; k++) {
            if (commonness(this.folded[k]) < commonness(this.folded[anchor]))
                anchor = k;
        }
        this.anchor = anchor;
        this.lower = this.folded[anchor];
        this.upper = this.lower >= 0x61 && this.lower <= 0x7a ? this.lower - 0x20 : this.lower;
    }
    /** Whether `bytes[start, end)` holds the literal. */
    isIn(bytes, start, end) {
        const { folded, anchor, lower, upper } = this;
        const last = end - folded.length + anchor;
        for (let i = start + anchor; i <= last; i++) {
            const byte = bytes[i];
            if (byte !== lower && byte !== upper)
                continue;
            const at = i - anchor;
            let k = 0;
            while (k < folded.length && foldByte(bytes[at + k]) === folded[k])
                k++;
            if (k === folded.length)
                return true;
        }
        return false;
    }
}
function foldByte(byte) {
    return byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
}


/***/ }),

/***/ 1789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ redactSecretsAmong),
/* harmony export */   Mq: () => (/* binding */ redactLine),
/* harmony export */   Tq: () => (/* binding */ privateKeyOpenAfter),
/* harmony export */   fp: () => (/* binding */ redactSecrets),
/* harmony export */   hb: () => (/* binding */ PRIVATE_KEY_BOUNDARY),
/* harmony export */   wz: () => (/* binding */ SECRET_REGEXPS)
/* harmony export */ });
/* unused harmony export SECRET_HINT */
/* harmony import */ var _literals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2936);
/**
 * Secret redaction (SPEC 9). Every log line passes through here right after it is read,
 * before extraction, classification, issues, reports or the LLM see it.
 *
 * Each pattern names the kind of secret so a reader of the redacted text still knows what
 * was there (`[REDACTED:github-token]`). Patterns are anchored on the documented prefixes
 * and minimum lengths of each format so that prose (`sk-learn`), short ids and git shas
 * survive intact.
 */

const marker = (kind) => `[REDACTED:${kind}]`;
/** Values that are placeholders, not secrets: GitHub's `***` mask, expressions, env references. */
const PLACEHOLDER_VALUE = /^(?:\*+|\$\{\{.*\}\}|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|<[^>]*>|\[REDACTED:[a-z-]+\]|null|none|true|false|undefined|x+)$/i;
/**
 * The key words of an assignment. Only the word is matched, not the name around it
 * (`MY_TOKEN`): the replacement keeps the name anyway, and a leading `[\w.-]*` would make
 * the search quadratic in the length of every run of word characters.
 */
const ASSIGNMENT_KEYS = '(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|auth[_-]?key|credentials?)';
/**
 * Order matters: specific token formats first, so a GitHub token inside `token=ghp_...`
 * is reported as a github-token, then the generic assignment rule mops up the rest.
 */
const SECRET_PATTERNS = [
    {
        kind: 'private-key',
        pattern: /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----[\s\S]*?(?:-----END \1-----|$(?![\s\S]))/g
    },
    // A lone BEGIN line (per-line use): the rest of the block arrives on later lines.
    { kind: 'private-key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
    { kind: 'github-token', pattern: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g },
    { kind: 'github-token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,251}\b/g },
    { kind: 'anthropic-key', pattern: /\bsk-ant-[A-Za-z0-9_-]{20,}/g },
    { kind: 'openai-key', pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g },
    { kind: 'stripe-key', pattern: /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,}\b/g },
    {
        kind: 'slack-webhook',
        pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]+/g
    },
    { kind: 'slack-token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
    {
        kind: 'aws-access-key',
        pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g
    },
    {
        kind: 'aws-secret-key',
        pattern: /\b(aws_?secret_?access_?key|aws_?secret|secret_?access_?key)(["']?\s*[:=]\s*["']?)([A-Za-z0-9/+=]{40})\b/gi,
        replace: (_m, key, sep) => `${key}${sep}${marker('aws-secret-key')}`
    },
    { kind: 'google-api-key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
    { kind: 'npm-token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
    { kind: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
    {
        kind: 'bearer-token',
        pattern: /\b(Bearer\s+)([A-Za-z0-9._~+/-]{16,}=*)/gi,
        replace: (_m, prefix) => `${prefix}${marker('bearer-token')}`
    },
    {
        kind: 'basic-auth',
        pattern: /\b(Authorization:\s*(?:Basic|token)\s+)([A-Za-z0-9._~+/-]{8,}=*)/gi,
        replace: (_m, prefix) => `${prefix}${marker('authorization')}`
    },
    {
        kind: 'url-credentials',
        pattern: /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:/@'"]+):([^\s@/'"]+)@/gi,
        replace: (m, scheme, user, pass) => PLACEHOLDER_VALUE.test(pass) ? m : `${scheme}${user}:${marker('url-credentials')}@`
    },
    {
        kind: 'assignment',
        pattern: new RegExp(
        // GitHub's `***` mask is no secret: leaving it unmatched spares the replacement.
        `(${ASSIGNMENT_KEYS}["']?\\s*[:=]\\s*)(?:"([^"\\s]+)"|'([^'\\s]+)'|(?!\\*+(?:[\\s,;&'"]|$))([^\\s,;&'"]+))`, 'gi'),
        replace: (m, prefix, dq, sq, bare) => {
            const value = dq ?? sq ?? bare ?? '';
            if (value.length < 3 ||
                value.startsWith('$') ||
                PLACEHOLDER_VALUE.test(value) ||
                value.includes('[REDACTED:'))
                return m;
            const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : '';
            return `${prefix}${quote}${marker('secret')}${quote}`;
        }
    }
];
/**
 * Text every pattern above needs (a superset, case-insensitive): most log lines contain
 * none of it and skip the pattern list entirely. The assignment keys count only when a `:`
 * or `=` follows them, as the assignment patterns require: "PASS src/a.test.ts" or "tokens
 * used" then cost one search, not twenty.
 */
const SECRET_HINT = /gh[pousr]_|github_pat_|sk-|_live_|_test_|xox[abposr]-|hooks\.slack\.com|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|AIza|npm_|eyJ|bearer|authorization|:\/\/[^\s/@]+:[^\s@]*@|PRIVATE KEY|(?:password|passwd|pwd|secret|token|key|credentials?)["']?\s*[:=]/i;
/**
 * Replaces every secret found in `text` with a `[REDACTED:<kind>]` marker. Works on a whole
 * text (multi-line private key blocks are removed entirely) or on one line at a time.
 */
function redactSecrets(text) {
    if (!SECRET_HINT.test(text))
        return text;
    let result = text;
    let lower = text.toLowerCase();
    for (const { kind, pattern, replace, hints } of HINTED_PATTERNS) {
        if (hints !== null && !hints.some(hint => lower.includes(hint)))
            continue;
        const replaced = replace
            ? result.replace(pattern, replace)
            : result.replace(pattern, marker(kind));
        if (replaced !== result) {
            result = replaced;
            lower = result.toLowerCase();
        }
    }
    return result;
}
/**
 * Each pattern with the literal text (lower case) one of which its matches contain, or null
 * when that cannot be told: a line with a hint of some secret then skips the patterns of
 * the others (a `token: ***` line runs one pattern, not twenty).
 */
const HINTED_PATTERNS = SECRET_PATTERNS.map(secret => {
    const requirement = (0,_literals_js__WEBPACK_IMPORTED_MODULE_0__/* .literalRequirement */ .j_)(secret.pattern);
    const hinted = !requirement.always && requirement.atEnd.length === 0;
    return {
        ...secret,
        hints: hinted
            ? requirement.clauses.flatMap(([lead]) => lead ?? []).map(literal => literal.toLowerCase())
            : null
    };
});
/** The secret patterns in the order redactSecrets applies them, for scanners that route lines to them. */
const SECRET_REGEXPS = SECRET_PATTERNS.map(secret => secret.pattern);
/**
 * redactSecrets(text) for a text in which only the patterns at `candidates` (indices into
 * SECRET_REGEXPS) can match, because the text holds the literal text of those only. A text
 * none of them changes costs one search per candidate; any other takes the full path.
 */
function redactSecretsAmong(text, candidates) {
    for (const index of candidates) {
        const { kind, pattern, replace } = SECRET_PATTERNS[index];
        const replaced = replace
            ? text.replace(pattern, replace)
            : text.replace(pattern, marker(kind));
        if (replaced !== text)
            return redactSecrets(text);
    }
    return text;
}
const PRIVATE_KEY_BEGIN = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;
const PRIVATE_KEY_END = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;
/** Either line of a private key block: only such a line can change privateKeyOpenAfter's answer. */
const PRIVATE_KEY_BOUNDARY = /-----(?:BEGIN|END) (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;
/** Whether a private key block is open after `line`, given whether one was open before it. */
function privateKeyOpenAfter(line, openBefore) {
    if (openBefore)
        return !PRIVATE_KEY_END.test(line);
    return PRIVATE_KEY_BEGIN.test(line) && !PRIVATE_KEY_END.test(line);
}
/**
 * One line of a stream redacted, given whether a private key block was open before it: the
 * base64 lines between BEGIN and END are dropped whole even though each arrives alone.
 */
function redactLine(line, privateKeyOpen) {
    return privateKeyOpen ? marker('private-key') : redactSecrets(line);
}


/***/ })

};
