<?php
/**
 * Attune's settings: what each one may hold, checked on the server before anything is written
 * into a page. The rules follow Attune's own (crates/engine/src/embed.rs in Attune's
 * repository), so a value the plugin lets through is one Attune accepts; the plugin is
 * stricter where WordPress asks it to be (https:// only for links).
 *
 * @package Attune
 */

defined( 'ABSPATH' ) || exit;

/** The option that holds the Attune address and the site-wide defaults. */
const ATTUNE_OPTION = 'attune_settings';

/** Attune's own limits: a label is at most 80 characters, any value at most 500. */
const ATTUNE_MAX_LABEL = 80;
const ATTUNE_MAX_VALUE = 500;

/**
 * Every setting a shortcode or block may give, by its shortcode name (the snippet's data-
 * attribute is the same name with hyphens, the block's attribute the same in camelCase), with
 * its kind of value. `default` marks the ones the settings page offers as site-wide defaults.
 *
 * @return array<string, array{kind: string, default?: bool}>
 */
function attune_setting_kinds() {
	return array(
		'scenarios' => array( 'kind' => 'ids', 'default' => true ),
		'start'     => array( 'kind' => 'id' ),
		'practice'  => array( 'kind' => 'label', 'default' => true ),
		'cta_label' => array( 'kind' => 'label', 'default' => true ),
		'cta_url'   => array( 'kind' => 'url', 'default' => true ),
		'locale'    => array( 'kind' => 'locale', 'default' => true ),
		'theme'     => array( 'kind' => 'theme', 'default' => true ),
		'accent'    => array( 'kind' => 'colour', 'default' => true ),
		'font'      => array( 'kind' => 'font', 'default' => true ),
		'radius'    => array( 'kind' => 'radius', 'default' => true ),
		'help_text' => array( 'kind' => 'text', 'default' => true ),
		'help_phone' => array( 'kind' => 'phone', 'default' => true ),
		'help_url'  => array( 'kind' => 'url', 'default' => true ),
		'hide'      => array( 'kind' => 'hide', 'default' => true ),
		'exit_url'  => array( 'kind' => 'url', 'default' => true ),
		'private'   => array( 'kind' => 'onoff', 'default' => true ),
		'events'    => array( 'kind' => 'onoff' ),
		'title'     => array( 'kind' => 'label' ),
	);
}

/**
 * Checks one setting's value.
 *
 * @param string $key   A name from attune_setting_kinds().
 * @param mixed  $value What the author or administrator wrote.
 * @return array{0: string|null, 1: string} The value to use ('' for "not set", null when it is
 *                                          unusable) and, when not all of it can be used, why,
 *                                          in plain words (a list keeps its usable items).
 */
function attune_check_setting( $key, $value ) {
	$kinds = attune_setting_kinds();
	if ( ! isset( $kinds[ $key ] ) ) {
		return array( null, __( 'is not a setting Attune knows', 'attune' ) );
	}
	if ( is_bool( $value ) ) {
		$value = $value ? 'on' : 'off';
	}
	if ( ! is_scalar( $value ) ) {
		return array( null, __( 'must be text', 'attune' ) );
	}
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return array( '', '' );
	}
	if ( strlen( $value ) > ATTUNE_MAX_VALUE || ! wp_check_invalid_utf8( $value ) ) {
		return array( null, __( 'is too long, or not text', 'attune' ) );
	}

	switch ( $kinds[ $key ]['kind'] ) {
		case 'ids':
			// Like Attune: an id that cannot be one is named and left out, and the others still apply.
			$ids = array();
			$bad = array();
			foreach ( explode( ',', $value ) as $id ) {
				$id = trim( $id );
				if ( '' === $id ) {
					continue;
				}
				if ( attune_is_id( $id ) ) {
					$ids[ $id ] = true;
				} else {
					$bad[] = $id;
				}
			}
			if ( ! $bad ) {
				return array( implode( ',', array_keys( $ids ) ), '' );
			}
			return array(
				$ids ? implode( ',', array_keys( $ids ) ) : null,
				/* translators: %s: the ids that cannot be scenario ids. */
				sprintf( __( 'must be scenario ids (a-z, 0-9 and -) separated by commas, like saying-no,rescue-and-enable, not “%s”', 'attune' ), attune_shorten( implode( ', ', $bad ) ) ),
			);
		case 'id':
			return attune_is_id( $value )
				? array( $value, '' )
				: array( null, __( 'must be one scenario id (a-z, 0-9 and -), like saying-no', 'attune' ) );
		case 'label':
			return attune_is_plain_text( $value, ATTUNE_MAX_LABEL )
				? array( $value, '' )
				/* translators: %d: the longest a label may be. */
				: array( null, sprintf( __( 'must be plain text of at most %d characters', 'attune' ), ATTUNE_MAX_LABEL ) );
		case 'text':
			return attune_is_plain_text( $value, 200 )
				? array( $value, '' )
				: array( null, __( 'must be plain text of at most 200 characters', 'attune' ) );
		case 'url':
			$url = attune_https_url( $value );
			return null !== $url
				? array( $url, '' )
				: array( null, __( 'must be an https:// address', 'attune' ) );
		case 'locale':
			// Attune's languages are folders named by their code (en, es, …); it names a code it lacks.
			return preg_match( '/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/', $value )
				? array( $value, '' )
				: array( null, __( 'must be a language code, like en or es', 'attune' ) );
		case 'theme':
			return in_array( $value, array( 'light', 'dark', 'system' ), true )
				? array( $value, '' )
				: array( null, __( 'must be light, dark or system', 'attune' ) );
		case 'colour':
			return preg_match( '/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/', $value )
				? array( strtolower( $value ), '' )
				: array( null, __( 'must be a colour like #2f6f73', 'attune' ) );
		case 'font':
			// Installed fonts only: nothing that could reach a stylesheet as anything but names.
			return strlen( $value ) <= 200 && preg_match( '/^[A-Za-z0-9 ,\'"-]+$/', $value )
				? array( $value, '' )
				: array( null, __( 'must be a list of font names, like Georgia, serif', 'attune' ) );
		case 'radius':
			return preg_match( '/^[0-9]{1,2}$/', $value ) && (int) $value <= 32
				? array( (string) (int) $value, '' )
				: array( null, __( 'must be a number of pixels from 0 to 32', 'attune' ) );
		case 'phone':
			$digits = preg_match_all( '/[0-9]/', $value );
			return strlen( $value ) <= 30 && $digits >= 3 && $digits <= 20 && preg_match( '/^[0-9 +\-().]+$/', $value )
				? array( $value, '' )
				: array( null, __( 'must be a phone number (digits, spaces, + - ( ))', 'attune' ) );
		case 'hide':
			$parts = array();
			foreach ( explode( ',', $value ) as $part ) {
				$part = trim( $part );
				if ( '' === $part ) {
					continue;
				}
				if ( ! in_array( $part, array( 'notes', 'pattern', 'sources' ), true ) ) {
					return array( null, __( 'may list only notes, pattern and sources', 'attune' ) );
				}
				$parts[ $part ] = true;
			}
			return array( implode( ',', array_keys( $parts ) ), '' );
		case 'onoff':
			if ( in_array( $value, array( 'on', 'true', '1', 'yes' ), true ) ) {
				return array( 'on', '' );
			}
			if ( in_array( $value, array( 'off', 'false', '0', 'no' ), true ) ) {
				return array( 'off', '' );
			}
			return array( null, __( 'must be on or off', 'attune' ) );
	}
	return array( null, __( 'is not a setting Attune knows', 'attune' ) );
}

/**
 * Whether a scenario id has Attune's shape.
 *
 * @param string $id The id.
 */
function attune_is_id( $id ) {
	return 1 === preg_match( '/^[a-z0-9-]{1,64}$/', $id );
}

/**
 * Text cut to 40 characters, for naming what an author wrote in a problem.
 *
 * @param string $text The text.
 */
function attune_shorten( $text ) {
	return mb_strlen( $text, 'UTF-8' ) > 40 ? mb_substr( $text, 0, 40, 'UTF-8' ) . '…' : $text;
}

/**
 * Plain text: at most $max characters and no control characters (so no line breaks either).
 *
 * @param string $value The text.
 * @param int    $max   The most characters allowed.
 */
function attune_is_plain_text( $value, $max ) {
	return mb_strlen( $value, 'UTF-8' ) <= $max && 0 === preg_match( '/\p{Cc}/u', $value );
}

/**
 * An https:// address, as WordPress cleans it (esc_url_raw with https as the only protocol),
 * with a host and none of the characters Attune refuses in an address; otherwise null.
 *
 * @param string $value The address.
 */
function attune_https_url( $value ) {
	if ( preg_match( '/[\s<>"\'`]/', $value ) ) {
		return null;
	}
	$url = esc_url_raw( $value, array( 'https' ) );
	if ( '' === $url || strlen( $url ) > ATTUNE_MAX_VALUE ) {
		return null;
	}
	$parts = wp_parse_url( $url );
	if ( ! is_array( $parts ) || 'https' !== strtolower( $parts['scheme'] ?? '' ) || empty( $parts['host'] ) ) {
		return null;
	}
	return $url;
}

/**
 * The Attune address as stored: https://… (or http:// on this computer, for trying Attune out
 * locally), without query or fragment, ending in "/": embed.js and the app sit in that folder.
 *
 * @param string $value What the administrator typed, e.g. https://attune.example.org/.
 * @return string|null The address, or null when it cannot be Attune's.
 */
function attune_clean_address( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value || strlen( $value ) > 300 || preg_match( '/[\s<>"\'`]/', $value ) ) {
		return null;
	}
	$url   = esc_url_raw( $value, array( 'https', 'http' ) );
	$parts = wp_parse_url( $url );
	if ( '' === $url || ! is_array( $parts ) || empty( $parts['host'] ) ) {
		return null;
	}
	$scheme = strtolower( $parts['scheme'] ?? '' );
	$host   = strtolower( $parts['host'] );
	$local  = in_array( $host, array( 'localhost', '127.0.0.1', '[::1]' ), true );
	if ( 'https' !== $scheme && ! ( 'http' === $scheme && $local ) ) {
		return null;
	}
	if ( isset( $parts['user'] ) || isset( $parts['pass'] ) ) {
		return null;
	}
	$path = $parts['path'] ?? '/';
	$path = preg_replace( '#/(index\.html|embed\.js)$#', '/', $path );
	if ( '/' !== substr( $path, -1 ) ) {
		$path .= '/';
	}
	$port = isset( $parts['port'] ) ? ':' . (int) $parts['port'] : '';
	return $scheme . '://' . $host . $port . $path;
}

/**
 * The stored option, with every key present.
 *
 * @return array<string, string>
 */
function attune_options() {
	$stored   = get_option( ATTUNE_OPTION, array() );
	$stored   = is_array( $stored ) ? $stored : array();
	$defaults = array( 'address' => '' );
	foreach ( attune_setting_kinds() as $key => $kind ) {
		if ( ! empty( $kind['default'] ) ) {
			$defaults[ $key ] = '';
		}
	}
	return array_merge( $defaults, array_intersect_key( array_map( 'strval', array_filter( $stored, 'is_scalar' ) ), $defaults ) );
}

/**
 * Registers the option with its sanitize callback (the Settings API checks the nonce and
 * manage_options on options.php; this checks every value).
 */
function attune_register_setting() {
	register_setting(
		'attune',
		ATTUNE_OPTION,
		array(
			'type'              => 'array',
			'description'       => __( "Attune's address and the defaults for every Attune on this site.", 'attune' ),
			'sanitize_callback' => 'attune_sanitize_options',
			'show_in_rest'      => false,
			'default'           => array(),
		)
	);
}

/**
 * The settings page's sanitize callback: keeps each valid value, and for each unusable one
 * keeps what was saved before and says why.
 *
 * @param mixed $input The submitted settings.
 * @return array<string, string>
 */
function attune_sanitize_options( $input ) {
	$input    = is_array( $input ) ? $input : array(); // options.php has unslashed it.
	$previous = attune_options();
	$clean    = array();

	$address = isset( $input['address'] ) ? trim( (string) $input['address'] ) : '';
	if ( '' === $address ) {
		$clean['address'] = '';
	} else {
		$checked = attune_clean_address( $address );
		if ( null === $checked ) {
			$clean['address'] = $previous['address'];
			attune_settings_error(
				'address',
				__( "Attune's address must be an https:// address, like https://attune.example.org/ (http:// only for localhost or 127.0.0.1). The previous address was kept.", 'attune' )
			);
		} else {
			$clean['address'] = $checked;
		}
	}

	foreach ( attune_setting_kinds() as $key => $kind ) {
		if ( empty( $kind['default'] ) ) {
			continue;
		}
		$value = $input[ $key ] ?? '';
		if ( 'onoff' === $kind['kind'] ) {
			// A checkbox: present is on, absent is the default (off).
			$value = '' === $value || 'off' === $value ? '' : $value;
		}
		list( $checked, $why ) = attune_check_setting( $key, $value );
		if ( '' !== $why ) {
			$clean[ $key ] = $previous[ $key ];
			attune_settings_error(
				$key,
				/* translators: 1: a setting's label, 2: what it must be. */
				sprintf( __( '%1$s %2$s; the previous value was kept.', 'attune' ), attune_setting_label( $key ), $why )
			);
		} else {
			$clean[ $key ] = 'onoff' === $kind['kind'] && 'off' === $checked ? '' : $checked;
		}
	}

	if ( ( '' === $clean['cta_label'] ) !== ( '' === $clean['cta_url'] ) ) {
		attune_settings_error( 'cta', __( 'The call to action needs both its label and its address; Attune shows neither until both are set.', 'attune' ) );
	}
	return $clean;
}

/**
 * Adds a settings error once (WordPress may sanitize the option twice on its first save).
 *
 * @param string $code    Which setting.
 * @param string $message What is wrong, in plain words.
 */
function attune_settings_error( $code, $message ) {
	if ( ! function_exists( 'add_settings_error' ) ) {
		return; // Saved outside the admin screens: the value is checked all the same.
	}
	foreach ( get_settings_errors( ATTUNE_OPTION ) as $error ) {
		if ( $error['code'] === 'attune-' . $code ) {
			return;
		}
	}
	add_settings_error( ATTUNE_OPTION, 'attune-' . $code, $message, 'error' );
}

/**
 * A setting's name as the settings page shows it.
 *
 * @param string $key A name from attune_setting_kinds().
 */
function attune_setting_label( $key ) {
	$labels = array(
		'scenarios'  => __( 'Scenarios', 'attune' ),
		'practice'   => __( "Practice's name", 'attune' ),
		'cta_label'  => __( 'Call to action', 'attune' ),
		'cta_url'    => __( "Call to action's address", 'attune' ),
		'locale'     => __( 'Language', 'attune' ),
		'theme'      => __( 'Colours', 'attune' ),
		'accent'     => __( 'Accent colour', 'attune' ),
		'font'       => __( 'Font', 'attune' ),
		'radius'     => __( 'Corner radius', 'attune' ),
		'help_text'  => __( 'Your help line', 'attune' ),
		'help_phone' => __( "Help line's phone number", 'attune' ),
		'help_url'   => __( "Help line's address", 'attune' ),
		'hide'       => __( 'Leave out', 'attune' ),
		'exit_url'   => __( 'Quick exit goes to', 'attune' ),
		'private'    => __( 'Private visits', 'attune' ),
	);
	return $labels[ $key ] ?? $key;
}
