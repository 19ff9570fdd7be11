//! Language packs: the shipped Spanish pack reads back as written, points inside its own folder,
//! carries the app's words but not the tools pages', and a damaged pack is refused.

use std::path::Path;

use attune_engine::codec::{encode, file_name};
use attune_engine::load::load_dir;
use attune_engine::pack::{decode_pack, encode_pack, pack_file_name, LanguagePack};

fn spanish() -> (LanguagePack, attune_engine::load::Loaded) {
    let loaded = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"));
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let es = loaded
        .locales
        .iter()
        .find(|l| l.code == "es")
        .expect("content/es exists");
    let pack = LanguagePack::new("es", &es.library, &es.ui);
    (pack, loaded)
}

#[test]
fn the_spanish_pack_reads_back_as_written() {
    let (pack, _) = spanish();
    let encoded = encode_pack(&pack);
    assert_eq!(decode_pack(&encoded).unwrap(), pack);
    assert!(pack_file_name("es", &encoded).starts_with("es/language-"));
}

#[test]
fn the_spanish_pack_points_at_spanish_files_in_its_folder() {
    let (pack, loaded) = spanish();
    let es = loaded.locales.iter().find(|l| l.code == "es").unwrap();
    for (card, scenario) in pack
        .catalog
        .scenarios
        .iter()
        .zip(es.library.scenarios.iter())
    {
        assert_eq!(card.id, scenario.id);
        assert_eq!(
            card.file,
            format!("es/{}", file_name(&scenario.id, &encode(scenario)))
        );
        assert_ne!(
            card.title,
            loaded.library.scenario(&card.id).unwrap().title,
            "{} is still in English",
            card.id
        );
    }
    assert!(pack.catalog.reference_file.starts_with("es/reference-"));
    assert_eq!(pack.catalog.about.len(), 1, "only the help section");
}

#[test]
fn the_pack_has_every_app_word_and_none_of_the_tools_pages() {
    let (pack, loaded) = spanish();
    let app_keys: Vec<&str> = loaded
        .ui
        .entries
        .keys()
        .filter(|k| !k.starts_with("tools."))
        .map(String::as_str)
        .collect();
    let keys: Vec<&str> = pack.words.iter().map(|(key, _)| key.as_ref()).collect();
    assert_eq!(keys, app_keys);
    assert!(pack
        .words
        .iter()
        .any(|(key, text)| key == "nav.settings" && text == "Ajustes"));
}

#[test]
fn a_damaged_pack_is_refused_never_half_read() {
    let (pack, _) = spanish();
    let encoded = encode_pack(&pack);
    for cut in [0, 10, encoded.len() / 2, encoded.len() - 1] {
        assert!(decode_pack(&encoded[..cut]).is_err(), "cut at {cut}");
    }
    assert!(decode_pack(&format!("{encoded}x")).is_err());
    assert!(decode_pack(&encoded.replace("attune-language 1", "attune-language 9")).is_err());
}

#[test]
fn each_tools_page_gets_its_own_spanish_pack_that_reads_back() {
    use attune_engine::pack::{
        decode_tools_pack, encode_tools_pack, tools_pack_file_name, ToolsPack, ToolsPage,
    };
    let (_, loaded) = spanish();
    let es = loaded.locales.iter().find(|l| l.code == "es").unwrap();
    let sandbox = ToolsPack::new(ToolsPage::Sandbox, &es.ui, &es.sandbox, &es.facilitation);
    let present = ToolsPack::new(ToolsPage::Present, &es.ui, &es.sandbox, &es.facilitation);
    assert_eq!(sandbox.guide, es.sandbox);
    assert!(
        sandbox.notes.is_empty(),
        "the sandbox never carries the notes"
    );
    assert!(present.guide.presets.is_empty());
    assert_eq!(present.notes.len(), es.facilitation.len());
    assert!(sandbox
        .words
        .iter()
        .all(|(key, _)| key.starts_with("tools.")));
    for pack in [sandbox, present] {
        let encoded = encode_tools_pack(&pack);
        let read = decode_tools_pack(&encoded).unwrap();
        assert_eq!(read.words, pack.words);
        assert_eq!(read.guide, pack.guide);
        assert_eq!(
            read.notes
                .iter()
                .map(|n| (&n.scenario, &n.steps))
                .collect::<Vec<_>>(),
            pack.notes
                .iter()
                .map(|n| (&n.scenario, &n.steps))
                .collect::<Vec<_>>()
        );
        assert!(decode_tools_pack(&encoded[..encoded.len() - 1]).is_err());
    }
    assert!(tools_pack_file_name("es", ToolsPage::Present, "x").starts_with("es/present-"));
}
