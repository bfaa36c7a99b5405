/**
 * FileZilla's message log as people paste it (lines from tests/fixtures/real-logs/): old spacing, padding and tabs,
 * localized labels extracted from FileZilla's translations, issue-tracker quoting, and its Error: lines as failures.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../scripts/load-catalog.ts';
import { extractLabels, render, translations } from '../../../scripts/extract/filezilla-labels.ts';
import { decode } from '../../../src/lib/decoder/decode.ts';
import { FILEZILLA_LABELS } from '../../../src/lib/decoder/formats/filezilla-labels.ts';

const { catalog } = loadCatalog();
const lines = (text: string) => decode(text, catalog).messages.map((m) => m.lines.join('\n'));

describe('FileZilla message log', () => {
  it.each([
    [
      'old spacing (joedj/ftpii#114)',
      'Response:   220 ftpii\nCommand:    USER anonymous\nResponse:   331 User name okay',
    ],
    [
      'padding then a tab (docker-pure-ftpd#47)',
      'Response: \t220 ftpii\nCommand:\tUSER anonymous\nResponse: \t331 User name okay',
    ],
    [
      'quoted and padded (galaxy#4384)',
      '> Response: \t220 ftpii\n> Command: \tUSER anonymous\n> Response: \t331 User name okay',
    ],
    [
      'Markdown bold (FluentFTP#16)',
      '> **Response:**\t220 ftpii\n> **Command:**\tUSER anonymous\n> **Response:**\t331 User name okay',
    ],
    ['Italian (cloudpanel#494)', 'Risposta:\t220 ftpii\nComando:\tUSER anonymous\nRisposta:\t331 User name okay'],
    [
      'French, a space before the colon',
      'Réponse :\t220 ftpii\nCommande :\tUSER anonymous\nRéponse :\t331 User name okay',
    ],
    [
      'Serilog prefix (FluentFTP#1409)',
      '2023-12-14 15:32:26.328 +02:00 [INF] Response: 220 ftpii\n2023-12-14 15:32:26.330 +02:00 [INF] Command:  USER anonymous\n2023-12-14 15:32:26.331 +02:00 [INF] Response: 331 User name okay',
    ],
  ])('%s', (_name, text) => {
    expect(decode(text, catalog).input).toBe('filezilla');
    expect(lines(text)).toEqual(['220 ftpii', 'USER anonymous', '331 User name okay']);
  });

  it("keeps a multi-line reply's continuation text after one separator", () => {
    expect(lines('Response:\t211-Features:\nResponse:\t MDTM\nResponse: \u0020 SIZE\nResponse:\t211 End')).toEqual([
      '211-Features:\n MDTM\n  SIZE\n211 End',
    ]);
  });

  it('reads an Error: line as the first failure when no reply failed before it (joedj/ftpii#114)', () => {
    const r = decode(
      'Command:\tPASV\nResponse:\t227 Entering Passive Mode (192,168,1,129,4,0).\nCommand:\tLIST\nResponse:\t150 Transferring data.\nError:\tConnection timed out\nError:\tFailed to retrieve directory listing',
      catalog,
    );
    expect(r.firstFailure).toMatchObject({ index: 3, code: null, error: 'Connection timed out' });
    expect(r.firstFailure?.advice).toContain('192.168.1.129');
    expect(r.firstFailure?.advice).toContain('passive');
  });

  it('a failing reply before the Error: line stays the first failure (ajenti#421)', () => {
    const r = decode(
      'Command:    USER test\nResponse:   331 User test OK.\nCommand:    PASS ****\nResponse:   530 Login authentication failed\nError:  Critical error',
      catalog,
    );
    expect(r.firstFailure).toMatchObject({ index: 3, code: 530 });
  });

  it('an Error: line before the failing reply is the first failure (ftp-cloudfs#46)', () => {
    const r = decode(
      'Command:\tMLSD\nResponse:\t150 File status okay.\nError:\tThe data connection could not be established: ETIMEDOUT\nResponse:\t421 Passive data channel timed out.',
      catalog,
    );
    expect(r.firstFailure).toMatchObject({
      code: null,
      error: 'The data connection could not be established: ETIMEDOUT',
    });
  });

  it('does not take a label in the middle of other text', () => {
    expect(decode('the Response: 220 is fine\nCommand is: USER', catalog).input).not.toBe('filezilla');
  });
});

describe('FileZilla labels extracted from its translations', () => {
  const po = (status: string, response: string) =>
    `msgid "Status:"\nmsgstr "${status}"\n\nmsgid "Response:"\nmsgstr "${response}"\n\nmsgid "Other"\nmsgstr "x"\n`;

  it('reads msgid/msgstr pairs', () => {
    expect(translations(po('Stato:', 'Risposta:')).get('Response:')).toBe('Risposta:');
  });

  it('lists English first, each translation once, and refuses one label for two kinds', () => {
    const labels = extractLabels([po('Stato:', 'Risposta:'), po('Stato:', 'Réponse :'), po('', '')]);
    expect(labels.Status).toEqual(['Status:', 'Stato:']);
    expect(labels.Response).toEqual(['Response:', 'Risposta:', 'Réponse :']);
    expect(() => extractLabels([po('Same:', 'Same:')])).toThrow(/both/);
    expect(render(labels, 'test')).toContain("Response:\n    'Response:|Risposta:|Réponse :'");
  });

  it('the generated file holds every kind, with the languages of the real logs', () => {
    expect(FILEZILLA_LABELS.Response.split('|')).toEqual(
      expect.arrayContaining(['Response:', 'Risposta:', 'Antwort:']),
    );
    expect(FILEZILLA_LABELS.Error.split('|').length).toBeGreaterThan(30);
  });
});
