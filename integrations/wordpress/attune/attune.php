<?php
/**
 * Plugin Name:       Attune
 * Description:       Puts Attune's short, interactive stories about relationship patterns on your pages, with a block or the [attune] shortcode, for every author on your site. Attune runs from your practice's own Attune address; nothing else is contacted.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The Attune project
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       attune
 *
 * @package Attune
 */

/*
 * Why a plugin, rather than Attune's snippet in a Custom HTML block: WordPress removes <script>
 * and <iframe> from what a user without the unfiltered_html capability saves (Authors and
 * Contributors everywhere; Editors and Administrators on multisite and on hosts that set
 * DISALLOW_UNFILTERED_HTML). A shortcode or a block is plain text in the post; the plugin, not
 * the post, writes the markup and adds embed.js, so it works for every role that can publish.
 */

defined( 'ABSPATH' ) || exit;

define( 'ATTUNE_PLUGIN_VERSION', '1.0.0' );
define( 'ATTUNE_PLUGIN_FILE', __FILE__ );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/admin.php';

add_action( 'init', 'attune_init' );

/**
 * Registers the shortcode, the block (its editor script comes from block.json) and the option.
 */
function attune_init() {
	add_shortcode( 'attune', 'attune_shortcode' );
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'attune_render_block' ) );
	attune_register_setting();
}
