// A real WordPress for the plugin's test: Debian's `wordpress` package, served by nginx and
// PHP-FPM, on MariaDB, each started as this process's child on its own loopback port, from one
// temporary folder (its own datadir, socket, pool, server block and a copy of WordPress with its
// own wp-config.php, so nothing in /etc or /var/lib is touched), and stopped by PID.
// scripts/setup-wordpress.sh installs the packages without starting their system services.
import { execFile, spawn } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { freePort } from "../e2e/support.mjs";

const run = promisify(execFile);
const WORDPRESS = "/usr/share/wordpress";
const NGINX = process.env.NGINX ?? "/usr/sbin/nginx";
const asRoot = process.getuid?.() === 0;

/** PHP-FPM's binary, whatever PHP version Debian ships (php-fpm8.2 on Debian 12). */
function phpFpm() {
  const found = readdirSync("/usr/sbin").filter((name) => /^php-fpm\d+(\.\d+)?$/.test(name)).sort();
  if (!found.length) throw new Error("no PHP-FPM in /usr/sbin: run scripts/setup-wordpress.sh");
  return join("/usr/sbin", found.at(-1));
}

/** Waits until something listens on a loopback port (or the process has died). */
async function listening(port, child, name, log) {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}); see ${log}`);
    const up = await new Promise((resolve) => {
      const socket = connect(port, "127.0.0.1", () => socket.end(() => resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} is not listening on 127.0.0.1:${port}; see ${log}`);
}

const php = (value) => `'${String(value).replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

/**
 * Starts WordPress on `port` with `plugins` (folder name → source folder) copied into
 * wp-content/plugins, installs it (site, an Administrator, and `users`: login → role), and
 * returns its address, the accounts, `php(code)` to run PHP in WordPress from the command line,
 * the logs, and `close()`.
 */
export async function startWordPress({ port, plugins = {}, users = {} }) {
  const dir = mkdtempSync(join(tmpdir(), "attune-wordpress-"));
  chmodSync(dir, 0o755); // nginx's and PHP-FPM's workers read the copy of WordPress inside
  const children = [];
  const stop = async () => {
    // The reverse of the start order: nginx, PHP-FPM, then MariaDB (which writes its files on the way out).
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        const timeout = setTimeout(() => child.kill("SIGKILL"), 20000);
        await exited;
        clearTimeout(timeout);
      }
    }
    children.length = 0;
  };
  const start = (command, args, log) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    child.once("exit", (code) => {
      if (code && children.includes(child)) writeFileSync(`${log}.stderr`, stderr);
    });
    // Never leave a server behind, even if the test process ends abruptly.
    process.once("exit", () => child.kill("SIGKILL"));
    children.push(child);
    return child;
  };

  try {
    const url = `http://127.0.0.1:${port}/`;
    const [dbPort, fpmPort] = [await freePort(), await freePort()];

    // MariaDB: a datadir and socket of its own, TCP on loopback only.
    const datadir = join(dir, "mariadb");
    const socket = join(dir, "mariadb.sock");
    const user = asRoot ? ["--user=root"] : [];
    await run("mariadb-install-db", ["--no-defaults", `--datadir=${datadir}`, "--auth-root-authentication-method=normal", "--skip-test-db", ...user]);
    const mariadbLog = join(dir, "mariadb.log");
    const mariadb = start("/usr/sbin/mariadbd", [
      "--no-defaults",
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      `--port=${dbPort}`,
      "--bind-address=127.0.0.1",
      "--skip-name-resolve",
      `--pid-file=${join(dir, "mariadb.pid")}`,
      `--log-error=${mariadbLog}`,
      "--innodb-buffer-pool-size=64M",
      ...user,
    ], mariadbLog);
    await listening(dbPort, mariadb, "MariaDB", mariadbLog);
    const dbPassword = randomBytes(12).toString("hex");
    await run("mariadb", [
      "--no-defaults",
      `--socket=${socket}`,
      "-uroot",
      "-e",
      `CREATE DATABASE wordpress CHARACTER SET utf8mb4;
       CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY '${dbPassword}';
       GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';`,
    ]);

    // WordPress: a copy of Debian's, with its own wp-config.php (Debian's reads /etc/wordpress/).
    const root = join(dir, "wordpress");
    cpSync(WORDPRESS, root, { recursive: true, verbatimSymlinks: true });
    // Debian links WordPress's bundled libraries (underscore, getID3, …) to its own packages by
    // relative links, which a copy breaks: point them at the same files by absolute paths.
    for (const entry of readdirSync(WORDPRESS, { recursive: true, withFileTypes: true })) {
      if (!entry.isSymbolicLink()) continue;
      const link = join(entry.path, entry.name);
      const copy = join(root, relative(WORDPRESS, link));
      rmSync(copy);
      symlinkSync(resolve(dirname(link), readlinkSync(link)), copy);
    }
    chmodSync(root, 0o755);
    rmSync(join(root, "wp-config.php"));
    for (const [name, source] of Object.entries(plugins)) cpSync(source, join(root, "wp-content", "plugins", name), { recursive: true });
    const httpLog = join(dir, "http-requests.log");
    const debugLog = join(dir, "wordpress-debug.log");
    const salts = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]
      .map((name) => `define('${name}', '${randomBytes(24).toString("hex")}');`)
      .join("\n");
    writeFileSync(
      join(root, "wp-config.php"),
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', ${php(dbPassword)});
define('DB_HOST', '127.0.0.1:${dbPort}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${salts}
$table_prefix = 'wp_';
define('WP_HOME', ${php(url.replace(/\/$/, ""))});
define('WP_SITEURL', ${php(url.replace(/\/$/, ""))});
// Nothing leaves this machine: WordPress's own update checks and news are refused too.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', ${php(debugLog)});
define('FS_METHOD', 'direct');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // A must-use plugin that writes down every HTTP request WordPress's PHP makes, with the PHP
    // files it came from, so the test can show the Attune plugin makes none.
    mkdirSync(join(root, "wp-content", "mu-plugins"), { recursive: true });
    writeFileSync(
      join(root, "wp-content", "mu-plugins", "record-http-requests.php"),
      `<?php
add_filter('pre_http_request', function ($pre, $args, $url) {
  $files = array_values(array_filter(array_map(function ($frame) { return $frame['file'] ?? ''; }, debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS))));
  file_put_contents(${php(httpLog)}, json_encode(array('url' => $url, 'files' => $files)) . "\\n", FILE_APPEND);
  return $pre;
}, 0, 3);
`,
    );

    // PHP-FPM: one pool of its own on a loopback port.
    const fpmLog = join(dir, "php-fpm.log");
    const phpErrors = join(dir, "php-errors.log");
    writeFileSync(
      join(dir, "php-fpm.conf"),
      `[global]
pid = ${join(dir, "php-fpm.pid")}
error_log = ${fpmLog}
daemonize = no
[wordpress]
${asRoot ? "user = root\ngroup = root" : ""}
listen = 127.0.0.1:${fpmPort}
pm = static
pm.max_children = 4
catch_workers_output = yes
php_admin_flag[log_errors] = on
php_admin_value[error_log] = ${phpErrors}
php_admin_value[memory_limit] = 256M
`,
    );
    const fpm = start(phpFpm(), ["--nodaemonize", "--fpm-config", join(dir, "php-fpm.conf"), ...(asRoot ? ["--allow-to-run-as-root"] : [])], fpmLog);
    await listening(fpmPort, fpm, "PHP-FPM", fpmLog);

    // nginx: a server block for WordPress. Debian's fastcgi_params pass no port in HTTP_HOST.
    const nginxLog = join(dir, "nginx-error.log");
    writeFileSync(
      join(dir, "nginx.conf"),
      `daemon off;
worker_processes 1;
pid ${join(dir, "nginx.pid")};
error_log ${nginxLog} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${join(dir, "nginx-access.log")};
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 8m;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    index index.php;
    location / { try_files $uri $uri/ /index.php?$args; }
    location ~ \\.php$ {
      try_files $uri =404;
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
      fastcgi_param HTTP_HOST $host:$server_port;
      fastcgi_pass 127.0.0.1:${fpmPort};
    }
  }
}
`,
    );
    const nginx = start(NGINX, ["-p", dir, "-e", nginxLog, "-c", join(dir, "nginx.conf")], nginxLog);
    await listening(port, nginx, "nginx", nginxLog);

    /** Runs PHP code with WordPress loaded, from the command line; returns what it printed. */
    const runPhp = async (code, { installing = false } = {}) => {
      const file = join(dir, `cli-${randomBytes(4).toString("hex")}.php`);
      writeFileSync(
        file,
        `<?php
${installing ? "define('WP_INSTALLING', true);" : ""}
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
require ${php(join(root, "wp-load.php"))};
${code}
`,
      );
      try {
        const { stdout } = await run("php", [file], { maxBuffer: 1 << 20 });
        return stdout;
      } finally {
        rmSync(file, { force: true });
      }
    };

    // Installs WordPress as its installer would (wp_install()), without WordPress's avatars (a
    // request to another site in every admin page), and adds the other accounts.
    const accounts = { admin: { login: "admin", password: randomBytes(12).toString("hex"), role: "administrator" } };
    for (const [login, role] of Object.entries(users)) accounts[login] = { login, password: randomBytes(12).toString("hex"), role };
    const created = await runPhp(
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$installed = wp_install('Riverside Counselling', 'admin', 'admin@example.test', false, '', ${php(accounts.admin.password)});
update_option('show_avatars', 0);
$users = json_decode(${php(JSON.stringify(Object.values(accounts).filter((a) => a.role !== "administrator")))}, true);
foreach ($users as $user) {
  $id = wp_insert_user(array('user_login' => $user['login'], 'user_pass' => $user['password'], 'user_email' => $user['login'] . '@example.test', 'role' => $user['role']));
  if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
}
echo json_encode(array('theme' => get_stylesheet(), 'version' => get_bloginfo('version')));`,
      { installing: true },
    );
    const site = JSON.parse(created.trim().split("\n").at(-1));

    return {
      url,
      accounts,
      site,
      dir,
      php: runPhp,
      /** Every HTTP request WordPress's PHP made so far: { url, files }. */
      httpRequests: () => (existsSync(httpLog) ? readFileSync(httpLog, "utf8").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line)) : []),
      /** PHP's warnings and notices so far (WordPress's debug log and PHP-FPM's error log). */
      phpMessages: () => [debugLog, phpErrors].filter(existsSync).flatMap((file) => readFileSync(file, "utf8").split("\n").filter(Boolean)),
      async close() {
        await stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stop();
    const logs = readdirSync(dir).filter((f) => f.endsWith(".log") || f.endsWith(".stderr"));
    const tails = logs.map((f) => `--- ${f}\n${readFileSync(join(dir, f), "utf8").slice(-2000)}`).join("\n");
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${error.message}\n${tails}`);
  }
}
