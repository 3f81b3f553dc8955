import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scopeOf, tokenize } from './textmate.mjs';
import { generate, keywordsOf, parseRules } from '../scripts/generate-grammar.mjs';

const XTEXT = new URL('../../dsl-grammar/src/main/java/dev/charter/dsl/Charter.xtext', import.meta.url);

test('declaration keywords and the declared type name', async () => {
  const line = 'abstract participant Person identified by personId extends Base {';
  assert.equal(await scopeOf(line, 'abstract'), 'storage.modifier.charter');
  assert.equal(await scopeOf(line, 'participant'), 'storage.type.charter');
  assert.equal(await scopeOf(line, 'Person'), 'entity.name.type.charter');
  assert.equal(await scopeOf(line, 'identified'), 'storage.modifier.charter');
  assert.equal(await scopeOf(line, 'extends'), 'storage.modifier.charter');
});

test('a field: the o marker, a primitive type and the field name', async () => {
  const line = '  o String tradingSymbol optional';
  assert.equal(await scopeOf(line, 'o'), 'keyword.other.field.charter');
  assert.equal(await scopeOf(line, 'String'), 'entity.name.type.charter');
  assert.equal(await scopeOf(line, 'tradingSymbol'), 'variable.other.property.charter');
  assert.equal(await scopeOf(line, 'optional'), 'storage.modifier.charter');
});

test('a relationship: the arrow, the target type and the field name', async () => {
  const line = '  --> Trader[] owners optional';
  assert.equal(await scopeOf(line, '-->'), 'keyword.operator.relationship.charter');
  assert.equal(await scopeOf(line, 'Trader'), 'entity.name.type.charter');
  assert.equal(await scopeOf(line, 'owners'), 'variable.other.property.charter');
});

test('an enum value', async () => {
  assert.equal(await scopeOf('  o AWAITING_APPROVAL', 'AWAITING_APPROVAL'), 'variable.other.enummember.charter');
});

test('strings in either quote, with escapes', async () => {
  assert.equal(await scopeOf('  o String currency default="USD"', '"'), 'string.quoted.double.charter');
  assert.equal(await scopeOf("  o String currency default='USD'", 'USD'), 'string.quoted.single.charter');
  assert.equal(await scopeOf('fail "a \\"quoted\\" word"', '\\"'), 'constant.character.escape.charter');
});

test('a regex clause is one regular expression token, slashes and flags included', async () => {
  const line = '  o String code regex=/^[A-Z]+\\/[0-9]*$/i';
  assert.equal(await scopeOf(line, 'regex'), 'storage.modifier.charter');
  assert.equal(await scopeOf(line, '/^[A-Z]+\\/[0-9]*$/i'), 'string.regexp.charter');
});

test('division in logic is an operator, not a regex', async () => {
  const tokens = await tokenize('let half = total / 2 / 1');
  assert.ok(tokens.every((t) => !t.scopes.some((s) => s.startsWith('string.regexp'))));
  assert.equal(await scopeOf('let half = total / 2', '/'), 'keyword.operator.charter');
});

test('line, block and doc comments, across lines', async () => {
  assert.equal(await scopeOf('  o String name // the asset name', '// the asset name'), 'comment.line.double-slash.charter');
  const doc = '/** A bank.\n * asset Bank {\n */\nasset Bank {';
  const tokens = await tokenize(doc);
  assert.ok(tokens.filter((t) => t.line === 1).every((t) => t.scopes.includes('comment.block.documentation.charter')),
    'the keyword inside a doc comment is comment');
  assert.equal(tokens.find((t) => t.line === 3 && t.text === 'asset').scopes.at(-1), 'storage.type.charter');
  assert.equal(await scopeOf('/* not a doc */ enum E {', '/*'), 'comment.block.charter');
});

test('logic statements, operators and literals', async () => {
  const line = 'require letter.approval.size < 4 and not closed else "done"';
  assert.equal(await scopeOf(line, 'require'), 'keyword.control.charter');
  assert.equal(await scopeOf(line, 'and'), 'keyword.operator.word.charter');
  assert.equal(await scopeOf(line, '4'), 'constant.numeric.charter');
  assert.equal(await scopeOf('let x = new Letter(id) { ok: true }', 'new'), 'keyword.other.charter');
  assert.equal(await scopeOf('let x = new Letter(id) { ok: true }', 'true'), 'constant.language.charter');
  assert.equal(await scopeOf('@returns(Double)', 'returns'), 'entity.name.function.decorator.charter');
});

test('queries: clause words, parameters, and ACL operations', async () => {
  const line = 'SELECT org.acme.Commodity WHERE (quantity > _$minimum) ORDER BY [name ASC]';
  assert.equal(await scopeOf(line, 'SELECT'), 'keyword.other.query.charter');
  assert.equal(await scopeOf(line, '_$minimum'), 'variable.parameter.query.charter');
  assert.equal(await scopeOf(line, 'ASC'), 'constant.other.charter');
  assert.equal(await scopeOf('  operation: READ, UPDATE', 'UPDATE'), 'constant.other.charter');
  assert.equal(await scopeOf('  action: ALLOW', 'action'), 'storage.type.charter');
});

test('every word the grammar reserves is highlighted', async () => {
  const grammar = readFileSync(XTEXT, 'utf8');
  const words = new Set(parseRules(grammar).flatMap(keywordsOf).filter((k) => /^[A-Za-z]+$/.test(k) && k !== 'o'));
  assert.ok(words.size > 60, `only ${words.size} keywords read from the grammar`);
  for (const word of words) {
    const scope = await scopeOf(`x ${word} y`, word);
    assert.notEqual(scope, 'source.charter', `keyword '${word}' is not highlighted`);
  }
});

test('the generator refuses a grammar with a terminal it has no pattern for', () => {
  const grammar = readFileSync(XTEXT, 'utf8').replace('terminal ANY_OTHER:', 'terminal HEX: \'0x\' (\'0\'..\'9\')+;\nterminal ANY_OTHER:');
  assert.throws(() => generate(grammar), /HEX .*no TextMate pattern/);
});
