<?php
/**
 * What editor.js needs (WordPress reads this beside a block's script). editor.js is plain
 * JavaScript using WordPress's globals, so there is no build step and this file is written by hand.
 *
 * @package Attune
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '1.0.0',
);
