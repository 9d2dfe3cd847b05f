//! The configurator (`configure.html`): a clinic's staff fill in a form, see the real app with
//! their settings in a preview frame, and take away `clinic.json`, the embed snippet and the
//! server header. It runs in their browser only; its code is a wasm of its own, which no
//! patient downloads. Every check is the app's own parser's (`domain::clinic`).

mod content;
mod fields;
mod state;

use super::platform;
use crate::domain::clinic::{
    app_folder, data_url, embed_snippet, file_level, frame_ancestors_header, problem_text,
};
use crate::domain::i18n::{t, tf, Lang};
use fields::{colour_field, language_field, origins_field, setting_field, text_field, Form};
use state::{Action, Cfg, Logo, Screen};
use std::rc::Rc;
use yew::prelude::*;

const PREVIEW_ID: &str = "preview";

/// Mounts the configurator in the page's `<main id="configurator">`.
pub fn start() {
    let lang = platform::browser_language()
        .and_then(|tag| Lang::from_code(&tag))
        .unwrap_or_default();
    if let Some(root) = platform::element("configurator") {
        yew::Renderer::<Configurator>::with_root_and_props(
            root,
            ConfiguratorProps {
                lang,
                today: platform::today(),
            },
        )
        .render();
    }
    platform::register_service_worker(|| {});
}

#[derive(Properties, PartialEq)]
pub struct ConfiguratorProps {
    pub lang: Lang,
    pub today: chrono::NaiveDate,
}

#[function_component(Configurator)]
pub fn configurator(props: &ConfiguratorProps) -> Html {
    let cfg = use_reducer(|| Cfg::new(props.lang, props.today));
    let lang = cfg.lang;
    let (config, live) = cfg.checked();
    let json = cfg.draft.to_json(&cfg.protocol);

    // The preview frame reads the draft of the moment whenever it loads.
    platform::offer_preview(&json, cfg.logo.as_ref().map(|l| l.data_url.as_str()));
    // A changed draft reloads the preview, once typing pauses.
    let pending = use_mut_ref(|| None::<platform::Timer>);
    let first = use_mut_ref(|| true);
    {
        let key = (json.clone(), cfg.logo.clone());
        use_effect_with(key, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            *pending.borrow_mut() =
                platform::Timer::start(400, false, || platform::reload_frame(PREVIEW_ID));
        });
    }
    // The report of an opened file takes the focus, so a screen reader reads it.
    use_effect_with(cfg.opened.clone(), |opened| {
        if opened.is_some() {
            platform::focus("cfg-opened");
        }
    });
    {
        use_effect_with(lang, move |lang| {
            platform::set_document_language(lang.code());
            platform::set_title(t(*lang, "cfg.title"));
        });
    }

    let form = Form {
        cfg: cfg.clone(),
        live: Rc::new(live.clone()),
    };
    let unusable = form.fields_with_problems(content::content_fields(&cfg));

    html! {
        <>
        <header class="cfg-top">
            <h1 id="cfg-heading">{ t(lang, "cfg.title") }</h1>
            { lang_switch(&cfg) }
        </header>
        <p class="lead">{ t(lang, "cfg.lead") }</p>
        <p class="cfg-private">{ t(lang, "cfg.private") }</p>
        { open_section(&cfg) }
        <form class="cfg-form" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <p class="cfg-summary" role="status" id="cfg-summary">
                { if unusable == 0 { t(lang, "cfg.summary.ok").to_string() } else { tf(lang, "cfg.summary.some", &[("n", &unusable.to_string())]) } }
            </p>
            <fieldset class="card">
                <legend>{ t(lang, "cfg.clinic.title") }</legend>
                { text_field(&form, "name", "text", "organization") }
                { logo_field(&form) }
                { text_field(&form, "phone", "tel", "tel") }
                { text_field(&form, "email", "email", "email") }
                { text_field(&form, "website", "url", "url") }
            </fieldset>
            <fieldset class="card">
                <legend>{ t(lang, "cfg.colors.title") }</legend>
                <p class="hint">{ t(lang, "cfg.colors.lead") }</p>
                { form.group_problems("colors") }
                { colour_field(&form, "accent", &config) }
                { colour_field(&form, "accent_ink", &config) }
                { colour_field(&form, "background", &config) }
            </fieldset>
            <fieldset class="card">
                <legend>{ t(lang, "cfg.lang.title") }</legend>
                { language_field(&form) }
            </fieldset>
            <fieldset class="card">
                <legend>{ t(lang, "cfg.embed.title") }</legend>
                { origins_field(&form) }
                { text_field(&form, "share_page", "url", "url") }
            </fieldset>
            <fieldset class="card cfg-settings">
                <legend>{ t(lang, "cfg.settings.title") }</legend>
                <p class="hint">{ t(lang, "cfg.settings.lead") }</p>
                { form.group_problems("settings") }
                { for cfg.protocol.settings.iter().map(|def| setting_field(&form, def, &config)) }
            </fieldset>
            { content::switches_section(&form, &config) }
            { content::items_section(&form, "questions") }
            { content::items_section(&form, "care_steps") }
        </form>
        { preview_section(&cfg, &config) }
        { publish_section(&cfg, &json, &config) }
        </>
    }
}

fn lang_switch(cfg: &UseReducerHandle<Cfg>) -> Html {
    html! {
        <nav class="lang-switch" aria-label={ t(cfg.lang, "cfg.lang.label") }>
            { for Lang::ALL.iter().map(|&option| {
                let onclick = { let cfg = cfg.clone(); Callback::from(move |_| cfg.dispatch(Action::Lang(option))) };
                html! {
                    <button type="button" id={format!("cfg-lang-{}", option.code())} lang={option.code()}
                        aria-pressed={(option == cfg.lang).to_string()} {onclick}>{ option.name() }</button>
                }
            }) }
        </nav>
    }
}

/// Reads a file from a picker or a drop, in the browser, and hands its text to the form.
fn open_file(cfg: UseReducerHandle<Cfg>, file: platform::File) {
    wasm_bindgen_futures::spawn_local(async move {
        let name = file.name();
        let text = platform::read_file(file)
            .await
            .ok()
            .and_then(|(_, _, bytes)| String::from_utf8(bytes).ok());
        cfg.dispatch(Action::Open { file: name, text });
    });
}

fn open_section(cfg: &UseReducerHandle<Cfg>) -> Html {
    let lang = cfg.lang;
    let onchange = {
        let cfg = cfg.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = platform::chosen_file(&e) {
                open_file(cfg.clone(), file);
            }
        })
    };
    let ondrop = {
        let cfg = cfg.clone();
        Callback::from(move |e: DragEvent| {
            if let Some(file) = platform::dropped_file(&e) {
                open_file(cfg.clone(), file);
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| platform::allow_drop(&e));
    let report = match &cfg.opened {
        None => html! { <p id="cfg-opened" tabindex="-1">{ t(lang, "cfg.open.none") }</p> },
        Some(opened) => match &opened.problems {
            None => html! {
                <p id="cfg-opened" tabindex="-1" class="field-problem" role="alert">
                    { tf(lang, "cfg.open.failed", &[("file", &opened.file)]) }
                </p>
            },
            Some(problems) => {
                let whole = file_level(problems, &cfg.protocol);
                html! {
                    <div id="cfg-opened" tabindex="-1" role="status">
                        <p>{ tf(lang, "cfg.open.read", &[("file", &opened.file)]) }</p>
                        if problems.is_empty() {
                            <p>{ t(lang, "cfg.open.clean") }</p>
                        } else {
                            <p>{ tf(lang, "cfg.open.problems", &[("n", &problems.len().to_string())]) }</p>
                            <ul class="field-problems" id="cfg-file-problems">
                                { for whole.iter().map(|p| html! { <li><code>{ &p.field }</code>{ ": " }{ problem_text(lang, p) }</li> }) }
                            </ul>
                        }
                    </div>
                }
            }
        },
    };
    html! {
        <section class="card cfg-open" aria-labelledby="cfg-open-heading" {ondrop} {ondragover}>
            <h2 id="cfg-open-heading">{ t(lang, "cfg.open.title") }</h2>
            <label for="cfg-file">{ t(lang, "cfg.open.label") }</label>
            <input id="cfg-file" type="file" accept=".json,application/json" aria-describedby="cfg-drop" {onchange} />
            <p class="hint" id="cfg-drop">{ t(lang, "cfg.open.drop") }</p>
            { report }
        </section>
    }
}

fn logo_field(form: &Form) -> Html {
    let cfg = &form.cfg;
    let lang = cfg.lang;
    let onchange = {
        let cfg = cfg.clone();
        Callback::from(move |e: Event| {
            let Some(file) = platform::chosen_file(&e) else {
                return;
            };
            let cfg = cfg.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok((name, mime, bytes)) = platform::read_file(file).await {
                    let data_url = data_url(&mime, &bytes);
                    cfg.dispatch(Action::Logo(Logo {
                        file: name,
                        data_url,
                    }));
                }
            });
        })
    };
    let path = cfg.draft.get("logo").trim().to_string();
    html! {
        <div class="field">
            <label for="f-logo-file">{ t(lang, "cfg.logo.label") }</label>
            <p class="hint" id="f-logo-file-hint">{ t(lang, "cfg.logo.hint") }</p>
            <input id="f-logo-file" type="file" accept=".svg,.png,.jpg,.jpeg,.webp,.gif,image/*"
                aria-describedby="f-logo-file-hint" {onchange} />
            if let Some(logo) = &cfg.logo {
                <figure class="logo-preview">
                    <img src={logo.data_url.clone()} alt={tf(lang, "cfg.logo.preview", &[("file", &logo.file)])} height="48" />
                    if !path.is_empty() {
                        <figcaption>{ tf(lang, "cfg.logo.put", &[("file", &logo.file), ("path", &path)]) }</figcaption>
                    }
                </figure>
            }
            { text_field(form, "logo", "text", "off") }
        </div>
    }
}

fn preview_section(
    cfg: &UseReducerHandle<Cfg>,
    config: &crate::domain::clinic::ClinicConfig,
) -> Html {
    let lang = cfg.lang;
    let src = cfg.preview_src(config);
    let on_embedded = {
        let cfg = cfg.clone();
        Callback::from(move |e: Event| {
            cfg.dispatch(Action::Embedded(platform::is_checked(&e)));
        })
    };
    let on_print = Callback::from(|_| platform::print_frame(PREVIEW_ID));
    html! {
        <section class="card cfg-preview" aria-labelledby="cfg-preview-heading">
            <h2 id="cfg-preview-heading">{ t(lang, "cfg.preview.title") }</h2>
            <p class="hint">{ t(lang, "cfg.preview.lead") }</p>
            <fieldset class="cfg-screens">
                <legend>{ t(lang, "cfg.preview.screen") }</legend>
                { for Screen::ALL.iter().map(|&screen| {
                    let onchange = { let cfg = cfg.clone(); Callback::from(move |_| cfg.dispatch(Action::Screen(screen))) };
                    let id = format!("cfg-screen-{}", screen.id());
                    html! {
                        <label class="choice" for={id.clone()}>
                            <input type="radio" name="cfg-screen" id={id} checked={cfg.screen == screen} {onchange} />
                            { t(lang, screen.key()) }
                        </label>
                    }
                }) }
            </fieldset>
            <label class="choice" for="cfg-embedded">
                <input type="checkbox" id="cfg-embedded" checked={cfg.embedded} onchange={on_embedded} />
                { t(lang, "cfg.preview.embedded") }
            </label>
            if cfg.screen == Screen::Plan {
                <p><button type="button" class="button secondary" id="cfg-print" onclick={on_print}>{ t(lang, "cfg.preview.print") }</button></p>
            }
            <iframe id={PREVIEW_ID} class={classes!("cfg-frame", cfg.embedded.then_some("embedded"))}
                title={ t(lang, "cfg.preview.frame") } src={src}></iframe>
        </section>
    }
}

fn copy_block(
    cfg: &UseReducerHandle<Cfg>,
    id: &'static str,
    label: &str,
    text: String,
    rows: u32,
) -> Html {
    let lang = cfg.lang;
    let status = cfg
        .status
        .as_ref()
        .filter(|(for_id, _)| for_id == id)
        .map(|(_, s)| s.clone());
    let onclick = {
        let cfg = cfg.clone();
        let text = text.clone();
        Callback::from(move |_| {
            let cfg = cfg.clone();
            platform::copy_text(&text, id, move |ok| {
                let key = if ok { "cfg.copied" } else { "cfg.copy.failed" };
                cfg.dispatch(Action::Status(id.to_string(), t(cfg.lang, key).to_string()));
            });
        })
    };
    html! {
        <div class="field">
            <label for={id}>{ label.to_string() }</label>
            <textarea id={id} readonly=true rows={rows.to_string()} class="cfg-code" value={text} />
            <p class="copy-row">
                <button type="button" class="button secondary" id={format!("{id}-copy")} {onclick}>{ t(lang, "cfg.copy") }</button>
                <span class="copy-status" role="status">{ status.unwrap_or_default() }</span>
            </p>
        </div>
    }
}

fn publish_section(
    cfg: &UseReducerHandle<Cfg>,
    json: &str,
    config: &crate::domain::clinic::ClinicConfig,
) -> Html {
    let lang = cfg.lang;
    let ondownload = {
        let cfg = cfg.clone();
        let json = json.to_string();
        Callback::from(move |_| {
            if let Err(why) = platform::download("clinic.json", "application/json", &json) {
                cfg.dispatch(Action::Status(
                    "download".into(),
                    tf(cfg.lang, "cfg.download.failed", &[("why", &why)]),
                ));
            }
        })
    };
    let download_status = cfg
        .status
        .as_ref()
        .filter(|(id, _)| id == "download")
        .map(|(_, s)| s.clone());
    let app_url = app_folder(&platform::page_url());
    html! {
        <section class="card cfg-publish" aria-labelledby="cfg-publish-heading">
            <h2 id="cfg-publish-heading">{ t(lang, "cfg.publish.title") }</h2>
            <p>
                <button type="button" class="button primary" id="cfg-download" onclick={ondownload}
                    aria-describedby="cfg-download-hint">{ t(lang, "cfg.download") }</button>
            </p>
            <p class="hint" id="cfg-download-hint">{ t(lang, "cfg.download.hint") }</p>
            if let Some(status) = download_status { <p class="field-problem" role="alert">{ status }</p> }
            { copy_block(cfg, "cfg-json", t(lang, "cfg.json.label"), json.to_string(), 12) }
            { copy_block(cfg, "cfg-snippet", t(lang, "cfg.snippet.label"), embed_snippet(&app_url), 3) }
            { copy_block(cfg, "cfg-header", t(lang, "cfg.header.label"), frame_ancestors_header(config), 2) }
            <p class="hint">{ t(lang, "cfg.header.hint") }</p>
        </section>
    }
}
