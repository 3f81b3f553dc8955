import { execFile } from 'node:child_process';
import * as path from 'node:path';

/** A Java installation the language server can run on. */
export interface Java {
  executable: string;
  major: number;
}

/** The major version in `java -version` output: "17.0.2" → 17, "1.8.0_382" → 8. */
export function majorVersion(versionOutput: string): number | undefined {
  const match = versionOutput.match(/version "(\d+)(?:\.(\d+))?[^"]*"/);
  if (!match) {
    return undefined;
  }
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** The java executables to try, in order: the setting, JAVA_HOME, the PATH. */
export function candidates(setting: string | undefined, javaHome: string | undefined): string[] {
  const exe = process.platform === 'win32' ? 'java.exe' : 'java';
  const result: string[] = [];
  for (const home of [setting, javaHome]) {
    if (home && home.trim() !== '') {
      result.push(path.join(home.trim(), 'bin', exe));
    }
  }
  result.push(exe);
  return result;
}

function versionOf(executable: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    execFile(executable, ['-version'], { timeout: 15000 }, (error, stdout, stderr) => {
      resolve(error ? undefined : majorVersion(`${stderr}\n${stdout}`));
    });
  });
}

/** The first candidate that runs and is Java 17 or later; otherwise a message saying what was found. */
export async function findJava(setting: string | undefined, javaHome: string | undefined): Promise<Java | string> {
  const found: string[] = [];
  for (const executable of candidates(setting, javaHome)) {
    const major = await versionOf(executable);
    if (major !== undefined && major >= 17) {
      return { executable, major };
    }
    found.push(major === undefined ? `${executable} (does not run)` : `${executable} (Java ${major})`);
  }
  return `The Charter language server needs Java 17 or later. Tried: ${found.join(', ')}. `
    + 'Install Java 17+ or set "charter.java.home" to a Java 17+ installation, then reload the window.';
}
