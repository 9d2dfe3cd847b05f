//! The first screen: what this is, that it is private, that the provider decides, and Start.

use super::icons;
use crate::domain::i18n::{t, Lang};
use yew::prelude::*;

/// The id of the Start button, which is busy while the questions' words are on their way.
pub const START_ID: &str = "start";

#[derive(PartialEq)]
pub struct WelcomeProps {
    pub lang: Lang,
    pub on_start: Callback<()>,
}

pub fn welcome(props: &WelcomeProps) -> Html {
    let lang = props.lang;
    let on_start = props.on_start.reform(|_: MouseEvent| ());
    html! {
        <section class="card welcome" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{ t(lang, "app.name") }</h1>
            <p class="lead">{ t(lang, "welcome.lead") }</p>
            <ul class="notes">
                <li>{ icons::lock() }<span>{ t(lang, "welcome.privacy") }</span></li>
                <li>{ icons::person() }<span>{ t(lang, "welcome.disclaimer") }</span></li>
                <li>{ icons::clock() }<span>{ t(lang, "welcome.time") }</span></li>
            </ul>
            <div class="actions">
                <button type="button" class="button primary" id={ START_ID } onclick={ on_start }>
                    { t(lang, "welcome.start") }
                </button>
            </div>
        </section>
    }
}
