//! Keeping and sharing, under the result and the plan: "remember on this device" with its
//! "forget everything", the share link with its QR code, and the way to the provider summary.
//! Also the notice shown when saved data or a link cannot be read. Plain functions: no hooks.

use crate::domain::i18n::{t, Lang};
use crate::domain::qr;
use crate::ui::ids::{LINK_ID, UNLOCK_CODE_ID, UNLOCK_ID};
use crate::ui::state::Notice;
use yew::prelude::*;

pub struct KeepProps {
    pub lang: Lang,
    pub remember: bool,
    /// Unreadable saved data waits for a choice: saving cannot be turned on until then.
    pub blocked: bool,
    /// The share panel is open.
    pub open: bool,
    /// The locked share link once it is made; `Err` when this browser cannot lock links.
    pub link: Option<Result<String, ()>>,
    /// The code that opens the link, as shown ("ABCD-EFGH").
    pub code: Option<String>,
    pub link_copied: Option<bool>,
    pub on_remember: Callback<bool>,
    pub on_forget: Callback<()>,
    pub on_share: Callback<()>,
    pub on_copy: Callback<()>,
    pub on_summary: Callback<()>,
}

pub fn keep_panel(props: &KeepProps) -> Html {
    let lang = props.lang;
    let on_remember = props
        .on_remember
        .reform(|e: Event| crate::ui::platform::is_checked(&e));
    let open = props.open;
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
            if open {
                { share_panel(lang, props.link.as_ref(), props.code.as_deref(), props.link_copied, &props.on_copy) }
            }
        </section>
    }
}

fn share_panel(
    lang: Lang,
    link: Option<&Result<String, ()>>,
    code: Option<&str>,
    copied: Option<bool>,
    on_copy: &Callback<()>,
) -> Html {
    let (link, code) = match (link, code) {
        (Some(Ok(link)), Some(code)) => (link, code),
        (Some(Err(())), _) | (_, None) => {
            return html! {
                <div class="share" id="share-panel"><p role="status">{ t(lang, "share.unavailable") }</p></div>
            }
        }
        (None, _) => {
            return html! {
                <div class="share" id="share-panel" aria-busy="true"><p role="status">{ t(lang, "share.preparing") }</p></div>
            }
        }
    };
    // The code is drawn by us from the link alone, so its markup is ours and safe to insert.
    let qr_code = match qr::svg(link, t(lang, "share.qr_title")) {
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
            <div class="share-code-row">
                { qr_code }
                <p class="share-code"><span id="share-code-label">{ t(lang, "share.code_label") }</span>
                    <strong id="share-code" aria-describedby="share-code-label">{ code }</strong></p>
            </div>
            <p class="help">{ t(lang, "share.kept") }</p>
        </div>
    }
}

pub struct NoticeProps<'a> {
    pub lang: Lang,
    pub notice: &'a Notice,
    pub on_close: Callback<()>,
    pub on_download: Callback<()>,
    pub on_undo: Callback<()>,
    pub on_unlock: Callback<()>,
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
        Notice::Locked { problem, .. } => {
            let onsubmit = props.on_unlock.reform(|e: SubmitEvent| e.prevent_default());
            let error_id = problem.map(|_| "unlock-error");
            html! {
                <form class="notice-box unlock no-print" id="notice" aria-labelledby="unlock-heading" novalidate=true { onsubmit }>
                    <h2 id="unlock-heading">{ t(lang, "share.locked.title") }</h2>
                    <p id="unlock-help">{ t(lang, "share.locked.body") }</p>
                    <label for={ UNLOCK_CODE_ID }>{ t(lang, "share.locked.label") }</label>
                    if let Some(key) = problem {
                        <p class="field-error" id="unlock-error">{ t(lang, key) }</p>
                    }
                    <div class="share-link">
                        <input type="text" id={ UNLOCK_CODE_ID } name="code" autocomplete="off" autocapitalize="characters"
                            spellcheck="false" maxlength="12" class="code-input"
                            aria-invalid={ problem.is_some().to_string() }
                            aria-describedby={ error_id.map_or("unlock-help".to_string(), |e| format!("{e} unlock-help")) } />
                        <button type="submit" class="button primary" id={ UNLOCK_ID }>{ t(lang, "share.locked.open") }</button>
                    </div>
                    <button type="button" class="link-button" onclick={ close }>{ t(lang, "share.locked.skip") }</button>
                </form>
            }
        }
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
