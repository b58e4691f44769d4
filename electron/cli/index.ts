import { appVersion } from './paths';

type Command = { summary: string; usage: string; run: (argv: string[]) => Promise<number> };

// Commands load on demand, so `validate` does not pay for the extraction models or the importers.
const COMMANDS: Record<string, Command> = {
  serve: {
    summary: 'serve the workbench to a browser on 127.0.0.1, with a secret token in the URL',
    usage: 'caseboard serve [--port N] [--home DIR] [--open]',
    run: async (argv) => (await import('./commands/serve')).serveCommand(argv),
  },
  validate: {
    summary: 'check case files; exit 0 if valid, else print the reason and exit 1 (files are only read)',
    usage: 'caseboard validate CASE.json...',
    run: async (argv) => (await import('./commands/validate')).validateCommand(argv),
  },
  extract: {
    summary: 'build a case from text files with the automatic pass (one source per file, suggestions included); mentions are names, or whole noun phrases with --extents phrases',
    usage: 'caseboard extract FILE... --out CASE.json|- [--extents names|phrases]',
    run: async (argv) => (await import('./commands/extract')).extractCommand(argv),
  },
  export: {
    summary: 'export a case as data for other tools (CSV writes an entities and a links file)',
    usage: 'caseboard export CASE.json --format json|cyjs|graphml|gexf|csv|stix --out PATH [--entities ID,...] [--links ID,...]',
    run: async (argv) => (await import('./commands/export')).exportCommand(argv),
  },
  generate: {
    summary: 'write a synthetic case (M: 2,000 entities; L: 20,000) for trying big cases',
    usage: 'caseboard generate --size M|L --out CASE.json [--seed N]',
    run: async (argv) => (await import('./commands/generate')).generateCommand(argv),
  },
};

function help(): string {
  return [
    'Caseboard: an offline workbench for link analysis of text.',
    '',
    'Usage:',
    ...Object.values(COMMANDS).flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '  caseboard --help | --version',
    '',
    'Cases live in $CASEBOARD_HOME, or in a Caseboard folder in your documents folder.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    console.log(appVersion());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`caseboard: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help')) {
    console.log(`${command.usage}\n  ${command.summary}`);
    return 0;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`caseboard: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
