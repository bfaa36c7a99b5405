/**
 * The content collections: each folder or file of content/ with its schema from src/schemas/. The schemas are pure
 * zod, shared with the Node loader (src/node/content.ts) used by the CLI, scripts and tests, so a fact that does not
 * fit fails `astro build` and the tests alike. Cross-references are checked when the read model is built.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { adviceRule } from './schemas/advice.ts';
import { client } from './schemas/client.ts';
import { clientError } from './schemas/client-error.ts';
import { code } from './schemas/code.ts';
import { command } from './schemas/command.ts';
import { commandCapture } from './schemas/command-capture.ts';
import { replyCategory, replyClass } from './schemas/digits.ts';
import { rfc } from './schemas/rfc.ts';
import { server } from './schemas/server.ts';
import { guide } from './schemas/guide.ts';
import { stateDiagram } from './schemas/state-diagram.ts';

export const collections = {
  rfcs: defineCollection({ loader: file('./content/rfcs.yaml'), schema: rfc }),
  classes: defineCollection({ loader: file('./content/classes.yaml'), schema: replyClass }),
  categories: defineCollection({ loader: file('./content/categories.yaml'), schema: replyCategory }),
  codes: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/codes' }), schema: code }),
  commands: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/commands' }), schema: command }),
  commandCaptures: defineCollection({ loader: file('./content/command-captures.yaml'), schema: commandCapture }),
  stateDiagrams: defineCollection({ loader: file('./content/state-diagrams.yaml'), schema: stateDiagram }),
  advice: defineCollection({ loader: file('./content/advice.yaml'), schema: adviceRule }),
  clientErrors: defineCollection({ loader: file('./content/client-errors.yaml'), schema: clientError }),
  clients: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/clients' }), schema: client }),
  servers: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/servers' }), schema: server }),
  guides: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/guides' }), schema: guide }),
};
