//! Browser tests: the real app mounted in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use careplanner::domain::i18n::Lang;
use careplanner::ui::{App, AppProps};
use chrono::NaiveDate;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Yields to the browser for one short tick, so Yew can render.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Polls until `selector` inside `root` matches an element whose text satisfies `ok`.
async fn wait_for(root: &Element, selector: &str, ok: impl Fn(&str) -> bool) -> Element {
    for _ in 0..300 {
        if let Ok(Some(el)) = root.query_selector(selector) {
            if ok(&el.text_content().unwrap_or_default()) {
                return el;
            }
        }
        tick().await;
    }
    panic!("timed out waiting for {selector}");
}

fn mount(lang: Lang) -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        lang,
        today: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    root
}

#[wasm_bindgen_test]
async fn mounts_and_switches_language_without_losing_the_screen() {
    let root = mount(Lang::En);
    wait_for(&root, "h1", |t| t == "Microneedling care planner").await;

    let spanish: HtmlElement = root
        .query_selector(r#"button[lang="es"]"#)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    spanish.click();

    wait_for(&root, "h1", |t| t.starts_with("Planificador")).await;
    wait_for(&root, "#start", |t| t == "Empezar").await;
    for _ in 0..300 {
        if document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref()
            == Some("es")
        {
            return;
        }
        tick().await;
    }
    panic!("<html lang> did not follow the language switch");
}
