import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The network directory a file belongs to, by the layout charter check reads: the parent of the
 * models/ folder of a .cto, of the logic/ folder of a .logic, or the folder of permissions.acl or
 * queries.qry — a directory with a models/ folder.
 */
export function networkRoot(file: string): string | undefined {
  const name = path.basename(file);
  const isNetwork = (dir: string) => fs.existsSync(path.join(dir, 'models'));
  if (name === 'permissions.acl' || name === 'queries.qry' || name === 'charter.json' || name === 'package.json') {
    return isNetwork(path.dirname(file)) ? path.dirname(file) : undefined;
  }
  const folder = name.endsWith('.cto') ? 'models' : name.endsWith('.logic') ? 'logic' : undefined;
  for (let dir = path.dirname(file); folder && dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (path.basename(dir) === folder && isNetwork(path.dirname(dir))) {
      return path.dirname(dir);
    }
  }
  return undefined;
}

/** The command line that runs the charter CLI on a network, quoted for a POSIX or Windows shell. */
export function cliCommand(cli: string, subcommand: 'check' | 'compile' | 'serve', network: string): string {
  const quote = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `"${s.replace(/(["\\$`])/g, '\\$1')}"`);
  return `${quote(cli)} ${subcommand} ${quote(network)}`;
}
