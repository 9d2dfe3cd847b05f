//! A small HTML writer for the long, read-only parts of the page: the day-by-day agenda, the
//! printed plan's head and sources, the provider's summary and the icons. A 4-session plan is
//! thousands of elements; written as one string and parsed by the browser, it costs a fraction
//! of the wasm code and of the time that as many virtual nodes would. Parts with controls stay
//! in `html!`, so Yew keeps their focus and state.
//!
//! Every text and attribute value passes through `domain::escape`, so words from a clinic's file or a
//! share link can never become markup.

use crate::domain::escape::escape_markup as escape;
use yew::{AttrValue, Html};

#[derive(Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Self {
        Markup::with_capacity(1024)
    }

    /// For a long text whose size is roughly known: growing a string copies it.
    pub fn with_capacity(bytes: usize) -> Self {
        Markup(String::with_capacity(bytes))
    }

    /// `<tag name="value" …>`. An empty name is skipped, so optional attributes can be passed
    /// as `("", "")` without a second code path.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs.iter().filter(|(name, _)| !name.is_empty()) {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// An element whose whole content is `text`.
    pub fn element(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    pub fn text(&mut self, text: &str) -> &mut Self {
        escape(&mut self.0, text);
        self
    }

    /// Markup written by this program (the icons), never anything read from outside.
    pub fn trusted(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    pub fn into_string(self) -> String {
        self.0
    }

    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_cannot_become_markup() {
        let mut m = Markup::new();
        m.element(
            "p",
            &[("title", "\"><script>x</script>"), ("", "skipped")],
            "Tom & Jerry's <b>clinic</b>",
        );
        assert_eq!(
            m.into_string(),
            "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">\
             Tom &amp; Jerry&#39;s &lt;b&gt;clinic&lt;/b&gt;</p>"
        );
    }

    #[test]
    fn elements_nest_in_the_order_written() {
        let mut m = Markup::new();
        m.open("ul", &[("class", "items")]);
        for word in ["a", "b"] {
            m.element("li", &[], word);
        }
        m.close("ul");
        assert_eq!(
            m.into_string(),
            "<ul class=\"items\"><li>a</li><li>b</li></ul>"
        );
    }

    #[test]
    fn text_without_special_characters_is_copied_as_is() {
        let mut m = Markup::new();
        m.text("Día 3 · sin cambios");
        assert_eq!(m.into_string(), "Día 3 · sin cambios");
    }
}
