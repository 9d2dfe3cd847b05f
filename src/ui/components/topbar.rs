//! The header: the product (or clinic) name and the language switch, on every screen.

use crate::domain::i18n::{t, Lang};
use yew::prelude::*;

#[derive(PartialEq)]
pub struct TopbarProps {
    pub lang: Lang,
    pub on_lang: Callback<Lang>,
}

pub fn topbar(props: &TopbarProps) -> Html {
    let lang = props.lang;
    html! {
        <header class="topbar">
            <div class="brand">{ t(lang, "app.name") }</div>
            <nav class="lang-switch" aria-label={ t(lang, "lang.label") }>
                { for Lang::ALL.iter().map(|&option| {
                    let on_lang = props.on_lang.clone();
                    html! {
                        <button type="button" lang={ option.code() }
                            aria-pressed={ (option == lang).to_string() }
                            onclick={ Callback::from(move |_| on_lang.emit(option)) }>
                            { t(option, "lang.name") }
                        </button>
                    }
                }) }
            </nav>
        </header>
    }
}
