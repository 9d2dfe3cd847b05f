//! Keeping and sharing, under the result and the plan: "remember on this device" with its
//! "forget everything", the share link with its QR code, and the way to the provider summary.
//! Also the notice shown when saved data or a link cannot be read. Plain functions: no hooks.

use crate::domain::i18n::{t, Lang};
use crate::domain::qr;
use crate::ui::state::Notice;
use yew::prelude::*;

/// The id of the share link's text field, which the copy fallback selects.
pub const LINK_ID: &str = "share-link";

pub struct KeepProps {
    pub lang: Lang,
    pub remember: bool,
    /// Unreadable saved data waits for a choice: saving cannot be turned on until then.
    pub blocked: bool,
    /// The share link, when the share panel is open.
    pub link: Option<String>,
    pub link_copied: Option<bool>,
    pub on_remember: Callback<bool>,
    pub on_forget: Callback<()>,
    pub on_share: Callback<()>,
    pub on_copy: Callback<()>,
    pub on_summary: Callback<()>,
}

pub fn keep_panel(props: &KeepProps) -> Html {
    let lang = props.lang;
    let on_remember = props.on_remember.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked()
    });
    let open = props.link.is_some();
    html! {
        <section class="card keep no-print" aria-labelledby="keep-heading">
            <h2 id="keep-heading">{ t(lang, "save.title") }</h2>
            <div class="remember">
                <input type="checkbox" id="remember" checked={ props.remember } disabled={ props.blocked }
                    aria-describedby="remember-help" onchange={ on_remember } />
                <label for="remember">{ t(lang, "save.remember") }</label>
            </div>
            <p class="help" id="remember-help">{ t(lang, if props.remember { "save.on" } else { "save.explain" }) }</p>
            <div class="actions">
                <button type="button" class="button secondary" id="share-open" aria-expanded={ open.to_string() }
                    aria-controls="share-panel" onclick={ props.on_share.reform(|_| ()) }>{ t(lang, "share.open") }</button>
                <button type="button" class="button secondary" id="summary-open" onclick={ props.on_summary.reform(|_| ()) }>{ t(lang, "summary.open") }</button>
                <button type="button" class="button secondary" id="forget" onclick={ props.on_forget.reform(|_| ()) }>{ t(lang, "save.forget") }</button>
            </div>
            if let Some(link) = &props.link {
                { share_panel(lang, link, props.link_copied, &props.on_copy) }
            }
        </section>
    }
}

fn share_panel(lang: Lang, link: &str, copied: Option<bool>, on_copy: &Callback<()>) -> Html {
    // The code is drawn by us from the link alone, so its markup is ours and safe to insert.
    let code = match qr::svg(link, t(lang, "share.qr_title")) {
        Ok(svg) => html! { <div class="qr">{ Html::from_html_unchecked(svg.into()) }</div> },
        Err(_) => html! { <p>{ t(lang, "share.too_long") }</p> },
    };
    let status = copied.map(|ok| {
        t(
            lang,
            if ok {
                "share.copied"
            } else {
                "share.copy_failed"
            },
        )
    });
    html! {
        <div class="share" id="share-panel">
            <p>{ t(lang, "share.explain") }</p>
            <label for={ LINK_ID }>{ t(lang, "share.link_label") }</label>
            <div class="share-link">
                <input type="text" id={ LINK_ID } readonly=true value={ link.to_string() } />
                <button type="button" class="button primary" id="copy-link" onclick={ on_copy.reform(|_| ()) }>{ t(lang, "share.copy") }</button>
            </div>
            <p role="status" class="copy-status">{ status }</p>
            { code }
        </div>
    }
}

pub struct NoticeProps<'a> {
    pub lang: Lang,
    pub notice: &'a Notice,
    pub on_close: Callback<()>,
    pub on_download: Callback<()>,
    pub on_undo: Callback<()>,
}

/// A notice at the top of the page: what happened, and the person's choices.
pub fn notice(props: &NoticeProps) -> Html {
    let lang = props.lang;
    let close = props.on_close.reform(|_| ());
    match props.notice {
        Notice::Link(key) => html! {
            <div class="notice-box no-print" role="alert" id="notice">
                <h2>{ t(lang, "share.error.title") }</h2>
                <p>{ t(lang, key) }{ " " }{ t(lang, "share.error.fresh") }</p>
                <button type="button" class="button secondary" onclick={ close }>{ t(lang, "notice.close") }</button>
            </div>
        },
        // A status, not an alert: the person did this themselves and focus is on the new
        // screen's heading; Undo is the first thing after it.
        Notice::Cleared { forgot } => html! {
            <div class="notice-box no-print" role="status" id="notice">
                <p>{ t(lang, if *forgot { "clear.forgot" } else { "clear.restarted" }) }</p>
                <div class="actions">
                    <button type="button" class="button primary" id="undo" onclick={ props.on_undo.reform(|_| ()) }>{ t(lang, "clear.undo") }</button>
                    <button type="button" class="button secondary" onclick={ close }>{ t(lang, "notice.close") }</button>
                </div>
            </div>
        },
        Notice::StoppedElsewhere => html! {
            <div class="notice-box no-print" role="alert" id="notice">
                <h2>{ t(lang, "save.stopped.title") }</h2>
                <p>{ t(lang, "save.stopped.body") }</p>
                <button type="button" class="button secondary" onclick={ close }>{ t(lang, "notice.close") }</button>
            </div>
        },
        Notice::Saved { key, .. } => html! {
            <div class="notice-box no-print" role="alert" id="notice">
                <h2>{ t(lang, "save.notice_title") }</h2>
                <p>{ t(lang, key) }{ " " }{ t(lang, "save.notice_kept") }</p>
                <div class="actions">
                    <button type="button" class="button primary" id="start-fresh" onclick={ close }>{ t(lang, "save.start_fresh") }</button>
                    <button type="button" class="button secondary" id="download-saved" onclick={ props.on_download.reform(|_| ()) }>{ t(lang, "save.download") }</button>
                </div>
            </div>
        },
    }
}
