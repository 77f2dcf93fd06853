#!/usr/bin/env bash
# scripts/wordpress/start.sh - a throwaway WordPress (Debian's "wordpress" package) + MariaDB
# on loopback, for `npm run test:wordpress` and the demo. No systemd, no apache, no interaction.
# Idempotent: re-running it while everything is up is a no-op; re-running after stop.sh reuses
# the data. Adapted from ../shared/wordpress/start-wordpress.sh.
#
# Needs (root): apt-get install -y --no-install-recommends \
#   wordpress mariadb-server php-cli php-mysql php-gd php-cgi php micro-httpd curl
# (`npm run test:wordpress` installs them when missing.)
# Env knobs:
#   WP_DATA=/tmp/maqal-wordpress   everything lives here (rm -rf it for a clean start)
#   WP_HOST=127.0.0.1 WP_PORT=8089
#   WP_ANON_COMMENTS=1   mu-plugin: rest_allow_anonymous_comments -> true (0 = off)
#   WP_NO_FLOOD=0        1 = mu-plugin that disables the 15 s comment-flood check
#   WP_WORKERS=4         PHP_CLI_SERVER_WORKERS for php -S (parallel requests)
# Debian's wp-config.php picks /etc/wordpress/config-$WORDPRESS_CONFIG.php; each data folder
# gets its own name there, so several sites (tests and demo) can run side by side.
set -euo pipefail

WP_DATA=${WP_DATA:-/tmp/maqal-wordpress}
WP_HOST=${WP_HOST:-127.0.0.1}
WP_PORT=${WP_PORT:-8089}
WP_ANON_COMMENTS=${WP_ANON_COMMENTS:-1}
WP_NO_FLOOD=${WP_NO_FLOOD:-0}
WP_WORKERS=${WP_WORKERS:-4}
WP_URL="http://$WP_HOST:$WP_PORT"
WP_ROOT=/usr/share/wordpress
MY=$WP_DATA/mysql            # mysql-owned: socket, pid, error log
SOCK=$MY/mysqld.sock
CONTENT=$WP_DATA/wp-content  # WP_CONTENT_DIR (Debian default: /var/lib/wordpress/wp-content)
CONFIG_NAME=maqal-$(printf %s "$WP_DATA" | md5sum | cut -c1-12)

log()   { printf '[wordpress start %s] %s\n' "$(date +%T)" "$*" >&2; }
alive() { local st; [ -s "$1" ] && st=$(ps -o stat= -p "$(cat "$1")" 2>/dev/null) && [ "${st#Z}" = "$st" ]; }
die()   { log "ERROR: $*"; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root (writes /etc/wordpress, runs mariadbd --user=mysql)"
for b in mariadbd mariadb-install-db mariadb php curl; do
  command -v "$b" >/dev/null || [ -x "/usr/sbin/$b" ] || die "missing $b"
done
[ -f "$WP_ROOT/wp-load.php" ] || die "Debian package 'wordpress' not installed"

mkdir -p "$WP_DATA"/{run,log} "$MY" "$CONTENT"/{mu-plugins,uploads,plugins,themes}
chown mysql:mysql "$MY"
chmod 755 "$WP_DATA"   # mysqld (user mysql) must traverse it

# ---------------------------------------------------------------- 1. MariaDB
if [ ! -d "$WP_DATA/db/mysql" ]; then
  log "initialising MariaDB datadir"
  mkdir -p "$WP_DATA/db"; chown mysql:mysql "$WP_DATA/db"
  mariadb-install-db --no-defaults --user=mysql --datadir="$WP_DATA/db" \
    --auth-root-authentication-method=socket --skip-test-db \
    >"$WP_DATA/log/install-db.log" 2>&1 || { cat "$WP_DATA/log/install-db.log" >&2; die "mariadb-install-db failed"; }
fi
if ! alive "$MY/mysqld.pid"; then
  log "starting mariadbd"
  # --no-defaults: ignore /etc/mysql/*; --skip-networking: socket only, no :3306 clash
  setsid /usr/sbin/mariadbd --no-defaults --user=mysql --datadir="$WP_DATA/db" \
    --socket="$SOCK" --pid-file="$MY/mysqld.pid" --log-error="$MY/mysqld.err" \
    --skip-networking --innodb-buffer-pool-size=64M \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    </dev/null >/dev/null 2>&1 &
  for _ in $(seq 300); do
    mariadb-admin --no-defaults --socket="$SOCK" -uroot ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  mariadb-admin --no-defaults --socket="$SOCK" -uroot ping >/dev/null 2>&1 \
    || { tail -20 "$MY/mysqld.err" >&2; die "mariadbd did not come up"; }
fi
mariadb --no-defaults --socket="$SOCK" -uroot <<'SQL'
CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'wp'@'localhost' IDENTIFIED BY 'wp';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wp'@'localhost';
SQL

# ------------------------------------------------------- 2. WordPress config
# Debian's /usr/share/wordpress/wp-config.php loads /etc/wordpress/config-<Host
# header without port>.php, so requests to 127.0.0.1:PORT and localhost:PORT
# both need a file there. They just include the real one from $WP_DATA.
if [ ! -f "$WP_DATA/wp-config-ci.php" ]; then
  salts=$(php -r 'foreach (["AUTH_KEY","SECURE_AUTH_KEY","LOGGED_IN_KEY","NONCE_KEY","AUTH_SALT","SECURE_AUTH_SALT","LOGGED_IN_SALT","NONCE_SALT"] as $k) printf("define(%s, %s);\n", var_export($k,true), var_export(bin2hex(random_bytes(32)),true));')
  cat >"$WP_DATA/wp-config-ci.php" <<PHP
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:$SOCK');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
\$table_prefix = 'wp_';
define('WP_HOME', '$WP_URL');
define('WP_SITEURL', '$WP_URL');
define('WP_CONTENT_DIR', '$CONTENT');
define('WP_CONTENT_URL', '$WP_URL/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');   // application passwords over plain http
define('DISABLE_WP_CRON', true);          // no loopback cron requests
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);   // no internet anyway
define('WP_DEBUG', false);
$salts
PHP
fi
mkdir -p /etc/wordpress
printf "<?php require '%s';\n" "$WP_DATA/wp-config-ci.php" >"/etc/wordpress/config-$CONFIG_NAME.php"
# Selects this site's config for PHP files php -S runs itself (wp-admin); the router sets it too.
printf "<?php \$_SERVER['WORDPRESS_CONFIG'] = '%s';\n" "$CONFIG_NAME" >"$WP_DATA/prepend.php"

cat >"$CONTENT/mu-plugins/index.php" <<'PHP'
<?php // Silence is golden.
PHP
if [ "$WP_ANON_COMMENTS" = 1 ]; then
  cat >"$CONTENT/mu-plugins/ci-anon-comments.php" <<'PHP'
<?php
/* Plugin Name: CI - anonymous REST comments */
add_filter('rest_allow_anonymous_comments', '__return_true');
PHP
else rm -f "$CONTENT/mu-plugins/ci-anon-comments.php"; fi
if [ "$WP_NO_FLOOD" = 1 ]; then
  cat >"$CONTENT/mu-plugins/ci-no-flood.php" <<'PHP'
<?php
/* Plugin Name: CI - no comment flood check */
add_filter('wp_is_comment_flood', '__return_false', 99);
PHP
else rm -f "$CONTENT/mu-plugins/ci-no-flood.php"; fi

# Router for php -S: serves WP_CONTENT_DIR under /wp-content (Debian keeps it
# outside the docroot), real files as-is, everything else via index.php
# (pretty permalinks, /wp-json/...).
cat >"$WP_DATA/router.php" <<PHP
<?php
\$_SERVER['WORDPRESS_CONFIG'] = '$CONFIG_NAME';   // this site's /etc/wordpress config
\$content = '$CONTENT';
\$path = rawurldecode(parse_url(\$_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if (strpos(\$path, '..') !== false) { http_response_code(400); return true; }
if (strpos(\$path, '/wp-content/') === 0) {
    \$f = \$content . substr(\$path, strlen('/wp-content'));
    if (is_file(\$f) && !preg_match('/\.php\$/i', \$f)) {
        \$ext = strtolower(pathinfo(\$f, PATHINFO_EXTENSION));
        \$types = ['css'=>'text/css','js'=>'application/javascript','svg'=>'image/svg+xml','json'=>'application/json'];
        header('Content-Type: ' . (\$types[\$ext] ?? mime_content_type(\$f)));
        header('Content-Length: ' . filesize(\$f));
        header('Access-Control-Allow-Origin: *');
        if (\$_SERVER['REQUEST_METHOD'] !== 'HEAD') readfile(\$f);
        return true;
    }
    http_response_code(404); return true;
}
\$f = \$_SERVER['DOCUMENT_ROOT'] . \$path;
if (is_file(\$f)) return false;                                   // static or real .php
if (is_dir(\$f) && is_file(rtrim(\$f, '/') . '/index.php')) return false; // /wp-admin/
\$_SERVER['SCRIPT_NAME'] = \$_SERVER['PHP_SELF'] = '/index.php';
\$_SERVER['SCRIPT_FILENAME'] = \$_SERVER['DOCUMENT_ROOT'] . '/index.php';
require \$_SERVER['DOCUMENT_ROOT'] . '/index.php';
PHP

# ------------------------------------------------- 3. install + seed (CLI)
cat >"$WP_DATA/install.php" <<'PHP'
<?php
// php install.php install|seed   (HTTP_HOST needed by Debian's wp-config.php)
$_SERVER['HTTP_HOST'] = getenv('WP_HTTP_HOST');
$_SERVER['WORDPRESS_CONFIG'] = getenv('WP_CONFIG_NAME');
$_SERVER['SERVER_NAME'] = explode(':', $_SERVER['HTTP_HOST'])[0];
$_SERVER['REQUEST_URI'] = '/'; $_SERVER['REQUEST_METHOD'] = 'GET';
$mode = $argv[1] ?? 'install';
if ($mode === 'install') {
    define('WP_INSTALLING', true);
    require '/usr/share/wordpress/wp-load.php';
    function wp_new_blog_notification() {}      // pluggable: no mail
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    if (is_blog_installed()) { echo "already installed\n"; exit(0); }
    $r = wp_install('Test', 'admin', 'admin@example.com', true, '', 'password');
    echo "installed, user_id={$r['user_id']}\n";
    exit(0);
}
// ---- seed (normal load, mu-plugins active)
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
$out = getenv('WP_FIXTURE');
if ($f = get_option('ci_fixture')) { file_put_contents($out, $f); echo "already seeded\n"; exit(0); }

global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%postname%/');
flush_rewrite_rules(false);                       // soft: option only, no .htaccess
update_option('blogname', 'مقال تجريبي');
update_option('blogdescription', 'موقع تجريبي');
update_option('show_avatars', 0);                 // avatar_urls point at an unreachable host
wp_delete_post(1, true); wp_delete_post(2, true); // Hello world + Sample Page
wp_update_user(['ID' => 1, 'display_name' => 'سارة المحررة', 'nickname' => 'سارة المحررة']);

$news  = wp_insert_term('أخبار', 'category', ['slug' => 'news']);
$sport = wp_insert_term('رياضة', 'category', ['slug' => 'sport']);
function ci_post($title, $content, $excerpt, $cat, $date, $tags = []) {
    $id = wp_insert_post([
        'post_title' => $title, 'post_content' => $content, 'post_excerpt' => $excerpt,
        'post_status' => 'publish', 'post_author' => 1, 'post_category' => [$cat],
        'post_date' => $date, 'post_date_gmt' => $date, 'comment_status' => 'open',
    ], true);
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
    if ($tags) wp_set_post_terms($id, $tags, 'post_tag');
    return $id;
}
$p = fn($text) => "<!-- wp:paragraph -->\n<p>$text</p>\n<!-- /wp:paragraph -->";
// The title has a straight quote pair and an ampersand: WordPress stores them as
// &#8220; &#8221; and &#038; in title.rendered.
$post = ci_post(
    'المغرب & الجزائر: "حوار" جديد حول الساحل',
    $p('افتتح وزيرا الخارجية جولة جديدة من المحادثات في الرباط، وسط ترقب إقليمي واسع.') . "\n\n"
    . "<!-- wp:heading -->\n<h2>خلفية الحوار</h2>\n<!-- /wp:heading -->\n\n"
    . $p('تعود جذور الخلاف إلى عقود، لكن <strong>الملفات الأمنية</strong> في منطقة الساحل فرضت نفسها على جدول الأعمال.') . "\n\n"
    . "<!-- wp:list -->\n<ul><li>الأمن الحدودي</li><li>التجارة</li><li>الهجرة</li></ul>\n<!-- /wp:list -->\n\n"
    . "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><p>الحوار هو الطريق الوحيد.</p></blockquote>\n<!-- /wp:quote -->",
    'ملخص: جولة جديدة من الحوار بين البلدين حول أمن الساحل.',
    $news['term_id'], '2025-04-14 09:00:00', ['ووردبريس', 'اختبار']);
$second = ci_post('تقرير: أسعار الطاقة ترتفع في الأسواق العربية',
    $p('سجلت أسعار الطاقة ارتفاعاً ملحوظاً خلال الأسبوع الماضي.'),
    'ارتفاع ملحوظ في أسعار الطاقة.', $news['term_id'], '2025-04-13 08:30:00', ['اقتصاد']);
// No manual excerpt: WordPress makes one from the content.
$third = ci_post('تحليل: مستقبل النقل العام في المدن الكبرى',
    $p('يواجه النقل العام في المدن الكبرى تحديات متزايدة مع نمو السكان وتوسع العمران.'),
    '', $news['term_id'], '2025-04-12 07:15:00');
$match = ci_post('المنتخب يفوز في المباراة الافتتاحية',
    $p('فاز المنتخب بهدفين نظيفين في المباراة الافتتاحية للبطولة.'),
    'فوز في الافتتاح.', $sport['term_id'], '2025-04-11 20:00:00', ['كرة القدم']);

// featured image: 800x600 PNG generated with GD, real thumbnails via image.php
$im = imagecreatetruecolor(800, 600);
imagefill($im, 0, 0, imagecolorallocate($im, 30, 120, 200));
imagefilledrectangle($im, 200, 150, 600, 450, imagecolorallocate($im, 250, 200, 40));
ob_start(); imagepng($im); $png = ob_get_clean();
$up = wp_upload_bits('ci-featured.png', null, $png);
if ($up['error']) { fwrite(STDERR, $up['error'] . "\n"); exit(1); }
$att = wp_insert_attachment([
    'post_mime_type' => 'image/png', 'post_title' => 'صورة بارزة',
    'post_excerpt' => 'تعليق الصورة: <em>الرباط</em> &amp; الجزائر', 'post_status' => 'inherit',
    'guid' => $up['url'],
], $up['file'], $post);
wp_update_attachment_metadata($att, wp_generate_attachment_metadata($att, $up['file']));
update_post_meta($att, '_wp_attachment_image_alt', 'خريطة الساحل بين المغرب والجزائر');
set_post_thumbnail($post, $att);
set_post_thumbnail($second, $att);

// one approved comment so GET /comments?post=ID has data
$cid = wp_insert_comment(['comment_post_ID' => $post, 'comment_author' => 'قارئ',
    'comment_author_email' => 'reader@example.com', 'comment_content' => 'تعليق معتمد',
    'comment_approved' => 1]);

$app = WP_Application_Passwords::create_new_application_password(1, ['name' => 'ci']);
$fixture = json_encode([
    'url' => home_url(), 'post_id' => $post, 'media_id' => $att,
    'posts' => ['main' => $post, 'second' => $second, 'third' => $third, 'sport' => $match],
    'category_id' => $news['term_id'], 'sport_category_id' => $sport['term_id'],
    'tag_ids' => wp_get_post_terms($post, 'post_tag', ['fields' => 'ids']),
    'comment_id' => $cid, 'user' => 'admin', 'password' => 'password',
    'app_password' => is_wp_error($app) ? null : $app[0],
], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
update_option('ci_fixture', $fixture, false);
file_put_contents($out, $fixture);
echo "seeded posts $post $second $third $match\n";
PHP
export WP_HTTP_HOST="$WP_HOST:$WP_PORT" WP_FIXTURE="$WP_DATA/fixture.json" WP_CONFIG_NAME="$CONFIG_NAME"
php -d display_errors=stderr "$WP_DATA/install.php" install >&2
php -d display_errors=stderr "$WP_DATA/install.php" seed >&2

# ---------------------------------------------------------- 4. php -S server
if ! alive "$WP_DATA/run/php.pid"; then
  if curl -s -o /dev/null "$WP_URL/" 2>/dev/null; then die "port $WP_PORT already in use"; fi
  log "starting php -S $WP_HOST:$WP_PORT"
  PHP_CLI_SERVER_WORKERS=$WP_WORKERS setsid php \
    -d auto_prepend_file="$WP_DATA/prepend.php" \
    -d display_errors=0 -d log_errors=1 -d error_log="$WP_DATA/log/php-error.log" \
    -d upload_max_filesize=16M -d post_max_size=16M \
    -S "$WP_HOST:$WP_PORT" -t "$WP_ROOT" "$WP_DATA/router.php" \
    </dev/null >>"$WP_DATA/log/php-server.log" 2>&1 &
  echo $! >"$WP_DATA/run/php.pid"   # setsid execs in place: $! is the server (and its pgid)
fi
for _ in $(seq 100); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$WP_URL/wp-json/")" = 200 ] && break
  sleep 0.1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$WP_URL/wp-json/")" = 200 ] \
  || { tail -20 "$WP_DATA/log/php-server.log" >&2; die "REST API not responding"; }
log "ready: $WP_URL/wp-json/  fixture: $WP_DATA/fixture.json"
cat "$WP_DATA/fixture.json"; echo
