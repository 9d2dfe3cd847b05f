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

/// The time of day on the person's own clock, for what the plan's Today shows.
pub fn local_time() -> chrono::NaiveTime {
    let now = js_sys::Date::new_0();
    chrono::NaiveTime::from_hms_opt(now.get_hours(), now.get_minutes(), now.get_seconds())
        .unwrap_or_default()
}

/// The browser's preferred language tag, e.g. "es-MX".
pub fn browser_language() -> Option<String> {
    web_sys::window()?.navigator().language()
}

/// Keeps `<html lang>` in step with the chosen language, for screen readers and hyphenation.
/// Only on a change: writing the root's `lang`, even unchanged, restyles the whole page.
pub fn set_document_language(code: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        if root.get_attribute("lang").as_deref() != Some(code) {
            let _ = root.set_attribute("lang", code);
        }
    }
}

pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        if doc.title() != title {
            doc.set_title(title);
        }
    }
}

/// Marks the element with this id busy (`aria-busy`) while something it started is on its way,
/// such as the Spanish words on a slow network. The attribute is outside what Yew renders.
pub fn set_busy(id: &str, busy: bool) {
    if let Some(el) = element(id) {
        let _ = if busy {
            el.set_attribute("aria-busy", "true")
        } else {
            el.remove_attribute("aria-busy")
        };
    }
}

/// Moves keyboard and screen-reader focus to the element with this id (a heading on each
/// step change, or the first field with a missing answer).
pub fn focus(id: &str) {
    // While the app draws off the page, the ids it names are the step drawn ahead's, which the
    // person is on: the focus stays theirs until the app is shown (`show_held_root`).
    if holds_root() {
        return;
    }
    if let Some(el) = element(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// The element with this id, if the page has it.
pub fn element(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

thread_local! {
    static HELD_ROOT: std::cell::RefCell<Option<web_sys::Element>> =
        const { std::cell::RefCell::new(None) };
}

/// A root for the app that is not on the page yet: the app draws into it while what is on the
/// page stays as it is, live, until `show_held_root` puts it in place.
pub fn held_root() -> Option<web_sys::Element> {
    let root = document()?.create_element("div").ok()?;
    HELD_ROOT.with(|held| *held.borrow_mut() = Some(root.clone()));
    Some(root)
}

/// Whether a root made by `held_root` waits to be shown.
pub fn holds_root() -> bool {
    HELD_ROOT.with(|held| held.borrow().is_some())
}

/// Puts the held root in the element `id`, in place of what it holds.
pub fn show_held_root(id: &str) {
    let (Some(root), Some(container)) =
        (HELD_ROOT.with(|held| held.borrow_mut().take()), element(id))
    else {
        return;
    };
    container.replace_children_with_node_1(&root);
}

/// Adds `markup` at the end of the page's body.
pub fn append_to_body(markup: &str) {
    if let Some(body) = document().and_then(|d| d.body()) {
        let _ = body.insert_adjacent_html("beforeend", markup);
    }
}

/// What `index.html`'s own script drew before the first module ran (the skeleton, with the
/// first screen or the first step) and what the person did there.
pub struct DrawnAhead {
    /// The language it drew in (its code).
    pub lang: String,
    /// The first step is on screen: Start was pressed there.
    pub step: bool,
    /// Next was pressed on it (and says it is busy).
    pub next: bool,
    /// The language button pressed there, for the shell to switch to.
    pub chosen: Option<String>,
}

/// Whether `index.html`'s own drawing is on the page (shown, or about to be), not taken over yet.
pub fn drawn_ahead() -> bool {
    drawing_ahead().is_some()
}

/// `index.html`'s own drawing (its `.app`, marked `data-ahead` until the shell takes it).
fn drawing_ahead() -> Option<web_sys::Element> {
    document()?.query_selector(".app[data-ahead]").ok()?
}

/// Resolves once the browser is idle, after the frames and taps it has queued, or after
/// `at_most_ms` if it never is (or cannot say: Safari has no idle callbacks).
pub async fn idle(at_most_ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        // Whichever comes first; resolving twice does nothing.
        let _ = window.request_idle_callback(&resolve);
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, at_most_ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Takes the page `index.html` drew, if it did: its script stops handling the page's buttons
/// once its mark is gone (see the script).
pub fn take_drawn_ahead() -> Option<DrawnAhead> {
    let app = drawing_ahead()?;
    let ahead = DrawnAhead {
        lang: app.get_attribute("data-ahead").unwrap_or_default(),
        step: app.has_attribute("data-step"),
        next: app.has_attribute("data-next"),
        chosen: app.get_attribute("data-chosen"),
    };
    for mark in ["data-ahead", "data-step", "data-next", "data-chosen"] {
        let _ = app.remove_attribute(mark);
    }
    Some(ahead)
}

/// The markup a `<template>` of the page holds, and its `data-title`.
pub fn template(id: &str) -> Option<(String, String)> {
    let template = element(id)?;
    Some((template.inner_html(), template.get_attribute("data-title")?))
}

/// Replaces what the element with this id holds with `markup`.
pub fn set_inner_html(id: &str, markup: &str) {
    if let Some(el) = element(id) {
        el.set_inner_html(markup);
    }
}

/// The id of the focused element if it is inside the element `container_id`, so that focus
/// can be put back after that part of the page is drawn again.
pub fn focused_id_within(container_id: &str) -> Option<String> {
    let focused = document()?.active_element()?;
    let container = element(container_id)?;
    (container.contains(Some(&focused)) && !focused.id().is_empty()).then(|| focused.id())
}

/// The id of the button a click landed on (or inside), if it has one.
pub fn clicked_button_id(event: &web_sys::Event) -> Option<String> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let button = target.closest("button[id]").ok()??;
    Some(button.id())
}

/// The folded part (a `<details>`) a click asks to open: the `data-opens` of the button it
/// landed on. Markup that cannot hold a callback names what it opens this way, rather than with
/// a `#fragment` link, which would add a history entry and put a fragment in the address.
pub fn clicked_opener(event: &web_sys::Event) -> Option<String> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    target
        .closest("button[data-opens]")
        .ok()??
        .get_attribute("data-opens")
}

/// The fold a click toggles: the `data-fold` key of the `<details>` whose `<summary>` it
/// landed in, and whether the fold will be open (the click comes before the browser toggles
/// it; Enter and Space on a summary are clicks too).
pub fn fold_toggled(event: &web_sys::Event) -> Option<(String, bool)> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let details = target.closest("summary").ok()??.parent_element()?;
    let key = details.get_attribute("data-fold")?;
    Some((key, !details.has_attribute("open")))
}

/// Opens the `<details>` with id `details_id` and moves the focus to `focus_id` inside it.
pub fn open_and_focus(details_id: &str, focus_id: &str) {
    if let Some(details) = element(details_id) {
        let _ = details.set_attribute("open", "");
    }
    focus(focus_id);
}

/// Runs `handler` for every `event` on `target`, for as long as the page lasts (the listener
/// is never removed, so its closure is never freed).
fn listen<E>(target: &web_sys::EventTarget, event: &str, handler: impl Fn(E) + 'static)
where
    E: wasm_bindgen::convert::FromWasmAbi + 'static,
{
    let listener = wasm_bindgen::closure::Closure::<dyn Fn(E)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Runs `on_click` with the button's id whenever a button with an id inside the element
/// `container_id` is clicked (or pressed with the keyboard), for the parts of the page that
/// are written as markup. The listener lasts as long as the page.
pub fn on_button_clicks(container_id: &str, on_click: impl Fn(&str) + 'static) {
    let Some(container) = element(container_id) else {
        return;
    };
    listen(&container, "click", move |event: web_sys::Event| {
        if let Some(id) = clicked_button_id(&event) {
            on_click(&id);
        }
    });
}

/// Runs `on_submit` for every form submitted inside the element `container_id`, and keeps
/// the browser from sending it anywhere: nothing the person types leaves the page.
pub fn on_form_submits(container_id: &str, on_submit: impl Fn() + 'static) {
    let Some(container) = element(container_id) else {
        return;
    };
    listen(&container, "submit", move |event: web_sys::Event| {
        event.prevent_default();
        on_submit();
    });
}

/// The inputs inside the element `container_id`, each with the name it is filled under (its
/// `name`, or its `id` when it has none).
fn inputs_within(container_id: &str) -> Vec<(String, web_sys::HtmlInputElement)> {
    let Some(list) = element(container_id).and_then(|c| c.query_selector_all("input").ok()) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| {
            let name = input.name();
            (if name.is_empty() { input.id() } else { name }, input)
        })
        .collect()
}

fn is_box(input: &web_sys::HtmlInputElement) -> bool {
    matches!(input.type_().as_str(), "checkbox" | "radio")
}

/// What is filled in inside the element `container_id`: each field with text in it, each
/// ticked box and chosen option, as (name, value).
pub fn filled_inputs(container_id: &str) -> Vec<(String, String)> {
    inputs_within(container_id)
        .into_iter()
        .filter(|(_, input)| {
            if is_box(input) {
                input.checked()
            } else {
                !input.value().is_empty()
            }
        })
        .map(|(name, input)| (name, input.value()))
        .collect()
}

/// Fills the inputs inside the element `container_id` with `entries`, as `filled_inputs`
/// gave them.
pub fn fill_inputs(container_id: &str, entries: &[(String, String)]) {
    for (name, input) in inputs_within(container_id) {
        let mut given = entries.iter().filter(|(n, _)| *n == name).map(|(_, v)| v);
        if is_box(&input) {
            let value = input.value();
            input.set_checked(given.any(|v| *v == value));
        } else if let Some(value) = given.next() {
            input.set_value(value);
        }
    }
}

/// Scrolls to the top so a new step starts at its heading on a phone.
pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The instant a local wall-clock time on the person's device falls on, by the browser's own
/// time-zone rules (so a daylight-saving change between sessions is handled). `None` when the
/// browser cannot say.
pub fn local_to_utc(local: chrono::NaiveDateTime) -> Option<chrono::DateTime<chrono::Utc>> {
    use chrono::{Datelike, Timelike};
    let date = js_sys::Date::new_with_year_month_day_hr_min_sec(
        local.year() as u32,
        local.month0() as i32,
        local.day() as i32,
        local.hour() as i32,
        local.minute() as i32,
        local.second() as i32,
    );
    let millis = date.get_time();
    millis
        .is_finite()
        .then(|| chrono::DateTime::from_timestamp_millis(millis as i64))
        .flatten()
}

/// Runs `work` and records how long it took as a User Timing measure named `name`, which the
/// browser benchmark (`bench/run.mjs`) and the browser's performance panel read.
pub fn measure<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return work();
    };
    let _ = performance.mark(name);
    let out = work();
    let _ = performance.measure_with_start_mark(name, name);
    performance.clear_marks_with_mark_name(name);
    out
}

/// Marks this moment on the page's User Timing timeline under `name` (the browser benchmark
/// reads when each of the app's modules arrived).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Now, in UTC, for a calendar file's DTSTAMP.
pub fn now_utc() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// The host the app is served from, to make calendar event ids unique to this planner.
pub fn host() -> String {
    web_sys::window()
        .and_then(|w| w.location().hostname().ok())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "careplanner.invalid".to_string())
}

/// Offers `contents` as a file download. A Blob with an object URL and a temporary link with
/// `download` works in desktop browsers, Android Chrome and iOS Safari (which opens
/// text/calendar files straight in Calendar). Nothing leaves the device: the URL is local.
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let fail = |e: wasm_bindgen::JsValue| {
        e.as_string()
            .unwrap_or_else(|| "a browser error".to_string())
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let doc = document().ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "not an anchor".to_string())?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_rel("noopener");
    let body = doc.body().ok_or("no body")?;
    body.append_child(&link).map_err(fail)?;
    link.click();
    link.remove();
    // Revoke later, not at once: some browsers start reading the Blob after the click returns.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    }
    Ok(())
}

/// Unfolds the agenda's folded sessions while the page prints and folds them back after, so
/// paper gets every day. (`styles/print.css` does the same where `::details-content` exists;
/// this is for the other browsers.)
pub fn unfold_for_print() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let toggle = |unfold: bool| {
        move || {
            let selector = if unfold {
                "details.session-group:not([open]), details.phase:not([open])"
            } else {
                "details[data-unfolded]"
            };
            let Some(list) = document().and_then(|d| d.query_selector_all(selector).ok()) else {
                return;
            };
            for i in 0..list.length() {
                let Some(el) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                else {
                    continue;
                };
                for name in ["open", "data-unfolded"] {
                    let _ = if unfold {
                        el.set_attribute(name, "")
                    } else {
                        el.remove_attribute(name)
                    };
                }
            }
        }
    };
    for (event, unfold) in [("beforeprint", true), ("afterprint", false)] {
        let toggle = toggle(unfold);
        listen(&window, event, move |_: web_sys::Event| toggle());
    }
}

/// Opens the browser's own print dialog; the print stylesheet turns the page into the care plan.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Adds a history entry for screen number `entry` of this page load (`page` tells this load's
/// entries from those of an earlier load of the same tab). The address stays as it is.
pub fn history_push(page: f64, entry: usize) {
    let state = js_sys::Array::of2(&page.into(), &(entry as f64).into());
    let _ = history_push_state(&state, "");
}

/// Runs `on_move` with the entry number whenever the browser's Back or Forward lands on an
/// entry of this page load (`None` for the page's own first entry). The listener lasts as long
/// as the page.
pub fn on_history_move(page: f64, on_move: impl Fn(Option<usize>) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    listen(&window, "popstate", move |event: web_sys::PopStateEvent| {
        let state = event.state();
        if state.is_null() || state.is_undefined() {
            return on_move(None);
        }
        let Ok(pair) = state.dyn_into::<js_sys::Array>() else {
            return;
        };
        if pair.get(0).as_f64() == Some(page) {
            if let Some(entry) = pair.get(1).as_f64() {
                on_move(Some(entry as usize));
            }
        }
    });
}

/// A number for this page load: the time it started.
pub fn page_load_id() -> f64 {
    js_sys::Date::now()
}

thread_local! {
    /// Set when the page reloads at the person's request (the update banner), which asks nothing.
    static LEAVING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Has the browser ask before the page is closed or reloaded whenever `unsaved` says answers
/// would be lost. (Browsers show their own words, and only after the person used the page.)
pub fn ask_before_leaving(unsaved: impl Fn() -> bool + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    listen(
        &window,
        "beforeunload",
        move |event: web_sys::BeforeUnloadEvent| {
            if unsaved() && !LEAVING.with(|l| l.get()) {
                event.prevent_default();
                event.set_return_value("");
            }
        },
    );
}

/// The page's query string, e.g. "?config=clinics/north.json&check-config".
pub fn location_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Points the page's `<link rel="manifest">` at the manifest with `query` (`?config=…`).
pub fn set_manifest_query(query: &str) {
    if let Some(link) =
        document().and_then(|d| d.query_selector("link[rel=manifest]").ok().flatten())
    {
        let _ = link.set_attribute("href", &format!("manifest.webmanifest{query}"));
    }
}

/// A request on its way: the fetch starts when this is made, and `text` waits for the answer,
/// so two files can be asked for at once.
pub struct PendingFetch {
    path: String,
    response: Result<wasm_bindgen_futures::JsFuture, String>,
}

/// Asks for a file of the app's own site. Revalidated with the server each time: a clinic's
/// edit, or a new version's words, shows at once (offline, the service worker answers instead).
/// The same request (`no-cache`) may have been started by `index.html` before the app's code
/// arrived, so that it is here by the time the app asks: it is taken, once.
pub fn start_fetch(path: &str) -> PendingFetch {
    let response = web_sys::window()
        .ok_or_else(|| "no window".to_string())
        .map(|window| {
            let request = early_request(&window, path).unwrap_or_else(|| {
                let init = web_sys::RequestInit::new();
                init.set_cache(web_sys::RequestCache::NoCache);
                window.fetch_with_str_and_init(path, &init)
            });
            wasm_bindgen_futures::JsFuture::from(request)
        });
    PendingFetch {
        path: path.to_string(),
        response,
    }
}

/// The request for `path` that `index.html` started (`careplannerEarly`), if it did and no
/// one took it yet.
fn early_request(window: &web_sys::Window, path: &str) -> Option<js_sys::Promise> {
    let early = js_sys::Reflect::get(window, &"careplannerEarly".into()).ok()?;
    let early = early.dyn_into::<js_sys::Object>().ok()?;
    let key = wasm_bindgen::JsValue::from_str(path);
    let request = js_sys::Reflect::get(&early, &key)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    let _ = js_sys::Reflect::delete_property(&early, &key);
    Some(request)
}

impl PendingFetch {
    /// The file's text; `Ok(None)` when the site answers 404.
    pub async fn text(self) -> Result<Option<String>, String> {
        let path = self.path;
        let response = self
            .response?
            .await
            .map_err(|_| format!("{path} could not be fetched"))?;
        let response: web_sys::Response = response
            .dyn_into()
            .map_err(|_| "not a response".to_string())?;
        if response.status() == 404 {
            return Ok(None);
        }
        if !response.ok() {
            return Err(format!("{path} answered HTTP {}", response.status()));
        }
        let text = response.text().map_err(|_| "no body".to_string())?;
        let text = wasm_bindgen_futures::JsFuture::from(text)
            .await
            .map_err(|_| format!("{path} could not be read"))?;
        Ok(text.as_string())
    }
}

/// A same-origin file's text: `Ok(None)` when the server has no such file (a clinic without
/// `clinic.json`), `Err` when it could not be read at all.
pub async fn fetch_text(path: &str) -> Result<Option<String>, String> {
    start_fetch(path).text().await
}

/// Sets a CSS custom property on the root element through the CSSOM, which a strict
/// Content-Security-Policy allows (a `style` attribute would be blocked).
pub fn set_css_variable(name: &str, value: &str) {
    if let Some(root) = document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = root.style().set_property(name, value);
    }
}

/// A message for the clinic's web person in the browser console.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Something that failed where the person could not be told, in the browser console.
pub fn error(message: &str) {
    web_sys::console::error_1(&message.into());
}

/// Registers the service worker that keeps the app usable offline. `on_update` runs when a new
/// version has installed and is waiting: the open page keeps running the version it has until
/// the person chooses to refresh.
pub fn register_service_worker(on_update: impl Fn() + 'static) {
    let Some(container) = web_sys::window().map(|w| w.navigator().service_worker()) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let registration = match wasm_bindgen_futures::JsFuture::from(container.register("sw.js"))
            .await
        {
            Ok(r) => r,
            Err(_) => {
                warn("careplanner: the offline copy could not be set up; the app works online as usual.");
                return;
            }
        };
        let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        // Only an update counts: the very first install has no page to refresh.
        let has_controller = || {
            web_sys::window()
                .and_then(|w| w.navigator().service_worker().controller())
                .is_some()
        };
        let on_update = std::rc::Rc::new(on_update);
        if registration.waiting().is_some() && has_controller() {
            on_update();
        }
        let watched = registration.clone();
        let on_found = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_update = on_update.clone();
            let on_state = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                if worker.state() == web_sys::ServiceWorkerState::Installed && has_controller() {
                    on_update();
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

/// Tells the waiting service worker to take over, and reloads this page once it has, so the
/// person moves to the new version when they choose to.
pub fn activate_update() {
    let Some(container) = web_sys::window().map(|w| w.navigator().service_worker()) else {
        return;
    };
    let reload = wasm_bindgen::closure::Closure::once_into_js(|| {
        LEAVING.with(|l| l.set(true));
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.unchecked_ref()));
    let Ok(ready) = container.ready() else { return };
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(ready).await else {
            return;
        };
        if let Some(waiting) = registration
            .dyn_into::<web_sys::ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.waiting())
        {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"careplanner:activate".into());
            let _ = waiting.post_message(&message);
        }
    });
}

/// Whether the app runs inside a frame of another page.
pub fn in_frame() -> bool {
    web_sys::window().is_some_and(|w| {
        w.parent()
            .ok()
            .flatten()
            .is_some_and(|p| !js_sys::Object::is(&p, &w))
    })
}

/// When the app runs inside a clinic's iframe: waits for `embed.js`'s hello, which hands over
/// one end of a `MessageChannel`, and answers "ready" on it, from a host page whose origin
/// `may_connect` accepts, then turns on embedded mode (`on_connected`). Nothing is ever posted to the parent window itself, and nothing about
/// the screens or the answers is sent at all: the frame's size is the host's business
/// (`docs/embedding.md`), so no height can give an answer away.
pub fn start_embedding(
    may_connect: impl Fn(&str) -> bool + 'static,
    on_connected: impl Fn() + 'static,
) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if js_sys::Object::is(&parent, &window) {
        return;
    }
    let connected = std::cell::Cell::new(false);
    listen(&window, "message", move |event: web_sys::MessageEvent| {
        let hello = js_sys::Reflect::get(&event.data(), &"type".into())
            .ok()
            .and_then(|t| t.as_string());
        if connected.get()
            || hello.as_deref() != Some("careplanner:hello")
            || !may_connect(&event.origin())
        {
            return;
        }
        let Ok(port) = event.ports().get(0).dyn_into::<web_sys::MessagePort>() else {
            return;
        };
        let ready = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&ready, &"type".into(), &"careplanner:ready".into());
        if port.post_message(&ready).is_ok() {
            connected.set(true);
            // embed.js is on the host page: the page around the screens is the host's.
            set_embedded();
            on_connected();
        }
    });
}

// Storage, history and clipboard are declared here rather than through web-sys features: each
// call compiles to one line of JS glue. `catch` turns a thrown error (storage disabled, no
// clipboard) into an `Err` instead of a crash.
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = localStorage, js_name = getItem, catch)]
    fn storage_get(key: &str) -> Result<Option<String>, wasm_bindgen::JsValue>;
    #[wasm_bindgen(js_namespace = localStorage, js_name = setItem, catch)]
    fn storage_set(key: &str, value: &str) -> Result<(), wasm_bindgen::JsValue>;
    #[wasm_bindgen(js_namespace = localStorage, js_name = removeItem, catch)]
    fn storage_remove(key: &str) -> Result<(), wasm_bindgen::JsValue>;
    #[wasm_bindgen(js_namespace = history, js_name = pushState, catch)]
    fn history_push_state(
        data: &wasm_bindgen::JsValue,
        unused: &str,
    ) -> Result<(), wasm_bindgen::JsValue>;
    #[wasm_bindgen(js_namespace = history, js_name = replaceState, catch)]
    fn history_replace(
        data: &wasm_bindgen::JsValue,
        unused: &str,
        url: &str,
    ) -> Result<(), wasm_bindgen::JsValue>;
    #[wasm_bindgen(js_namespace = ["navigator", "clipboard"], js_name = writeText, catch)]
    fn clipboard_write(text: &str) -> Result<Pending, wasm_bindgen::JsValue>;
    /// A promise, declared here so that only the one method used is bound.
    type Pending;
    #[wasm_bindgen(method)]
    fn then(this: &Pending, ok: &wasm_bindgen::JsValue, err: &wasm_bindgen::JsValue);
}

thread_local! {
    /// Set in the configurator's preview, which must neither show nor change what a person
    /// keeps on this device.
    static NO_STORAGE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// From now on, this page reads and writes nothing in localStorage.
pub fn keep_storage_out() {
    NO_STORAGE.set(true);
}

/// The text stored under `key` in localStorage, if any and if storage can be read.
pub fn load(key: &str) -> Option<String> {
    if NO_STORAGE.get() {
        return None;
    }
    storage_get(key).ok().flatten()
}

/// Writes `value` under `key`; a full or disabled storage is reported on the console only,
/// since the app works the same without it.
pub fn store(key: &str, value: &str) {
    if NO_STORAGE.get() {
        return;
    }
    if storage_set(key, value).is_err() {
        web_sys::console::error_1(&"careplanner: could not save on this device".into());
    }
}

pub fn forget(key: &str) {
    if NO_STORAGE.get() {
        return;
    }
    let _ = storage_remove(key);
}

/// Runs `on_removed` whenever another tab of this site removes `key` from localStorage (or
/// clears it all). Browsers tell every other tab through the `storage` event, never the tab
/// that made the change. The listener lasts as long as the page.
pub fn on_storage_removed(key: &'static str, on_removed: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    listen(&window, "storage", move |event: web_sys::StorageEvent| {
        let ours = event.key().is_none_or(|k| k == key);
        if ours && event.new_value().is_none() {
            on_removed();
        }
    });
}

/// Whether the address has a fragment (a share link), without taking it.
pub fn has_fragment() -> bool {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .is_some_and(|hash| hash.len() > 1)
}

/// The address's fragment without the '#'; empty when there is none.
pub fn take_fragment() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let hash = location.hash().unwrap_or_default();
    if !hash.is_empty() {
        // Remove it from the address bar, so a reload does not import the link again.
        let rest = location.pathname().unwrap_or_default() + &location.search().unwrap_or_default();
        let _ = history_replace(&wasm_bindgen::JsValue::NULL, "", &rest);
    }
    hash.trim_start_matches('#').to_string()
}

/// The app's address without query or fragment, the base of a share link.
pub fn page_url() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(l.origin().ok()? + &l.pathname().ok()?)
        })
        .unwrap_or_default()
}

/// Selects the text of the input `id`, then copies `text` to the clipboard; `done` hears
/// whether the copy worked. When it did not, the selection lets the person copy by hand.
pub fn copy_text(text: &str, id: &str, done: impl Fn(bool) + Clone + 'static) {
    if let Some(input) = element(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        input.select();
    }
    let Ok(promise) = clipboard_write(text) else {
        done(false);
        return;
    };
    let failed = done.clone();
    let ok = wasm_bindgen::closure::Closure::once_into_js(move || done(true));
    let err = wasm_bindgen::closure::Closure::once_into_js(move || failed(false));
    promise.then(&ok, &err);
}

/// Embedded mode (`styles/app.css`, `html.embedded`): no header or footer of the app's own,
/// the host page's column and background around the screens.
pub fn set_embedded() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1("embedded");
    }
}

/// The property of the configurator's window that holds its draft for the preview frame.
const PREVIEW_DRAFT: &str = "careplannerPreview";

/// The configurator's draft, for the app in its preview frame: read from the parent page's
/// window, which only a page of the app's own origin lets the frame read (a cross-origin parent
/// throws), so no other site can dress the app up as a clinic it is not. Returns the clinic
/// file's text and, if the configurator has the logo's file, a `data:` address for it; `None`
/// outside such a frame.
pub fn preview_config() -> Option<(String, Option<String>)> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    if js_sys::Object::is(&parent, &window) {
        return None;
    }
    let draft = js_sys::Reflect::get(&parent, &PREVIEW_DRAFT.into()).ok()?;
    let field = |name: &str| {
        js_sys::Reflect::get(&draft, &name.into())
            .ok()
            .and_then(|v| v.as_string())
    };
    Some((field("text")?, field("logo")))
}

/// The configurator's side of the preview: the draft its preview frame reads when it loads.
pub fn offer_preview(text: &str, logo: Option<&str>) {
    let (Some(window), draft) = (web_sys::window(), js_sys::Object::new()) else {
        return;
    };
    let _ = js_sys::Reflect::set(&draft, &"text".into(), &text.into());
    if let Some(logo) = logo {
        let _ = js_sys::Reflect::set(&draft, &"logo".into(), &logo.into());
    }
    let _ = js_sys::Reflect::set(&window, &PREVIEW_DRAFT.into(), &draft);
}

fn frame_window(id: &str) -> Option<web_sys::Window> {
    element(id)?
        .dyn_into::<web_sys::HtmlIFrameElement>()
        .ok()?
        .content_window()
}

/// Loads the frame `id` again from its `src` (the preview, after the draft changed): not a
/// reload, since the app took the share link out of its address when it opened.
pub fn reload_frame(id: &str) {
    let src = element(id).and_then(|e| e.get_attribute("src"));
    if let (Some(w), Some(src)) = (frame_window(id), src) {
        let _ = w.location().replace(&src);
        // Going back to an address with a fragment only moves within the page (the app took
        // the fragment out when it opened, so it is all that differs): reload it afresh.
        if src.contains('#') {
            let _ = w.location().reload();
        }
    }
}

/// Opens the print dialog of the frame `id`: what paper gets from the app inside it.
pub fn print_frame(id: &str) {
    if let Some(w) = frame_window(id) {
        let _ = w.print();
    }
}

/// A file the person chose or dropped (see `chosen_file`, `dropped_file`, `read_file`).
pub use web_sys::File;

/// The first file of a file input's change event.
pub fn chosen_file(event: &web_sys::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0);
    // The same file may be chosen again after an edit: the next change must fire.
    input.set_value("");
    file
}

/// The first file dropped, for a drop event (whose default, opening the file, is prevented).
pub fn dropped_file(event: &web_sys::DragEvent) -> Option<web_sys::File> {
    event.prevent_default();
    event.data_transfer()?.files()?.get(0)
}

/// Lets a drop target accept files (a drag over it must prevent the default).
pub fn allow_drop(event: &web_sys::DragEvent) {
    event.prevent_default();
}

/// A file's name, type and bytes, read in the browser: nothing is uploaded.
pub async fn read_file(file: web_sys::File) -> Result<(String, String, Vec<u8>), String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("{} could not be read", file.name()))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    Ok((file.name(), file.type_(), bytes))
}

/// The value of the input, select or text area an input or change event came from; empty
/// for any other target.
pub fn event_value(event: &web_sys::Event) -> String {
    target_value(event).unwrap_or_default()
}

/// The value of the input, select or text area an event came from; `None` when it came from
/// none of them.
pub fn target_value(event: &web_sys::Event) -> Option<String> {
    let target = event.target()?;
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        Some(input.value())
    } else if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        Some(area.value())
    } else {
        target
            .dyn_ref::<web_sys::HtmlSelectElement>()
            .map(web_sys::HtmlSelectElement::value)
    }
}

/// Whether the checkbox a change event came from is now ticked.
pub fn is_checked(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
}

/// A timer that runs its callback after `ms` (or every `ms`, if `repeat`) until it is
/// dropped.
pub struct Timer {
    id: i32,
    repeat: bool,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Timer {
    pub fn start(ms: i32, repeat: bool, callback: impl FnMut() + 'static) -> Option<Timer> {
        let window = web_sys::window()?;
        let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(callback);
        let function = callback.as_ref().unchecked_ref();
        let id = if repeat {
            window.set_interval_with_callback_and_timeout_and_arguments_0(function, ms)
        } else {
            window.set_timeout_with_callback_and_timeout_and_arguments_0(function, ms)
        }
        .ok()?;
        Some(Timer {
            id,
            repeat,
            _callback: callback,
        })
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            if self.repeat {
                window.clear_interval_with_handle(self.id);
            } else {
                window.clear_timeout_with_handle(self.id);
            }
        }
    }
}

/// `n` random bytes from the browser's cryptographic generator, if it has one.
pub fn random_bytes(n: usize) -> Option<Vec<u8>> {
    let mut bytes = vec![0; n];
    let crypto = web_sys::window()?.crypto().ok()?;
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}

/// A plain JavaScript object with these members, for Web Crypto's algorithm parameters.
fn object(members: &[(&str, wasm_bindgen::JsValue)]) -> js_sys::Object {
    let out = js_sys::Object::new();
    for (name, value) in members {
        let _ = js_sys::Reflect::set(&out, &(*name).into(), value);
    }
    out
}

async fn promised(
    promise: Result<js_sys::Promise, wasm_bindgen::JsValue>,
) -> Option<wasm_bindgen::JsValue> {
    wasm_bindgen_futures::JsFuture::from(promise.ok()?)
        .await
        .ok()
}

/// The AES-GCM key for a share code and salt (`domain::share::sealed` says how).
async fn share_key(code: &str, salt: &[u8]) -> Option<web_sys::CryptoKey> {
    use crate::domain::share::sealed::PBKDF2_ITERATIONS;
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    let usages = |u: &str| js_sys::Array::of1(&u.into());
    let secret = js_sys::Uint8Array::from(code.as_bytes());
    let base = promised(subtle.import_key_with_object(
        "raw",
        &secret,
        &object(&[("name", "PBKDF2".into())]),
        false,
        &usages("deriveKey"),
    ))
    .await?;
    let derive = object(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", js_sys::Uint8Array::from(salt).into()),
        ("iterations", PBKDF2_ITERATIONS.into()),
    ]);
    let aes = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let key = promised(subtle.derive_key_with_object_and_object(
        &derive,
        &base.dyn_into().ok()?,
        &aes,
        false,
        &js_sys::Array::of2(&"encrypt".into(), &"decrypt".into()),
    ))
    .await?;
    key.dyn_into().ok()
}

fn aes_gcm(iv: &[u8]) -> js_sys::Object {
    object(&[
        ("name", "AES-GCM".into()),
        ("iv", js_sys::Uint8Array::from(iv).into()),
    ])
}

/// `plain` locked with `code`, with a fresh random salt and iv; `None` when the browser has no
/// Web Crypto (it needs HTTPS or localhost).
pub async fn seal(code: &str, plain: &[u8]) -> Option<crate::domain::share::sealed::Sealed> {
    use crate::domain::share::sealed::{Sealed, IV_LEN, SALT_LEN};
    let salt = random_bytes(SALT_LEN)?;
    let iv = random_bytes(IV_LEN)?;
    let key = share_key(code, &salt).await?;
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    let out = promised(subtle.encrypt_with_object_and_u8_array(&aes_gcm(&iv), &key, plain)).await?;
    Some(Sealed {
        salt,
        iv,
        ciphertext: js_sys::Uint8Array::new(&out).to_vec(),
    })
}

/// What `sealed` holds, if `code` opens it (a wrong code and a damaged link alike give `None`:
/// AES-GCM checks both at once).
pub async fn unseal(code: &str, sealed: &crate::domain::share::sealed::Sealed) -> Option<Vec<u8>> {
    let key = share_key(code, &sealed.salt).await?;
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    let out = promised(subtle.decrypt_with_object_and_u8_array(
        &aes_gcm(&sealed.iv),
        &key,
        &sealed.ciphertext,
    ))
    .await?;
    Some(js_sys::Uint8Array::new(&out).to_vec())
}

/// The text in the input with this id.
pub fn input_value(id: &str) -> String {
    element(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}
