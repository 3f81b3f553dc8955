// What the packaged extension holds: run after build.sh packaged target/charter-vscode.vsix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import yauzl from 'yauzl';

const VSIX = new URL('../target/charter-vscode.vsix', import.meta.url);

function entries(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const result = new Map();
      zip.on('entry', (entry) => {
        if (!entry.fileName.endsWith('.json')) {
          result.set(entry.fileName, { size: entry.uncompressedSize });
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks = [];
          stream.on('data', (c) => chunks.push(c));
          stream.on('end', () => {
            result.set(entry.fileName, { size: entry.uncompressedSize, text: Buffer.concat(chunks).toString('utf8') });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(result));
      zip.readEntry();
    });
  });
}

test('the .vsix holds the client, its runtime dependency, the server jar and the generated grammar', async () => {
  assert.ok(existsSync(VSIX), `${VSIX.pathname} is missing: build it with vscode-extension/build.sh`);
  const files = await entries(VSIX.pathname);
  for (const name of ['extension/package.json', 'extension/out/extension.js', 'extension/out/java.js',
    'extension/language-configuration.json', 'extension/syntaxes/charter.tmLanguage.json',
    'extension/node_modules/vscode-languageclient/package.json']) {
    assert.ok(files.has(name), `${name} is not in the .vsix`);
  }
  const jar = files.get('extension/server/charter-language-server.jar');
  assert.ok(jar && jar.size > 1_000_000, 'the self-contained server jar is in the .vsix');

  const builtGrammar = readFileSync(new URL('../syntaxes/charter.tmLanguage.json', import.meta.url), 'utf8');
  assert.equal(files.get('extension/syntaxes/charter.tmLanguage.json').text, builtGrammar);
});

test('the .vsix leaves out sources, tests, build files and development dependencies', async () => {
  const names = [...(await entries(VSIX.pathname)).keys()];
  assert.deepEqual(names.filter((n) => n.startsWith('extension/src/') || n.startsWith('extension/test/') || n.endsWith('.ts')
    || n.includes('node_modules/typescript/') || n.includes('node_modules/@vscode/vsce/') || n.endsWith('pom.xml')), []);
});

test('the manifest contributes the four file kinds, their grammar and the three commands', async () => {
  const manifest = JSON.parse((await entries(VSIX.pathname)).get('extension/package.json').text);
  const extensions = manifest.contributes.languages.flatMap((l) => l.extensions).sort();
  assert.deepEqual(extensions, ['.acl', '.cto', '.logic', '.qry']);
  assert.deepEqual(manifest.contributes.grammars.map((g) => g.language).sort(),
    manifest.contributes.languages.map((l) => l.id).sort());
  assert.deepEqual(manifest.contributes.commands.map((c) => `${c.category}: ${c.title}`).sort(),
    ['Charter: Check network', 'Charter: Compile network', 'Charter: Serve network']);
});
