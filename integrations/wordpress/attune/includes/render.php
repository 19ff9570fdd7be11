<?php
/**
 * The shortcode and the block, rendered by the same code: Attune's snippet (a div whose data-
 * attributes are the checked settings, every one escaped), with embed.js from the practice's
 * own Attune added through wp_enqueue_script.
 *
 * @package Attune
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'script_loader_tag', 'attune_script_tag', 10, 2 );

/**
 * [attune scenarios="saying-no,rescue-and-enable" practice="…" cta_label="…" cta_url="…"].
 * Names may also be written with hyphens, as in the snippet (cta-label).
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string The markup.
 */
function attune_shortcode( $atts ) {
	$kinds    = attune_setting_kinds();
	$given    = array();
	$problems = array();
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		if ( is_int( $name ) ) {
			/* translators: %s: what was written in the shortcode. */
			$problems[] = sprintf( __( '“%s” is not a setting: write name="value"', 'attune' ), attune_shorten( (string) $value ) );
			continue;
		}
		$key = str_replace( '-', '_', strtolower( $name ) );
		if ( ! isset( $kinds[ $key ] ) ) {
			/* translators: %s: the name of a shortcode attribute. */
			$problems[] = sprintf( __( '“%s” is not a setting Attune knows', 'attune' ), attune_shorten( $name ) );
			continue;
		}
		$given[ $key ] = $value;
	}
	$given = shortcode_atts( array_fill_keys( array_keys( $kinds ), '' ), $given, 'attune' );
	return attune_render( $given, $problems, 'class="attune-embed"' );
}

/**
 * The block's server-side render: its attributes are the shortcode's names in camelCase.
 *
 * @param array $attributes The block's attributes.
 * @return string The markup.
 */
function attune_render_block( $attributes ) {
	$given = array();
	foreach ( array_keys( attune_setting_kinds() ) as $key ) {
		$camel = lcfirst( str_replace( '_', '', ucwords( $key, '_' ) ) );
		if ( isset( $attributes[ $camel ] ) ) {
			$given[ $key ] = $attributes[ $camel ];
		}
	}
	return attune_render( $given, array(), get_block_wrapper_attributes( array( 'class' => 'attune-embed' ) ) );
}

/**
 * Attune's snippet for the given settings, the site's defaults filling what is not given.
 * An unusable value is left out (Attune's default applies) and, for people who can edit posts,
 * named in a note above the widget; visitors never see the note.
 *
 * @param array  $given    Settings by shortcode name.
 * @param array  $problems Problems found already, in plain words.
 * @param string $wrapper  The wrapper div's attributes, already escaped.
 * @return string The markup.
 */
function attune_render( array $given, array $problems, $wrapper ) {
	$options  = attune_options();
	$settings = array();
	// A call to action, or a help line, is one thing: when the shortcode or block writes any part
	// of it, the site's defaults fill none of it, so an author's label never meets another link.
	$whole = array();
	foreach ( array( array( 'cta_label', 'cta_url' ), array( 'help_text', 'help_phone', 'help_url' ) ) as $group ) {
		foreach ( $group as $key ) {
			if ( isset( $given[ $key ] ) && is_scalar( $given[ $key ] ) && '' !== trim( (string) $given[ $key ] ) ) {
				$whole += array_fill_keys( $group, true );
			}
		}
	}
	foreach ( attune_setting_kinds() as $key => $kind ) {
		list( $value, $why ) = attune_check_setting( $key, $given[ $key ] ?? '' );
		if ( null === $value ) {
			/* translators: 1: a setting's name, 2: what it must be. */
			$problems[] = sprintf( __( '“%1$s” %2$s, so it was left out', 'attune' ), $key, $why );
			$value      = '';
		} elseif ( '' !== $why ) {
			/* translators: 1: a setting's name, 2: what it must be. */
			$problems[] = sprintf( __( '“%1$s” %2$s; the others are used', 'attune' ), $key, $why );
		}
		if ( '' === $value && ! empty( $kind['default'] ) && empty( $whole[ $key ] ) ) {
			list( $value ) = attune_check_setting( $key, $options[ $key ] );
		}
		if ( null !== $value && '' !== $value ) {
			$settings[ $key ] = $value;
		}
	}
	if ( isset( $settings['cta_label'] ) !== isset( $settings['cta_url'] ) ) {
		$problems[] = __( 'the call to action needs both “cta_label” and “cta_url” (https://), so it was left out', 'attune' );
		unset( $settings['cta_label'], $settings['cta_url'] );
	}

	$address = attune_clean_address( $options['address'] );
	if ( null === $address ) {
		$problems[] = __( "Attune's address is not set yet: an administrator sets it in Settings → Attune", 'attune' );
		return attune_editor_note( $problems );
	}
	attune_enqueue_embed( $address );

	$data  = ' data-attune=""';
	$query = array();
	foreach ( $settings as $key => $value ) {
		$name  = str_replace( '_', '-', $key );
		$data .= ' data-' . $name . '="' . esc_attr( $value ) . '"';
		if ( 'title' !== $key && 'events' !== $key ) {
			$query[ $name ] = rawurlencode( $value );
		}
	}
	// Until embed.js replaces it with Attune's frame (and wherever scripts do not run: feeds,
	// readers, a blocked script), the div holds a plain link to the same stories.
	$fallback = add_query_arg( $query, $address ) . '#/';
	return attune_editor_note( $problems )
		. '<div ' . $wrapper . $data . '><p><a href="' . esc_url( $fallback ) . '">'
		. esc_html__( 'Open Attune: short, interactive stories about relationship patterns', 'attune' )
		. '</a></p></div>';
}

/**
 * Adds embed.js from the practice's Attune, once per page, in the footer and asynchronously.
 *
 * @param string $address Attune's address, ending in "/".
 */
function attune_enqueue_embed( $address ) {
	if ( ! wp_script_is( 'attune-embed', 'registered' ) ) {
		// No version query: embed.js is Attune's, and Attune's server decides how it is cached.
		// The array is WordPress 6.3's loading strategy; before 6.3 it reads as "in the footer",
		// and attune_script_tag() adds async.
		wp_register_script( 'attune-embed', $address . 'embed.js', array(), null, array( 'in_footer' => true, 'strategy' => 'async' ) ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
	}
	wp_enqueue_script( 'attune-embed' );
}

/**
 * Marks embed.js async where WordPress did not (before 6.3).
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string The tag.
 */
function attune_script_tag( $tag, $handle ) {
	if ( 'attune-embed' !== $handle || preg_match( '/<script\b[^>]*\s(async|defer)[\s=>]/', $tag ) ) {
		return $tag;
	}
	return preg_replace( '/<script\b/', '<script async', $tag, 1 );
}

/**
 * A note naming the problems, for people who can edit posts only; '' for everyone else.
 *
 * @param string[] $problems Problems in plain words.
 * @return string The markup.
 */
function attune_editor_note( array $problems ) {
	if ( ! $problems || ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	$items = '';
	foreach ( array_slice( $problems, 0, 10 ) as $problem ) {
		$items .= '<li>' . esc_html( $problem ) . '</li>';
	}
	return '<div class="attune-note" role="note" style="border-left:4px solid #d63638;padding:0.5em 1em;margin:1em 0">'
		. '<p><strong>' . esc_html__( 'Attune (only people who can edit this site see this note):', 'attune' ) . '</strong></p>'
		. '<ul>' . $items . '</ul></div>';
}
