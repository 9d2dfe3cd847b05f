//! The only module that touches browser APIs. Everything else in the UI asks here, so the
//! rest stays testable with server-side rendering and the domain never sees the browser.

use chrono::NaiveDate;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Today's date on the person's own clock.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// The browser's preferred language tag, e.g. "es-MX".
pub fn browser_language() -> Option<String> {
    web_sys::window()?.navigator().language()
}

/// Keeps `<html lang>` in step with the chosen language, for screen readers and hyphenation.
pub fn set_document_language(code: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}

pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

/// Moves keyboard and screen-reader focus to the element with this id (a heading on each
/// step change, or the first field with a missing answer).
pub fn focus(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Scrolls to the top so a new step starts at its heading on a phone.
pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}
