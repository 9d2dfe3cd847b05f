//! The header: the clinic's logo and name (or the product's name), and the language switch,
//! on every screen.

use crate::domain::clinic::ClinicConfig;
use crate::domain::i18n::{t, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// The language switch's id, which is marked busy while a language's words are fetched.
pub const LANG_SWITCH_ID: &str = "lang-switch";

#[derive(PartialEq)]
pub struct TopbarProps {
    pub lang: Lang,
    pub on_lang: Callback<Lang>,
    pub clinic: Rc<ClinicConfig>,
}

pub fn topbar(props: &TopbarProps) -> Html {
    let lang = props.lang;
    let name = props.clinic.name.clone();
    let logo = props.clinic.logo.clone().map(|src| {
        // The name beside the logo says who it is, so the image itself is decorative.
        html! { <img src={ src } alt="" height="40" /> }
    });
    html! {
        <header class="topbar">
            <div class="brand">
                { logo }
                <span>{ name.unwrap_or_else(|| t(lang, "app.name").to_string()) }</span>
            </div>
            <nav class="lang-switch" id={ LANG_SWITCH_ID } aria-label={ t(lang, "lang.label") }>
                { for Lang::ALL.iter().map(|&option| {
                    let on_lang = props.on_lang.clone();
                    html! {
                        <button type="button" lang={ option.code() }
                            aria-pressed={ (option == lang).to_string() }
                            onclick={ Callback::from(move |_| on_lang.emit(option)) }>
                            { option.name() }
                        </button>
                    }
                }) }
            </nav>
        </header>
    }
}
