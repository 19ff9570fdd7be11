<?php
/**
 * Removes what the plugin stored: its one option (on every site of a multisite network).
 * Posts keep their [attune] shortcodes and Attune blocks, as text.
 *
 * @package Attune
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $attune_site ) {
		switch_to_blog( $attune_site );
		delete_option( 'attune_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'attune_settings' );
}
