/**
 * The README's examples type-check as a page's code would: each ```ts and ```js block, and each
 * inline module script of an ```html block, compiled with the project's compiler settings
 * against the package's sources (`actor-graph` and `actor-graph/model` resolve to src/). React
 * and Vue blocks need their frameworks and are left out.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

interface Example {
  file: string;
  code: string;
}

/** The examples of a Markdown text, each as a file of its own beside the project's sources. */
function readmeExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  for (const block of markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)) {
    const [, lang, body] = block as unknown as [string, string, string];
    if (lang === 'ts' || lang === 'typescript') examples.push({ file: `example-${examples.length + 1}.ts`, code: body });
    else if (lang === 'js' || lang === 'javascript') examples.push({ file: `example-${examples.length + 1}.js`, code: body });
    else if (lang === 'html') {
      for (const script of body.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
        examples.push({ file: `example-${examples.length + 1}.js`, code: script[1]! });
      }
    }
  }
  return examples;
}

/** The compiler's complaints about each example, as `file(line,col): TS1234 message`. */
function check(examples: Example[]): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const options: ts.CompilerOptions = {
    ...config.options,
    allowJs: true,
    checkJs: true,
    noEmit: true,
    paths: { 'actor-graph': [join(root, 'src/index.ts')], 'actor-graph/model': [join(root, 'src/model/index.ts')] },
  };
  // Every example is a module, as a `<script type="module">` and a bundled file are.
  const files = new Map(examples.map((e) => [join(root, 'readme-examples', e.file), `${e.code}\nexport {};\n`]));
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.getSourceFile = (name, language, ...rest) =>
    files.has(name) ? ts.createSourceFile(name, files.get(name)!, language, true) : getSourceFile(name, language, ...rest);
  const program = ts.createProgram([...files.keys()], options, host);
  const diagnostics = [...files.keys()].flatMap((name) => {
    const source = program.getSourceFile(name)!;
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
  });
  return diagnostics.map((d) => {
    const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
    const where = d.file ? `${d.file.fileName.slice(root.length + 1)}${at ? `(${at.line + 1},${at.character + 1})` : ''}` : '';
    return `${where}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

describe('README examples', () => {
  const examples = readmeExamples(readFileSync(join(root, 'README.md'), 'utf8'));
  // Checked in the same program as the examples (one program takes some 15 s): shows the check is not blind.
  const wrong = "import 'actor-graph';\ndocument.createElement('actor-graph').addEventListener('actor-select', (e) => e.detail.label);\n";
  let complaints: string[] = [];

  beforeAll(() => {
    complaints = check([...examples, { file: 'wrong.ts', code: wrong }]);
  }, 120_000);

  it('finds the TypeScript and JavaScript examples of the README', () => {
    expect(examples.map((e) => e.file)).toEqual(['example-1.js', 'example-2.ts', 'example-3.ts', 'example-4.js']);
    expect(examples[3]!.code).toContain('event.detail.asOf');
    expect(examples[0]!.code).toContain('event.detail.actor.label');
  });

  it('type-check with the project’s settings', () => {
    expect(complaints.filter((c) => c.startsWith('readme-examples/example-'))).toEqual([]);
  });

  it('would be caught reading a detail the event does not have', () => {
    expect(complaints.filter((c) => c.startsWith('readme-examples/wrong.ts'))).toEqual([
      "readme-examples/wrong.ts(2,88): TS2339 Property 'label' does not exist on type 'ActorSelectDetail'.",
    ]);
  });
});
