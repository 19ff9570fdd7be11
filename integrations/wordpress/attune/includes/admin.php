<?php
/**
 * Settings → Attune: the Attune address and the defaults, for people who can manage options.
 * Built with the Settings API: options.php checks the nonce settings_fields() writes and the
 * manage_options capability; attune_sanitize_options() checks every value.
 *
 * @package Attune
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_menu', 'attune_admin_menu' );
add_action( 'admin_init', 'attune_admin_fields' );
add_action( 'enqueue_block_editor_assets', 'attune_block_editor_data' );
add_filter( 'plugin_action_links_' . plugin_basename( ATTUNE_PLUGIN_FILE ), 'attune_action_links' );

/** Adds Settings → Attune. */
function attune_admin_menu() {
	add_options_page(
		__( 'Attune', 'attune' ),
		__( 'Attune', 'attune' ),
		'manage_options',
		'attune',
		'attune_settings_page'
	);
}

/**
 * A "Settings" link beside Deactivate on the Plugins screen.
 *
 * @param string[] $links The row's links.
 * @return string[]
 */
function attune_action_links( $links ) {
	if ( current_user_can( 'manage_options' ) ) {
		array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=attune' ) ) . '">' . esc_html__( 'Settings', 'attune' ) . '</a>' );
	}
	return $links;
}

/** The page's sections and fields. */
function attune_admin_fields() {
	add_settings_section(
		'attune_address',
		__( 'Your Attune', 'attune' ),
		'attune_section_address',
		'attune'
	);
	attune_field( 'address', __( "Attune's address", 'attune' ), 'attune_address', 'url', __( "Where your practice's Attune is served, e.g. https://attune.example.org/. The plugin loads embed.js from there and nothing else: it makes no other requests, and sends nothing anywhere.", 'attune' ) );

	add_settings_section(
		'attune_defaults',
		__( 'Defaults for every Attune on this site', 'attune' ),
		'attune_section_defaults',
		'attune'
	);
	$fields = array(
		'practice'   => array( 'text', __( "Shown in Attune's header, e.g. Riverside Counselling. At most 80 characters.", 'attune' ) ),
		'cta_label'  => array( 'text', __( 'Shown at every ending and on About, e.g. Book a first session. Needs its address below.', 'attune' ) ),
		'cta_url'    => array( 'url', __( 'https:// only.', 'attune' ) ),
		'scenarios'  => array( 'text', __( 'Scenario ids, in the order listed, separated by commas (e.g. saying-no,rescue-and-enable). Empty lists them all. The embed builder (builder.html beside Attune) shows every id.', 'attune' ) ),
		'locale'     => array( 'locale', '' ),
		'theme'      => array( 'theme', '' ),
		'accent'     => array( 'text', __( 'A colour like #1a5e63; Attune ignores it where text would be hard to read.', 'attune' ) ),
		'font'       => array( 'text', __( 'Installed fonts only, e.g. Georgia, serif (nothing is downloaded).', 'attune' ) ),
		'radius'     => array( 'text', __( 'Corners, 0 to 32 pixels.', 'attune' ) ),
		'help_text'  => array( 'text', __( 'Your own help line, listed first on the help page.', 'attune' ) ),
		'help_phone' => array( 'text', '' ),
		'help_url'   => array( 'url', __( 'https:// only.', 'attune' ) ),
		'hide'       => array( 'text', __( 'Any of notes, pattern, sources, separated by commas.', 'attune' ) ),
		'exit_url'   => array( 'url', __( "Where the quick exit takes the visitor (and your page with them). https:// only. Empty: a weather page.", 'attune' ) ),
		'private'    => array( 'checkbox', __( "Every visit is a private visit: nothing is saved on the visitor's device.", 'attune' ) ),
	);
	foreach ( $fields as $key => $field ) {
		attune_field( $key, attune_setting_label( $key ), 'attune_defaults', $field[0], $field[1] );
	}
}

/**
 * Adds one field.
 *
 * @param string $key         The setting.
 * @param string $label       Its label.
 * @param string $section     Its section.
 * @param string $type        text, url, checkbox, locale or theme.
 * @param string $description A line under it.
 */
function attune_field( $key, $label, $section, $type, $description ) {
	add_settings_field(
		'attune-' . $key,
		$label,
		'attune_render_field',
		'attune',
		$section,
		array(
			'key'         => $key,
			'type'        => $type,
			'description' => $description,
			'label_for'   => 'attune-' . $key,
		)
	);
}

/**
 * One field's input.
 *
 * @param array $args From attune_field().
 */
function attune_render_field( $args ) {
	$options = attune_options();
	$key     = $args['key'];
	$id      = 'attune-' . $key;
	$name    = ATTUNE_OPTION . '[' . $key . ']';
	$value   = $options[ $key ] ?? '';
	$help    = '' !== $args['description'] ? $id . '-help' : '';
	$aria    = $help ? ' aria-describedby="' . esc_attr( $help ) . '"' : '';

	switch ( $args['type'] ) {
		case 'checkbox':
			echo '<input type="checkbox" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="on"' . checked( 'on', $value, false ) . $aria . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- checked() and $aria are escaped.
			break;
		case 'locale':
		case 'theme':
			$choices = 'locale' === $args['type']
				? array(
					''   => __( "Follow the visitor's browser", 'attune' ),
					'en' => 'English',
					'es' => 'Español',
				)
				: array(
					''      => __( "Follow the visitor's device", 'attune' ),
					'light' => __( 'Light', 'attune' ),
					'dark'  => __( 'Dark', 'attune' ),
				);
			echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '"' . $aria . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- $aria is escaped.
			foreach ( $choices as $choice => $label ) {
				echo '<option value="' . esc_attr( $choice ) . '"' . selected( $choice, $value, false ) . '>' . esc_html( $label ) . '</option>';
			}
			echo '</select>';
			break;
		default:
			$type = 'url' === $args['type'] ? 'url' : 'text';
			echo '<input type="' . esc_attr( $type ) . '" class="regular-text" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $value ) . '"' . $aria . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- $aria is escaped.
	}
	if ( $help ) {
		echo '<p class="description" id="' . esc_attr( $help ) . '">' . esc_html( $args['description'] ) . '</p>';
	}
}

/** The address section's introduction: what Attune's server must allow. */
function attune_section_address() {
	$home   = wp_parse_url( home_url() );
	$origin = ( $home['scheme'] ?? 'https' ) . '://' . ( $home['host'] ?? '' ) . ( isset( $home['port'] ) ? ':' . (int) $home['port'] : '' );
	echo '<p>' . esc_html__( "Attune's server must allow this site to show Attune in a frame: whoever runs your Attune adds this address to its frame-ancestors (see Attune's docs/hosting.md):", 'attune' )
		. ' <code>' . esc_html( $origin ) . '</code></p>';
}

/** The defaults section's introduction: where they apply and how to override them. */
function attune_section_defaults() {
	echo '<p>' . esc_html__( 'Every Attune block and [attune] shortcode on this site uses these unless it sets its own. For example:', 'attune' ) . '</p>'
		. '<p><code>[attune scenarios="saying-no,rescue-and-enable" practice="Riverside Counselling" cta_label="Book a first session" cta_url="https://riverside.example/book"]</code></p>'
		. '<p>' . esc_html__( 'The shortcode also takes start, title and events; see the plugin\'s readme.', 'attune' ) . '</p>';
}

/** The page itself. */
function attune_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'attune' );
	do_settings_sections( 'attune' );
	submit_button();
	echo '</form></div>';
}

/** Gives the block's editor script the Attune address, for its link to the embed builder. */
function attune_block_editor_data() {
	$address = attune_clean_address( attune_options()['address'] );
	wp_add_inline_script(
		'attune-embed-editor-script',
		'window.attuneBlockSettings = ' . wp_json_encode(
			array(
				'address'  => $address ? $address : '',
				'settings' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=attune' ) : '',
			)
		) . ';',
		'before'
	);
}
