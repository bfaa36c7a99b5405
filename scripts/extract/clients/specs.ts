/** Every client extractor, in the order run.ts runs them. */
import { basicFtp, filezilla, fluentFtp, lftp, winscp } from './apps.ts';
import { curl } from './curl.ts';
import { commonsNet, dotnet, jlaffaye } from './enums.ts';
import { ftplib } from './ftplib.ts';
import type { ClientSpec } from './spec.ts';

export const SPECS: readonly ClientSpec[] = [
  curl,
  ftplib,
  commonsNet,
  dotnet,
  jlaffaye,
  basicFtp,
  fluentFtp,
  filezilla,
  winscp,
  lftp,
];
