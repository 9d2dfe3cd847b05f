//! The words the release wasm leaves out (see `domain::i18n`): asked for once per language,
//! installed as soon as they arrive, and waited for by whoever needs them (start-up for a
//! Spanish first screen or a restored journey, Start, the language switch).

use super::platform;
use crate::domain::clinic::{problem_text, ConfigProblem};
use crate::domain::i18n::{self, Lang};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

thread_local! {
    /// The languages whose words are on their way (one request each), and the tasks waiting
    /// for them: Start and the language switch wait for the request start-up made rather than
    /// making a second one.
    static ON_THEIR_WAY: RefCell<Vec<Lang>> = const { RefCell::new(Vec::new()) };
    static WAITING: RefCell<Vec<Waker>> = const { RefCell::new(Vec::new()) };
}

/// Asks for `lang`'s words and installs them when they arrive, unless they are here or on
/// their way.
pub fn request_words(lang: Lang) {
    if i18n::is_ready(lang) || ON_THEIR_WAY.with_borrow(|langs| langs.contains(&lang)) {
        return;
    }
    ON_THEIR_WAY.with_borrow_mut(|langs| langs.push(lang));
    let request = platform::start_fetch(i18n::words_file(lang));
    wasm_bindgen_futures::spawn_local(async move {
        install_words(lang, request).await;
        ON_THEIR_WAY.with_borrow_mut(|langs| langs.retain(|l| *l != lang));
        for waker in WAITING.take() {
            waker.wake();
        }
    });
}

/// Done once no request for its language's words is on its way.
struct Arrived(Lang);

impl Future for Arrived {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if ON_THEIR_WAY.with_borrow(|langs| langs.contains(&self.0)) {
            WAITING.with_borrow_mut(|waiting| waiting.push(cx.waker().clone()));
            Poll::Pending
        } else {
            Poll::Ready(())
        }
    }
}

/// Makes `lang`'s words available, waiting for the request on its way or making one. `false`
/// when they could not be had (the reason is in the console); the next call asks again.
pub async fn ensure_language(lang: Lang) -> bool {
    request_words(lang);
    Arrived(lang).await;
    i18n::is_ready(lang)
}

/// Waits for `lang`'s words, with the element `busy_id` marked busy while they are on their
/// way, then runs `then` with whether they could be had.
pub fn after_words(lang: Lang, busy_id: &'static str, then: impl FnOnce(bool) + 'static) {
    after_ready(busy_id, i18n::is_ready(lang), ensure_language(lang), then);
}

/// Runs `then(true)` at once when `ready_now`; otherwise marks the element `busy_id` busy
/// while `wait` runs, then runs `then` with what it gave. For whatever the app fetches after
/// start-up and a control must wait for: words, and the app's parts (`lazy`).
pub fn after_ready(
    busy_id: &'static str,
    ready_now: bool,
    wait: impl Future<Output = bool> + 'static,
    then: impl FnOnce(bool) + 'static,
) {
    if ready_now {
        return then(true);
    }
    platform::set_busy(busy_id, true);
    wasm_bindgen_futures::spawn_local(async move {
        let ready = wait.await;
        platform::set_busy(busy_id, false);
        then(ready);
    });
}

/// Installs the words `request` brings, or says in the console why it could not.
async fn install_words(lang: Lang, request: platform::PendingFetch) {
    let problem = match request.text().await {
        Ok(Some(text)) => match i18n::install_words(lang, &text) {
            Ok(()) => return,
            Err(why) => why,
        },
        Ok(None) => "not found".to_string(),
        Err(why) => why,
    };
    platform::warn(&format!(
        "careplanner: {}: {problem}",
        i18n::words_file(lang)
    ));
}

/// Says a clinic file's problems in the console, in English, once its words are here: for
/// the clinic's web person, who reads the console (never the patients).
pub fn warn_config_problems(problems: Vec<ConfigProblem>) {
    if problems.is_empty() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        if ensure_language(Lang::En).await {
            for problem in &problems {
                let text = problem_text(Lang::En, problem);
                platform::warn(&format!(
                    "careplanner clinic config: {}: {text}",
                    problem.field
                ));
            }
        }
    });
}
