//! Browser tests: the real app mounted in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use careplanner::domain::clinic::ClinicConfig;
use careplanner::domain::i18n::Lang;
use careplanner::ui::page::{Have, PageState};
use careplanner::ui::shell::Shell;
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

/// The page as start-up draws it: the shell's frame and first screen, the app mounted on
/// Start. A page an earlier test opened is removed first, so the ids are this page's.
fn open_page() -> Element {
    if let Ok(Some(old)) = document().query_selector("div.app") {
        old.remove();
    }
    // Every word and module is built in here, so nothing is fetched.
    let all = Have {
        en_words: true,
        es_words: true,
        app: true,
        later: true,
        first_step: true,
    };
    let (page, effects) = PageState::start(Some(Lang::En), false, false, false, all);
    let shell = Shell::new(
        page,
        effects,
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
    );
    shell.clinic_read(ClinicConfig::default(), Vec::new(), false);
    document()
        .get_element_by_id("frame-top")
        .unwrap()
        .parent_element()
        .unwrap()
}

async fn wait_for_document_language(code: &str) {
    for _ in 0..300 {
        let root = document().document_element().unwrap();
        if root.get_attribute("lang").as_deref() == Some(code) {
            return;
        }
        tick().await;
    }
    panic!("<html lang> did not become {code}");
}

#[wasm_bindgen_test]
async fn the_language_switch_carries_from_the_first_screen_into_the_app_and_back() {
    let page = open_page();
    wait_for(&page, "main h1", |t| t == "Microneedling care planner").await;

    click(&page, r#"#lang-switch button[lang="es"]"#);
    wait_for(&page, "main h1", |t| t.starts_with("Planificador")).await;
    wait_for(&page, "#start", |t| t == "Empezar").await;
    wait_for(&page, r#"button[lang="es"][aria-pressed="true"]"#, |_| true).await;
    wait_for_document_language("es").await;

    click(&page, "#start");
    wait_for(&page, "label[for=\"q-age\"]", |t| t.contains("edad")).await;

    click(&page, r#"#lang-switch button[lang="en"]"#);
    wait_for(&page, "label[for=\"q-age\"]", |t| t.contains("How old")).await;
    wait_for(&page, r#"button[lang="en"][aria-pressed="true"]"#, |_| true).await;
    wait_for_document_language("en").await;
}

fn fire(el: &Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict(kind, &init).unwrap();
    el.dispatch_event(&event).unwrap();
}

fn click(root: &Element, selector: &str) {
    let el: HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    el.click();
}

#[wasm_bindgen_test]
async fn question_widgets_are_labelled_native_controls_that_keep_their_answers() {
    let root = open_page();
    wait_for(&root, "#start", |_| true).await;
    click(&root, "#start");

    // The number question: a labelled native input that takes digits.
    let age = wait_for(&root, "#q-age", |_| true).await;
    assert_eq!(age.get_attribute("type").as_deref(), Some("number"));
    let label = root.query_selector(r#"label[for="q-age"]"#).unwrap();
    assert!(label.is_some(), "the age field has a label");
    let input: web_sys::HtmlInputElement = age.dyn_into().unwrap();
    input.set_value("41");
    fire(&input, "input");
    click(&root, r#"main button[type="submit"]"#);

    // The next step's yes/no questions are fieldsets with a legend and two radios.
    let legend = wait_for(&root, "main fieldset legend", |t| !t.is_empty()).await;
    let fieldset = legend.parent_element().unwrap();
    let radios = fieldset
        .query_selector_all(r#"input[type="radio"]"#)
        .unwrap();
    assert_eq!(radios.length(), 2);
    let yes: web_sys::HtmlInputElement = radios.get(0).unwrap().dyn_into().unwrap();
    let name = yes.name();
    yes.click();

    // Back and forward again: both answers are still there.
    click(&root, "main button.secondary");
    let age = wait_for(&root, "#q-age", |_| true).await;
    let age: web_sys::HtmlInputElement = age.dyn_into().unwrap();
    assert_eq!(age.value(), "41");
    click(&root, r#"main button[type="submit"]"#);
    let selector = format!(r#"input[name="{name}"][value="true"]"#);
    for _ in 0..300 {
        if let Ok(Some(el)) = root.query_selector(&selector) {
            let el: web_sys::HtmlInputElement = el.dyn_into().unwrap();
            if el.checked() {
                return;
            }
        }
        tick().await;
    }
    panic!("the yes answer was lost going back and forth");
}
