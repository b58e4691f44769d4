import { generateCommand } from './commands/generate';
import { serveCommand } from './commands/serve';
import { validateCommand } from './commands/validate';
import { appVersion } from './paths';

type Command = { summary: string; usage: string; run: (argv: string[]) => Promise<number> };

const COMMANDS: Record<string, Command> = {
  serve: {
    summary: 'serve the workbench to a browser on 127.0.0.1, with a secret token in the URL',
    usage: 'caseboard serve [--port N] [--home DIR] [--open]',
    run: serveCommand,
  },
  validate: {
    summary: 'check case files; exit 0 if valid, else print the reason and exit 1 (files are only read)',
    usage: 'caseboard validate CASE.json...',
    run: validateCommand,
  },
  generate: {
    summary: 'write a synthetic case (M: 2,000 entities; L: 20,000) for trying big cases',
    usage: 'caseboard generate --size M|L --out CASE.json [--seed N]',
    run: generateCommand,
  },
};

function help(): string {
  const width = Math.max(...Object.values(COMMANDS).map((c) => c.usage.length));
  return [
    'Caseboard: an offline workbench for link analysis of text.',
    '',
    'Usage:',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    `  ${'caseboard --help | --version'.padEnd(width)}  this text, or the version`,
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
