// Runs Debian's Roundcube 1.6 under `php -S` and dovecot's IMAP server on loopback, with configs of
// their own in a temp directory (nothing under /etc is changed). Installs the packages first when
// missing (install.sh, needs root). SMTP points at a closed loopback port: nothing can leave.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync, mkdirSync, chownSync, existsSync, rmSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface Roundcube {
  url: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

/** Installs the packages when missing. Throws, loudly, when they cannot be installed. */
export function ensureInstalled(): void {
  try {
    execFileSync('sh', [path.join(here, 'install.sh')], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });
  } catch (e) {
    const err = e as { stderr?: Buffer; stdout?: Buffer; message: string };
    throw new Error(
      'ROUNDCUBE NOT AVAILABLE: could not install Debian packages roundcube roundcube-sqlite3 dovecot-imapd php-cli.\n' +
        `${err.stderr?.toString() ?? ''}\n${err.stdout?.toString().slice(-2000) ?? ''}\n${err.message}`,
    );
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function waitForPort(port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tryOnce = () => {
      import('node:net').then(({ connect }) => {
        const c = connect(port, '127.0.0.1');
        c.once('connect', () => { c.destroy(); resolve(); });
        c.once('error', () => {
          c.destroy();
          if (Date.now() > until) reject(new Error(`port ${port} did not open`));
          else setTimeout(tryOnce, 100);
        });
      });
    };
    tryOnce();
  });
}

/** Ends a server we started and everything it started (php -S forks workers): its process group. */
function kill(p: ChildProcess): Promise<void> {
  const group = (signal: NodeJS.Signals) => {
    try {
      process.kill(-p.pid!, signal);
    } catch {
      // already gone
    }
  };
  return new Promise((resolve) => {
    if (p.exitCode !== null || p.signalCode !== null) {
      group('SIGTERM');
      return resolve();
    }
    p.once('exit', () => {
      group('SIGTERM');
      resolve();
    });
    group('SIGTERM');
    setTimeout(() => { if (p.exitCode === null) group('SIGKILL'); }, 3000).unref();
  });
}

export async function startRoundcube(): Promise<Roundcube> {
  ensureInstalled();
  const dir = mkdtempSync(path.join(tmpdir(), 'rollkoll-rc-'));
  chmodSync(dir, 0o755); // dovecot's auth runs as the dovecot user and must reach the passwd-file
  const [imapPort, httpPort, smtpPort] = [await freePort(), await freePort(), await freePort()];
  const user = 'politiker';
  const password = 'hemligt-test-lösen';

  // --- dovecot, foreground, own config ---
  const mail = path.join(dir, 'mail');
  mkdirSync(mail);
  chownSync(mail, 65534, 65534);
  for (const d of ['dovecot-run', 'dovecot-state']) mkdirSync(path.join(dir, d));
  writeFileSync(path.join(dir, 'passwd'), `${user}:{PLAIN}${password}::::::\n`, { mode: 0o644 });
  const dovecotConf = path.join(dir, 'dovecot.conf');
  writeFileSync(
    dovecotConf,
    `protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/dovecot-run
state_dir = ${dir}/dovecot-state
log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
default_internal_user = dovecot
default_login_user = dovenull
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${dir}/passwd
}
userdb {
  driver = static
  args = uid=65534 gid=65534 home=${mail}/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${imapPort}
  }
  inet_listener imaps {
    port = 0
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`,
  );
  const dovecot = spawn('dovecot', ['-F', '-c', dovecotConf], { stdio: 'ignore', detached: true });

  // --- Roundcube under php -S, own config dir ---
  const conf = path.join(dir, 'rc-config');
  mkdirSync(conf);
  for (const f of ['defaults.inc.php', 'mimetypes.php']) copyFileSync(path.join('/etc/roundcube', f), path.join(conf, f));
  for (const d of ['temp', 'logs']) mkdirSync(path.join(dir, d));
  const db = path.join(dir, 'roundcube.db');
  writeFileSync(
    path.join(conf, 'config.inc.php'),
    `<?php
$config = [];
$config['db_dsnw'] = 'sqlite:///${db}?mode=0646';
$config['imap_host'] = '127.0.0.1:${imapPort}';
$config['smtp_host'] = '127.0.0.1:${smtpPort}';
$config['smtp_user'] = '';
$config['smtp_pass'] = '';
$config['des_key'] = 'rollkoll-test-des-key-24b';
$config['plugins'] = [];
$config['skin'] = 'elastic';
$config['language'] = 'sv_SE';
$config['temp_dir'] = '${dir}/temp';
$config['log_dir'] = '${dir}/logs';
$config['enable_installer'] = false;
$config['support_url'] = '';
$config['product_name'] = 'Webbmejl';
$config['htmleditor'] = 0;
$config['use_https'] = false;
$config['session_lifetime'] = 60;
`,
  );
  execFileSync('php', ['-r', `$d = new PDO('sqlite:${db}'); $d->exec(file_get_contents('/usr/share/roundcube/SQL/sqlite.initial.sql'));`]);
  const php = spawn('php', ['-S', `127.0.0.1:${httpPort}`, '-t', '/var/lib/roundcube/public_html'], {
    stdio: 'ignore',
    env: { ...process.env, ROUNDCUBE_CONFIG_DIR: conf, PHP_CLI_SERVER_WORKERS: '4' },
    cwd: '/var/lib/roundcube/public_html',
    detached: true, // its own process group, so stop() ends the workers too
  });

  try {
    await Promise.all([waitForPort(imapPort, 15_000), waitForPort(httpPort, 15_000)]);
  } catch (e) {
    await Promise.all([kill(dovecot), kill(php)]);
    throw new Error(`Roundcube or dovecot did not start (see ${dir}): ${(e as Error).message}`);
  }

  return {
    url: `http://127.0.0.1:${httpPort}/`,
    user,
    password,
    async stop() {
      await Promise.all([kill(dovecot), kill(php)]);
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
