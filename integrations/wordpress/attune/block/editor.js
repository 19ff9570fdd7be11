/**
 * The Attune block in the editor: plain JavaScript on WordPress's globals (wp.blocks,
 * wp.element, wp.blockEditor, wp.components, wp.i18n), so there is no build step. The block is
 * dynamic: it saves only its settings, and the server renders it with the shortcode's code,
 * which checks every value. The editor shows a summary, not Attune itself: it contacts nothing.
 *
 * @package Attune
 */
( function ( wp ) {
	'use strict';
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var blockEditor = wp.blockEditor;
	var components = wp.components;
	var site = window.attuneBlockSettings || { address: '', settings: '' };

	// Hints only; the server decides (and names a value it left out, to editors, above the block).
	var ID_LIST = /^\s*[a-z0-9-]{1,64}(\s*,\s*[a-z0-9-]{1,64})*\s*$/;
	var HTTPS = /^https:\/\/[^\s<>"'`]+$/;

	function hint( value, ok, problem ) {
		return value && ! ok.test( value ) ? problem : undefined;
	}

	function Edit( props ) {
		var a = props.attributes;
		var set = function ( name ) {
			return function ( value ) {
				var next = {};
				next[ name ] = value;
				props.setAttributes( next );
			};
		};
		var text = function ( name, label, help, problem, pattern ) {
			return el( components.TextControl, {
				label: label,
				value: a[ name ],
				onChange: set( name ),
				help: hint( a[ name ], pattern || /[\s\S]*/, problem ) || help,
			} );
		};
		var choice = function ( name, label, options ) {
			return el( components.SelectControl, { label: label, value: a[ name ], options: options, onChange: set( name ) } );
		};
		var fromSite = __( 'Empty: the site\u2019s default (Settings \u2192 Attune).', 'attune' );
		var builder = site.address ? site.address + 'builder.html' : '';

		var inspector = el(
			blockEditor.InspectorControls,
			null,
			el(
				components.PanelBody,
				{ title: __( 'Stories', 'attune' ), initialOpen: true },
				text(
					'scenarios',
					__( 'Scenarios (ids, in this order)', 'attune' ),
					__( 'e.g. saying-no,rescue-and-enable. ', 'attune' ) + fromSite,
					__( 'Scenario ids are a-z, 0-9 and -, separated by commas.', 'attune' ),
					ID_LIST
				),
				text( 'start', __( 'Open this scenario first', 'attune' ), __( 'Optional: one scenario id.', 'attune' ), __( 'One scenario id: a-z, 0-9 and -.', 'attune' ), /^[a-z0-9-]{1,64}$/ ),
				builder
					? el( 'p', null, el( components.ExternalLink, { href: builder }, __( 'See every scenario in the embed builder', 'attune' ) ) )
					: null
			),
			el(
				components.PanelBody,
				{ title: __( 'Your practice', 'attune' ), initialOpen: true },
				text( 'practice', __( 'Practice name', 'attune' ), fromSite ),
				text( 'ctaLabel', __( 'Call to action, at endings and on About', 'attune' ), __( 'e.g. Book a first session. Needs its address.', 'attune' ) ),
				text( 'ctaUrl', __( 'Its address (https://\u2026)', 'attune' ), fromSite, __( 'Must start with https://', 'attune' ), HTTPS )
			),
			el(
				components.PanelBody,
				{ title: __( 'Language and look', 'attune' ), initialOpen: false },
				choice( 'locale', __( 'Language', 'attune' ), [
					{ value: '', label: __( 'Site default', 'attune' ) },
					{ value: 'en', label: 'English' },
					{ value: 'es', label: 'Espa\u00f1ol' },
				] ),
				choice( 'theme', __( 'Colours', 'attune' ), [
					{ value: '', label: __( 'Site default', 'attune' ) },
					{ value: 'system', label: __( 'The visitor\u2019s device', 'attune' ) },
					{ value: 'light', label: __( 'Light', 'attune' ) },
					{ value: 'dark', label: __( 'Dark', 'attune' ) },
				] ),
				text( 'accent', __( 'Accent colour', 'attune' ), __( 'e.g. #1a5e63. ', 'attune' ) + fromSite, __( 'A colour like #1a5e63.', 'attune' ), /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/ ),
				text( 'title', __( 'Frame title (for screen readers)', 'attune' ), __( 'Optional.', 'attune' ) )
			),
			el(
				components.PanelBody,
				{ title: __( 'Privacy and safety', 'attune' ), initialOpen: false },
				choice( 'private', __( 'Private visits', 'attune' ), [
					{ value: '', label: __( 'Site default', 'attune' ) },
					{ value: 'on', label: __( 'On: nothing saved on the visitor\u2019s device', 'attune' ) },
					{ value: 'off', label: __( 'Off', 'attune' ) },
				] ),
				text( 'hide', __( 'Leave out', 'attune' ), __( 'Any of notes, pattern, sources. ', 'attune' ) + fromSite ),
				text( 'exitUrl', __( 'Quick exit goes to (https://\u2026)', 'attune' ), fromSite, __( 'Must start with https://', 'attune' ), HTTPS )
			)
		);

		var summary = [
			[ __( 'Scenarios', 'attune' ), a.scenarios || __( 'site default', 'attune' ) ],
			[ __( 'Practice', 'attune' ), a.practice || __( 'site default', 'attune' ) ],
			[ __( 'Call to action', 'attune' ), a.ctaLabel ? a.ctaLabel + ( a.ctaUrl ? ' \u2192 ' + a.ctaUrl : '' ) : __( 'site default', 'attune' ) ],
		];
		var placeholder = el(
			components.Placeholder,
			{
				icon: 'heart',
				label: __( 'Attune', 'attune' ),
				instructions: site.address
					? __( 'Attune\u2019s stories appear here on the published page. Its settings are in the block\u2019s sidebar.', 'attune' )
					: __( 'Attune has no address yet: an administrator sets it in Settings \u2192 Attune. Until then the published page shows nothing here.', 'attune' ),
			},
			el(
				'dl',
				{ className: 'attune-block-summary' },
				summary.map( function ( row ) {
					return el( wp.element.Fragment, { key: row[ 0 ] }, el( 'dt', null, row[ 0 ] ), el( 'dd', null, row[ 1 ] ) );
				} )
			)
		);
		return el( wp.element.Fragment, null, inspector, el( 'div', blockEditor.useBlockProps(), placeholder ) );
	}

	wp.blocks.registerBlockType( 'attune/embed', {
		edit: Edit,
		save: function () {
			return null; // Rendered on the server.
		},
	} );
} )( window.wp );
