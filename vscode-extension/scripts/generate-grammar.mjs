// Derives the TextMate grammar of the four Charter file kinds from the Xtext grammar, so that
// highlighting cannot drift from what the parser accepts: every keyword comes from Charter.xtext,
// classified by the rule it appears in; every terminal rule must have a pattern below, or the
// build fails. Usage: node scripts/generate-grammar.mjs <Charter.xtext> <out.tmLanguage.json>
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** The TextMate pattern of each terminal rule of the grammar, by terminal name. */
const TERMINALS = {
  ML_COMMENT: null, // the comment patterns below
  SL_COMMENT: null,
  STRING: null, // the string patterns below
  REGEX: null, // the regex clause pattern below
  PARAM: { match: '_\\$[A-Za-z0-9_$]+', name: 'variable.parameter.query.charter' },
  NUMBER: { match: '\\b[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\\b', name: 'constant.numeric.charter' },
  ID: null, // names are not coloured, except where the patterns below name their role
  WS: null,
  ANY_OTHER: null,
};

/** Keyword classes, most specific first: a keyword takes the first class whose rules it appears in. */
const CLASSES = [
  { scope: 'support.type.primitive.charter', rules: ['PrimitiveType'] },
  { scope: 'constant.language.charter', rules: ['BooleanText'], words: ['null'] },
  { scope: 'constant.other.charter', rules: ['Operation', 'Action', 'SortDirection'] },
  { scope: 'keyword.other.query.charter', uppercase: true },
  { scope: 'storage.type.charter', rules: ['DeclarationKind', 'NamespaceFile', 'Import', 'FunctionDeclaration', 'Handler', 'AclRule', 'Query'] },
  { scope: 'storage.modifier.charter', rules: ['Declaration', 'Field', 'Relationship'] },
  { scope: 'keyword.control.charter', rules: ['LetStatement', 'IfStatement', 'ForStatement', 'RequireStatement', 'FailStatement', 'ReturnStatement', 'PersistOperation', 'EmitStatement'] },
  { scope: 'keyword.operator.word.charter', rules: ['OrExpression', 'AndExpression', 'UnaryExpression', 'RelationalExpression'] },
  { scope: 'keyword.other.charter' },
];

/** The grammar text without comments (quotes respected: '//' and '/*' appear inside terminals). */
export function stripComments(text) {
  let out = '';
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      out += c;
      if (c === '\\') { out += text[++i] ?? ''; continue; }
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') {
      quote = c;
      out += c;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      out += ' ';
    } else if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end - 1;
    } else {
      out += c;
    }
  }
  return out;
}

/** The rules of an Xtext grammar: kind (parser, enum, terminal), name and body. */
export function parseRules(grammar) {
  const text = stripComments(grammar);
  const rules = [];
  const header = /^(enum\s+|terminal\s+)?([A-Za-z_][A-Za-z0-9_]*)(\s+returns\s+[A-Za-z_.:]+)?(\s+hidden\([^)]*\))?\s*:/gm;
  let match;
  const starts = [];
  while ((match = header.exec(text)) !== null) {
    if (match[2] === 'grammar' || match[2] === 'import' || match[2] === 'generate') continue;
    starts.push({ kind: (match[1] ?? '').trim() || 'parser', name: match[2], from: header.lastIndex });
  }
  for (const start of starts) {
    rules.push({ ...start, body: bodyFrom(text, start.from) });
  }
  return rules;
}

function bodyFrom(text, from) {
  let quote = null;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') { i++; continue; }
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === ';') {
      return text.slice(from, i);
    }
  }
  throw new Error('A rule is not closed by ;');
}

/** The keywords of a rule: quoted literals, and for an enum rule its literals (NAME or NAME='word'). */
export function keywordsOf(rule) {
  if (rule.kind === 'terminal') return [];
  if (rule.kind === 'enum') {
    return rule.body.split('|').map((alt) => {
      const m = alt.trim().match(/^([A-Za-z_][A-Za-z0-9_]*)\s*(?:=\s*['"]([^'"]+)['"])?$/);
      if (!m) throw new Error(`Cannot read enum literal '${alt.trim()}' of ${rule.name}`);
      return m[2] ?? m[1];
    });
  }
  return [...rule.body.matchAll(/'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"/g)].map((m) => m[1] ?? m[2]);
}

export function generate(grammarText) {
  const rules = parseRules(grammarText);
  const terminals = rules.filter((r) => r.kind === 'terminal').map((r) => r.name);
  const missing = terminals.filter((t) => !(t in TERMINALS));
  if (missing.length) {
    throw new Error(`Terminal rule(s) ${missing.join(', ')} of the grammar have no TextMate pattern: add them to TERMINALS in scripts/generate-grammar.mjs`);
  }
  const gone = Object.keys(TERMINALS).filter((t) => !terminals.includes(t));
  if (gone.length) {
    throw new Error(`TERMINALS in scripts/generate-grammar.mjs names ${gone.join(', ')}, which the grammar no longer declares`);
  }

  const rulesOf = new Map(); // keyword -> rules it appears in
  for (const rule of rules) {
    for (const keyword of keywordsOf(rule)) {
      if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(keyword) || keyword === 'o') continue; // punctuation; 'o' is the field marker below
      if (!rulesOf.has(keyword)) rulesOf.set(keyword, new Set());
      rulesOf.get(keyword).add(rule.name);
    }
  }
  const byScope = new Map();
  for (const [keyword, inRules] of [...rulesOf].sort()) {
    const cls = CLASSES.find((c) => (c.rules ?? []).some((r) => inRules.has(r)) || (c.words ?? []).includes(keyword)
      || (c.uppercase && keyword === keyword.toUpperCase()) || (!c.rules && !c.words && !c.uppercase));
    if (!byScope.has(cls.scope)) byScope.set(cls.scope, []);
    byScope.get(cls.scope).push(keyword);
  }
  const declarationKinds = keywordsOf(rules.find((r) => r.name === 'DeclarationKind'));
  const name = '[A-Za-z_$][A-Za-z0-9_$]*';
  const qualified = `${name}(?:\\.${name})*`;

  const patterns = [
    { include: '#comments' },
    { include: '#strings' },
    {
      // regex=/…/flags is one token of the grammar (terminal REGEX)
      match: `\\b(regex)\\s*(=)\\s*(/(?:\\\\.|[^\\\\/\\n\\r])+/[a-z]*)`,
      captures: { 1: { name: 'storage.modifier.charter' }, 2: { name: 'keyword.operator.assignment.charter' }, 3: { name: 'string.regexp.charter' } },
    },
    { match: `(@)(${name})`, captures: { 1: { name: 'punctuation.definition.decorator.charter' }, 2: { name: 'entity.name.function.decorator.charter' } } },
    {
      match: `(-->)\\s*(${qualified})(\\[\\])?\\s+(${name})`,
      captures: { 1: { name: 'keyword.operator.relationship.charter' }, 2: { name: 'entity.name.type.charter' }, 4: { name: 'variable.other.property.charter' } },
    },
    {
      match: `^\\s*(o)\\s+(${qualified})(\\[\\])?\\s+(${name})`,
      captures: { 1: { name: 'keyword.other.field.charter' }, 2: { name: 'entity.name.type.charter' }, 4: { name: 'variable.other.property.charter' } },
    },
    {
      match: `^\\s*(o)\\s+(${name})\\s*(?=$|//|/\\*)`,
      captures: { 1: { name: 'keyword.other.field.charter' }, 2: { name: 'variable.other.enummember.charter' } },
    },
    {
      match: `\\b(${declarationKinds.join('|')})\\s+(${name})`,
      captures: { 1: { name: 'storage.type.charter' }, 2: { name: 'entity.name.type.charter' } },
    },
    TERMINALS.PARAM,
    TERMINALS.NUMBER,
    ...[...byScope].map(([scope, words]) => ({ match: `\\b(?:${words.join('|')})\\b`, name: scope })),
    { match: '===|!==|==|!=|<=|>=|&&|\\|\\||\\+=|-=|[-+*/%<>!=]', name: 'keyword.operator.charter' },
  ];

  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Charter',
    scopeName: 'source.charter',
    comment: 'Generated from Charter.xtext by scripts/generate-grammar.mjs: do not edit.',
    patterns,
    repository: {
      comments: {
        patterns: [
          { name: 'comment.block.documentation.charter', begin: '/\\*\\*(?!/)', end: '\\*/' },
          { name: 'comment.block.charter', begin: '/\\*', end: '\\*/' },
          { name: 'comment.line.double-slash.charter', match: '//.*$' },
        ],
      },
      strings: {
        patterns: [
          { name: 'string.quoted.double.charter', begin: '"', end: '"', patterns: [{ name: 'constant.character.escape.charter', match: '\\\\.' }] },
          { name: 'string.quoted.single.charter', begin: "'", end: "'", patterns: [{ name: 'constant.character.escape.charter', match: '\\\\.' }] },
        ],
      },
    },
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [, , input, output] = process.argv;
  if (!input || !output) {
    console.error('Usage: node scripts/generate-grammar.mjs <Charter.xtext> <out.tmLanguage.json>');
    process.exit(2);
  }
  const grammar = generate(readFileSync(input, 'utf8'));
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, JSON.stringify(grammar, null, 2) + '\n');
  console.log(`Wrote ${output}: ${grammar.patterns.length} patterns from ${input}`);
}
