// Tokenizes text with the generated grammar through vscode-textmate and Oniguruma: the engine VS Code uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
const GRAMMAR = new URL('../syntaxes/charter.tmLanguage.json', import.meta.url);

let grammarPromise;

export function loadGrammar() {
  grammarPromise ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
    await oniguruma.loadWASM(wasm);
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) => (scopeName === 'source.charter'
        ? vsctm.parseRawGrammar(readFileSync(GRAMMAR, 'utf8'), GRAMMAR.pathname) : null),
    });
    return registry.loadGrammar('source.charter');
  })();
  return grammarPromise;
}

/** Every token of a text, line by line: { line, text, scopes }. */
export async function tokenize(text) {
  const grammar = await loadGrammar();
  let state = vsctm.INITIAL;
  const tokens = [];
  text.split('\n').forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      tokens.push({ line: index, text: line.substring(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  });
  return tokens;
}

/** The innermost scope of the token that is exactly `word` (the nth occurrence), e.g. 'storage.type.charter'. */
export async function scopeOf(text, word, occurrence = 0) {
  const matches = (await tokenize(text)).filter((t) => t.text === word);
  if (matches.length <= occurrence) {
    throw new Error(`No token '${word}' in: ${text}\ntokens: ${JSON.stringify((await tokenize(text)).map((t) => t.text))}`);
  }
  const scopes = matches[occurrence].scopes;
  return scopes[scopes.length - 1];
}
