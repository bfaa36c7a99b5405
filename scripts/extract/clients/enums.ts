/**
 * Libraries that name reply codes in a table of constants: Apache Commons Net (FTPReply), .NET (FtpStatusCode),
 * Go's jlaffaye/ftp (Status* constants and the StatusText it invents). Every entry of the table becomes a mapping.
 */
import { entries, type Extracted } from './parse.ts';
import { applyRule, type ClientSpec, type Read } from './spec.ts';

function table(read: Read, file: string, pattern: RegExp, name: (n: string) => string, idPrefix: string): Extracted[] {
  return entries(read(file), pattern)
    .filter((e) => e.value >= 100)
    .map((e) => ({
      id: `${idPrefix}${e.name.toLowerCase().replace(/_/g, '-')}`,
      codes: [e.value],
      classes: [],
      commands: [],
      kind: 'constant',
      report: name(e.name),
      file,
      line: e.line,
    }));
}

const FTP_REPLY = 'src/main/java/org/apache/commons/net/ftp/FTPReply.java';
const PREDICATES = [
  ['isPositivePreliminary', '1yz'],
  ['isPositiveCompletion', '2yz'],
  ['isPositiveIntermediate', '3yz'],
  ['isNegativeTransient', '4yz'],
  ['isNegativePermanent', '5yz'],
] as const;

export const commonsNet: ClientSpec = {
  id: 'commons-net',
  name: 'Apache Commons Net',
  kind: 'library',
  language: 'Java',
  homepage: 'https://commons.apache.org/proper/commons-net/',
  source: { kind: 'git', repo: 'apache/commons-net', tag: 'rel/commons-net-3.13.0' },
  extract: (read) => [
    ...table(read, FTP_REPLY, /public static final int ([A-Z_0-9]+) = (\d+);/, (n) => `FTPReply.${n}`, ''),
    ...PREDICATES.map(([name, cls]) =>
      applyRule(read(FTP_REPLY), {
        id: name.toLowerCase(),
        file: FTP_REPLY,
        anchor: `public static boolean ${name}(`,
        kind: 'predicate',
        report: `FTPReply.${name}()`,
        classes: [cls],
      }),
    ),
  ],
};

const FTP_STATUS = 'src/libraries/System.Net.Requests/src/System/Net/FtpStatusCode.cs';

export const dotnet: ClientSpec = {
  id: 'dotnet',
  name: '.NET FtpWebRequest',
  kind: 'library',
  language: 'C#',
  homepage: 'https://github.com/dotnet/runtime',
  source: {
    kind: 'tree',
    tag: 'main',
    commit: '059222474862b069b885fb22e1b6f530120f621c',
    browse: 'https://github.com/dotnet/runtime/blob/059222474862b069b885fb22e1b6f530120f621c/{file}#L{line}',
    obtained: 'the one file, from dotnet/runtime at that commit (the repository is too large to mirror here)',
  },
  extract: (read) => table(read, FTP_STATUS, /^\s+([A-Za-z]+) = (\d+),?$/, (n) => `FtpStatusCode.${n}`, ''),
};

export const jlaffaye: ClientSpec = {
  id: 'jlaffaye-ftp',
  name: 'Go jlaffaye/ftp',
  kind: 'library',
  language: 'Go',
  homepage: 'https://github.com/jlaffaye/ftp',
  source: { kind: 'git', repo: 'jlaffaye/ftp', tag: 'v0.2.2' },
  extract: (read) => {
    const text = read('status.go');
    // StatusText's map: the words the library puts in place of a server's text.
    const words = new Map<string, string>();
    for (const l of text.split('\n')) {
      const m = /^\s+(Status[A-Za-z0-9]+):\s+"([^"]*)",$/.exec(l);
      if (m?.[1] !== undefined && m[2] !== undefined) words.set(m[1], m[2]);
    }
    return table(read, 'status.go', /^\s+(Status[A-Za-z0-9]+)\s+= (\d+)$/, (n) => `ftp.${n}`, '').map((m) => {
      const said = words.get(m.report.slice('ftp.'.length));
      return said ? { ...m, message: said } : m;
    });
  },
};
