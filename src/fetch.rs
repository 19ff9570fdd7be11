//! Files fetched from beside `index.html`, each fetched and decoded at most once per visit.
//!
//! One cache for every kind of file the app fetches after start (scenarios, the reference file,
//! a language's pack): each file's name is hashed by its content, so a name always means the same
//! content and the first good copy serves the whole visit. Decoded values are leaked once, so
//! views can hold `&'static` references to them.

use std::any::Any;
use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// Every file decoded so far in this visit, by its name under `content/`.
    static KEPT: RefCell<Vec<(&'static str, &'static dyn Any)>> = const { RefCell::new(Vec::new()) };
}

/// The decoded `content/<file>`, if it has already arrived in this visit.
pub fn kept<T: Any>(file: &str) -> Option<&'static T> {
    let value: &'static dyn Any = KEPT.with(|kept| {
        kept.borrow()
            .iter()
            .find(|(name, _)| *name == file)
            .map(|(_, value)| *value)
    })?;
    value.downcast_ref()
}

/// `content/<file>`, fetched and decoded the first time it is asked for and kept for the visit.
/// A failure (network, HTTP status or `decode`'s own) keeps nothing, so asking again tries again.
pub async fn once<T: Any>(
    file: &'static str,
    decode: impl FnOnce(&str) -> Result<T, String>,
) -> Result<&'static T, String> {
    if let Some(value) = kept(file) {
        return Ok(value);
    }
    let text = fetch_text(&format!("content/{file}")).await?;
    let value: &'static T = Box::leak(Box::new(decode(&text)?));
    KEPT.with(|kept| kept.borrow_mut().push((file, value)));
    Ok(value)
}

/// The text at `url`; an error names the address and what went wrong.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| format!("{url}: the network request failed"))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = response.text().map_err(|_| format!("{url}: unreadable"))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| format!("{url}: unreadable"))?;
    text.as_string().ok_or_else(|| format!("{url}: not text"))
}
